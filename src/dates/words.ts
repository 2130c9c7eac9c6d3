/**
 * The words of date phrases from rules/deadline-phrases.json ("words"), turned once into the
 * regex alternations and lookups the parsers share: one source for numbers written as words,
 * month and quarter names, relative words (tháng tới, năm ngoái), parts of a period and cues.
 */
import { rules } from '../lexicon/index.js'

export interface DateWordTables {
  /** Alternation of month names after "tháng": digits or words ("6", "06", "sáu", "giêng"). */
  month: string
  /** Alternation of quarter names after "quý": Roman, digits or words. */
  quarter: string
  /** Alternation of numbers written as words ("năm", "mười lăm"). */
  number: string
  /** Alternation of relative words after a unit ("tới", "sau", "này", "ngoái"). */
  relative: string
  /** Alternations of part words before a month, a quarter, a year ("đầu", "trung tuần"). */
  part: { month: string; quarter: string; year: string }
  /** Alternations of the cue words that make a year-less month or a bare year a period. */
  monthCue: string
  yearCue: string
  monthOf(word: string): number | null
  quarterOf(word: string): number | null
  numberOf(word: string): number | null
  /** Offset in units of a relative word: 0 this, 1 next, -1 previous. */
  offsetOf(word: string): number | null
  partOf(unit: 'month' | 'quarter' | 'year', word: string): [number, number] | null
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
/** Longest first, so "mười hai" wins over "mười". */
const alternation = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|')
const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim()

let tables: DateWordTables | null = null

export function dateWords(): DateWordTables {
  if (tables) return tables
  const w = rules().dateWords
  const lookup = (rec: Record<string, number>) => {
    const m = new Map(Object.entries(rec).map(([k, v]) => [key(k), v]))
    return (word: string): number | null => {
      const k = key(word)
      if (/^\d+$/.test(k)) return Number(k)
      return m.get(k) ?? m.get(word.replace(/\s+/g, ' ').trim()) ?? null
    }
  }
  const quarterLookup = new Map(Object.entries(w.quarters).map(([k, v]) => [k, v]))
  tables = {
    month: `\\d{1,2}|${alternation(Object.keys(w.months))}`,
    quarter: alternation(Object.keys(w.quarters)),
    relative: alternation(Object.keys(w.relative)),
    number: alternation(Object.keys(w.numbers)),
    part: { month: alternation(Object.keys(w.parts.month)), quarter: alternation(Object.keys(w.parts.quarter)), year: alternation(Object.keys(w.parts.year)) },
    monthCue: alternation(w.monthCues),
    yearCue: alternation(w.yearCues),
    monthOf: lookup(w.months),
    quarterOf: (word) => quarterLookup.get(word.toUpperCase()) ?? quarterLookup.get(key(word)) ?? null,
    numberOf: lookup(w.numbers),
    offsetOf: lookup(w.relative),
    partOf: (unit, word) => {
      const rec = w.parts[unit] as Record<string, [number, number]>
      return rec[key(word)] ?? null
    },
  }
  return tables
}

/** A two-digit year ("tháng 12/18") in the century that puts it nearest the reference year. */
export function fullYear(text: string, refYear: number): number {
  const n = Number(text)
  if (text.length > 2) return n
  const century = Math.floor(refYear / 100) * 100
  const candidates = [century - 100 + n, century + n, century + 100 + n]
  return candidates.reduce((a, b) => (Math.abs(b - refYear) < Math.abs(a - refYear) ? b : a))
}

/** Year written after a period: "/2024", "-2024", " năm 2024", " của năm 2024", "/24" (two digits only after a slash). */
export const YEAR_TAIL = String.raw`(?:\s*\/\s*(?<y2>\d{2})(?![\d/])|\s*(?:\/|-|–|(?:của\s+)?năm)\s*(?<year>(?:19|20)\d{2})(?!\d))`
