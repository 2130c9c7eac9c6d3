/**
 * The deadline of a task: dates read by our chrono configuration, classified by the cue
 * before them (trước ngày, chậm nhất, trong tháng…), with citation dates, meetings and names
 * left out; relative, recurring, ongoing and as-soon-as-possible wording when no date is set.
 */
import type { Doc } from '../types.js'
import type { Deadline } from '../schema/letter.js'
import type { ParsedResult, ParsingOption } from 'chrono-node'
import { evidence } from '../parse/span.js'
import { pattern, globalPattern, rules } from '../lexicon/index.js'
import { deadlineChrono } from './config.js'
import { addDays, addMonths, addWorkingDays, iso } from './calendar.js'
import { dateWords } from './words.js'
import { readDeadlineDateAt } from '../readers/dates.js'
import { trace, tracing } from '../explain.js'

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

/** A date an item's text names that cannot be its deadline, and why (reported as a diagnostic). */
export interface DroppedDate {
  /** A cited document's date; a day already past on the letter's date; a day whose year only the (missing) letter date could give. */
  reason: 'citation' | 'before-letter' | 'no-letter-date'
  date: string
  start: number
  end: number
  text: string
}

const dropped = new WeakMap<DeadlineContext, DroppedDate[]>()
/** The dates left out so far for this letter's context, in the order they were met. */
export function droppedDates(ctx: DeadlineContext): DroppedDate[] {
  return dropped.get(ctx) ?? []
}
function drop(ctx: DeadlineContext, d: DroppedDate): void {
  const list = dropped.get(ctx) ?? []
  if (!list.some((x) => x.start === d.start && x.end === d.end)) list.push(d)
  dropped.set(ctx, list)
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
  /** Set in a purpose clause after an earlier date of the same sentence ("… trước ngày X để trình … trong quý II"). */
  purpose?: boolean
  /** The rule that weakened the date, for the trace. */
  rule?: string
  /** Named by a holiday ("trước Tết Nguyên đán"), not printed as a day. */
  holiday?: boolean
}

const D = () => rules().deadlines

const dateOf = (c: ParsedResult['start']): string => iso(c.get('year')!, c.get('month')!, c.get('day')!)

/**
 * text: the item's own text; base: its offset in the flat text (for spans and to leave out
 * citation dates). mode "cell": a table's time column, where any date or period is the deadline.
 */
