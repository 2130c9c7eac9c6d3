/**
 * Ranges, due at their last day: "Quý IV/2025 - Quý II/2026", "từ tháng 3 đến tháng 6/2024",
 * "từ ngày 10/5/2026 đến hết ngày 14/5/2026", "từ năm 2021 đến hết năm 2025". Two results joined
 * by a dash, or by "đến"/"tới" after "từ", become one period; a first part without its own year
 * takes the year of the second ("từ ngày 5 tháng 8 đến ngày 10 tháng 8 năm 2012"). Ranges chrono's
 * own refiner merged ("ngày 5 tháng 8 đến ngày 10 tháng 8 năm 2012") get the same year fix.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node'
import { pattern, rules } from '../../lexicon/index.js'

const DASH = /^\s*[-–]\s*$/u

const yearOf = (c: ParsingResult['start']): number => c.get('year')!
const endOf = (r: ParsingResult): ParsingResult['start'] => r.end ?? r.start

/** A first part printed without a year takes the second's (the year before when that would invert the range). */
function borrowYear(first: ParsingResult['start'], second: ParsingResult['start']): void {
  if (first.isCertain('year') || !second.isCertain('year')) return
  const y = yearOf(second)
  first.imply('year', y)
  if (first.date() > second.date()) first.imply('year', y - 1)
}

export class VIPeriodRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = []
    for (const r of results) {
      const prev = out[out.length - 1]
      if (prev && this.joins(context, prev, r)) {
        const start = prev.start.clone()
        borrowYear(start, r.start)
        const merged = context.createParsingResult(prev.index, context.text.slice(prev.index, r.index + r.text.length), start, endOf(r).clone())
        for (const t of prev.tags()) merged.addTag(t)
        merged.addTag('vi/period')
        merged.addTag('vi/range')
        out[out.length - 1] = merged
        continue
      }
      if (r.end && !r.tags().has('vi/period')) {
        // chrono merged "A đến B" itself: the same range, due at B.
        borrowYear(r.start, r.end)
        r.addTag('vi/period')
        r.addTag('vi/range')
      }
      out.push(r)
    }
    return out
  }

  private joins(context: ParsingContext, a: ParsingResult, b: ParsingResult): boolean {
    const between = context.text.slice(a.index + a.text.length, b.index)
    if (between.length > 16) return false
    if (DASH.test(between)) return a.tags().has('vi/period') || b.tags().has('vi/period') || (a.start.isCertain('day') && b.start.isCertain('day'))
    if (!pattern(rules().deadlines, 'date/range-until').test(between)) return false
    return pattern(rules().deadlines, 'date/range-from').test(context.text.slice(Math.max(0, a.index - 10), a.index))
  }
}
