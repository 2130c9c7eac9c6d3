/** "trước Tết Nguyên đán": the first day of the lunar new year after the letter's date (rules/holidays.json). */
import type { Parser, ParsingContext } from 'chrono-node'
import { tetOf } from '../calendar.js'
import { pattern, rules } from '../../lexicon/index.js'

export class VITetParser implements Parser {
  pattern(): RegExp {
    return pattern(rules().deadlines, 'date/tet')
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const ref = context.refDate
    const refIso = ref.toISOString().slice(0, 10)
    let year = match.groups!.year ? Number(match.groups!.year) : ref.getUTCFullYear()
    let tet = tetOf(year)
    if (!match.groups!.year && tet && tet < refIso) tet = tetOf(++year)
    if (!tet) return null
    const [y, m, d] = tet.split('-').map(Number)
    const result = context.createParsingResult(match.index!, match[0], { year: y, month: m, day: d })
    result.addTag('vi/tet')
    if (!match.groups!.year) result.addTag('vi/year-from-letter')
    return result
  }
}