export function findDeadline(text: string, base: number, ctx: DeadlineContext, mode: 'body' | 'cell' = 'body'): DeadlineResult {
  const ref = ctx.letterDate ? new Date(`${ctx.letterDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12))
  const on = tracing()
  const results = pattern(D(), 'deadline/date-hint').test(text) ? deadlineChrono(mode).parse(text, { instant: ref, timezone: 0 }, on ? debugOption(base) : undefined) : []
  const candidates: Candidate[] = []
  const yearless: Array<Candidate & { text: string }> = []
  const times: ParsedResult[] = []
  for (const r of results) {
    const a = base + r.index
    const b = a + r.text.length
    const citation = ctx.citationDates.some(([s, e]) => a < e && b > s)
    if (!r.start.isCertain('day') && !r.tags().has('vi/period') && !r.start.isCertain('month')) {
      if (r.start.isCertain('hour') && !citation) times.push(r)
      continue
    }
    if (!r.start.isCertain('day') && !r.tags().has('vi/period')) continue
    lastDrop = null
    const c = classify(text, r, mode)
    // A cited document's date, or a day already past on the letter's date, is never the item's deadline.
    if (citation || (c && ctx.letterDate && c.date < ctx.letterDate)) {
      if (c && c.strength > 0) drop(ctx, { reason: citation ? 'citation' : 'before-letter', date: c.date, start: a, end: b, text: r.text })
      if (on)
        traceDate('dropped', citation ? 'deadline/citation-date' : 'deadline/before-letter-date', citation ? `"${r.text}": the date of a cited document` : `"${r.text}" (${c!.date}): before the letter's date ${ctx.letterDate}`, a, b)
      continue
    }
    if (!c) {
      const why = takeDrop()
      if (on && why) traceDate('dropped', why.rule, `"${r.text}": ${why.reason}`, a, b)
      continue
    }
    // With no letter date, a year-less day or a period named from the letter ("tháng tới") has no year:
    // it may still give a recurring deadline its day, never a dated one (the year would be made up).
    if (!ctx.letterDate && yearFromLetter(r)) {
      if (c.strength > 0) yearless.push({ ...c, start: a, end: b, text: r.text })
      if (on) traceDate('dropped', 'deadline/no-letter-date', `"${r.text}": its year would come from the letter's date, which is not printed`, a, b)
      continue
    }
    candidates.push({ ...c, start: a, end: b, ...(r.tags().has('vi/tet') || r.tags().has('vi/holiday') ? { holiday: true } : {}) })
    if (on) traceDate(c.strength > 0 ? 'kept' : 'dropped', c.rule ?? 'deadline/candidate', `"${r.text}" → ${c.date}, ${c.kind}, strength ${c.strength}: ${c.resolution}`, a, b)
  }
  attachTimes(text, base, candidates, times)
  glossHolidays(text, base, candidates)
  markPurposes(text, base, candidates)
  const best = pickDeadline(candidates)
  if (on) for (const c of candidates) if (c.purpose && c !== best) traceDate('dropped', 'deadline/purpose-between', `${c.date}: in a purpose clause ("để …", "nhằm …") after the item's own date`, c.start, c.end)
  if (!best && yearless.length) {
    const recurring = recurringAround(text, yearless[0].start - base)
    if (recurring) return chosen({ deadline: recurringDeadline(text, base, ctx, recurring), milestones: [] }, 'recurring wording around a day without a year')
  }
  for (const y of yearless) drop(ctx, { reason: 'no-letter-date', date: `--${y.date.slice(5)}`, start: y.start, end: y.end, text: y.text })
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
    return chosen({ deadline: recurringDeadline(text, base, ctx, recurring), milestones: [] }, `"${text.slice(best.start - base, best.end - base)}" has no year and recurring wording stands with it`)
  }
  if (best) {
    const why = best.strength >= 2 ? 'the latest date set with a completion or deadline cue (strength 2 or 3)' : 'no date with a completion cue: the strongest weaker cue, the last of those'
    return chosen({ deadline: toDeadline(best), milestones: candidates.filter((c) => c !== best && c.strength > 0).map(toDeadline) }, why, best)
  }
  return chosen({ deadline: undatedDeadline(text, base, ctx), milestones: [] }, candidates.length ? 'no date with a cue' : 'no calendar date in the item')
}

/** Trace the item's choice (when tracing): the deadline, why, and its milestones. */
function chosen(r: DeadlineResult, why: string, at?: { start: number; end: number }): DeadlineResult {
  if (!tracing()) return r
  const d = r.deadline
  const ms = r.milestones.length ? `; milestones ${r.milestones.map((m) => m.date).join(', ')}` : ''
  trace({ stage: 'deadlines', ruleId: 'deadline/choice', verdict: 'chose', message: d ? `${d.date ?? d.kind} (${d.kind}): ${why}; ${d.resolution}${ms}` : `no deadline: ${why}`, ...(at ? { start: at.start, end: at.end } : {}) })
  return r
}

function traceDate(verdict: 'kept' | 'dropped', ruleId: string, message: string, start: number, end: number): void {
  trace({ stage: 'deadlines', ruleId, verdict, message, start, end })
}

/**
 * chrono's own `debug` option (read by chrono, though its published ParsingOption type leaves it
 * out): its blocks log through console.log, caught into the trace while a letter is traced.
 */
function debugOption(base: number): ParsingOption {
  const option: ParsingOption & { debug: (block: () => unknown) => void } = { debug: (block) => {
    const log = console.log
    const lines: string[] = []
    console.log = (...args: unknown[]) => void lines.push(args.map((x) => (typeof x === 'string' ? x : JSON.stringify(x) ?? String(x))).join(' '))
    try {
      const value = block()
      if (value !== undefined) lines.push(typeof value === 'string' ? value : String(value))
    } finally {
      console.log = log
    }
    for (const l of lines) trace({ stage: 'dates', ruleId: 'chrono/debug', verdict: 'note', message: `chrono (item at ${base}): ${l}` })
  } }
  return option
}

