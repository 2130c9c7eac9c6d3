/** Calendar helpers on ISO dates (UTC, no time zones involved). */
import { rules } from '../lexicon/index.js'

export const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

export const lastDayOfMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()

export function parseIso(s: string): Date {
  return new Date(`${s}T00:00:00Z`)
}

export function addDays(s: string, n: number): string {
  const d = parseIso(s)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** The same day n months later, or the month's last day where it has no such day (31/01 + 1 month → 28/02). */
export function addMonths(s: string, n: number): string {
  const [y, m, d] = s.split('-').map(Number)
  const index = y * 12 + (m - 1) + n
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return iso(year, month, Math.min(d, lastDayOfMonth(year, month)))
}

let holidaySet: Set<string> | null = null
export function isHoliday(s: string): boolean {
  holidaySet ??= new Set(Object.values(rules().holidays.years).flatMap((l) => l.map((h) => h.date)))
  return holidaySet.has(s)
}

/** n working days after `from` (weekends and public holidays skipped). */
export function addWorkingDays(from: string, n: number): string {
  let d = from
  let left = n
  while (left > 0) {
    d = addDays(d, 1)
    const wd = parseIso(d).getUTCDay()
    if (wd === 0 || wd === 6 || isHoliday(d)) continue
    left--
  }
  return d
}

/** First day of the lunar new year (Tết Nguyên đán) of a year, from rules/holidays.json. */
export function tetOf(year: number): string | null {
  return rules().holidays.tet[String(year)] ?? null
}

export const ROMAN_QUARTER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 }
