import { describe, expect, it } from 'vitest'
import { VITetParser } from '../../src/dates/parsers/VITetParser.js'
import { runParser, ymd } from './helpers.js'

describe('VITetParser', () => {
  it('gives the next lunar new year after the letter date (rules/holidays.json)', () => {
    expect(ymd(runParser(new VITetParser(), 'trước Tết Nguyên đán')[0].start)).toBe('2025-01-29')
  })
  it('takes a printed year', () => {
    expect(ymd(runParser(new VITetParser(), 'trước Tết Nguyên đán 2026')[0].start)).toBe('2026-02-17')
  })
  it.each(['Tết Dương lịch', 'tết trung thu'])('declines %s', (text) => {
    expect(runParser(new VITetParser(), text)).toEqual([])
  })
})
