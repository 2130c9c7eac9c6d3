/**
 * unified + remark-parse → a flat text with inline markup removed.
 * We keep the printed line structure (PDF-converted letters need it) and drop only markup:
 * emphasis delimiters, heading hashes, HTML, escapes, code fences. Each kept character
 * keeps its offset, so every span maps back to the exact characters of the source.
 * Tables are split into cells by the lines stage (GFM would truncate rows that have more
 * cells than their header, as converters produce), so remark-gfm is not needed.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Root, Nodes, Parents } from 'mdast'
import { wrapBreaks, type SoftBreak } from './wraps.js'
import { readHtmlBlock } from './html-blocks.js'

const processor = unified().use(remarkParse)

export interface Flattened {
  text: string
  /** map[i] = offset in the input of text[i]; map[text.length] = input length. */
  map: Int32Array
  /** Offsets (into text) where a Markdown heading starts. */
  headingStarts: Set<number>
  /** Ranges (into text) set in bold: a line all in bold is a heading in converted letters. */
  strong: Array<[number, number]>
  /** Offsets (into text) of line breaks a fixed-width wrapper added inside a paragraph (src/parse/wraps.ts). */
  wraps: Set<number>
}

const CONTAINERS_WITH_DELIMITERS = new Set(['strong', 'emphasis', 'delete', 'link', 'linkReference'])

