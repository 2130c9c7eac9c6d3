/**
 * A month, quarter or year named from the letter's date: "tháng tới", "quý này", "năm nay",
 * "năm sau", "năm ngoái"; and "cuối năm", "đầu tháng" with no number (the current one).
 * A number before ("trong 5 năm qua", "3 năm sau") makes a duration, not a period: declined.
 */
import type { Parser, ParsingContext } from 'chrono-node'
import { lastDayOfMonth } from '../calendar.js'
import { dateWords } from '../words.js'

let pattern: RegExp | null = null
let numberBefore: RegExp | null = null
let numberAfter: RegExp | null = null

export type PeriodUnit = 'month' | 'quarter' | 'year'
const UNIT: Record<string, PeriodUnit> = { tháng: 'month', quý: 'quarter', quí: 'quarter', năm: 'year' }

/** First and last month of the period `offset` units from the reference date's. */
export function periodFrom(ref: Date, unit: PeriodUnit, offset: number): { year: number; from: number; to: number } {
  const y = ref.getUTCFullYear()
  const m = ref.getUTCMonth() // 0-based
  if (unit === 'year') return { year: y + offset, from: 1, to: 12 }
  const size = unit === 'month' ? 1 : 3
  const index = Math.floor(m / size) + offset
  const year = y + Math.floor((index * size) / 12)
  const from = (((index * size) % 12) + 12) % 12 + 1
  return { year, from, to: from + size - 1 }
}

export class VIRelativePeriodParser implements Parser {
  pattern(): RegExp {
    const w = dateWords()
    // The unit first (cheap to find); a bare unit only right after a part word ("cuối năm"): a bare "năm" is everywhere.
    const part = `${w.part.month}|${w.part.year}|${w.part.quarter}`
    pattern ??= new RegExp(
      String.raw`(?<unit>tháng|qu[ýí]|năm)(?<![\p{L}]\k<unit>)(?:\s+(?<rel>${w.relative})(?![\p{L}\d])(?!\s+(?:khi|đó|nữa|ngày|kỳ))|(?<=(?<![\p{L}])(?:${part})\s+\k<unit>)(?=[\s,.;:)]|$))`,
      'iu',
    )
    return pattern
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const w = dateWords()
    const g = match.groups!
    const at = match.index!
    const before = context.text.slice(Math.max(0, at - 16), at)
    numberBefore ??= new RegExp(String.raw`(?:\d|(?<![\p{L}])(?:${w.number}))\s*$`, 'iu')
    if (numberBefore.test(before) || /(?:h[ằà]ng|mỗi|các|từng|định\s+kỳ)\s*$/iu.test(before)) return null
    let offset = 0
    if (g.rel) {
      offset = w.offsetOf(g.rel) ?? 0
    } else {
      numberAfter ??= new RegExp(String.raw`^\s*(?:\d|(?:${w.quarter}|${w.month}|học|tài\s+chính|[IVX]+)(?![\p{L}]))`, 'iu')
      if (numberAfter.test(context.text.slice(match.index! + match[0].length))) return null
      const part = before.replace(/\s*\S+\s*$/u, '')
      if (numberBefore.test(part)) return null
    }
    const unit = UNIT[g.unit.toLowerCase()]
    const p = periodFrom(context.refDate, unit, offset)
    const result = context.createParsingResult(at, match[0], { year: p.year, month: p.from, day: 1 }, { year: p.year, month: p.to, day: lastDayOfMonth(p.year, p.to) })
    result.addTag('vi/period')
    result.addTag(unit === 'month' ? 'vi/month' : unit === 'quarter' ? 'vi/quarter' : 'vi/year')
    result.addTag('vi/relative-period')
    return result
  }
}
