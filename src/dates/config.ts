/**
 * Our chrono configuration: the strict Vietnamese configuration (never the English one),
 * without the parsers that read non-deadline text (bare years, weekdays, "N ngày trước"),
 * plus our parsers for full dates (the shared date reader), quarters, half-years, months and years (also named from the letter's
 * date: "tháng tới", "năm nay"), year ranges and bare years in cells, Tết and other public
 * holidays; and refiners that read "ngày 31/01 năm sau", give a year-less day the letter's year, narrow a period to the
 * part a word names ("cuối quý II") and join two dates or periods into a range.
 */
import { Chrono, type Refiner } from 'chrono-node'
import { createConfiguration } from 'chrono-node/vi'
import { VIFullDateParser } from './parsers/VIFullDateParser.js'
import { VIQuarterParser } from './parsers/VIQuarterParser.js'
import { VIHalfYearParser } from './parsers/VIHalfYearParser.js'
import { VIMonthPeriodParser } from './parsers/VIMonthPeriodParser.js'
import { VIYearPeriodParser } from './parsers/VIYearPeriodParser.js'
import { VIYearRangeParser } from './parsers/VIYearRangeParser.js'
import { VICellYearParser } from './parsers/VICellYearParser.js'
import { VIRelativePeriodParser } from './parsers/VIRelativePeriodParser.js'
import { VITetParser } from './parsers/VITetParser.js'
import { VIHolidayParser } from './parsers/VIHolidayParser.js'
import { VIYearFromLetterRefiner } from './refiners/VIYearFromLetterRefiner.js'
import { VIPeriodPartRefiner } from './refiners/VIPeriodPartRefiner.js'
import { VIPeriodRangeRefiner } from './refiners/VIPeriodRangeRefiner.js'
import { VIRelativeYearRefiner } from './refiners/VIRelativeYearRefiner.js'

const DROPPED = new Set(['VIYearParser', 'VIWeekdayParser', 'VIMonthYearParser', 'VITimeUnitAgoFormatParser', 'VITimeUnitLaterFormatParser', 'VITimeUnitWithinFormatParser', 'ISOFormatParser'])

export function createDeadlineChrono(options: { cell?: boolean } = {}): Chrono {
  const base = createConfiguration(true)
  const parsers = base.parsers.filter((p) => !DROPPED.has(p.constructor.name))
  // Full dates first: read by the reader the header and the citations share, they win over chrono's own reading of the same span.
  const ours = [new VIFullDateParser(), new VIQuarterParser(), new VIHalfYearParser(), new VIMonthPeriodParser(), new VIYearPeriodParser(), new VIRelativePeriodParser(), new VITetParser(), new VIHolidayParser()]
  // In a table's time column a span of years or a bare year is the deadline; in body text they name things.
  if (options.cell) ours.push(new VIYearRangeParser(), new VICellYearParser())
  const refiners = base.refiners.map((r) => (options.cell && r.constructor.name === 'UnlikelyFormatFilter' ? keepCellYears(r) : r))
  return new Chrono({ parsers: [...ours, ...parsers], refiners: [...refiners, new VIRelativeYearRefiner(), new VIYearFromLetterRefiner(), new VIPeriodPartRefiner(), new VIPeriodRangeRefiner()] })
}

/** chrono drops a result that is only digits ("2030"); in a time column that is a year, kept. */
function keepCellYears(filter: Refiner): Refiner {
  return {
    refine(context, results) {
      const years = results.filter((r) => r.tags().has('vi/cell-year'))
      const kept = filter.refine(context, results)
      return [...kept, ...years.filter((r) => !kept.includes(r))].sort((a, b) => a.index - b.index)
    },
  }
}

let body: Chrono | null = null
let cell: Chrono | null = null
/** One instance per mode: body text, or a table's time column (where "2024 - 2025" is a deadline). */
export function deadlineChrono(mode: 'body' | 'cell'): Chrono {
  if (mode === 'cell') return (cell ??= createDeadlineChrono({ cell: true }))
  return (body ??= createDeadlineChrono())
}