const hasYear = (s: string): boolean => /(?:19|20)\d{2}/.test(s)

/** The result's year was not printed: it came from the letter's date (a year-less day, "tháng tới", "năm sau", a holiday). */
export const yearFromLetter = (r: ParsedResult): boolean => ['vi/year-from-letter', 'vi/relative-period', 'vi/relative-year'].some((t) => r.tags().has(t))

/**
 * The item's own completion date. Its main work is the last step it asks of its lead, so among
 * the dates set with a completion or deadline cue (strength 2 or 3) the latest is taken; with
 * none, the strongest weaker cue, the last of those.
 */
function pickDeadline(candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null
  const own = candidates.some((c) => c.strength > 0 && !c.purpose)
  for (const c of candidates) {
    if (c.strength <= 0 || (own && c.purpose)) continue
    if (!best) best = c
    else if (c.strength >= 2 && best.strength >= 2) {
      if (c.date >= best.date) best = c
    } else if (c.strength >= best.strength) best = c
  }
  return best
}

/**
 * A holiday with the day printed in brackets beside it ("trước Tết Nguyên đán Bính Ngọ 2026
 * (trước ngày 10 tháng 02 năm 2026)", "trước ngày 25/01/2026 (trước Tết)"): the printed day is
 * the deadline the writer means; the holiday only names the occasion, so it stands down.
 */
function glossHolidays(text: string, base: number, cands: Candidate[]): void {
  const sorted = [...cands].sort((a, b) => a.start - b.start)
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [x, y] = [sorted[k], sorted[k + 1]]
    if (x.holiday === y.holiday || x.strength <= 0 || y.strength <= 0) continue
    const between = text.slice(x.end - base, y.start - base)
    // The bracket opens between the two, with at most a cue inside it.
    if (!pattern(D(), 'deadline/holiday-gloss-between').test(between)) continue
    const holiday = x.holiday ? x : y
    holiday.strength = 0
    holiday.rule = 'deadline/holiday-gloss'
    if (tracing()) traceDate('dropped', 'deadline/holiday-gloss', `${holiday.date}: the holiday is glossed by the day printed beside it`, holiday.start, holiday.end)
  }
}

/** A date in a purpose clause ("để …", "nhằm …") after an earlier date of the same sentence. */
function markPurposes(text: string, base: number, cands: Candidate[]): void {
  cands.sort((a, b) => a.start - b.start)
  for (let k = 1; k < cands.length; k++) {
    const between = text.slice(cands[k - 1].end - base, cands[k].start - base)
    if (!/[.;!?](?:\s|$)/u.test(between) && pattern(D(), 'deadline/purpose-between').test(between)) cands[k].purpose = true
  }
}

/** Flat offsets of the sentence around [from, to): after the last sentence end before it, up to the first after it. */
function sentenceBounds(text: string, from: number, to: number, back = 240, ahead = 240): [number, number] {
  const lo = Math.max(0, from - back)
  let start = lo
  const ends = /[.;!?](?:\s|$)|\n\s*\n/gu
  const head = text.slice(lo, from)
  let m: RegExpExecArray | null
  while ((m = ends.exec(head))) start = lo + m.index + m[0].length
  const tail = text.slice(to, to + ahead)
  const e = tail.search(/[.;!?](?:\s|$)|\n\s*\n/u)
  return [start, e < 0 ? to + tail.length : to + e]
}

/**
 * A state phrase ("có hiệu lực từ", "phát sinh từ", "thời hạn ủy quyền … đến", "đi công tác")
 * governs only its own dates: the ones after it in its clause, until other work begins
 * (deadline/state-clause-end), and a fronted time adverbial of its clause ("Từ ngày … đến
 * ngày …, Chủ tịch UBND tỉnh đi công tác"). Other dates of the sentence are left to the work.
 */
