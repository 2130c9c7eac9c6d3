/**
 * The numbered structure of a letter's body: items by their printed markers (Điều 1., I., 1.,
 * 1.1., a), a.1), (1), (i), i.) with their label paths. Each marker is checked against the
 * sequence it would continue, so that a wrapped line starting with a number is not an item.
 * Families nest by the order in which they appear: a family met for the first time opens a
 * list under the current item; the usual ones keep their usual order (a Roman section closes
 * the Arabic items before it), and an article (Điều) holds whatever plan is printed inside it.
 */
import type { Doc } from '../types.js'
import { pattern, rules } from '../lexicon/index.js'
import { tableLines } from './task-table.js'

export type MarkerType = 'dieu' | 'roman' | 'arabic' | 'dotted' | 'letter' | 'paren' | 'lroman' | 'subletter'

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
  /** More of the item's own text after a nested list that an outer bullet closed (flat offsets, in order). */
  tails?: Array<[number, number]>
}

/**
 * The usual order of the common families (smaller is outer). A family without a rank (numbers
 * in brackets, lower-case Roman numerals, a.1) nests wherever it first appears.
 */
const RANK: Partial<Record<MarkerType, number>> = { dieu: 0, roman: 1, arabic: 2, dotted: 3, letter: 4 }
export const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y']
const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']
const LOWER_ROMANS = ROMANS.map((r) => r.toLowerCase())
/** Glyphs OCR gives for Roman numerals: "H" for II, "l", "]" or "|" for I. */
const OCR_ROMAN: Array<[RegExp, string]> = [
  [/H/g, 'II'],
  [/[l\]|]/g, 'I'],
]

interface Marker {
  type: MarkerType
  value: string
  start: number
  contentStart: number
  /** Read through OCR confusables: only taken where exactly this value is expected next. */
  ocr?: boolean
  /** The marker as printed (for lists that must be set one item a line). */
  printed: string
}

const S = () => rules().structure

const FAMILIES: Array<[MarkerType, string]> = [
  ['dieu', 'structure/dieu'],
  ['roman', 'structure/roman'],
  ['dotted', 'structure/dotted'],
  ['arabic', 'structure/arabic'],
  ['subletter', 'structure/subletter'],
  ['letter', 'structure/letter'],
  ['lroman', 'structure/lower-roman'],
  ['paren', 'structure/paren-arabic'],
]

/** Every reading of a marker at `pos` (the start of a line's content): "i." may be a letter or a Roman numeral. */
export function markersAt(text: string, pos: number, lineEnd: number): Marker[] {
  const t = text.slice(pos, Math.min(lineEnd, pos + 40))
  const out: Marker[] = []
  const contentAfter = (len: number): number => {
    let c = pos + len
    while (c < lineEnd && text[c] === ' ') c++
    return c
  }
  for (const [type, id] of FAMILIES) {
    const m = pattern(S(), id).exec(t)
    if (!m || m.index !== 0) continue
    let value = m.groups!.m
    if (type === 'roman' && !ROMANS.includes(value)) continue
    if (type === 'subletter') value = `${value}.${Number(m.groups!.n)}`
    if (type === 'paren' || type === 'arabic') value = String(Number(value))
    if (type === 'dotted') value = value.split('.').map((x) => String(Number(x))).join('.')
    out.push({ type, value, start: pos, contentStart: contentAfter(m[0].length), printed: m[0].trim() })
  }
  if (!out.some((m) => m.type === 'roman')) {
    const m = pattern(S(), 'structure/roman-ocr').exec(t)
    if (m && m.index === 0) {
      let value = m.groups!.m
      for (const [re, to] of OCR_ROMAN) value = value.replace(re, to)
      if (ROMANS.includes(value)) out.push({ type: 'roman', value, start: pos, contentStart: contentAfter(m[0].length), ocr: true, printed: m[0].trim() })
    }
  }
  return out
}

/** The first reading of a marker at `pos`, or null (kept for callers that need one). */
export function markerAt(text: string, pos: number, lineEnd: number): Marker | null {
  return markersAt(text, pos, lineEnd)[0] ?? null
}

