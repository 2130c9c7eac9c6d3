/**
 * "tháng 4/2024", "Tháng 02/2022", "tháng 10 năm 2024", "tháng sáu năm 2024", "tháng 12/18":
 * a month, due at its last day. "trong tháng 8" without a year takes the letter's year (the
 * next one when already past). Month words and cues come from rules/deadline-phrases.json.
 */
import type { Parser, ParsingContext } from 'chrono-node'
import { lastDayOfMonth } from '../calendar.js'
import { dateWords, fullYear } from '../words.js'
import { pattern, rules } from '../../lexicon/index.js'

const D = () => rules().deadlines

export class VIMonthPeriodParser implements Parser {
  pattern(): RegExp {
    return pattern(D(), 'date/month')
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const w = dateWords()
    const g = match.groups!
    const month = w.monthOf(g.m)
    if (!month || month < 1 || month > 12) return null
    // "ngày 19 tháng 6 năm 2015" is a day: leave it to the standard parser.
    const before = context.text.slice(Math.max(0, match.index! - 24), match.index!)
    if (pattern(D(), 'date/day-before-month').test(before)) return null
    // "tháng năm" is May only when no number follows ("tháng năm 2024" is not a month name).
    if (!/^\d/.test(g.m) && /^\s*\d/.test(context.text.slice(match.index! + match[0].length)) && !g.year) return null
    const ref = context.refDate
    let year = g.year ? Number(g.year) : g.y2 ? fullYear(g.y2, ref.getUTCFullYear()) : null
    if (year === null) {
      // Only after a period cue: a bare "tháng 8" is too weak to be a deadline.
      if (!pattern(D(), 'date/year-less-period-cue').test(before)) return null
      year = ref.getUTCFullYear()
      if (month < ref.getUTCMonth() + 1) year++
    }
    const result = context.createParsingResult(match.index!, match[0], { year, month, day: 1 }, { year, month, day: lastDayOfMonth(year, month) })
    result.addTag('vi/period')
    result.addTag('vi/month')
    if (!g.year && !g.y2) result.addTag('vi/year-from-letter')
    return result
  }
}