function governedByState(text: string, from: number, to: number): boolean {
  const [start, end] = sentenceBounds(text, from, to)
  const state = globalPattern(D(), 'deadline/state-period')
  const before = text.slice(start, from)
  let last: RegExpExecArray | null = null
  let m: RegExpExecArray | null
  while ((m = state.exec(before))) last = m
  if (last) {
    const between = before.slice(last.index + last[0].length)
    if (between.length <= 120 && !pattern(D(), 'deadline/state-clause-end').test(between)) return true
  }
  // Fronted adverbial: the date sits in the sentence's first comma segment; the state is the
  // predicate of the next segment, with no other work before it.
  if (before.includes(',')) return false
  const rest = text.slice(to, end)
  const comma = rest.indexOf(',')
  if (comma < 0) return false
  const next = rest.slice(comma + 1).split(',')[0]
  const s = pattern(D(), 'deadline/state-period').exec(next)
  return !!s && !pattern(D(), 'deadline/state-clause-end').test(next.slice(0, s.index))
}

/**
 * A date inside a "sau khi …" clause times the event the work waits for ("ngay sau khi danh mục
 * được HĐND tỉnh thông qua vào Kỳ họp thứ Sáu HĐND tỉnh, khóa XVII (dự kiến tổ chức vào tháng
 * 12/2017)"). The clause ends at its comma or where a completion cue begins
 * (deadline/anchor-clause-end): a date after that belongs to the work.
 */
function insideAnchorClause(text: string, at: number): boolean {
  const [start] = sentenceBounds(text, at, at)
  const before = text.slice(start, at)
  const open = globalPattern(D(), 'deadline/anchor-clause-before')
  let last: RegExpExecArray | null = null
  let m: RegExpExecArray | null
  while ((m = open.exec(before))) last = m
  if (!last) return false
  const clause = before.slice(last.index + last[0].length)
  // A cue that opens the clause ("sau khi hoàn thành …") is the awaited event's verb.
  const lead = clause.length - clause.trimStart().length
  const endRe = globalPattern(D(), 'deadline/anchor-clause-end')
  while ((m = endRe.exec(clause))) if (m[0] === ',' || m.index > lead) return false
  return true
}

