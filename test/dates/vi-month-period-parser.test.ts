import { describe, expect, it } from 'vitest'
import { VIMonthPeriodParser } from '../../src/dates/parsers/VIMonthPeriodParser.js'
import { runParser, ymd } from './helpers.js'

describe('VIMonthPeriodParser', () => {
  it.each([
    ['trong tháng 4/2024', '2024-04-01', '2024-04-30'],
    ['Tháng 02/2024', '2024-02-01', '2024-02-29'],
    ['tháng 10 năm 2024', '2024-10-01', '2024-10-31'],
  ])('reads %s as a month due at its last day', (text, start, end) => {
    const [r] = runParser(new VIMonthPeriodParser(), text)
    expect([ymd(r.start), ymd(r.end)]).toEqual([start, end])
  })
  it.each(['ngày 19 tháng 6 năm 2015', 'tháng 13/2024', 'tháng 4', 'hằng tháng'])('declines %s', (text) => {
    expect(runParser(new VIMonthPeriodParser(), text)).toEqual([])
  })
})

describe('VIMonthPeriodParser without a year', () => {
  it("gives 'trong tháng 8' the letter's year", () => {
    const [r] = runParser(new VIMonthPeriodParser(), 'hoàn thành trong tháng 8')
    expect([ymd(r.start), ymd(r.end)]).toEqual(['2024-08-01', '2024-08-31'])
  })
  it('gives a month already past the next year', () => {
    expect(ymd(runParser(new VIMonthPeriodParser(), 'trong tháng 1')[0].end)).toBe('2025-01-31')
  })
  it('declines a bare "tháng 8" without a period cue', () => {
    expect(runParser(new VIMonthPeriodParser(), 'lương tháng 8')).toEqual([])
  })
})
