/**
 * The words of date phrases from rules/deadline-phrases.json ("words") as lookups: numbers written
 * as words, month and quarter names, relative words (tháng tới, năm ngoái), parts of a period and
 * period units. The same lists are the fragments ({{monthName}}, {{relativeWord}}…) of the date
 * patterns in that file (src/lexicon), so a word added there is both matched and understood.
 */
import { rules } from '../lexicon/index.js'

export type PeriodUnit = 'month' | 'quarter' | 'year'

export interface DateWordTables {
  monthOf(word: string): number | null
  quarterOf(word: string): number | null
  numberOf(word: string): number | null
  /** Offset in units of a relative word: 0 this, 1 next, -1 previous. */
  offsetOf(word: string): number | null
  partOf(unit: PeriodUnit, word: string): [number, number] | null
  /** The unit a period word names ("tháng" → month, "Quý" → quarter). */
  unitOf(word: string): PeriodUnit | null
}

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
  const units = new Map(Object.entries(w.periodUnits).map(([k, v]) => [key(k), v]))
  tables = {
    monthOf: lookup(w.months),
    quarterOf: (word) => quarterLookup.get(word.toUpperCase()) ?? quarterLookup.get(key(word)) ?? null,
    numberOf: lookup(w.numbers),
    offsetOf: lookup(w.relative),
    partOf: (unit, word) => {
      const rec = w.parts[unit] as Record<string, [number, number]>
      return rec[key(word)] ?? null
    },
    unitOf: (word) => units.get(key(word)) ?? null,
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