function classify(text: string, r: ParsedResult, mode: 'body' | 'cell'): Omit<Candidate, 'start' | 'end'> | null {
  const before = text.slice(Math.max(0, r.index - 90), r.index)
  const sentence = before.split(/[.;!?](?:\s|$)/u).pop() ?? before
  const after = text.slice(r.index + r.text.length, r.index + r.text.length + 30)
  const tags = r.tags()
  const period = tags.has('vi/period')
  const endDate = period && r.end ? dateOf(r.end) : dateOf(r.start)
  const startDate = period ? dateOf(r.start) : undefined
  const what = describe(r, endDate)
  // "tổ chức hội nghị vào ngày 20/12/2025": a meeting the doer is to hold is work set for that day.
  if (!period && pattern(D(), 'deadline/organise-meeting-before').test(sentence)) return { date: endDate, kind: 'on', strength: 1, resolution: `meeting to hold on ${what}`, rule: 'deadline/organise-meeting-before' }
  if (pattern(D(), 'deadline/not-deadline-before').test(sentence)) return no('deadline/not-deadline-before', 'the date of a meeting, a signature, an effect or a named plan or period, not of work')
  // "Ngày 07 tháng 10 năm 2024, tại trụ sở Chính phủ, …" reports a meeting.
  if (/^\s*$/.test(sentence) && pattern(D(), 'deadline/meeting-opening').test(after)) return no('deadline/meeting-opening', 'opens a report of a meeting')
  // A pilot's, an authorization's or an absence's period is a state that holds, not work to finish.
  if (governedByState(text, r.index, r.index + r.text.length)) return no('deadline/state-period', 'the period of a state that holds (a pilot, an authorization, an absence), not work to finish')
  // The weekday printed between the cue and the date ('trước ngày thứ 4, 25/12/2024') stands outside both.
  let tail = sentence.replace(/\s+/g, ' ').replace(pattern(D(), 'deadline/weekday-before'), '')
  if (insideAnchorClause(text, r.index)) return no('deadline/anchor-clause-before', 'times the event the work waits for (a "sau khi …" clause)')
  // "chuyển nguồn sang năm 2026": where something moves to, not a time to finish.
  if (pattern(D(), 'deadline/into-period-before').test(tail)) return no('deadline/into-period-before', 'a period something moves to ("sang năm 2026"), not a time to finish work')
  // "trong những ngày cuối năm": the days an arrangement holds, unless a completion cue governs them.
  if (pattern(D(), 'deadline/frame-period-before').test(tail) && !pattern(D(), 'deadline/cue-complete').test(tail))
    return no('deadline/frame-period-before', 'the days during which an arrangement holds ("trong những ngày cuối năm"), not a time to finish work')
  // "đến năm 2030" ends work only right after it ("thực hiện theo lộ trình đến năm 2030"); after a
  // plan, a database or a target, or before ", tầm nhìn đến năm 2045", it is a scope or a horizon.
  let untilYear = false
  if (tags.has('vi/year') && !tags.has('vi/cell-year') && pattern(D(), 'deadline/until-before').test(tail)) {
    if (pattern(D(), 'deadline/plan-horizon-before').test(tail) || !pattern(D(), 'deadline/until-year-work').test(tail) || pattern(D(), 'deadline/horizon-after').test(after))
      return no('deadline/plan-horizon-before', 'the horizon or scope of a plan, a strategy or a target ("đến năm …" not after the work it ends)')
    untilYear = !pattern(D(), 'deadline/until-complete').test(tail)
  }
  if (mode === 'cell') {
    if (period && pattern(D(), 'deadline/period-cue-before').test(tail) && !tags.has('vi/range')) return beforePeriod(r, what)
    return { date: endDate, startDate, kind: period ? 'within-period' : pattern(D(), 'deadline/cue-before').test(tail) ? 'before' : 'by', strength: 3, resolution: what, rule: 'deadline/time-column' }
  }
  if (tags.has('vi/range')) {
    // "từ ngày X đến hết ngày Y": the period's last day, with the cue before "từ" if any.
    tail = tail.replace(pattern(D(), 'deadline/range-from'), '')
    const cue = pattern(D(), 'deadline/cue-complete').test(tail) || pattern(D(), 'deadline/cue-by').test(tail)
    return { date: endDate, startDate, kind: 'within-period', strength: cue ? 3 : 2, resolution: `period ${startDate} – ${endDate} → ${endDate}`, rule: 'deadline/range' }
  }
  if (period && pattern(D(), 'deadline/period-cue-before').test(tail)) return beforePeriod(r, what)
  if (pattern(D(), 'deadline/cue-before').test(tail) && !period) return { date: endDate, kind: 'before', strength: 3, resolution: `before ${what}`, rule: 'deadline/cue-before' }
  // A bare "đến năm N" after work, with no completion cue: a weak deadline, so that another date
  // of the sentence set with an explicit cue ("trình … trong tháng 5/2025") wins over it.
  if (untilYear) return { date: endDate, startDate, kind: period ? 'within-period' : 'by', strength: 1, resolution: `until ${what}`, rule: 'deadline/until-before' }
  if (pattern(D(), 'deadline/cue-by').test(tail)) return { date: endDate, startDate, kind: period ? 'within-period' : 'by', strength: 3, resolution: `by ${what}`, rule: 'deadline/cue-by' }
  if (pattern(D(), 'deadline/range-from').test(tail)) return { date: endDate, kind: 'on', strength: 0, resolution: what, rule: 'deadline/range-from' }
  // "các văn bản cần soạn thảo trong năm 2025", "báo cáo kết quả năm 2024": the period dates a thing
  // the item names, not the work it asks; weaker than a date set with a cue, still the deadline alone.
  const modifier = !period ? null : pattern(D(), 'deadline/noun-modifier-clause').test(tail) ? 'deadline/noun-modifier-clause' : pattern(D(), 'deadline/noun-period-before').test(tail) ? 'deadline/noun-period-before' : null
  if (modifier) return { date: endDate, startDate, kind: 'within-period', strength: 1, resolution: `${what}, a period that qualifies a noun (${modifier}): weaker than a cue`, rule: modifier }
  if (period && pattern(D(), 'deadline/cue-within').test(tail)) return { date: endDate, startDate, kind: 'within-period', strength: 2, resolution: `within ${what}`, rule: 'deadline/cue-within' }
  if (pattern(D(), 'deadline/cue-complete').test(tail)) return { date: endDate, startDate, kind: period ? 'within-period' : 'by', strength: 2, resolution: `completion ${what}`, rule: 'deadline/cue-complete' }
  if (pattern(D(), 'deadline/cue-on').test(tail)) return { date: endDate, startDate, kind: period ? 'within-period' : 'on', strength: 1, resolution: `on ${what}`, rule: 'deadline/cue-on' }
  if (tags.has('vi/part') && tags.has('vi/year') && pattern(D(), 'deadline/part-end').test(r.text)) return { date: endDate, startDate, kind: 'within-period', strength: 1, resolution: `end of ${what}`, rule: 'deadline/part-end' }
  return no('deadline/no-cue', 'no deadline cue before it (trước, chậm nhất, trong, hoàn thành …)')
}