function first(type: MarkerType): string {
  return type === 'roman' ? 'I' : type === 'letter' ? 'a' : type === 'lroman' ? 'i' : '1'
}

function next(type: MarkerType, value: string): string {
  if (type === 'roman') return ROMANS[ROMANS.indexOf(value) + 1] ?? ''
  if (type === 'lroman') return LOWER_ROMANS[LOWER_ROMANS.indexOf(value) + 1] ?? ''
  if (type === 'letter') return LETTERS[LETTERS.indexOf(value) + 1] ?? ''
  if (type === 'dotted' || type === 'subletter') {
    const parts = value.split('.')
    parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1)
    return parts.join('.')
  }
  return String(Number(value) + 1)
}

/** The label segment a marker adds to its parent's path. */
function ownLabel(m: Marker): string {
  if (m.type === 'dotted' || m.type === 'subletter') return m.value.split('.').pop()!
  if (m.type === 'dieu') return `Điều ${m.value}`
  return m.value
}

interface Frame {
  type: MarkerType
  value: string
  item: Item
  /** For a list nested in a bullet ("+ … cụ thể:" / "(i) …"): the bullets printed outside that one in its parent item. */
  outerBullets?: Set<string>
}

/** The bullet a line opens with ("-", "+", "•", "*"), or null. */
function bulletOf(t: string): string | null {
  const m = /^([-+•*–])\s/u.exec(t)
  return m ? (m[1] === '–' ? '-' : m[1]) : null
}

/** Numbered paths ("2.3", "a.1") hang under the frame that prints their prefix. */
function prefixFrame(m: Marker, stack: Frame[]): number {
  const prefix = m.value.split('.').slice(0, -1).join('.')
  const parentTypes: MarkerType[] = m.type === 'dotted' ? ['arabic', 'dotted'] : ['letter']
  for (let k = stack.length - 1; k >= 0; k--) if (parentTypes.includes(stack[k].type) && stack[k].value === prefix) return k
  return -1
}

/** How a marker fits the open lists: continue frame k, open a list under frame k (-1: top), or not at all. */
type Fit = { kind: 'continue' | 'open'; at: number; m: Marker } | null

function fit(m: Marker, stack: Frame[]): Fit {
  if (m.type === 'dotted' || m.type === 'subletter') {
    const p = prefixFrame(m, stack)
    if (p < 0) return null
    const sibling = stack[p + 1]
    if (sibling && sibling.type === m.type && m.value === next(m.type, sibling.value)) return { kind: 'continue', at: p + 1, m }
    if (m.value.endsWith('.1') && !m.ocr) return { kind: 'open', at: p, m }
    return null
  }
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k].type !== m.type) continue
    if (m.value === next(m.type, stack[k].value)) return { kind: 'continue', at: k, m }
  }
  if (m.value !== first(m.type) || m.ocr) return null
  const existing = stack.findIndex((f) => f.type === m.type)
  const rank = RANK[m.type]
  if (existing >= 0) {
    // A restart deeper than the current level is a new list only under a family the usual order puts outside it.
    const outer = stack.some((f, k) => k > existing && (RANK[f.type] ?? 9) < (rank ?? 9))
    return outer ? { kind: 'open', at: stack.length - 1, m } : null
  }
  if (rank === undefined) return { kind: 'open', at: stack.length - 1, m }
  // A ranked family closes the ranked lists at its level or deeper; an article holds everything printed in it.
  let at = stack.length - 1
  while (at >= 0 && stack[at].type !== 'dieu' && (RANK[stack[at].type] ?? 9) >= rank) at--
  return { kind: 'open', at, m }
}

/** Line ranges to leave out: task tables, in whatever form a converter printed them. */
function skipLine(doc: Doc, i: number, skip: Set<number>): boolean {
  const line = doc.lines[i]
  return line.blank || !!line.cells || skip.has(i)
}

/** A form heading is followed by its own title within this many lines ("Mẫu 01" / "PHỤ LỤC I" / "BÁO CÁO …"). */
const FORM_TITLE_LINES = 3

