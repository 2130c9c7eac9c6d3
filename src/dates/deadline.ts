/**
 * The deadline of a task: dates read by our chrono configuration, classified by the cue
 * before them (trước ngày, chậm nhất, trong tháng…), with citation dates, meetings and names
 * left out; relative, recurring, ongoing and as-soon-as-possible wording when no date is set.
 */
import type { Doc } from '../types.js'
import type { Deadline } from '../schema/letter.js'
import type { ParsedResult } from 'chrono-node'
import { evidence } from '../parse/span.js'
import { pattern, globalPattern, rules } from '../rules/index.js'
import { deadlineChrono } from './config.js'
import { addDays, addWorkingDays, iso } from './calendar.js'

export interface DeadlineContext {
  letterDate: string | null
  /** Flat-text ranges of dates that belong to citations. */
  citationDates: Array<[number, number]>
  doc: Doc
}

export interface DeadlineResult {
  deadline: Deadline | null
  milestones: Deadline[]
}

interface Candidate {
  start: number
  end: number
  date: string
  startDate?: string
  kind: Deadline['kind']
  strength: number
  time?: string
  resolution: string
}

const D = () => rules().deadlines
const NUMBER_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, năm: 5, mười: 10, 'mười lăm': 15 }

const dateOf = (c: ParsedResult['start']): string => iso(c.get('year')!, c.get('month')!, c.get('day')!)

/**
 * text: the item's own text; base: its offset in the flat text (for spans and to leave out
 * citation dates). mode "cell": a table's time column, where any date or period is the deadline.
 */
