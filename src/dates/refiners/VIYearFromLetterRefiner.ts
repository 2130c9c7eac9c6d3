/**
 * "trước ngày 15/4" has no year: it takes the letter's year, or the next one when that date
 * is already past on the letter's date.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node'

export class VIYearFromLetterRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = context.refDate
    for (const r of results) {
      if (r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) continue
      const y = ref.getUTCFullYear()
      const m = r.start.get('month')!
      const d = r.start.get('day')!
      const candidate = Date.UTC(y, m - 1, d)
      const refDay = Date.UTC(y, ref.getUTCMonth(), ref.getUTCDate())
      r.start.imply('year', candidate < refDay ? y + 1 : y)
      r.addTag('vi/year-from-letter')
    }
    return results
  }
}
