import type { Doc, Point, Span } from '../types.js'

const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]/

/** Offsets where raw lines start (LF, CRLF or a lone CR ends a line), as unist counts lines. */
export function lineStarts(raw: string): number[] {
  const starts = [0]
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13 && raw.charCodeAt(i + 1) !== 10) starts.push(i + 1)
  }
  return starts
}

/** Offset in raw → unist point. */
export function pointAt(doc: Doc, offset: number): Point {
  return pointIn(doc.rawLineStarts, offset)
}

/** Offset → unist point, given the offsets where lines start. */
export function pointIn(starts: number[], offset: number): Point {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo] + 1, offset }
}

/** First flat offset whose raw offset is at or after `raw` (doc.map is non-decreasing): raw → flat. */
export function flatAt(doc: Doc, raw: number): number {
  let lo = 0
  let hi = doc.text.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (doc.map[mid] < raw) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Raw offsets covering flat text [start, end). */
export function rawRange(doc: Doc, start: number, end: number): [number, number] {
  const raw = doc.source.raw
  const a = doc.map[start]
  if (end <= start) return [a, a]
  let b = doc.map[end - 1] + 1
  // The last character may have come from a cluster (base + combining marks, surrogate pair).
  while (b < raw.length && (COMBINING.test(raw[b]) || (raw.charCodeAt(b) >= 0xdc00 && raw.charCodeAt(b) <= 0xdfff))) b++
  return [a, b]
}

export interface Evidence {
  span: Span
  text: string
}

/** Span and untouched source text of flat text [start, end). */
export function evidence(doc: Doc, start: number, end: number): Evidence {
  const [a, b] = rawRange(doc, start, end)
  return { span: { start: pointAt(doc, a), end: pointAt(doc, b) }, text: doc.source.raw.slice(a, b) }
}
