/**
 * The date phrase reader shared by the header (the letter's own date), the citations (a cited
 * document's date) and the deadlines (through VIFullDateParser, our chrono parser). The forms
 * are defined once in rules/dates.json, as fragments every pattern file composes ({{fullDate}},
 * {{letterDate}}) and as this reader's own patterns; the numbers a match holds are decoded here,
 * with the calendar check, and nowhere else.
 */
import { builtPattern, rules } from '../lexicon/index.js'

/** numeric "19/01/2024", in words "ngày 19 tháng 01 năm 2024", OCR-glued "tháng 122024", a letter's own date (maybe blank). */
export type DateForm = 'numeric' | 'words' | 'glued' | 'letter'

export interface DateReading {
  /** Null where the printed day or month is blank or illegible (a letter's own date only). */
  day: number | null
  month: number | null
  year: number | null
  /** The calendar day, or null when day or month is missing or they name no day (31/02). */
  iso: string | null
  form: DateForm
  /** Offsets of the phrase in the text read; the day word ("ngày") included where the form takes it. */
  start: number
  end: number
}


/**
 * A pattern of rules/dates.json, registered as a built pattern (so the time-bound test of
 * test/rules.test.ts runs it), with its global and sticky twins.
 */
function datePattern(id: string): RegExp {
  return builtPattern(`dates.json#${id}`, () => {
    const re = rules().dates.get(id)?.re
    if (!re) throw new Error(`rules: pattern "${id}" is missing from rules/dates.json`)
    return re.source
  }, rules().dates.get(id)?.re.flags ?? 'u')
}
const twins = new Map<string, { global: RegExp; sticky: RegExp }>()
function twinsOf(id: string): { global: RegExp; sticky: RegExp } {
  let t = twins.get(id)
  if (!t) {
    const re = datePattern(id)
    t = { global: new RegExp(re.source, re.flags + 'g'), sticky: new RegExp(re.source, re.flags + 'y') }
    twins.set(id, t)
  }
  return t
}

/** The pattern chrono scans a task's text with (date/deadline): neither global nor sticky, as chrono expects. */
export function deadlineDatePattern(): RegExp {
  return datePattern('date/deadline')
}

/** A converter's markup left inside a number ("tháng* *5") is no part of it. */
const digitsOf = (s: string | undefined): string | null => {
  const t = s?.replace(/[*_\s]/g, '')
  return t && /^\d{1,2}$/.test(t) ? t : null
}

/**
 * The ISO day of printed numbers, or null: the calendar check (a month 1 to 12, a day that
 * month has: 31/02 and 13/13 are no dates). A year before 1000 is no letter's.
 */
export function isoDate(d: string | undefined, m: string | undefined, y: string | undefined): string | null {
  const day = digitsOf(d)
  const month = digitsOf(m)
  if (!day || !month || !y || !/^\d{4}$/.test(y)) return null
  const dd = Number(day)
  const mm = Number(month)
  const yy = Number(y)
  if (yy < 1000 || mm < 1 || mm > 12 || dd < 1 || dd > 31) return null
  const dt = new Date(Date.UTC(yy, mm - 1, dd))
  if (dt.getUTCMonth() !== mm - 1) return null
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`
}

/** The numbers of a match of any date form, by its groups (rules/dates.json names them). */
function decode(g: Record<string, string | undefined>): Omit<DateReading, 'start' | 'end'> {
  const form: DateForm = g.y1 !== undefined ? 'numeric' : g.y2 !== undefined ? 'words' : g.y3 !== undefined ? 'glued' : 'letter'
  const d = g.d1 ?? g.d2 ?? g.d3 ?? g.day
  const m = g.m1 ?? g.m2 ?? g.m3 ?? g.month
  const y = g.y1 ?? g.y2 ?? g.y3 ?? g.year
  const day = digitsOf(d)
  const month = digitsOf(m)
  return { day: day ? Number(day) : null, month: month ? Number(month) : null, year: y ? Number(y) : null, iso: isoDate(d, m, y), form }
}

function reading(m: RegExpExecArray, base: number): DateReading {
  return { ...decode(m.groups ?? {}), start: base + m.index, end: base + m.index + m[0].length }
}

/**
 * The first full date in s at or after `from` ("ngày 19/01/2024", "ngày 19 tháng 01 năm 2024",
 * "ngày 31 tháng 122024"), or null when there is none or it names no calendar day. Offsets
 * are in s. A pattern that composes {{fullDate}} finds where; this reads what.
 */
export function readFullDate(s: string, from = 0): DateReading | null {
  return readWith(twinsOf('date/full').global, s, from, true)
}

/** The match of re (a global or sticky twin) at or from `at`, read; with `calendar`, only a calendar day. */
function readWith(re: RegExp, s: string, at: number, calendar: boolean): DateReading | null {
  re.lastIndex = at
  const m = re.exec(s)
  if (!m) return null
  const r = reading(m, 0)
  return !calendar || r.iso ? r : null
}

/**
 * The letter's own date after its place ("ngày 22 tháng 3 năm 2024"), the first at or after
 * `from`: left blank for a letter signed by hand or illegible after OCR, it is still read,
 * with iso null and the year when printed ("ngày    tháng    năm 2024").
 */
export function readLetterDate(s: string, from = 0): DateReading | null {
  return readWith(twinsOf('date/letter').global, s, from, false)
}

/**
 * A full date in a task's text that starts exactly at `at` (date/deadline, its boundaries checked
 * against the whole text), or null: what VIFullDateParser hands to chrono.
 */
export function readDeadlineDateAt(text: string, at: number): DateReading | null {
  return readWith(twinsOf('date/deadline').sticky, text, at, true)
}
