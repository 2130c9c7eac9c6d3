/**
 * What a reviewer changed: the parser's letter against the reviewed one, as a list of
 * { path, before, after }. A value with a span (an agency, a deadline, an occurrence) is one
 * unit of change; tasks are matched by label and citations by id, so a path names the item.
 */
import type { Letter } from '../../schema/letter.js'

export interface Change {
  /** e.g. "document.date", "tasks[5.c].lead", "citations[91/QĐ-UBND@2024].date", "tasks[7]" (added or removed). */
  path: string
  /** null when the reviewer added the value. */
  before: unknown
  /** null when the reviewer removed the value. */
  after: unknown
}

/** Arrays whose items are matched by a key rather than by position. */
const KEYED: Record<string, (item: Record<string, unknown>) => string> = {
  tasks: (t) => String(t.label),
  citations: (c) => String(c.id),
  namedCitations: (c) => String(c.title),
}

/** Parts of the letter the reviewer does not edit: the parser's own bookkeeping. */
const SKIPPED = new Set(['diagnostics', 'source', 'schemaVersion'])

export function diffLetters(before: Letter, after: Letter): Change[] {
  const changes: Change[] = []
  const a = before as unknown as Record<string, unknown>
  const b = after as unknown as Record<string, unknown>
  for (const key of unionKeys(a, b)) {
    if (SKIPPED.has(key)) continue
    const keyed = KEYED[key]
    if (keyed && Array.isArray(a[key]) && Array.isArray(b[key])) diffKeyed(key, a[key] as never[], b[key] as never[], keyed, changes)
    else diffValue(key, a[key], b[key], changes)
  }
  return changes
}

function diffKeyed(
  path: string,
  before: Array<Record<string, unknown>>,
  after: Array<Record<string, unknown>>,
  key: (item: Record<string, unknown>) => string,
  changes: Change[],
): void {
  const old = keyedMap(before, key)
  const now = keyedMap(after, key)
  for (const [k, x] of old) {
    const y = now.get(k)
    if (!y) changes.push({ path: `${path}[${k}]`, before: x, after: null })
    else for (const f of unionKeys(x, y)) diffValue(`${path}[${k}].${f}`, x[f], y[f], changes)
  }
  for (const [k, y] of now) if (!old.has(k)) changes.push({ path: `${path}[${k}]`, before: null, after: y })
}

/** Items by key; a key that repeats gets "#2", "#3" in order, so no item is lost. */
function keyedMap(items: Array<Record<string, unknown>>, key: (item: Record<string, unknown>) => string): Map<string, Record<string, unknown>> {
  const map = new Map<string, Record<string, unknown>>()
  for (const x of items) {
    let k = key(x)
    for (let n = 2; map.has(k); n++) k = `${key(x)}#${n}`
    map.set(k, x)
  }
  return map
}

function diffValue(path: string, before: unknown, after: unknown, changes: Change[]): void {
  if (sameJson(before, after)) return
  if (isPlain(before) && isPlain(after) && !('span' in before) && !('span' in after)) {
    for (const k of unionKeys(before, after)) diffValue(`${path}.${k}`, before[k], after[k], changes)
    return
  }
  changes.push({ path, before: before ?? null, after: after ?? null })
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])]
}

/** Deep equality of JSON values, ignoring key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined) return a === b || (a ?? null) === (b ?? null)
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]))
  }
  const ao = a as Record<string, unknown>
  const bo = b as Record<string, unknown>
  const keys = unionKeys(ao, bo)
  return keys.every((k) => sameJson(ao[k], bo[k]))
}