export function findDeadline(text: string, base: number, ctx: DeadlineContext, mode: 'body' | 'cell' = 'body'): DeadlineResult {
  const ref = ctx.letterDate ? new Date(`${ctx.letterDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12))
  // Every date our parsers read has a digit, or names Tết: without either, chrono has nothing to find.
  const results = /\d|Tết/u.test(text) ? deadlineChrono(mode).parse(text, { instant: ref, timezone: 0 }) : []
  const candidates: Candidate[] = []
  const times: ParsedResult[] = []
  for (const r of results) {
    const a = base + r.index
    const b = a + r.text.length
    if (ctx.citationDates.some(([s, e]) => a < e && b > s)) continue
    if (!r.start.isCertain('day') && !r.tags().has('vi/period') && !r.start.isCertain('month')) {
      if (r.start.isCertain('hour')) times.push(r)
      continue
    }
    if (!r.start.isCertain('day') && !r.tags().has('vi/period')) continue
    const c = classify(text, r, mode)
    if (c) candidates.push({ ...c, start: a, end: b })
  }
  mergeRanges(text, base, candidates)
  attachTimes(text, base, candidates, times)
  // The item's own completion date: the strongest cue, the last of those.
  let best: Candidate | null = null
  for (const c of candidates) if (c.strength > 0 && (!best || c.strength >= best.strength)) best = c
  const toDeadline = (c: Candidate): Deadline => ({
    date: c.date,
    kind: c.kind,
    ...(c.startDate ? { start: c.startDate } : {}),
    ...(c.time ? { time: c.time } : {}),
    resolution: c.resolution,
    ...evidence(ctx.doc, c.start, c.end),
  })
  const recurring = recurringAround(text, best ? best.start - base : -1)
  if (best && recurring && !hasYear(text.slice(best.start - base, best.end - base))) {
    return { deadline: recurringDeadline(text, base, ctx, recurring), milestones: [] }
  }
  if (best) return { deadline: toDeadline(best), milestones: candidates.filter((c) => c !== best && c.strength > 0).map(toDeadline) }
  return { deadline: undatedDeadline(text, base, ctx), milestones: [] }
}

const hasYear = (s: string): boolean => /(?:19|20)\d{2}/.test(s)

function classify(text: string, r: ParsedResult, mode: 'body' | 'cell'): Omit<Candidate, 'start' | 'end'> | null {
  const before = text.slice(Math.max(0, r.index - 70), r.index)
  const sentence = before.split(/[.;!?](?:\s|$)/u).pop() ?? before
  const after = text.slice(r.index + r.text.length, r.index + r.text.length + 30)
  const period = r.tags().has('vi/period')
  const endDate = period && r.end ? dateOf(r.end) : dateOf(r.start)
  const startDate = period ? dateOf(r.start) : undefined
  const what = describe(r, endDate)
  if (pattern(D(), 'deadline/not-deadline-before').test(sentence)) return null
  // "Ngày 07 tháng 10 năm 2024, tại trụ sở Chính phủ, …" reports a meeting.
  if (/^\s*$/.test(sentence) && pattern(D(), 'deadline/meeting-opening').test(after)) return null
  if (mode === 'cell') return { date: endDate, startDate, kind: period ? 'within-period' : 'by', strength: 3, resolution: what }
  const tail = sentence.replace(/\s+/g, ' ')
  if (pattern(D(), 'deadline/cue-before').test(tail) && !period) return { date: endDate, kind: 'before', strength: 3, resolution: `before ${what}` }
  if (pattern(D(), 'deadline/cue-by').test(tail)) return { date: endDate, startDate, kind: period ? 'within-period' : 'by', strength: 3, resolution: `by ${what}` }
  if (pattern(D(), 'deadline/range-from').test(tail)) return { date: endDate, kind: 'on', strength: 0, resolution: what }
  if (period && pattern(D(), 'deadline/cue-within').test(tail)) return { date: endDate, startDate, kind: 'within-period', strength: 2, resolution: `within ${what}` }
  if (pattern(D(), 'deadline/cue-complete').test(tail)) return { date: endDate, startDate, kind: period ? 'within-period' : 'by', strength: 2, resolution: `completion ${what}` }
  if (pattern(D(), 'deadline/cue-on').test(tail) && !period) return { date: endDate, kind: 'on', strength: 1, resolution: `on ${what}` }
  if (r.tags().has('vi/year') && /cuối/u.test(r.text)) return { date: endDate, startDate, kind: 'within-period', strength: 1, resolution: `end of ${what}` }
  return null
}

function describe(r: ParsedResult, endDate: string): string {
  const tags = r.tags()
  if (tags.has('vi/quarter')) return `quarter "${r.text}" → ${endDate}`
  if (tags.has('vi/half-year')) return `half-year "${r.text}" → ${endDate}`
  if (tags.has('vi/month')) return `month "${r.text}" → ${endDate}`
  if (tags.has('vi/year') || tags.has('vi/year-range')) return `year "${r.text}" → ${endDate}`
  if (tags.has('vi/tet')) return `Tết Nguyên đán → ${endDate}`
  if (tags.has('vi/year-from-letter')) return `"${r.text}" with the letter's year → ${endDate}`
  return `"${r.text}" → ${endDate}`
}

/** "từ ngày 10/5/2026 đến hết ngày 14/5/2026": one period, due at its last day. */
function mergeRanges(text: string, base: number, cands: Candidate[]): void {
  cands.sort((a, b) => a.start - b.start)
  for (let k = 0; k + 1 < cands.length; k++) {
    const a = cands[k]
    const b = cands[k + 1]
    const between = text.slice(a.end - base, b.start - base)
    const before = text.slice(Math.max(0, a.start - base - 12), a.start - base)
    if (/^\s*(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?\s*$/u.test(between) && /[Tt]ừ(?:\s+ngày)?\s*$/u.test(before)) {
      b.startDate = a.date
      b.kind = 'within-period'
      b.strength = Math.max(b.strength, 2)
      b.resolution = `period ${a.date} – ${b.date} → ${b.date}`
      b.start = a.start
      cands.splice(k, 1)
      k--
    }
  }
}

/** "trước 17 giờ 00 ngày 25/3/2024": the hour belongs to the date after it. */
function attachTimes(text: string, base: number, cands: Candidate[], times: ParsedResult[]): void {
  for (const t of times) {
    const tEnd = base + t.index + t.text.length
    const c = cands.find((x) => x.start >= tEnd && x.start - tEnd < 12 && /^[\s,]*(?:ngày)?\s*$/u.test(text.slice(tEnd - base, x.start - base)))
    if (!c) continue
    c.time = `${String(t.start.get('hour')).padStart(2, '0')}:${String(t.start.get('minute') ?? 0).padStart(2, '0')}`
    c.start = base + t.index
    if (/trước\s*$/u.test(text.slice(Math.max(0, t.index - 10), t.index))) {
      c.kind = 'before'
      c.strength = 3
    }
  }
}

/** A recurring cue in the same sentence as position `at` (or anywhere when at < 0). */
const RECURRING_HINT = /kỳ|h[ằà]ng|mỗi|quý|áo cáo|đợt/iu

function recurringAround(text: string, at: number): RegExpExecArray | null {
  if (!RECURRING_HINT.test(text)) return null
  const re = globalPattern(D(), 'deadline/recurring')
  let m: RegExpExecArray | null
  let found: RegExpExecArray | null = null
  while ((m = re.exec(text))) {
    if (at < 0) return m
    found ??= m
    const lo = Math.min(m.index, at)
    const hi = Math.max(m.index, at)
    if (!/[.!?]\s/u.test(text.slice(lo, hi)) || text.slice(hi, hi + 40).includes('hằng năm')) return m
  }
  return at < 0 ? null : found && /h[ằà]ng\s+năm|định\s+kỳ/u.test(text) ? found : null
}

function recurringDeadline(text: string, base: number, ctx: DeadlineContext, m: RegExpExecArray): Deadline {
  // The frequency is in the phrase, or just after "định kỳ" ("định kỳ hằng quý").
  const phrase = (m[0] + ' ' + text.slice(m.index + m[0].length, m.index + m[0].length + 24)).toLowerCase()
  const frequency = frequencyOf(phrase)
  // The due day: the last "ngày N" around the phrase ("từ ngày 1 đến ngày 5 hằng tháng" → 5).
  const days = [...text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30).matchAll(/ngày\s+(\d{1,2})(?!\s*[/.-]\s*\d)/gu)]
  const day = days.length ? days[days.length - 1] : null
  return {
    date: null,
    kind: 'recurring',
    recurrence: { frequency, ...(day ? { day: Number(day[1]) } : {}), note: m[0] },
    resolution: `recurring (${frequency}${day ? `, day ${day[1]}` : ''}): no single date`,
    ...evidence(ctx.doc, base + m.index, base + m.index + m[0].length),
  }
}

/** No calendar date: relative to an anchor, recurring, ongoing, or as soon as possible. */
function undatedDeadline(text: string, base: number, ctx: DeadlineContext): Deadline | null {
  const rel = pattern(D(), 'deadline/relative').exec(text)
  if (rel) {
    const g = rel.groups!
    const n = /^\d+$/.test(g.n) ? Number(g.n) : (NUMBER_WORDS[g.n.replace(/\s+/g, ' ')] ?? 0)
    const working = /làm\s+việc/u.test(g.unit)
    const unit = (/tuần/u.test(g.unit) ? 'week' : /tháng/u.test(g.unit) ? 'month' : /năm/u.test(g.unit) ? 'year' : 'day') as Deadline['unit']
    const anchor = g.anchor?.trim()
    const fromLetter = !!anchor && pattern(D(), 'deadline/anchor-letter').test(anchor)
    let date: string | null = null
    let resolution: string
    if (fromLetter && ctx.letterDate && unit === 'day') {
      date = working ? addWorkingDays(ctx.letterDate, n) : addDays(ctx.letterDate, n)
      resolution = `${n} ${working ? 'working' : 'calendar'} days from the letter's date ${ctx.letterDate} → ${date}`
    } else resolution = anchor ? `${n} ${working ? 'working days' : unit + 's'} from "${anchor}": an event the letter does not date` : `${n} ${unit}s, no anchor`
    return {
      date,
      kind: 'relative',
      duration: n,
      unit,
      basis: working ? 'working' : 'calendar',
      ...(anchor ? { anchor } : {}),
      resolution,
      ...evidence(ctx.doc, base + rel.index, base + rel.index + rel[0].length),
    }
  }
  const rec = recurringAround(text, -1)
  if (rec) return recurringDeadline(text, base, ctx, rec)
  for (const [id, kind, note] of [
    ['deadline/ongoing', 'ongoing', 'ongoing: no date'],
    ['deadline/asap', 'asap', 'as soon as possible: no date'],
  ] as const) {
    const m = pattern(D(), id).exec(text)
    if (m) return { date: null, kind, resolution: note, ...evidence(ctx.doc, base + m.index, base + m.index + m[0].length) }
  }
  return null
}

function frequencyOf(phrase: string): NonNullable<Deadline['recurrence']>['frequency'] {
  if (/tháng cuối quý|h[ằà]ng quý|mỗi quý|báo cáo quý/u.test(phrase)) return 'quarterly'
  if (/(?:6|sáu) tháng/u.test(phrase)) return 'half-yearly'
  if (/h[ằà]ng tháng|mỗi tháng/u.test(phrase)) return 'monthly'
  if (/h[ằà]ng tuần/u.test(phrase)) return 'weekly'
  if (/h[ằà]ng ngày/u.test(phrase)) return 'daily'
  if (/h[ằà]ng năm|mỗi năm|báo cáo năm/u.test(phrase)) return 'yearly'
  return 'unspecified'
}
