/**
 * A day followed by a year named from the letter's date: "trước ngày 31 tháng 01 năm sau",
 * "trước 31/12 năm nay". The year word joins the day's result, and the year period chrono read
 * from the same words is dropped. Relative words come from rules/deadline-phrases.json.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node'
import { dateWords } from '../words.js'
import { pattern, rules } from '../../lexicon/index.js'

export class VIRelativeYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const w = dateWords()
    const yearAfter = pattern(rules().deadlines, 'date/relative-year-after')
    const absorbed = new Set<ParsingResult>()
    for (const r of results) {
      if (absorbed.has(r) || r.start.isCertain('year') || !r.start.isCertain('day') || !r.start.isCertain('month') || r.end) continue
      const m = yearAfter.exec(context.text.slice(r.index + r.text.length, r.index + r.text.length + 24))
      if (!m) continue
      const offset = w.offsetOf(m.groups!.rel)
      if (offset === null) continue
      r.start.assign('year', context.refDate.getUTCFullYear() + offset)
      const end = r.index + r.text.length + m[0].length
      for (const o of results) if (o !== r && o.index >= r.index + r.text.length && o.index + o.text.length <= end) absorbed.add(o)
      r.text = context.text.slice(r.index, end)
      r.addTag('vi/relative-year')
    }
    return results.filter((r) => !absorbed.has(r))
  }
}
