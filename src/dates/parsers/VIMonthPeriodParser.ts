/**
 * "tháng 4/2024", "Tháng 02/2022", "tháng 10 năm 2024": a month, due at its last day.
 * "trong tháng 8" without a year takes the letter's year (the next one when already past).
 */
import type { Parser, ParsingContext } from 'chrono-node'
import { lastDayOfMonth } from '../calendar.js'

const PATTERN = /(?<![\p{L}])[Tt]háng\s+(\d{1,2})(?:\s*(?:\/|năm|-)\s*((?:19|20)\d{2})(?![\d]))?(?![\d/.-])/u

export class VIMonthPeriodParser implements Parser {
  pattern(): RegExp {
    return PATTERN
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const month = Number(match[1])
    if (month < 1 || month > 12) return null
    // "ngày 19 tháng 6 năm 2015" is a day: leave it to the standard parser.
    const before = context.text.slice(Math.max(0, match.index! - 12), match.index!)
    if (/ngày\s*\d{1,2}\s*$/u.test(before)) return null
    let year = match[2] ? Number(match[2]) : null
    if (year === null) {
      // Only after a period cue: a bare "tháng 8" is too weak to be a deadline.
      if (!/(?:trong|hết|cuối|đầu|giữa|vào)\s*$/u.test(before)) return null
      const ref = context.refDate
      year = ref.getUTCFullYear()
      if (month < ref.getUTCMonth() + 1) year++
    }
    const result = context.createParsingResult(match.index!, match[0], { year, month, day: 1 }, { year, month, day: lastDayOfMonth(year, month) })
    result.addTag('vi/period')
    result.addTag('vi/month')
    if (!match[2]) result.addTag('vi/year-from-letter')
    return result
  }
}
