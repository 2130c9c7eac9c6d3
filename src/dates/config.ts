/**
 * Our chrono configuration: the strict Vietnamese configuration (never the English one),
 * without the parsers that read non-deadline text (bare years, weekdays, "N ngày trước"),
 * plus our parsers for quarters, half-years, month and year periods, year ranges and Tết,
 * and a refiner that gives a year-less day the letter's year.
 */
import { Chrono } from 'chrono-node'
import { createConfiguration } from 'chrono-node/vi'
import { VIQuarterParser } from './parsers/VIQuarterParser.js'
import { VIHalfYearParser } from './parsers/VIHalfYearParser.js'
import { VIMonthPeriodParser } from './parsers/VIMonthPeriodParser.js'
import { VIYearPeriodParser } from './parsers/VIYearPeriodParser.js'
import { VIYearRangeParser } from './parsers/VIYearRangeParser.js'
import { VITetParser } from './parsers/VITetParser.js'
import { VIYearFromLetterRefiner } from './refiners/VIYearFromLetterRefiner.js'

const DROPPED = new Set(['VIYearParser', 'VIWeekdayParser', 'VIMonthYearParser', 'VITimeUnitAgoFormatParser', 'VITimeUnitLaterFormatParser', 'VITimeUnitWithinFormatParser', 'ISOFormatParser'])

export function createDeadlineChrono(options: { yearRanges?: boolean } = {}): Chrono {
  const base = createConfiguration(true)
  const parsers = base.parsers.filter((p) => !DROPPED.has(p.constructor.name))
  const ours = [new VIQuarterParser(), new VIHalfYearParser(), new VIMonthPeriodParser(), new VIYearPeriodParser(), new VITetParser()]
  if (options.yearRanges) ours.push(new VIYearRangeParser())
  return new Chrono({ parsers: [...ours, ...parsers], refiners: [...base.refiners, new VIYearFromLetterRefiner()] })
}

let body: Chrono | null = null
let cell: Chrono | null = null
/** One instance per mode: body text, or a table's time column (where "2024 - 2025" is a deadline). */
export function deadlineChrono(mode: 'body' | 'cell'): Chrono {
  if (mode === 'cell') return (cell ??= createDeadlineChrono({ yearRanges: true }))
  return (body ??= createDeadlineChrono())
}
