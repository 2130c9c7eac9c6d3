/**
 * Why a candidate was kept or dropped: a trace of the extractors' decisions, off by default and
 * free when off. `congvan parse --explain` (or DEBUG=congvan) prints it, in the spirit of
 * chrono's `debug` option. Parsing one letter is synchronous, so one sink per letter is enough,
 * also inside a worker thread.
 */

export type Verdict = 'kept' | 'dropped' | 'chose' | 'note'

export interface TraceEntry {
  /** The stage that decided: header, citations, tasks, roles, agencies, deadlines, dates… */
  stage: string
  /** The rule that decided, as in rules/*.json or a diagnostic's ruleId. */
  ruleId: string
  verdict: Verdict
  message: string
  /** Offsets into the normalised text the extractors read (Doc.text), when the decision has a place. */
  start?: number
  end?: number
}

let sink: TraceEntry[] | null = null

/** True while a letter is parsed with its trace on: lets a caller skip building a costly message. */
export const tracing = (): boolean => sink !== null

/** Record one decision; does nothing unless a trace is on. */
export function trace(entry: TraceEntry): void {
  if (sink) sink.push(entry)
}

/**
 * Record a decision once per letter: readers that callers probe several times over the same text
 * (the agency reader) would otherwise repeat it.
 */
export function traceOnce(entry: TraceEntry): void {
  if (sink && !sink.some((e) => e.stage === entry.stage && e.ruleId === entry.ruleId && e.message === entry.message)) sink.push(entry)
}

/** Run fn with the trace on and return what it recorded (nested calls share the outer trace). */
export function withTrace<T>(fn: () => T): { value: T; trace: TraceEntry[] } {
  if (sink) return { value: fn(), trace: sink }
  const mine: TraceEntry[] = []
  sink = mine
  try {
    return { value: fn(), trace: mine }
  } finally {
    sink = null
  }
}

/** DEBUG=congvan (or a list holding it, or congvan:*) asks for the trace as --explain does. */
export function explainFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const d = env.DEBUG ?? ''
  return d.split(/[\s,]+/).some((x) => x === 'congvan' || x === 'congvan:*' || x === '*')
}
