/** "2024 - 2025" in a time column: the span of years, due at the end of the last. */
import type { Parser, ParsingContext } from 'chrono-node'

const PATTERN = /(?<![\d/.-])((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?![\d/])/u

export class VIYearRangeParser implements Parser {
  pattern(): RegExp {
    return PATTERN
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const from = Number(match[1])
    const to = Number(match[2])
    if (to < from) return null
    const result = context.createParsingResult(match.index!, match[0], { year: from, month: 1, day: 1 }, { year: to, month: 12, day: 31 })
    result.addTag('vi/period')
    result.addTag('vi/year-range')
    return result
  }
}