/** Why classify() returned null last, for the trace. */
let lastDrop: { rule: string; reason: string } | null = null
const takeDrop = (): { rule: string; reason: string } | null => lastDrop
function no(rule: string, reason: string): null {
  lastDrop = { rule, reason }
  return null
}

/** "trước năm 2026", "trước quý III/2024": due the day before the period starts. */
function beforePeriod(r: ParsedResult, what: string): Omit<Candidate, 'start' | 'end'> {
  const date = addDays(dateOf(r.start), -1)
  return { date, kind: 'before', strength: 3, resolution: `before the start of ${what.replace(/ → .*$/, '')} → ${date}`, rule: 'deadline/period-cue-before' }
}

function describe(r: ParsedResult, endDate: string): string {
  const tags = r.tags()
  const text = r.text.replace(/\s+/g, ' ')
  if (tags.has('vi/range')) return `range "${text}" → ${endDate}`
  if (tags.has('vi/relative-period')) return `"${text}" counted from the letter's date → ${endDate}`
  if (tags.has('vi/quarter')) return `quarter "${text}" → ${endDate}`
  if (tags.has('vi/half-year')) return `half-year "${text}" → ${endDate}`
  if (tags.has('vi/month')) return `month "${text}" → ${endDate}`
  if (tags.has('vi/year') || tags.has('vi/year-range')) return `year "${text}" → ${endDate}`
  if (tags.has('vi/tet')) return `Tết Nguyên đán → ${endDate}`
  if (tags.has('vi/holiday')) return `holiday "${text}" → ${endDate}`
  if (tags.has('vi/year-from-letter')) return `"${text}" with the letter's year → ${endDate}`
  return `"${text}" → ${endDate}`
}

/** "trước 17 giờ 00 ngày 25/3/2024": the hour belongs to the date after it. */
function attachTimes(text: string, base: number, cands: Candidate[], times: ParsedResult[]): void {
  for (const t of times) {
    const tEnd = base + t.index + t.text.length
    const c = cands.find((x) => x.start >= tEnd && x.start - tEnd < 12 && pattern(D(), 'deadline/time-before-date').test(text.slice(tEnd - base, x.start - base)))
    if (!c) continue
    c.time = `${String(t.start.get('hour')).padStart(2, '0')}:${String(t.start.get('minute') ?? 0).padStart(2, '0')}`
    c.start = base + t.index
    if (pattern(D(), 'deadline/period-cue-before').test(text.slice(Math.max(0, t.index - 10), t.index))) {
      c.kind = 'before'
      c.strength = 3
    }
  }
}

/** A recurring cue in the same sentence as position `at` (or anywhere when at < 0). */
function recurringAround(text: string, at: number): RegExpExecArray | null {
  if (!pattern(D(), 'deadline/recurring-hint').test(text)) return null
  const re = globalPattern(D(), 'deadline/recurring')
  let m: RegExpExecArray | null
  let found: RegExpExecArray | null = null
  while ((m = re.exec(text))) {
    if (at < 0) return m
    found ??= m
    const lo = Math.min(m.index, at)
    const hi = Math.max(m.index, at)
    if (!/[.!?]\s/u.test(text.slice(lo, hi)) || pattern(D(), 'deadline/recurring-yearly-or-periodic').test(text.slice(hi, hi + 40))) return m
  }
  return at < 0 ? null : found && pattern(D(), 'deadline/recurring-yearly-or-periodic').test(text) ? found : null
}

