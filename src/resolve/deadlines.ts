/**
 * Deadlines across items, once every item has its own: a lead-in's date holds for each of its
 * sub-items that set no timing of their own ("1. Hoàn thành trong quý III/2024 các việc sau: a) …
 * b) …"), through any depth; work reported at an event the letter dates elsewhere ("báo cáo tại
 * Kỳ họp thứ Sáu", "Kỳ họp thứ Sáu (dự kiến tổ chức vào tháng 12/2017)") is due then; and the dates left out of an item (a cited document's, one already
 * past on the letter's date) become diagnostics that say why.
 */
import type { Diagnostic } from '../types.js'
import type { Deadline, Task } from '../schema/letter.js'
import { evidence, flatAt } from '../parse/span.js'
import { droppedDates, yearFromLetter, type DeadlineContext } from '../dates/deadline.js'
import { deadlineChrono } from '../dates/config.js'
import { iso } from '../dates/calendar.js'
import { globalPattern, pattern, rules } from '../lexicon/index.js'
import { trace, tracing } from '../explain.js'

/** Kinds that are a timing of the item's own, though undated: they are not overridden by a lead-in. */
const OWN_TIMING: ReadonlySet<Deadline['kind']> = new Set(['ongoing', 'recurring', 'relative'])

/** True when the item's own text sets a date, or a timing of its own that a lead-in's date must not replace. */
function setsOwnTiming(d: Deadline | null): boolean {
  return !!d && (d.date !== null || OWN_TIMING.has(d.kind))
}

/** The deadline a sub-item inherits: its parent's own, or the one its parent inherited. */
export function inheritDeadlines(tasks: Task[]): void {
  const byLabel = new Map<string, Task>()
  for (const t of tasks) if (!byLabel.has(t.label)) byLabel.set(t.label, t)
  const done = new Set<Task>()
  const resolve = (t: Task, depth: number): Deadline | null => {
    if (done.has(t) || depth > 32) return t.deadline
    done.add(t)
    if (setsOwnTiming(t.deadline) || !t.parent) return t.deadline
    const parent = byLabel.get(t.parent)
    if (!parent || parent === t) return t.deadline
    const from = resolve(parent, depth + 1)
    if (from?.date) {
      t.deadline = { ...from, resolution: `inherited from the lead-in of ${parent.label}: ${from.resolution.replace(/^inherited from the lead-in of [^:]+: /, '')}` }
      if (tracing()) trace({ stage: 'deadlines', ruleId: 'deadline/inherited', verdict: 'chose', message: `task ${t.label} sets no timing of its own: takes ${from.date} from the lead-in of ${parent.label}` })
    } else if (tracing() && !t.deadline) trace({ stage: 'deadlines', ruleId: 'deadline/none', verdict: 'note', message: `task ${t.label}: no deadline of its own, none from the lead-in of ${parent.label}` })
    return t.deadline
  }
  for (const t of tasks) resolve(t, 0)
}

/** Diagnostics for the dates read in items but not taken as deadlines, with the reason. */
export function droppedDateDiagnostics(ctx: DeadlineContext): Diagnostic[] {
  return droppedDates(ctx).map((d) => ({
    ruleId: d.reason === 'citation' ? 'deadline/citation-date' : d.reason === 'before-letter' ? 'deadline/before-letter-date' : 'deadline/no-letter-date',
    severity: d.reason === 'no-letter-date' ? 'warning' : 'info',
    message:
      d.reason === 'citation'
        ? `"${d.text}" (${d.date}) is the date of a cited document, not a deadline`
        : d.reason === 'before-letter'
          ? `"${d.text}" (${d.date}) is before the letter's date ${ctx.letterDate}: not taken as a deadline`
          : `Unexpected "${d.text}" without a year in a letter with no readable date, expected a year printed with it: no deadline taken`,
    span: evidence(ctx.doc, d.start, d.end).span,
  }))
}


const eventKey = (head: string, ord: string): string => `${head} ${ord}`.toLowerCase().replace(/\s+/g, ' ')

/**
 * Items with no date of their own that report at an event ("báo cáo … tại Kỳ họp thứ Sáu") take
 * the time the letter expects that event ("(dự kiến tổ chức vào tháng 12/2017)"), read anywhere in it.
 */
