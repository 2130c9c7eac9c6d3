/** "trước Tết Nguyên đán": the first day of the lunar new year after the letter's date (rules/holidays.json). */
import type { Parser, ParsingContext } from 'chrono-node'
import { tetOf } from '../calendar.js'

const PATTERN = /(?<![\p{L}])Tết\s+(?:Nguyên\s+[Đđ]án|[ÂâAa]m\s+lịch)(?:\s+(?:năm\s+)?((?:19|20)\d{2}))?/u

export class VITetParser implements Parser {
  pattern(): RegExp {
    return PATTERN
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const ref = context.refDate
    const refIso = ref.toISOString().slice(0, 10)
    let year = match[1] ? Number(match[1]) : ref.getUTCFullYear()
    let tet = tetOf(year)
    if (!match[1] && tet && tet < refIso) tet = tetOf(++year)
    if (!tet) return null
    const [y, m, d] = tet.split('-').map(Number)
    const result = context.createParsingResult(match.index!, match[0], { year: y, month: m, day: d })
    result.addTag('vi/tet')
    return result
  }
}
