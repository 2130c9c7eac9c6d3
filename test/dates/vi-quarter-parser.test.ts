import { describe, expect, it } from 'vitest'
import { VIQuarterParser } from '../../src/dates/parsers/VIQuarterParser.js'
import { runParser, ymd } from './helpers.js'

describe('VIQuarterParser', () => {
  it.each([
    ['trong Quý II/2024', 'Quý II/2024', '2024-04-01', '2024-06-30'],
    ['quý 2 năm 2024', 'quý 2 năm 2024', '2024-04-01', '2024-06-30'],
    ['Quý IV/2024', 'Quý IV/2024', '2024-10-01', '2024-12-31'],
    ['hoàn thành trong quý I/2025', 'quý I/2025', '2025-01-01', '2025-03-31'],
  ])('reads %s as a quarter from its first to its last day', (text, matched, start, end) => {
    const [r] = runParser(new VIQuarterParser(), text)
    expect([r.text, ymd(r.start), ymd(r.end)]).toEqual([matched, start, end])
    expect(r.tags().has('vi/quarter')).toBe(true)
  })
  it.each(['quý V/2024', 'quý khách năm 2024', 'quý II', 'Quý'])('declines %s', (text) => {
    expect(runParser(new VIQuarterParser(), text)).toEqual([])
  })
})

describe('VIQuarterParser without a year', () => {
  it("gives 'trong quý III' the letter's year", () => {
    expect(ymd(runParser(new VIQuarterParser(), 'hoàn thành trong quý III')[0].end)).toBe('2024-09-30')
  })
  it('declines "quý II" without a period cue', () => {
    expect(runParser(new VIQuarterParser(), 'báo cáo quý II')).toEqual([])
  })
})
