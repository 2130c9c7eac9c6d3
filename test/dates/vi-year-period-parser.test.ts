import { describe, expect, it } from 'vitest'
import { VIYearPeriodParser } from '../../src/dates/parsers/VIYearPeriodParser.js'
import { VIYearRangeParser } from '../../src/dates/parsers/VIYearRangeParser.js'
import { runParser, ymd } from './helpers.js'

describe('VIYearPeriodParser', () => {
  it('reads "trong năm 2024" as the year, the cue left outside the result', () => {
    const [r] = runParser(new VIYearPeriodParser(), 'trong năm 2024')
    expect([r.text, r.index, ymd(r.end)]).toEqual(['năm 2024', 6, '2024-12-31'])
  })
  it('reads "cuối năm 2024" as due 31 December', () => {
    expect(ymd(runParser(new VIYearPeriodParser(), 'cuối năm 2024')[0].end)).toBe('2024-12-31')
  })
  it.each(['Kế hoạch phát triển kinh tế - xã hội năm 2024', 'dự toán ngân sách năm 2024', 'năm 2024'])('declines a bare year: %s', (text) => {
    expect(runParser(new VIYearPeriodParser(), text)).toEqual([])
  })
})

describe('VIYearRangeParser', () => {
  it('reads "2024 - 2025" as due at the end of 2025', () => {
    const [r] = runParser(new VIYearRangeParser(), '2024 - 2025')
    expect([ymd(r.start), ymd(r.end)]).toEqual(['2024-01-01', '2025-12-31'])
  })
  it.each(['2025 - 2024', '30/4/2024 - 2025', '12024-2025'])('declines %s', (text) => {
    expect(runParser(new VIYearRangeParser(), text)).toEqual([])
  })
})