export function flatten(input: string): Flattened {
  const tree = processor.parse(input) as Root
  const drop = new Uint8Array(input.length)
  const headings: number[] = []
  const strongRanges: Array<[number, number]> = []
  const paragraphs: Array<[number, number]> = []
  const hardBreaks = new Set<number>()
  /** Characters written as another one (raw HTML's tags standing for line breaks and cell pipes). */
  const replace = new Map<number, string>()
  const keepText = (a: number, b: number, value: string) => {
    for (let i = a; i < b; i++) drop[i] = 0
    align(input, a, b, value, drop)
  }
  const dropRange = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (input.charCodeAt(i) !== 10) drop[i] = 1
  }
  const visit = (node: Nodes) => {
    const pos = node.position
    const start = pos?.start.offset
    const end = pos?.end.offset
    if (start === undefined || end === undefined) return
    switch (node.type) {
      case 'html':
        readHtmlBlock(input, start, end, { drop, replace, keepText: (a, b, value) => keepText(a, b, value) })
        lineBreakTag(input, start, end, drop, replace)
        return
      case 'image':
      case 'imageReference':
      case 'thematicBreak':
      case 'definition':
        dropRange(start, end)
        return
      // A hard break ("\\" or two spaces before the line end): only the line end is text.
      case 'break':
        for (let i = start; i <= end && i < input.length; i++) if (input.charCodeAt(i) === 10) hardBreaks.add(i)
        dropRange(start, end)
        return
      case 'paragraph':
        paragraphs.push([start, end])
        // A writer's hard break ("\\" at the line end) before a line that CommonMark reads as a new
        // block (pandoc's Markdown lets a "- " line continue a paragraph) is left as a literal
        // backslash at the paragraph's end: it is the line end, not text.
        if (input[end - 1] === '\\' && input[end - 2] !== '\\' && (input[end] === '\n' || input[end] === '\r')) drop[end - 1] = 1
        break
      // An empty bullet ("-   " alone, a converter's trace of an empty paragraph) is no text; an
      // empty numbered item keeps its number ("2." on its line, its text on the next).
      case 'list':
        if (!node.ordered)
          for (const item of node.children) {
            const a = item.position?.start.offset
            const b = item.position?.end.offset
            if (item.children.length === 0 && a !== undefined && b !== undefined) dropRange(a, b)
          }
        break
      case 'code': {
        // Indented code keeps its indentation (it is how plain-text letters show layout);
        // only fence lines go.
        const slice = input.slice(start, end)
        if (/^\s*(```|~~~)/.test(slice)) {
          const firstNl = slice.indexOf('\n')
          dropRange(start, firstNl < 0 ? end : start + firstNl)
          const lastNl = slice.lastIndexOf('\n')
          if (lastNl > firstNl && /^\s*(```|~~~)\s*$/.test(slice.slice(lastNl + 1))) dropRange(start + lastNl + 1, end)
        }
        return
      }
      case 'text':
        align(input, start, end, node.value, drop)
        smartDashes(input, start, end, drop, replace)
        return
      case 'inlineCode':
        align(input, start, end, node.value, drop)
        return
      case 'heading':
        headings.push(start)
        paragraphs.push([start, end])
        break
    }
    if ('children' in node) {
      const kids = (node as Parents).children as Nodes[]
      if (node.type === 'strong') strongRanges.push([start, end])
      if (node.type === 'heading' || CONTAINERS_WITH_DELIMITERS.has(node.type)) {
        const first = kids[0]?.position?.start.offset
        const last = kids[kids.length - 1]?.position?.end.offset
        if (first === undefined || last === undefined) dropRange(start, end)
        else {
          dropRange(start, first)
          // A link's "(url)" and a closing "###" go; so do emphasis closers.
          dropRange(last, end)
        }
      }
      for (const k of kids) visit(k)
    }
  }
  visit(tree)
  const soft: SoftBreak[] = []
  for (const [a, b] of paragraphs)
    for (let i = input.indexOf('\n', a); i >= 0 && i < b; i = input.indexOf('\n', i + 1))
      if (!hardBreaks.has(i)) soft.push({ at: i, lineStart: input.lastIndexOf('\n', i - 1) + 1 })
  const wrapsIn = wrapBreaks(input, soft)
  const wraps = new Set<number>()

  // Copy runs of kept characters in bulk (one slice per run, not one string per character).
  let kept = 0
  for (let i = 0; i < input.length; i++) if (!drop[i]) kept++
  const map = new Int32Array(kept + 1)
  const parts: string[] = []
  const headingStarts = new Set<number>()
  // Per-character flags as typed arrays: a Set probe for every character was the loop's cost.
  const headingAt = new Uint8Array(input.length + 1)
  for (const h of headings) if (h >= 0 && h < input.length) headingAt[h] = 1
  const wrapAt = new Uint8Array(input.length + 1)
  for (const w of wrapsIn) if (w >= 0 && w < input.length) wrapAt[w] = 1
  const anyReplace = replace.size > 0
  let k = 0
  let runStart = -1
  let pendingHeading = false
  for (let i = 0; i <= input.length; i++) {
    const keep = i < input.length && !drop[i]
    const swapped = keep && anyReplace && replace.has(i)
    if (keep && !swapped && runStart < 0) runStart = i
    if ((!keep || swapped) && runStart >= 0) {
      parts.push(input.slice(runStart, i))
      runStart = -1
    }
    if (swapped) parts.push(replace.get(i)!)
    if (i === input.length) break
    if (headingAt[i]) pendingHeading = true
    if (!keep) continue
    if (pendingHeading) {
      headingStarts.add(k)
      pendingHeading = false
    }
    if (wrapAt[i]) wraps.add(k)
    map[k++] = i
  }
  map[kept] = input.length
  // Input offsets of bold ranges → flat offsets (first kept character at or after each end).
  const toFlat = (x: number) => {
    let lo = 0
    let hi = kept
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (map[mid] < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const strong = strongRanges.map(([a, b]) => [toFlat(a), toFlat(b)] as [number, number])
  return { text: parts.join(''), map, headingStarts, strong, wraps }
}

/**
 * Marks source characters of a text leaf that its value does not contain (escapes, entity
 * names). Leading white space of a line is kept: it carries the layout of plain-text letters.
 */
function align(input: string, start: number, end: number, value: string, drop: Uint8Array): void {
  if (end - start === value.length && input.slice(start, end) === value) return
  let i = start
  let j = 0
  while (i < end) {
    const c = input[i]
    if (j < value.length && c === value[j]) {
      i++
      j++
      continue
    }
    if (c === '\n' || (c === ' ' && atLineStart(input, i))) {
      i++
      continue
    }
    // Look a little ahead in the source for the value's next character.
    let found = -1
    if (j < value.length) {
      for (let t = i + 1; t < Math.min(end, i + 10); t++)
        if (input[t] === value[j]) {
          found = t
          break
        }
    }
    if (found >= 0) {
      for (let t = i; t < found; t++) if (input[t] !== '\n' && !(input[t] === ' ' && atLineStart(input, t))) drop[t] = 1
      i = found
    } else if (j < value.length && !/\s/.test(value[j]) && !/\s/.test(c)) {
      // The value holds a character the source spells differently (an entity): skip both.
      drop[i] = 0
      i++
      j++
    } else if (j < value.length) {
      j++
    } else {
      drop[i] = 1
      i++
    }
  }
}

/**
 * Pandoc's Markdown writes an en dash as "--" and an em dash as "---" ("Sở Lao động -- Thương
 * binh và Xã hội"); between words they are read as the dash, written over the first hyphen.
 */
/**
 * "**ỦY BAN NHÂN DÂN**<br>**TỈNH X**" in a paragraph (Markdown an assistant or a site wrote): a
 * "<br>" between two words is a printed line break, so its "<" is written as one and the words do
 * not run together. Not in a pipe row, whose cells stay on their line (the header and the
 * task-table reader see the tag through the source map), nor at a line's end (no blank line made).
 */
function lineBreakTag(input: string, start: number, end: number, drop: Uint8Array, replace: Map<number, string>): void {
  if (!/^<br\s*\/?>$/iu.test(input.slice(start, end))) return
  if (start === 0 || end >= input.length || /\s/u.test(input[start - 1]) || /\s/u.test(input[end])) return
  const lineStart = input.lastIndexOf('\n', start - 1) + 1
  if (/^\s*\|/u.test(input.slice(lineStart, start))) return
  drop[start] = 0
  replace.set(start, '\n')
}

function smartDashes(input: string, start: number, end: number, drop: Uint8Array, replace: Map<number, string>): void {
  // Searched within the leaf only, so that a long letter stays linear.
  const leaf = input.slice(start, end)
  if (!leaf.includes('--')) return
  let i = start + leaf.indexOf('--')
  while (i >= start && i < end) {
    let j = i
    while (j < end && input[j] === '-') j++
    const before = input[i - 1]
    const after = input[j]
    // Between words only: a table's delimiter row ("| --- |") and a decoration rule stay.
    // (a wrapper may have put the line end after the dash).
    let n = j
    while (n < input.length && (input[n] === ' ' || input[n] === '\u00a0' || input[n] === '\n')) n++
    const words = /[\p{L}\d.,)]/u.test(input[i - 2] ?? '') && /[\p{L}\d(]/u.test(input[n] ?? '') && n - j <= 6
    if ((j - i === 2 || j - i === 3) && words && (before === ' ' || before === '\u00a0') && (after === ' ' || after === '\u00a0' || after === '\n') && !drop[i]) {
      replace.set(i, j - i === 2 ? '–' : '—')
      for (let k = i + 1; k < j; k++) drop[k] = 1
    }
    const k = leaf.indexOf('--', j - start)
    i = k < 0 ? -1 : start + k
  }
}

function atLineStart(input: string, i: number): boolean {
  for (let t = i - 1; t >= 0; t--) {
    const c = input[t]
    if (c === '\n') return true
    if (c !== ' ') return false
  }
  return true
}
