/** Ranges in text and cells, due at their last day; the first part borrows the second's year. */
import { describe, expect, it } from 'vitest'
import { deadlineChrono } from '../../src/dates/config.js'
import { deadlineOf, REF, ymd } from './helpers.js'

const parse = (text: string, mode: 'body' | 'cell' = 'body') => deadlineChrono(mode).parse(text, { instant: REF, timezone: 0 })

describe('VIPeriodRangeRefiner', () => {
  it('joins two quarters with a dash into one period', () => {
    const [r] = parse('Quý IV/2025 - Quý II/2026', 'cell')
    expect([r.text, ymd(r.start), ymd(r.end), r.tags().has('vi/range')]).toEqual(['Quý IV/2025 - Quý II/2026', '2025-10-01', '2026-06-30', true])
  })
  it('gives the first day of a written-out range the year printed at its end', () => {
    const [r] = parse('tổ chức từ ngày 5 tháng 8 đến ngày 10 tháng 8 năm 2012')
    expect([ymd(r.start), ymd(r.end)]).toEqual(['2012-08-05', '2012-08-10'])
  })
  it('takes the year before when the borrowed year would invert the range', () => {
    const [r] = parse('từ ngày 20/12 đến ngày 10/01/2025')
    expect([ymd(r.start), ymd(r.end)]).toEqual(['2024-12-20', '2025-01-10'])
  })
  it('joins "từ tháng 3 đến tháng 6/2024" and "từ năm 2024 đến hết năm 2025"', () => {
    expect(ymd(parse('thực hiện từ tháng 4 đến tháng 6/2024')[0].end)).toBe('2024-06-30')
    expect(ymd(parse('triển khai từ năm 2024 đến hết năm 2025')[0].end)).toBe('2025-12-31')
  })
  it('does not join two dates with "đến" when no "từ" opens the range', () => {
    const rs = parse('báo cáo trước ngày 15/4/2024, hoàn thành đến ngày 30/4/2024')
    expect(rs.every((r) => !r.tags().has('vi/range'))).toBe(true)
  })
  it('gives a range its last day as the deadline, and none when the period is a state that holds', () => {
    expect(deadlineOf('tổ chức kiểm tra từ ngày 01/4/2024 đến hết ngày 15/4/2024')?.date).toBe('2024-04-15')
    expect(deadlineOf('Thời gian thí điểm: 03 năm, từ năm 2024 đến hết năm 2026.')?.date ?? null).toBeNull()
    expect(deadlineOf('Từ ngày 25/3/2024 đến hết ngày 29/3/2024, Chủ tịch UBND tỉnh đi công tác tại Hà Nội.')?.date ?? null).toBeNull()
  })
})
