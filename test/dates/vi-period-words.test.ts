/** Months and quarters written in words, with two-digit years, in lists and at a sentence's end. */
import { describe, expect, it } from 'vitest'
import { VIMonthPeriodParser } from '../../src/dates/parsers/VIMonthPeriodParser.js'
import { VIQuarterParser } from '../../src/dates/parsers/VIQuarterParser.js'
import { deadlineOf, runParser, ymd } from './helpers.js'

describe('VIMonthPeriodParser with words and short years', () => {
  it.each([
    ['hoàn thành trong tháng 5/2024.', 'tháng 5/2024', '2024-05-31'],
    ['trong tháng sáu năm 2024', 'tháng sáu năm 2024', '2024-06-30'],
    ['trong tháng giêng năm 2025', 'tháng giêng năm 2025', '2025-01-31'],
    ['trong tháng mười hai', 'tháng mười hai', '2024-12-31'],
    ['trước tháng 12/24', 'tháng 12/24', '2024-12-31'],
    ['tháng 12/18', 'tháng 12/18', '2018-12-31'],
  ])('reads %s', (text, matched, end) => {
    const [r] = runParser(new VIMonthPeriodParser(), text)
    expect([r.text, ymd(r.end)]).toEqual([matched, end])
  })
  it.each(['tháng năm 2024 vừa qua', 'tháng 13/2024', 'tháng 3-4', 'lương tháng sáu'])('declines %s', (text) => {
    expect(runParser(new VIMonthPeriodParser(), text)).toEqual([])
  })
})

describe('VIQuarterParser with words, lists and "của năm"', () => {
  it.each([
    ['trong quý ba năm 2024', 'quý ba năm 2024', '2024-07-01', '2024-09-30'],
    ['trong quý 4 của năm 2018', 'quý 4 của năm 2018', '2018-10-01', '2018-12-31'],
    ['Quý II, III/2026', 'Quý II, III/2026', '2026-04-01', '2026-09-30'],
    ['Quý III, IV/2026, 2027', 'Quý III, IV/2026, 2027', '2026-07-01', '2027-12-31'],
    ['quý I và quý II năm 2025', 'quý I và quý II năm 2025', '2025-01-01', '2025-06-30'],
  ])('reads %s', (text, matched, start, end) => {
    const [r] = runParser(new VIQuarterParser(), text)
    expect([r.text, ymd(r.start), ymd(r.end)]).toEqual([matched, start, end])
  })
  it.each(['đề nghị Quý cơ quan', 'quý báu', 'quý hai mươi', 'báo cáo quý ba'])('declines %s', (text) => {
    expect(runParser(new VIQuarterParser(), text)).toEqual([])
  })
  it('reads a Roman quarter without a year at the end of a sentence', () => {
    expect(deadlineOf('Hoàn thành trong quý III.')?.date).toBe('2024-09-30')
  })
})