export function eventDeadlines(tasks: Task[], ctx: DeadlineContext): void {
  const D = rules().deadlines
  const doc = ctx.doc
  const ref = ctx.letterDate ? new Date(`${ctx.letterDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12))
  const dated = new Map<string, { date: string; when: string }>()
  const defined = globalPattern(D, 'deadline/event-dated')
  let m: RegExpExecArray | null
  while ((m = defined.exec(doc.text))) {
    const key = eventKey(m.groups!.head, m.groups!.ord)
    if (dated.has(key)) continue
    const whenAt = m[0].search(pattern(D, 'deadline/expected-when'))
    const when = m[0].slice(whenAt).replace(/\)\s*$/, '')
    // Without a letter date, an expected time with no year of its own has none.
    const r = deadlineChrono('body').parse(when, { instant: ref, timezone: 0 }).find((x) => x.start.isCertain('month') && (ctx.letterDate || !yearFromLetter(x)))
    if (!r) continue
    const end = r.end ?? r.start
    const date = iso(end.get('year')!, end.get('month')!, end.get('day')!)
    if (!ctx.letterDate || date >= ctx.letterDate) dated.set(key, { date, when: r.text })
  }
  if (!dated.size) return
  for (const t of tasks) {
    // An undated "thường xuyên" or "kịp thời" of one bullet does not stand against a dated report.
    if (t.deadline?.date) continue
    // The item's own text: up to its first sub-item (a label printed twice keeps its own children apart).
    let end = t.span.end.offset
    for (const c of tasks) if (c.parent === t.label && c.span.start.offset > t.span.start.offset && c.span.start.offset < end) end = c.span.start.offset
    const from = flatAt(doc, t.span.start.offset)
    const to = flatAt(doc, end)
    const own = doc.text.slice(from, to)
    const report = globalPattern(D, 'deadline/report-at-event')
    let hit: { at: number; len: number; date: string; when: string; name: string } | null = null
    while ((m = report.exec(own))) {
      const e = dated.get(eventKey(m.groups!.head, m.groups!.ord))
      const name = `${m.groups!.head} ${m.groups!.ord}`
      if (e) hit = { at: m.index + m[0].length - name.length, len: name.length, ...e, name }
    }
    if (!hit) continue
    if (tracing()) trace({ stage: 'deadlines', ruleId: 'deadline/report-at-event', verdict: 'chose', message: `task ${t.label} reports at "${hit.name.replace(/\s+/g, ' ')}", which the letter expects in "${hit.when}" → ${hit.date}`, start: from + hit.at, end: from + hit.at + hit.len })
    t.deadline = {
      date: hit.date,
      kind: 'by',
      resolution: `reported at "${hit.name.replace(/\s+/g, ' ')}", expected in "${hit.when}" by the letter → ${hit.date}`,
      ...evidence(doc, from + hit.at, from + hit.at + hit.len),
    }
  }
}

/**
 * A plan's section on its purpose and targets ("I. MỤC TIÊU, THỜI GIAN, PHẠM VI", "MỤC ĐÍCH,
 * YÊU CẦU") frames the plan: its dates ("Thời gian tổ chức tiêm: từ ngày 02/3/2026 đến ngày
 * 30/4/2026", "Đến năm 2030 …") are kept as milestones, not as a deadline the section sets for
 * work, and so none is handed down to its sub-items.
 */
export function frameSections(tasks: Task[], ctx: DeadlineContext): void {
  const title = pattern(rules().deadlines, 'deadline/frame-section-title')
  for (const t of tasks) {
    if (!t.title || !title.test(t.title) || !t.deadline?.date) continue
    if (tracing()) trace({ stage: 'deadlines', ruleId: 'deadline/frame-section-title', verdict: 'dropped', message: `task ${t.label} ("${t.title}") states the plan's purpose and frame: ${t.deadline.date} is kept as a milestone, not as its deadline`, start: flatAt(ctx.doc, t.deadline.span.start.offset), end: flatAt(ctx.doc, t.deadline.span.end.offset) })
    t.milestones = [t.deadline, ...t.milestones]
    t.deadline = null
  }
}

/** The resolve step for deadlines: frame sections, events the letter dates, inheritance from lead-ins, then the diagnostics of dropped dates. */
export function resolveDeadlines(tasks: Task[], ctx: DeadlineContext, diagnostics: Diagnostic[]): void {
  frameSections(tasks, ctx)
  eventDeadlines(tasks, ctx)
  inheritDeadlines(tasks)
  diagnostics.push(...droppedDateDiagnostics(ctx))
}
