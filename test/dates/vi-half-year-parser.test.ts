import { describe, expect, it } from 'vitest'
import { VIHalfYearParser } from '../../src/dates/parsers/VIHalfYearParser.js'
import { runParser, ymd } from './helpers.js'

describe('VIHalfYearParser', () => {
  it('reads the first half-year, due 30 June', () => {
    const [r] = runParser(new VIHalfYearParser(), 'báo cáo 6 tháng đầu năm 2024')
    expect([r.index, ymd(r.start), ymd(r.end)]).toEqual([8, '2024-01-01', '2024-06-30'])
  })
  it('reads the second half-year, due 31 December', () => {
    const [r] = runParser(new VIHalfYearParser(), 'sáu tháng cuối năm 2025')
    expect([ymd(r.start), ymd(r.end)]).toEqual(['2025-07-01', '2025-12-31'])
  })
  it("gives '6 tháng đầu năm' without a year the letter's year", () => {
    const [r] = runParser(new VIHalfYearParser(), 'hoàn thành trong 6 tháng đầu năm')
    expect([ymd(r.end), r.tags().has('vi/year-from-letter')]).toEqual(['2024-06-30', true])
  })
  it.each(['16 tháng đầu năm 2024', '6 tháng đầu năm học', 'trong 6 tháng'])('declines %s', (text) => {
    expect(runParser(new VIHalfYearParser(), text)).toEqual([])
  })
})
