/**
 * A month, quarter or year named from the letter's date: "tháng tới", "quý này", "năm nay",
 * "năm sau", "năm ngoái"; and "cuối năm", "đầu tháng" with no number (the current one).
 * A number before ("trong 5 năm qua", "3 năm sau") makes a duration, not a period: declined.
 */
import type { Parser, ParsingContext } from 'chrono-node'
import { lastDayOfMonth } from '../calendar.js'
import { dateWords, type PeriodUnit } from '../words.js'
import { pattern, rules } from '../../lexicon/index.js'

export type { PeriodUnit }

const D = () => rules().deadlines

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
    // The unit first (cheap to find); a bare unit only right after a part word ("cuối năm"): a bare "năm" is everywhere.
    return pattern(D(), 'date/relative-period')
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const w = dateWords()
    const g = match.groups!
    const at = match.index!
    const before = context.text.slice(Math.max(0, at - 16), at)
    // "trước ngày 20 tháng này", "ngày 05 của tháng tới": that day of the month named.
    const day = g.rel ? pattern(D(), 'date/day-of-relative-month').exec(before) : null
    if (day && w.unitOf(g.unit) === 'month') return dayOfMonth(context, at - (before.length - day.index!), match, Number(day.groups!.day), w.offsetOf(g.rel) ?? 0)
    const numberBefore = pattern(D(), 'date/number-before')
    if (numberBefore.test(before) || pattern(D(), 'date/every-before').test(before)) return null
    let offset = 0
    if (g.rel) {
      offset = w.offsetOf(g.rel) ?? 0
    } else {
      if (pattern(D(), 'date/number-after').test(context.text.slice(match.index! + match[0].length))) return null
      const part = before.replace(/\s*\S+\s*$/u, '')
      if (numberBefore.test(part)) return null
    }
    const unit = w.unitOf(g.unit)
    if (!unit) return null
    const p = periodFrom(context.refDate, unit, offset)
    const result = context.createParsingResult(at, match[0], { year: p.year, month: p.from, day: 1 }, { year: p.year, month: p.to, day: lastDayOfMonth(p.year, p.to) })
    result.addTag('vi/period')
    result.addTag(unit === 'month' ? 'vi/month' : unit === 'quarter' ? 'vi/quarter' : 'vi/year')
    result.addTag('vi/relative-period')
    return result
  }
}

/** A day of a month named from the letter's date; null when the month has no such day. */
function dayOfMonth(context: ParsingContext, from: number, match: RegExpMatchArray, day: number, offset: number) {
  const p = periodFrom(context.refDate, 'month', offset)
  if (day < 1 || day > lastDayOfMonth(p.year, p.from)) return null
  const end = match.index! + match[0].length
  const result = context.createParsingResult(from, context.text.slice(from, end), { year: p.year, month: p.from, day })
  result.addTag('vi/relative-period')
  return result
}
