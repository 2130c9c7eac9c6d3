/** Periods named from the letter's date (22/3/2024): tháng tới, quý này, năm nay, năm sau, năm ngoái, cuối năm. */
import { describe, expect, it } from 'vitest'
import { VIRelativePeriodParser, periodFrom } from '../../src/dates/parsers/VIRelativePeriodParser.js'
import { runParser, ymd } from './helpers.js'

describe('VIRelativePeriodParser', () => {
  it.each([
    ['hoàn thành trong tháng tới', 'tháng tới', '2024-04-01', '2024-04-30'],
    ['báo cáo trong tháng này', 'tháng này', '2024-03-01', '2024-03-31'],
    ['triển khai trong quý tới', 'quý tới', '2024-04-01', '2024-06-30'],
    ['hoàn thành trong năm nay', 'năm nay', '2024-01-01', '2024-12-31'],
    ['đưa vào kế hoạch năm sau', 'năm sau', '2025-01-01', '2025-12-31'],
    ['kết quả năm ngoái', 'năm ngoái', '2023-01-01', '2023-12-31'],
    ['phấn đấu đến cuối năm', 'năm', '2024-01-01', '2024-12-31'],
  ])('reads %s from the letter\'s date', (text, matched, start, end) => {
    const [r] = runParser(new VIRelativePeriodParser(), text)
    expect([r.text, ymd(r.start), ymd(r.end)]).toEqual([matched, start, end])
    expect(r.tags().has('vi/relative-period')).toBe(true)
  })
  it.each(['trong 5 năm qua', 'sau ba năm tới', 'hằng tháng', 'tháng sau khi có kết quả', 'trong năm học', 'năm 2024', 'định kỳ hằng năm'])('declines %s', (text) => {
    expect(runParser(new VIRelativePeriodParser(), text)).toEqual([])
  })
})

describe('periodFrom', () => {
  it('crosses the year boundary forward and back', () => {
    const december = new Date('2024-12-10T12:00:00Z')
    expect(periodFrom(december, 'month', 1)).toEqual({ year: 2025, from: 1, to: 1 })
    expect(periodFrom(december, 'quarter', 1)).toEqual({ year: 2025, from: 1, to: 3 })
    expect(periodFrom(new Date('2024-02-10T12:00:00Z'), 'quarter', -1)).toEqual({ year: 2023, from: 10, to: 12 })
  })
})
