import { describe, expect, it } from 'vitest'
import { Chrono } from 'chrono-node'
import { createConfiguration } from 'chrono-node/vi'
import { VIYearFromLetterRefiner } from '../../src/dates/refiners/VIYearFromLetterRefiner.js'
import { REF, ymd } from './helpers.js'

const chrono = () => {
  const c = createConfiguration(true)
  return new Chrono({ parsers: c.parsers, refiners: [...c.refiners, new VIYearFromLetterRefiner()] })
}

describe('VIYearFromLetterRefiner', () => {
  it("gives a day without a year the letter's year", () => {
    expect(ymd(chrono().parse('trước ngày 15/4', { instant: REF, timezone: 0 })[0].start)).toBe('2024-04-15')
  })
  it('gives the next year when that day is already past', () => {
    expect(ymd(chrono().parse('trước ngày 15/01', { instant: REF, timezone: 0 })[0].start)).toBe('2025-01-15')
  })
  it('leaves a printed year alone', () => {
    expect(ymd(chrono().parse('trước ngày 15/01/2024', { instant: REF, timezone: 0 })[0].start)).toBe('2024-01-15')
  })
})
