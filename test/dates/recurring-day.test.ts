/**
 * The due day of a recurring report is a bare "ngày N" ("trước ngày 20 hằng tháng"), never the
 * first digit of a full date printed beside the frequency ("trước ngày 15/11").
 */
import { describe, expect, it } from 'vitest'
import { deadlineOf } from './helpers.js'

describe('the due day of a recurring deadline', () => {
  it('reads the bare day before "hằng tháng"', () => {
    expect(deadlineOf('Báo cáo trước ngày 20 hằng tháng.')?.recurrence).toMatchObject({ frequency: 'monthly', day: 20 })
  })
  it('does not read day 1 out of "ngày 15/11"', () => {
    const d = deadlineOf('Định kỳ hằng năm (trước ngày 15/11) báo cáo kết quả thực hiện về Sở Nội vụ.')
    expect(d?.kind).toBe('recurring')
    expect(d?.recurrence?.day).not.toBe(1)
  })
})

describe('the due day and month of a yearly deadline', () => {
  it('reads day 15 and month 11 out of "trước ngày 15/11 hằng năm"', () => {
    const d = deadlineOf('Các sở báo cáo UBND tỉnh trước ngày 15/11 hằng năm.')
    expect(d).toMatchObject({ kind: 'recurring', date: null, recurrence: { frequency: 'yearly', day: 15, month: 11 } })
    expect(d?.resolution).toBe('recurring (yearly, day 15, month 11): no single date')
  })
  it('reads the month written as a word ("ngày 15 tháng 12 hằng năm")', () => {
    expect(deadlineOf('Báo cáo trước ngày 15 tháng 12 hằng năm.')?.recurrence).toMatchObject({ frequency: 'yearly', day: 15, month: 12 })
  })
  it('reads the day of "định kỳ hằng năm (trước ngày 15/11)" too', () => {
    expect(deadlineOf('Định kỳ hằng năm (trước ngày 15/11) báo cáo kết quả thực hiện về Sở Nội vụ.')?.recurrence).toMatchObject({ day: 15, month: 11 })
  })
  it('keeps no month for a monthly deadline', () => {
    expect(deadlineOf('Báo cáo trước ngày 20 hằng tháng.')?.recurrence?.month).toBeUndefined()
  })
})