/**
 * Line ranges [from, to) of forms and templates printed after the signature ("Mẫu số 01/BC",
 * "Biểu mẫu 02", "MẪU BÁO CÁO …", "ĐỀ CƯƠNG BÁO CÁO", "Phụ lục 02: Mẫu báo cáo"): their numbered
 * lines and tables are what a reporting unit fills in, not work the letter assigns. A form runs
 * from its heading to the next appendix heading ("PHỤ LỤC II", a task table or a plan) printed
 * after its own title lines, or to the end of the range.
 */
export function formLines(doc: Doc, from: number, to: number): Array<[number, number]> {
  const formRe = pattern(S(), 'structure/form')
  const appendixRe = pattern(S(), 'structure/appendix')
  const out: Array<[number, number]> = []
  let start = -1
  let seen = 0
  for (let i = from; i < to; i++) {
    const line = doc.lines[i]
    if (line.blank || line.cells) continue
    const t = doc.text.slice(line.start + line.indent, line.end).trim()
    if (t.length > 200) {
      seen++
      continue
    }
    if (formRe.test(t)) {
      if (start < 0) start = i
      seen = 0
      continue
    }
    seen++
    if (start >= 0 && seen > FORM_TITLE_LINES && appendixRe.test(t)) {
      out.push([start, i])
      start = -1
    }
  }
  if (start >= 0) out.push([start, to])
  return out
}

/** Flat offset ranges of the forms after the signature (see formLines), for the table rows. */
export function formOffsets(doc: Doc, from: number, to: number): Array<[number, number]> {
  const at = (i: number) => (i < doc.lines.length ? doc.lines[i].start : doc.text.length)
  return formLines(doc, from, to).map(([a, b]) => [at(a), at(b)])
}

/**
 * Walks lines of each range [from, to) and returns the top-level items. A new range (the part
 * after the signature) and an appendix heading ("PHỤ LỤC II") start afresh; items under an
 * appendix heading are labelled under it ("PLII.1"). In the ranges after the first (what is
 * printed after the signature), forms and templates hold no items (formLines).
 */
