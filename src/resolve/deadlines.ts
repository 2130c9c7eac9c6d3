/**
 * Deadlines across items, once every item has its own: a lead-in's date holds for each of its
 * sub-items that set no timing of their own ("1. Hoàn thành trong quý III/2024 các việc sau: a) …
 * b) …"), through any depth; and the dates left out of an item (a cited document's, one already
 * past on the letter's date) become diagnostics that say why.
 */
import type { Diagnostic } from '../types.js'
import type { Deadline, Task } from '../schema/letter.js'
import { evidence } from '../parse/span.js'
import { droppedDates, type DeadlineContext } from '../dates/deadline.js'

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
    }
    return t.deadline
  }
  for (const t of tasks) resolve(t, 0)
}

/** Diagnostics for the dates read in items but not taken as deadlines, with the reason. */
export function droppedDateDiagnostics(ctx: DeadlineContext): Diagnostic[] {
  return droppedDates(ctx).map((d) => ({
    ruleId: d.reason === 'citation' ? 'deadline/citation-date' : 'deadline/before-letter-date',
    severity: 'info',
    message:
      d.reason === 'citation'
        ? `"${d.text}" (${d.date}) is the date of a cited document, not a deadline`
        : `"${d.text}" (${d.date}) is before the letter's date ${ctx.letterDate}: not taken as a deadline`,
    span: evidence(ctx.doc, d.start, d.end).span,
  }))
}

/** The resolve step for deadlines: inheritance from lead-ins, then the diagnostics of dropped dates. */
export function resolveDeadlines(tasks: Task[], ctx: DeadlineContext, diagnostics: Diagnostic[]): void {
  inheritDeadlines(tasks)
  diagnostics.push(...droppedDateDiagnostics(ctx))
}
