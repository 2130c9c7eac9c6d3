/**
 * Spans of reviewed values. The page sends offsets only matter as offsets: the server recomputes
 * line, column and source text from them, so a saved value always quotes the source exactly.
 */
import type { Letter } from '../../schema/letter.js'
// Lines and points are counted as the parse stage counts them.
import { lineStarts, pointIn } from '../../parse/span.js'

export interface SpanLike {
  start: { line: number; column: number; offset: number }
  end: { line: number; column: number; offset: number }
}

export function spanOf(starts: number[], start: number, end: number): SpanLike {
  return { start: pointIn(starts, start), end: pointIn(starts, end) }
}

/** Every object in the letter that carries a span (values with provenance, tasks, diagnostics). */
export function* spanned(value: unknown): Generator<{ span: SpanLike; text?: unknown }> {
  if (Array.isArray(value)) {
    for (const v of value) yield* spanned(v)
    return
  }
  if (value === null || typeof value !== 'object') return
  const o = value as Record<string, unknown>
  if (o.span && typeof o.span === 'object') yield o as { span: SpanLike; text?: unknown }
  for (const [k, v] of Object.entries(o)) if (k !== 'span') yield* spanned(v)
}

/**
 * Checks every span against the source and rewrites line/column/text from the offsets.
 * Returns the problems found (empty when the letter is sound); changes nothing when there are any.
 */
export function normaliseSpans(letter: Letter, raw: string): string[] {
  const problems: string[] = []
  const all = [...spanned(letter)]
  for (const o of all) {
    const a = o.span?.start?.offset
    const b = o.span?.end?.offset
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < a || b > raw.length)
      problems.push(`span ${a}..${b} is outside the letter's text (0..${raw.length})`)
    if (problems.length >= 5) break
  }
  if (problems.length) return problems
  const starts = lineStarts(raw)
  for (const o of all) {
    const { offset: a } = o.span.start
    const { offset: b } = o.span.end
    o.span = spanOf(starts, a, b)
    // Diagnostics carry a span but no text; every value with text quotes the source at its span.
    if (typeof o.text === 'string') o.text = raw.slice(a, b)
  }
  return problems
}
