/**
 * A public holiday named as a deadline: "trước Quốc khánh 2/9", "trước dịp Quốc khánh",
 * "trước ngày Quốc tế Lao động 1/5", "trước Giỗ Tổ Hùng Vương năm 2025". The next such day on or
 * after the letter's date unless a year is printed; names and days from rules/holidays.json.
 */
import type { Parser, ParsingContext } from 'chrono-node'
import { iso } from '../calendar.js'
import { pattern, rules } from '../../lexicon/index.js'

let hint: RegExp | null = null
const NEVER = /(?!)/
let byName: Map<string, { month?: number; day?: number; lunar?: string }> | null = null

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ')

/** The day of a holiday in a year, or null when rules/holidays.json does not list it. */
export function holidayIn(h: { month?: number; day?: number; lunar?: string }, year: number): string | null {
  if (h.month && h.day) return iso(year, h.month, h.day)
  if (!h.lunar) return null
  const entry = rules().holidays.years[String(year)]?.find((x) => x.name.startsWith(h.lunar!))
  return entry?.date ?? null
}

export class VIHolidayParser implements Parser {
  pattern(context: ParsingContext): RegExp {
    if (!hint) {
      const named = rules().holidays.named
      byName = new Map(named.flatMap((h) => h.names.map((n) => [fold(n), h] as const)))
      // The last word of each name, looked for once per text: most texts name no holiday, and the full scan is costly.
      hint = new RegExp([...new Set([...byName.keys()].map((n) => n.split(' ').pop()!))].join('|'), 'iu')
    }
    // The names in the pattern ({{holidayName}}) are the same rules/holidays.json list.
    return hint.test(context.text) ? pattern(rules().deadlines, 'date/holiday') : NEVER
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const h = byName!.get(fold(match.groups!.name))
    if (!h) return null
    const refIso = context.refDate.toISOString().slice(0, 10)
    let year = match.groups!.year ? Number(match.groups!.year) : context.refDate.getUTCFullYear()
    let day = holidayIn(h, year)
    if (!match.groups!.year && day && day < refIso) day = holidayIn(h, ++year)
    if (!day) return null
    const [y, m, d] = day.split('-').map(Number)
    const result = context.createParsingResult(match.index!, match[0], { year: y, month: m, day: d })
    result.addTag('vi/holiday')
    if (!match.groups!.year) result.addTag('vi/year-from-letter')
    return result
  }
}
