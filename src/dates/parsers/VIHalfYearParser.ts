/**
 * "6 tháng đầu năm 2024" (first half, due 30/6), "6 tháng cuối năm 2024" (due 31/12);
 * without a year ("6 tháng đầu năm", "6 tháng cuối năm nay") the letter's year.
 */
import type { Parser, ParsingContext } from 'chrono-node'
import { pattern, rules } from '../../lexicon/index.js'

export class VIHalfYearParser implements Parser {
  pattern(): RegExp {
    return pattern(rules().deadlines, 'date/half-year')
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const g = match.groups!
    const year = g.year ? Number(g.year) : context.refDate.getUTCFullYear()
    const first = g.first !== undefined
    const result = context.createParsingResult(
      match.index!,
      match[0],
      { year, month: first ? 1 : 7, day: 1 },
      { year, month: first ? 6 : 12, day: first ? 30 : 31 },
    )
    result.addTag('vi/period')
    result.addTag('vi/half-year')
    if (!g.year) result.addTag('vi/year-from-letter')
    return result
  }
}
