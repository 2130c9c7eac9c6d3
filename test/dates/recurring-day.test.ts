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
