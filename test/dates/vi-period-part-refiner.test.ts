/** A part word narrows a period (rules/deadline-phrases.json, words.parts); the letter is dated 22/3/2024. */
import { describe, expect, it } from 'vitest'
import { VIMonthPeriodParser } from '../../src/dates/parsers/VIMonthPeriodParser.js'
import { VIQuarterParser } from '../../src/dates/parsers/VIQuarterParser.js'
import { VIYearPeriodParser } from '../../src/dates/parsers/VIYearPeriodParser.js'
import { VIPeriodPartRefiner } from '../../src/dates/refiners/VIPeriodPartRefiner.js'
import { deadlineOf, runParser, ymd } from './helpers.js'
import type { Parser } from 'chrono-node'

const refine = (parser: Parser, text: string) => runParser(parser, text, [new VIPeriodPartRefiner()])

describe('VIPeriodPartRefiner', () => {
  it.each([
    [new VIMonthPeriodParser(), 'hoàn thành đầu tháng 6/2024', 'đầu tháng 6/2024', '2024-06-01', '2024-06-10'],
    [new VIMonthPeriodParser(), 'trong trung tuần tháng 6/2024', 'trung tuần tháng 6/2024', '2024-06-11', '2024-06-20'],
    [new VIMonthPeriodParser(), 'giữa tháng 8', 'giữa tháng 8', '2024-08-11', '2024-08-20'],
    [new VIMonthPeriodParser(), 'cuối tháng 2/2025', 'cuối tháng 2/2025', '2025-02-21', '2025-02-28'],
    [new VIQuarterParser(), 'cuối quý II/2024', 'cuối quý II/2024', '2024-06-01', '2024-06-30'],
    [new VIQuarterParser(), 'đầu quý III/2024', 'đầu quý III/2024', '2024-07-01', '2024-07-31'],
    [new VIYearPeriodParser(), 'đầu năm 2025', 'đầu năm 2025', '2025-01-01', '2025-03-31'],
    [new VIYearPeriodParser(), 'cuối năm 2024', 'cuối năm 2024', '2024-10-01', '2024-12-31'],
  ])('narrows %#: %s', (parser, text, matched, start, end) => {
    const [r] = refine(parser, text)
    expect([r.text, ymd(r.start), ymd(r.end), r.tags().has('vi/part')]).toEqual([matched, start, end, true])
  })
  it('leaves a period without a part word whole', () => {
    const [r] = refine(new VIQuarterParser(), 'trong quý II/2024')
    expect([ymd(r.start), ymd(r.end), r.tags().has('vi/part')]).toEqual(['2024-04-01', '2024-06-30', false])
  })
  it('does not take a word that only ends in a part word ("mới đầu" is not a part of a month)', () => {
    const [r] = refine(new VIMonthPeriodParser(), 'kết quả thu được tháng 6/2024')
    expect(r.tags().has('vi/part')).toBe(false)
  })
  it('gives the narrowed end as the deadline', () => {
    expect(deadlineOf('hoàn thành trong trung tuần tháng 6/2024')?.date).toBe('2024-06-20')
    expect(deadlineOf('phấn đấu hoàn thành đầu năm 2025')?.date).toBe('2025-03-31')
    expect(deadlineOf('tổ chức hội nghị tổng kết vào cuối tháng 11/2024')).toMatchObject({ date: '2024-11-30', kind: 'within-period' })
  })
})
