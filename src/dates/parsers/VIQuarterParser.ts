/**
 * "Quý II/2024", "quý 2 năm 2024", "quý ba năm 2024", "quý 4 của năm 2018", "trong Quý IV":
 * a quarter, due at its last day. A list "Quý III, IV/2026, 2027" is one period from the
 * first quarter to the last year named. Quarter words come from rules/deadline-phrases.json.
 */
import type { Parser, ParsingContext } from 'chrono-node'
import { lastDayOfMonth } from '../calendar.js'
import { dateWords, fullYear } from '../words.js'
import { pattern, rules } from '../../lexicon/index.js'

const D = () => rules().deadlines

export class VIQuarterParser implements Parser {
  pattern(): RegExp {
    return pattern(D(), 'date/quarter')
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const w = dateWords()
    const g = match.groups!
    const first = w.quarterOf(g.q)
    if (!first) return null
    const listItem = pattern(D(), 'date/quarter-list-item')
    const lead = pattern(D(), 'date/quarter-word-lead')
    const more = g.more ? g.more.split(pattern(D(), 'date/quarter-list-separator')).map((s) => s.trim().replace(lead, '')).filter(Boolean) : []
    const quarters = [first, ...more.map((s) => (listItem.test(s) ? w.quarterOf(s) : null))]
    if (quarters.some((x) => !x)) return null
    const ref = context.refDate
    let year = g.year ? Number(g.year) : g.y2 ? fullYear(g.y2, ref.getUTCFullYear()) : null
    if (year === null) {
      // "trong quý III" takes the letter's year (the next one when the quarter is over).
      const before = context.text.slice(Math.max(0, match.index! - 16), match.index!)
      if (!pattern(D(), 'date/year-less-period-cue').test(before)) return null
      year = ref.getUTCFullYear()
      if (first * 3 < ref.getUTCMonth() + 1) year++
    }
    const last = Math.max(...(quarters as number[]))
    const lastYear = g.years ? Math.max(year, ...[...g.years.matchAll(/\d{4}/g)].map((m) => Number(m[0]))) : year
    const end = lastYear > year ? { year: lastYear, month: 12, day: 31 } : { year, month: last * 3, day: lastDayOfMonth(year, last * 3) }
    const result = context.createParsingResult(match.index!, match[0], { year, month: first * 3 - 2, day: 1 }, end)
    result.addTag('vi/period')
    result.addTag('vi/quarter')
    if (!g.year && !g.y2) result.addTag('vi/year-from-letter')
    return result
  }
}
