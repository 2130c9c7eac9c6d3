/**
 * A part word before a period narrows it: "đầu tháng 6" (1–10/6), "trung tuần tháng 6"
 * (11–20/6), "cuối quý II" (its last month), "đầu năm 2025" (Q1). The word joins the result's
 * text; the parts are data in rules/deadline-phrases.json (words.parts).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node'
import { lastDayOfMonth } from '../calendar.js'
import { dateWords } from '../words.js'
import { pattern, rules } from '../../lexicon/index.js'

export class VIPeriodPartRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const w = dateWords()
    const D = rules().deadlines
    const before = { month: pattern(D, 'date/part-before-month'), quarter: pattern(D, 'date/part-before-quarter'), year: pattern(D, 'date/part-before-year') }
    for (const r of results) {
      const tags = r.tags()
      if (!tags.has('vi/period') || !r.end || tags.has('vi/part') || tags.has('vi/range')) continue
      const unit = tags.has('vi/month') ? 'month' : tags.has('vi/quarter') ? 'quarter' : tags.has('vi/year') ? 'year' : null
      if (!unit) continue
      const m = before[unit].exec(context.text.slice(Math.max(0, r.index - 14), r.index))
      if (!m) continue
      const part = w.partOf(unit, m.groups!.part)
      if (!part) continue
      const y = r.start.get('year')!
      const first = r.start.get('month')!
      if (unit === 'month') {
        r.start.assign('day', part[0])
        r.end.assign('day', Math.min(part[1], lastDayOfMonth(y, first)))
      } else {
        const a = first + part[0] - 1
        const b = first + part[1] - 1
        r.start.assign('month', a)
        r.start.assign('day', 1)
        r.end.assign('year', y)
        r.end.assign('month', b)
        r.end.assign('day', lastDayOfMonth(y, b))
      }
      const shift = m[0].length
      r.index -= shift
      r.text = context.text.slice(r.index, r.index + shift + r.text.length)
      r.addTag('vi/part')
    }
    return results
  }
}
