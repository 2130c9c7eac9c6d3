/** "trong năm 2024", "cuối năm 2024", "đến hết năm 2024": the year, due 31/12. A bare "năm 2024" is not a deadline. */
import type { Parser, ParsingContext } from 'chrono-node'

const PATTERN = /(?<![\p{L}])(trong|cuối|hết|trong cả|trong suốt)\s+năm\s+((?:19|20)\d{2})(?![\d])/u

export class VIYearPeriodParser implements Parser {
  pattern(): RegExp {
    return PATTERN
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const year = Number(match[2])
    const end = match[1] === 'cuối' ? { year, month: 12, day: 31 } : { year, month: 12, day: 31 }
    const start = match[1] === 'cuối' ? { year, month: 10, day: 1 } : { year, month: 1, day: 1 }
    // The cue word stays outside the result: it is read by the classifier.
    const offset = match[0].indexOf('năm')
    const result = context.createParsingResult(match.index! + (match[1] === 'cuối' ? 0 : offset), match[0].slice(match[1] === 'cuối' ? 0 : offset), start, end)
    result.addTag('vi/period')
    result.addTag('vi/year')
    return result
  }
}
