/** "Quý II/2024", "quý 2 năm 2024", "trong Quý IV/2024": a quarter, due at its last day. */
import type { Parser, ParsingContext } from 'chrono-node'
import { ROMAN_QUARTER, lastDayOfMonth } from '../calendar.js'

const PATTERN = /(?<![\p{L}])[Qq](?:uý|UÝ|uí)\s+(IV|I{1,3}|[1-4])(?:\s*(?:\/|năm|-)\s*((?:19|20)\d{2})(?![\d]))?(?![\p{L}\d/])/u

export class VIQuarterParser implements Parser {
  pattern(): RegExp {
    return PATTERN
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const q = ROMAN_QUARTER[match[1].toUpperCase()]
    if (!q) return null
    let year = match[2] ? Number(match[2]) : null
    if (year === null) {
      // "trong quý III" takes the letter's year (the next one when the quarter is over).
      const before = context.text.slice(Math.max(0, match.index! - 12), match.index!)
      if (!/(?:trong|hết|cuối|đầu|vào)\s*$/u.test(before)) return null
      const ref = context.refDate
      year = ref.getUTCFullYear()
      if (q * 3 < ref.getUTCMonth() + 1) year++
    }
    const result = context.createParsingResult(match.index!, match[0], { year, month: q * 3 - 2, day: 1 }, { year, month: q * 3, day: lastDayOfMonth(year, q * 3) })
    result.addTag('vi/period')
    result.addTag('vi/quarter')
    if (!match[2]) result.addTag('vi/year-from-letter')
    return result
  }
}
