/**
 * "6 tháng đầu năm 2024" (first half, due 30/6), "6 tháng cuối năm 2024" (due 31/12);
 * without a year ("6 tháng đầu năm", "6 tháng cuối năm nay") the letter's year.
 */
import type { Parser, ParsingContext } from 'chrono-node'

const PATTERN = /(?<![\p{L}\d])(?:6|06|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+((?:19|20)\d{2})(?!\d)|\s+nay(?![\p{L}]))?(?![\p{L}\d]|\s+(?:học|tài\s+chính|(?:19|20)\d{2}))/iu

export class VIHalfYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const year = match[2] ? Number(match[2]) : context.refDate.getUTCFullYear()
    const first = match[1].toLowerCase() === 'đầu'
    const result = context.createParsingResult(
      match.index!,
      match[0],
      { year, month: first ? 1 : 7, day: 1 },
      { year, month: first ? 6 : 12, day: first ? 30 : 31 },
    )
    result.addTag('vi/period')
    result.addTag('vi/half-year')
    if (!match[2]) result.addTag('vi/year-from-letter')
    return result
  }
}