function recurringDeadline(text: string, base: number, ctx: DeadlineContext, m: RegExpExecArray): Deadline {
  // The frequency is in the phrase, or just after "định kỳ" ("định kỳ hằng quý").
  const phrase = (m[0] + ' ' + text.slice(m.index + m[0].length, m.index + m[0].length + 24)).toLowerCase()
  const frequency = frequencyOf(phrase)
  // The due day: the last "ngày N" around the phrase ("từ ngày 1 đến ngày 5 hằng tháng" → 5).
  // "trước ngày 15/11 hằng năm": a yearly (or unspecified) recurrence also keeps the month.
  const days = [...text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30).matchAll(globalPattern(D(), 'deadline/recurring-day'))]
  const last = days.length ? days[days.length - 1].groups! : null
  const day = last && Number(last.day) >= 1 && Number(last.day) <= 31 ? Number(last.day) : null
  const printedMonth = last ? Number(last.month ?? last.monthWord ?? 0) : 0
  const month = day !== null && printedMonth >= 1 && printedMonth <= 12 && (frequency === 'yearly' || frequency === 'unspecified') ? printedMonth : null
  return {
    date: null,
    kind: 'recurring',
    recurrence: { frequency, ...(day !== null ? { day } : {}), ...(month !== null ? { month } : {}), note: m[0] },
    resolution: `recurring (${frequency}${day !== null ? `, day ${day}` : ''}${month !== null ? `, month ${month}` : ''}): no single date`,
    ...evidence(ctx.doc, base + m.index, base + m.index + m[0].length),
  }
}

/** No calendar date: relative to an anchor, recurring, ongoing, or as soon as possible. */
function undatedDeadline(text: string, base: number, ctx: DeadlineContext): Deadline | null {
  const rel = pattern(D(), 'deadline/relative').exec(text)
  if (rel) {
    const g = rel.groups!
    const n = dateWords().numberOf(g.n) ?? 0
    const working = pattern(D(), 'deadline/unit-working').test(g.unit)
    const unit = (pattern(D(), 'deadline/unit-week').test(g.unit) ? 'week' : pattern(D(), 'deadline/unit-month').test(g.unit) ? 'month' : pattern(D(), 'deadline/unit-year').test(g.unit) ? 'year' : 'day') as Deadline['unit']
    const anchor = g.anchor?.trim()
    // "trong 10 ngày tới": days or weeks from now, i.e. from the letter's date (months and years "tới" name horizons).
    const fromNow = !!g.now && (unit === 'day' || unit === 'week')
    const fromLetter = fromNow || (!!anchor && pattern(D(), 'deadline/anchor-letter').test(anchor))
    // "trong 30 ngày kể từ ngày 01/01/2026": a printed day is an anchor the letter dates.
    const printed = anchor ? readDeadlineDateAt(anchor, 0) : null
    const from = fromLetter && ctx.letterDate ? { day: ctx.letterDate, what: "the letter's date" } : printed?.iso ? { day: printed.iso, what: `"${anchor!.slice(0, printed.end)}"` } : null
    let date: string | null = null
    let resolution: string
    if (from && unit === 'day') {
      date = working ? addWorkingDays(from.day, n) : addDays(from.day, n)
      resolution = `${n} ${working ? 'working' : 'calendar'} days from ${from.what} ${from.day} → ${date}`
    } else if (from && !working) {
      // Weeks, months and years count as days do: the start day is not counted, so the period ends on the same weekday or day of the month.
      date = unit === 'week' ? addDays(from.day, 7 * n) : addMonths(from.day, unit === 'year' ? 12 * n : n)
      resolution = `${n} ${unit}s from ${from.what} ${from.day} → ${date}`
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

const FREQUENCIES = ['quarterly', 'half-yearly', 'monthly', 'weekly', 'daily', 'yearly'] as const

/** The first frequency rule (rules/deadline-phrases.json, deadline/frequency-*) the phrase matches. */
function frequencyOf(phrase: string): NonNullable<Deadline['recurrence']>['frequency'] {
  for (const f of FREQUENCIES) if (pattern(D(), `deadline/frequency-${f}`).test(phrase)) return f
  return 'unspecified'
}
