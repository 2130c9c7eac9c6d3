/** A bare year in a table's time column is due at its end; in body text it is not a deadline. */
import { describe, expect, it } from 'vitest'
import { VICellYearParser } from '../../src/dates/parsers/VICellYearParser.js'
import { deadlineOf, runParser, ymd } from './helpers.js'

describe('VICellYearParser', () => {
  it.each([
    ['Năm 2027', '2027-12-31'],
    ['2030', '2030-12-31'],
  ])('reads %s in a cell', (text, end) => {
    expect(ymd(runParser(new VICellYearParser(), text)[0].end)).toBe(end)
    expect(deadlineOf(text, 'cell')?.date).toBe(end)
  })
  it.each(['30/4/2027', '12030', '2027.5'])('declines %s', (text) => {
    expect(runParser(new VICellYearParser(), text)).toEqual([])
  })
  it('is not used in body text, where a bare year names a plan or a budget', () => {
    expect(deadlineOf('ngân sách 2027')?.date ?? null).toBeNull()
  })
  it('reads the other time-column forms: ranges, quarters, half-years', () => {
    expect(deadlineOf('2026-2030', 'cell')?.date).toBe('2030-12-31')
    expect(deadlineOf('Quý IV/2025 - Quý II/2026', 'cell')?.date).toBe('2026-06-30')
    expect(deadlineOf('6 tháng đầu năm', 'cell')?.date).toBe('2024-06-30')
    expect(deadlineOf('Thường xuyên', 'cell')?.date ?? null).toBeNull()
  })
})
