/**
 * "trong năm 2024", "cuối năm 2024", "đến hết năm 2025", "trước năm 2026", "đầu năm 2025":
 * the year, due 31/12 (a part word before it is read by VIPeriodPartRefiner). A bare
 * "năm 2024" is not a deadline: a cue (rules/deadline-phrases.json, words.yearCues) must precede.
 */
import type { Parser, ParsingContext } from 'chrono-node'
import { pattern, rules } from '../../lexicon/index.js'

export class VIYearPeriodParser implements Parser {
  pattern(): RegExp {
    return pattern(rules().deadlines, 'date/year')
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const year = Number(match[0].slice(-4))
    // The cue word stays outside the result: it is read by the classifier.
    const result = context.createParsingResult(match.index!, match[0], { year, month: 1, day: 1 }, { year, month: 12, day: 31 })
    result.addTag('vi/period')
    result.addTag('vi/year')
    return result
  }
}