export function findItems(doc: Doc, ranges: Array<[number, number]>): Item[] {
  const roots: Item[] = []
  const all: Item[] = []
  const skip = tableLines(doc)
  const appendixRe = pattern(S(), 'structure/appendix')
  /** Items of a nested list closed by an outer bullet, and where; text after that goes back to their holder. */
  const closedAt = new Map<Item, number>()
  const tails: Array<{ item: Item; start: number }> = []
  for (const [k, [from, to]] of ranges.entries()) {
    /** Bullets printed since the last item marker, and the last one. */
    let bulletsSince: string[] = []
    let lastBullet: string | null = null
    const inForm = new Set<number>()
    if (k > 0) for (const [a, b] of formLines(doc, from, to)) for (let i = a; i < b; i++) inForm.add(i)
    const stack: Frame[] = []
    let prefix = ''
    let consumedTo = -1
    const restartedAt = new Map<MarkerType, number>()
    for (let i = from; i < to; i++) {
      if (skipLine(doc, i, skip)) continue
      if (inForm.has(i)) {
        // A form closes the lists before it: the appendix after it starts afresh.
        stack.length = 0
        continue
      }
      const line = doc.lines[i]
      let pos = line.start + line.indent
      const appendix = appendixRe.exec(doc.text.slice(pos, line.end).trim())
      if (appendix) {
        stack.length = 0
        prefix = `PL${appendix.groups?.n ?? ''}`
        continue
      }
      // "Điều" alone on its line and its number on the next (a bold run split by the converter).
      const split = splitArticle(i, to)
      if (split) {
        const f = fit(split, stack)
        if (f) {
          push(f, i)
          consumedTo = split.contentStart
          continue
        }
      }
      if (pos < consumedTo) continue
      // A line may hold a glued sub-marker ("… tiến bộ 1.1." or "… đình công 3.1. Rà soát").
      let first: Item | null = null
      const lineStart = pos
      while (pos < line.end) {
        const accepted = acceptAt(pos, i, line.end, to)
        if (pos === lineStart) first = accepted
        const searchFrom = accepted ? accepted.contentStart : pos
        const glued = findGluedDotted(doc.text, searchFrom, line.end, stack)
        if (glued < 0) break
        pos = glued
      }
      if (!first) bulletLine(doc.text.slice(lineStart, line.end), line.start)
    }

    /**
     * "- Về bảo trì …⏎+ … cụ thể:⏎(i) …⏎(iii) …⏎- Trường hợp …": a bullet printed outside the one
     * that introduced a nested list (numbers in brackets, lower-case Roman numerals) closes that
     * list; what follows belongs to the item that holds the list again (a tail of its own text).
     */
    function bulletLine(t: string, at: number): void {
      const b = bulletOf(t)
      if (!b) return
      bulletsSince.push(b)
      lastBullet = b
      const k = stack.findIndex((f) => f.outerBullets?.has(b))
      if (k < 0) return
      const holder = k > 0 ? stack[k - 1].item : null
      for (const f of stack.slice(k)) closedAt.set(f.item, at)
      stack.length = k
      if (holder) tails.push({ item: holder, start: at })
    }

    function acceptAt(pos: number, i: number, lineEnd: number, to: number): Item | null {
      const cands = markersAt(doc.text, pos, lineEnd)
      if (!cands.length) return null
      const fits = cands.map((m) => fit(m, stack)).filter((f): f is NonNullable<Fit> => f !== null)
      // Prefer continuing the innermost open list ("i." after "h)" is the letter i), then opening one.
      fits.sort((a, b) => (a.kind === b.kind ? b.at - a.at : a.kind === 'continue' ? -1 : 1))
      for (const f of fits) {
        if (f.kind === 'open' && !setApart(f.m, i, lineEnd, to)) continue
        return push(f, i)
      }
      // Numbering that skips a number or prints one twice, when the marker after it confirms it.
      for (const m of cands) {
        if (m.ocr || m.type === 'dotted' || m.type === 'subletter') continue
        for (let k = stack.length - 1; k >= 0; k--) {
          const f = stack[k]
          if (f.type !== m.type) continue
          // After a list that started again ("1." refused), the numbers that follow are that new list, not typos.
          const restarted = (restartedAt.get(m.type) ?? -1) > f.item.line
          const skipped = m.value === next(m.type, next(m.type, f.value))
          const repeated = m.value === f.value && f.item.line < i
          if ((skipped || repeated) && !restarted && confirmed(m, k, i, to)) return push({ kind: 'continue', at: k, m }, i)
          break
        }
        if (m.value === first(m.type) && stack.some((f) => f.type === m.type)) restartedAt.set(m.type, i)
        // Roman sections whose first heading the converter lost start at II: the next section confirms it.
        if (m.type === 'roman' && m.value === 'II' && !m.ocr && !stack.some((f) => f.type === 'roman' || f.type === 'dieu') && confirmed(m, -1, i, to)) {
          const open = fit({ ...m, value: 'I' }, stack)
          if (open) return push({ ...open, m }, i)
        }
      }
      return null
    }

    function splitArticle(i: number, to: number): Marker | null {
      const l = doc.lines[i]
      const pos = l.start + l.indent
      if (!pattern(S(), 'structure/dieu-word').test(doc.text.slice(pos, l.end).trim())) return null
      let j = i + 1
      while (j < to && doc.lines[j].blank) j++
      if (j >= to) return null
      const n = doc.lines[j]
      const m = pattern(S(), 'structure/dieu-number').exec(doc.text.slice(n.start + n.indent, n.end))
      if (!m) return null
      let contentStart = n.start + n.indent + m[0].length
      while (contentStart < n.end && doc.text[contentStart] === ' ') contentStart++
      return { type: 'dieu', value: String(Number(m.groups!.m)), start: pos, contentStart, printed: `Điều ${m.groups!.m}` }
    }

    /** The next marker of this family at a line start, before the list closes, continues from it. */
    function confirmed(m: Marker, k: number, i: number, to: number): boolean {
      const want = next(m.type, m.value)
      const outer = new Set(stack.slice(0, Math.max(k, 0)).map((f) => f.type))
      for (let j = i + 1; j < Math.min(to, i + 400); j++) {
        if (skipLine(doc, j, skip)) continue
        const l = doc.lines[j]
        const ms = markersAt(doc.text, l.start + l.indent, l.end)
        if (ms.some((x) => x.type === m.type && x.value === want)) return true
        if (ms.some((x) => outer.has(x.type) && fit(x, stack.slice(0, k + 1))?.kind === 'continue' && x.type !== m.type)) return false
      }
      return false
    }

    /**
     * Lists in brackets or lower-case Roman numerals are also written inline ("… gồm: (i) …;
     * (ii) …"): such a list is an item list only when its next member also starts a line.
     */
    function setApart(m: Marker, i: number, lineEnd: number, to: number): boolean {
      if (m.type !== 'paren' && m.type !== 'lroman') return true
      const stop = i + 1 < to ? doc.lines[Math.min(to, i + 200) - 1].end : lineEnd
      // Every member that follows must start a line: one printed mid-line makes the list inline.
      let value = m.value
      let from = m.contentStart
      for (let n = 0; n < 6; n++) {
        value = next(m.type, value)
        // Searched within the next lines only, so that a long letter stays linear.
        const found = doc.text.slice(from, stop).indexOf(m.printed.replace(m.value, value))
        if (found < 0) return true
        const at = from + found
        let j = i
        while (j + 1 < doc.lines.length && doc.lines[j + 1].start <= at) j++
        const l = doc.lines[j]
        if (at !== l.start + l.indent) return false
        from = at + 1
      }
      return true
    }

    function push(f: NonNullable<Fit>, i: number): Item {
      const { m } = f
      const parentAt = f.kind === 'continue' ? f.at - 1 : f.at
      const kept = f.kind === 'continue' ? stack[f.at]?.outerBullets : undefined
      stack.length = parentAt + 1
      const parent = parentAt >= 0 ? stack[parentAt].item : null
      const own = ownLabel(m)
      const label = parent ? `${parent.label}.${own}` : prefix ? `${prefix}.${own}` : own
      const item: Item = {
        label,
        parent: parent?.label ?? null,
        type: m.type,
        markerStart: m.start,
        contentStart: m.contentStart,
        ownEnd: 0,
        end: 0,
        line: i,
        depth: stack.length,
        children: [],
      }
      if (parent) parent.children.push(item)
      else roots.push(item)
      all.push(item)
      // A list without a rank opened inside a bullet: the bullets printed before that one in its parent are outside it.
      const nested = f.kind === 'open' && RANK[m.type] === undefined && parent && lastBullet
      const outer = nested ? new Set(bulletsSince.filter((b) => b !== lastBullet)) : kept
      stack.push({ type: m.type, value: m.value, item, ...(outer?.size ? { outerBullets: outer } : {}) })
      bulletsSince = []
      lastBullet = null
      return item
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
  // A nested list closed by an outer bullet ends there; the holder's text goes on from it to the next marker.
  for (const [it, at] of closedAt) {
    it.ownEnd = Math.min(it.ownEnd, at)
    it.end = Math.min(it.end, at)
  }
  for (const { item, start } of tails) {
    const next = all.find((x) => x.markerStart >= start)
    const end = Math.min(item.end, next ? next.markerStart : Number.MAX_SAFE_INTEGER)
    if (end > start) (item.tails ??= []).push([start, end])
  }
  return roots
}

/** Position of a glued dotted marker that continues the current arabic item, or -1. */
function findGluedDotted(text: string, from: number, end: number, stack: Frame[]): number {
  let p = -1
  for (let k = stack.length - 1; k >= 0; k--)
    if (stack[k].type === 'arabic') {
      p = k
      break
    }
  if (p < 0) return -1
  const arabic = stack[p]
  const dotted = stack[p + 1]?.type === 'dotted' ? stack[p + 1] : null
  const want = dotted ? next('dotted', dotted.value) : `${arabic.value}.1`
  // "<want>." with white space before it and white space or the end after it, searched
  // literally (a RegExp compiled per call was this function's cost).
  const needle = `${want}.`
  const s = text.slice(from, end)
  for (let i = s.indexOf(needle, 1); i >= 0; i = s.indexOf(needle, i + 1)) {
    const after = i + needle.length
    if (SPACE.test(s[i - 1]) && (after === s.length || SPACE.test(s[after]))) return from + i
  }
  return -1
}

const SPACE = /\s/u

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
