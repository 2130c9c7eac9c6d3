/**
 * Deadlines of a letter whose date could not be read: a day printed without a year, or a period
 * named from the letter's date ("tháng tới"), has no year to take. It gives no dated deadline (the
 * year 2000 of a made-up reference was taken before) and a diagnostic says why; a recurring
 * deadline, which needs no year, is still read.
 */
import { describe, expect, it } from 'vitest'
import { docOf, letterOf } from '../helpers.js'
import { findDeadline, droppedDates, type DeadlineContext } from '../../src/dates/deadline.js'
import { droppedDateDiagnostics } from '../../src/resolve/deadlines.js'

function undated(text: string) {
  const doc = docOf(text)
  const ctx: DeadlineContext = { letterDate: null, citationDates: [], doc }
  return { found: findDeadline(doc.text, 0, ctx), ctx }
}

describe('a letter with no date', () => {
  it('gives no deadline to a day printed without a year, and says why', () => {
    const { found, ctx } = undated('Các sở báo cáo UBND tỉnh trước ngày 15/4.')
    expect(found.deadline).toBeNull()
    expect(droppedDates(ctx).map((d) => d.text)).toEqual(['15/4'])
    const [diag] = droppedDateDiagnostics(ctx)
    expect(diag).toMatchObject({ ruleId: 'deadline/no-letter-date', severity: 'warning' })
    expect(diag.message).toMatch(/^Unexpected "15\/4" without a year .*expected a year/)
  })
  it('gives no deadline to a month named without a year ("trong tháng 8")', () => {
    expect(undated('Hoàn thành trong tháng 8.').found.deadline).toBeNull()
  })
  it('gives no deadline to a period counted from the letter date ("trong tháng tới")', () => {
    expect(undated('Các đơn vị hoàn thành trong tháng tới.').found.deadline).toBeNull()
  })
  it('gives no deadline to a holiday without a printed year', () => {
    expect(undated('Hoàn thành trước Quốc khánh 2/9.').found.deadline).toBeNull()
  })
  it('still reads a date whose year is printed', () => {
    expect(undated('Các sở báo cáo trước ngày 15/4/2025.').found.deadline).toMatchObject({ date: '2025-04-15', kind: 'before' })
  })
  it('still reads a recurring deadline, with its day and month', () => {
    const { found, ctx } = undated('Báo cáo kết quả trước ngày 15/11 hằng năm.')
    expect(found.deadline).toMatchObject({ date: null, kind: 'recurring', recurrence: { frequency: 'yearly', day: 15, month: 11 } })
    expect(droppedDates(ctx)).toEqual([])
  })
  it('reports the dropped day in the letter diagnostics, with its span', () => {
    const text = ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI', '', 'Số: 12/UBND-KT', '', 'Kính gửi: Các sở.', '', '1. Sở Tài chính báo cáo trước ngày 15/4.', ''].join('\n')
    const letter = letterOf(text)
    expect(letter.document.date).toBeNull()
    const diag = letter.diagnostics.find((d) => d.ruleId === 'deadline/no-letter-date')
    expect(diag?.span && text.slice(diag.span.start.offset, diag.span.end.offset)).toBe('15/4')
    expect(letter.tasks.every((t) => !t.deadline?.date?.startsWith('2000'))).toBe(true)
  })
})

describe('a dated letter', () => {
  it('keeps giving a year-less day the letter year', () => {
    const doc = docOf('Báo cáo trước ngày 15/4.')
    expect(findDeadline(doc.text, 0, { letterDate: '2024-03-22', citationDates: [], doc }).deadline?.date).toBe('2024-04-15')
  })
})
