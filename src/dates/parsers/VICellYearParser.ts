/** "Năm 2027", "2030" in a table's time column: the year, due 31/12 (cells only: in body text a bare year is a name). */
import type { Parser, ParsingContext } from 'chrono-node'
import { pattern, rules } from '../../lexicon/index.js'

export class VICellYearParser implements Parser {
  pattern(): RegExp {
    return pattern(rules().deadlines, 'date/cell-year')
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const year = Number(match.groups!.year)
    const result = context.createParsingResult(match.index!, match[0], { year, month: 1, day: 1 }, { year, month: 12, day: 31 })
    result.addTag('vi/period')
    result.addTag('vi/year')
    result.addTag('vi/cell-year')
    return result
  }
}
