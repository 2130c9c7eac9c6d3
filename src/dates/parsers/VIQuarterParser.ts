/** "Quý II/2024", "quý 2 năm 2024", "trong Quý IV/2024": a quarter, due at its last day. */
import type { Parser, ParsingContext } from 'chrono-node'
import { ROMAN_QUARTER, lastDayOfMonth } from '../calendar.js'

const PATTERN = /(?<![\p{L}])[Qq](?:uý|UÝ|uí)\s+(IV|I{1,3}|[1-4])\s*(?:\/|năm|-)\s*((?:19|20)\d{2})(?![\d])/u

export class VIQuarterParser implements Parser {
  pattern(): RegExp {
    return PATTERN
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const q = ROMAN_QUARTER[match[1].toUpperCase()]
    if (!q) return null
    const year = Number(match[2])
    const result = context.createParsingResult(match.index!, match[0], { year, month: q * 3 - 2, day: 1 }, { year, month: q * 3, day: lastDayOfMonth(year, q * 3) })
    result.addTag('vi/period')
    result.addTag('vi/quarter')
    return result
  }
}
