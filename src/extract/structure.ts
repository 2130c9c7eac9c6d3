/**
 * The numbered structure of a letter's body: items by their printed markers (I., 1., 1.1.,
 * a), Điều 1.) with their label paths, checked against the expected sequence so that a
 * wrapped line starting with a number is not taken for an item.
 */
import type { Doc } from '../types.js'
import { pattern, rules } from '../rules/index.js'

export type MarkerType = 'roman' | 'dieu' | 'arabic' | 'dotted' | 'letter'

export interface Item {
  /** Label path, e.g. "II.3.a". */
  label: string
  parent: string | null
  type: MarkerType
  /** Flat offsets: the marker's start, where the content starts, and where the item's own text ends (first child or next item). */
  markerStart: number
  contentStart: number
  ownEnd: number
  /** End of the item including its sub-items. */
  end: number
  line: number
  depth: number
  children: Item[]
}

const RANK: Record<MarkerType, number> = { roman: 1, dieu: 2, arabic: 3, dotted: 4, letter: 5 }
export const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y']
const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']

interface Marker {
  type: MarkerType
  value: string
  start: number
  contentStart: number
}

const S = () => rules().structure

/** A marker at `pos` in the flat text (the start of a line's content), or null. */
export function markerAt(text: string, pos: number, lineEnd: number): Marker | null {
  const t = text.slice(pos, lineEnd)
  const tries: Array<[MarkerType, RegExp]> = [
    ['dieu', pattern(S(), 'structure/dieu')],
    ['roman', pattern(S(), 'structure/roman')],
    ['dotted', pattern(S(), 'structure/dotted')],
    ['arabic', pattern(S(), 'structure/arabic')],
    ['letter', pattern(S(), 'structure/letter')],
  ]
  for (const [type, re] of tries) {
    const m = re.exec(t)
    if (!m || m.index !== 0) continue
    const value = m.groups!.m
    if (type === 'roman' && !ROMANS.includes(value)) continue
    let contentStart = pos + m[0].length
    while (contentStart < lineEnd && text[contentStart] === ' ') contentStart++
    return { type, value, start: pos, contentStart }
  }
  return null
}

function first(type: MarkerType): string {
  return type === 'roman' ? 'I' : type === 'letter' ? 'a' : '1'
}

function next(type: MarkerType, value: string): string {
  if (type === 'roman') return ROMANS[ROMANS.indexOf(value) + 1] ?? ''
  if (type === 'letter') return LETTERS[LETTERS.indexOf(value) + 1] ?? ''
  if (type === 'dotted') {
    const parts = value.split('.')
    parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1)
    return parts.join('.')
  }
  return String(Number(value.replace(/[a-z]$/, '')) + 1)
}

interface Frame {
  type: MarkerType
  value: string
  item: Item
}

/**
 * Walks lines [from, to) and returns the top-level items. `skip` marks line ranges that are
 * not body (the signature block). A Roman section or a new document part resets the stack.
 */
export function findItems(doc: Doc, ranges: Array<[number, number]>): Item[] {
  const roots: Item[] = []
  const all: Item[] = []
  for (const [from, to] of ranges) {
    const stack: Frame[] = []
    for (let i = from; i < to; i++) {
      const line = doc.lines[i]
      if (line.blank || line.cells) continue
      let pos = line.start + line.indent
      // A line may hold a glued sub-marker ("… tiến bộ 1.1." or "… đình công 3.1. Rà soát").
      while (pos < line.end) {
        const m = markerAt(doc.text, pos, line.end)
        let accepted: Item | null = null
        if (m) accepted = accept(m, stack, roots, all, i)
        const searchFrom = accepted ? accepted.contentStart : pos
        const glued = findGluedDotted(doc.text, searchFrom, line.end, stack)
        if (glued < 0) break
        pos = glued
      }
    }
  }
  // Close the ranges: each item's own text ends where the next item (any level) starts.
  all.sort((a, b) => a.markerStart - b.markerStart)
  for (let k = 0; k < all.length; k++) {
    const it = all[k]
    const nextItem = all[k + 1]
    it.ownEnd = nextItem ? nextItem.markerStart : Number.MAX_SAFE_INTEGER
  }
  const setEnd = (it: Item, limit: number): void => {
    it.end = limit
    for (let c = 0; c < it.children.length; c++) setEnd(it.children[c], it.children[c + 1]?.markerStart ?? limit)
  }
  for (let r = 0; r < roots.length; r++) setEnd(roots[r], roots[r + 1]?.markerStart ?? Number.MAX_SAFE_INTEGER)
  return roots

  function accept(m: Marker, stack: Frame[], roots: Item[], all: Item[], line: number): Item | null {
    const existing = stack.findIndex((f) => f.type === m.type)
    if (m.type === 'dotted') {
      // "2.3" is the third child of arabic item 2.
      const parts = m.value.split('.')
      const parentArabic = stack.find((f) => f.type === 'arabic')
      if (!parentArabic || parentArabic.value !== parts.slice(0, -1).join('.')) return null
      const want = existing >= 0 ? next('dotted', stack[existing].value) : `${parts.slice(0, -1).join('.')}.1`
      if (m.value !== want) return null
    } else if (existing >= 0) {
      if (m.value !== next(m.type, stack[existing].value)) {
        // A restart deeper than the current level is a new list under the current item.
        if (!(m.value === first(m.type) && stack.some((f, k) => k > existing && RANK[f.type] < RANK[m.type]))) return null
      }
    } else if (m.value !== first(m.type)) return null
    // Pop everything at this rank or deeper.
    while (stack.length && RANK[stack[stack.length - 1].type] >= RANK[m.type]) {
      if (m.type === 'dotted' && stack[stack.length - 1].type === 'arabic') break
      stack.pop()
    }
    const parent = stack.length ? stack[stack.length - 1].item : null
    const own = m.type === 'dotted' ? m.value.split('.').pop()! : m.type === 'dieu' ? `Điều ${m.value}` : m.value
    const label = parent ? `${parent.label}.${own}` : own
    const item: Item = {
      label,
      parent: parent?.label ?? null,
      type: m.type,
      markerStart: m.start,
      contentStart: m.contentStart,
      ownEnd: 0,
      end: 0,
      line,
      depth: stack.length,
      children: [],
    }
    if (parent) parent.children.push(item)
    else roots.push(item)
    all.push(item)
    stack.push({ type: m.type, value: m.value, item })
    return item
  }
}

/** Position of a glued dotted marker that continues the current arabic item, or -1. */
function findGluedDotted(text: string, from: number, end: number, stack: Frame[]): number {
  const arabic = stack.find((f) => f.type === 'arabic')
  if (!arabic) return -1
  const dotted = stack.find((f) => f.type === 'dotted')
  const want = dotted && dotted.value.startsWith(arabic.value + '.') ? next('dotted', dotted.value) : `${arabic.value}.1`
  const re = new RegExp(`(?<=\\s)${want.replace(/\./g, '\\.')}\\.(?=\\s|$)`, 'u')
  const m = re.exec(text.slice(from, end))
  return m ? from + m.index : -1
}

/** Walk all items depth-first. */
export function flattenItems(items: Item[]): Item[] {
  const out: Item[] = []
  const walk = (it: Item) => {
    out.push(it)
    it.children.forEach(walk)
  }
  items.forEach(walk)
  return out
}
