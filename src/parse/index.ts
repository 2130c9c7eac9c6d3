import type { Doc, Line, Source } from '../types.js'
import { normalize } from '../load/normalize.js'
import { flatten } from './flatten.js'
import { rules } from '../lexicon/index.js'
import { relayout } from './layout.js'
import { lineStarts } from './span.js'

/**
 * Source → Doc: normalise, flatten Markdown, undo the converter's layout (layout.ts: hard
 * wraps rejoined, unpaired emphasis dropped), split into lines with table cells. Each step keeps
 * a map to its input, composed here into one map from Doc.text to the raw source.
 */
export function parseSource(source: Source): Doc {
  const norm = normalize(source.raw)
  const flat = flatten(norm.text)
  const laid = relayout(flat.text, flat.headingStarts, flat.strong, flat.wraps)
  const map = new Int32Array(laid.text.length + 1)
  for (let i = 0; i < laid.map.length; i++) map[i] = norm.map[flat.map[laid.map[i]]]
  const text = laid.text
  const lines = splitLines(text, laid.headingStarts, laid.strong)
  return { source, text, map, lines, rawLineStarts: lineStarts(source.raw) }
}

const DELIMITER_CELL = /^\s*:?-{2,}:?\s*$/

function splitLines(text: string, headingStarts: Set<number>, strong: Array<[number, number]>): Line[] {
  let si = 0
  const lines: Line[] = []
  let start = 0
  let table = 0
  let inTable = false
  const noise = rules().noise.filter((r) => r.id.startsWith('noise/'))
  // Heading starts in order, walked with the lines (a Set probe per character was the cost).
  const headingList = [...headingStarts].sort((a, b) => a - b)
  let hi = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let s = start
    // Converter noise at the start of a line's content (page markers, crawler breadcrumbs) is
    // skipped, also when a converter indented the line (a list item's continuation).
    while (s < end && (text[s] === ' ' || text[s] === '\t')) s++
    const indented = s
    for (const rule of noise) {
      if (s >= end) break
      rule.re.lastIndex = 0
      const m = rule.re.exec(text.slice(s, end))
      if (m && m.index === 0 && m[0].length > 0) s += m[0].length
    }
    if (s === indented) s = start
    const content = text.slice(s, end)
    const indent = content.length - content.trimStart().length
    const line: Line = { index: lines.length, start: s, end, indent, blank: content.trim() === '' }
    while (hi < headingList.length && headingList[hi] < start) hi++
    if (hi < headingList.length && headingList[hi] < end) line.heading = true
    // A line whose content is all inside one bold run reads as a heading ("**1. Nguyên tắc …**").
    while (si < strong.length && strong[si][1] <= s) si++
    const c0 = s + indent
    const c1 = end - (content.length - content.trimEnd().length)
    if (!line.blank && si < strong.length && strong[si][0] <= c0 && strong[si][1] >= c1) line.heading = true
    if (content.trimStart().startsWith('|')) {
      const cells = splitCells(text, s, end)
      if (cells.length && cells.every((c) => DELIMITER_CELL.test(text.slice(c.start, c.end)) || c.end === c.start)) {
        // A delimiter row: the row before it is a header and a table starts there.
        const prev = lines[lines.length - 1]
        if (prev?.cells) {
          prev.tableHeader = true
          prev.table = ++table
        }
        line.blank = true
        inTable = true
      } else {
        line.cells = cells
        if (!inTable) table++
        inTable = true
        line.table = table
      }
    } else inTable = false
    lines.push(line)
    start = end + 1
  }
  return lines
}

function splitCells(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const cells: Array<{ start: number; end: number }> = []
  let i = text.indexOf('|', start)
  while (i >= 0 && i < end) {
    let j = i + 1
    while (j < end && !(text[j] === '|' && text[j - 1] !== '\\')) j++
    if (j >= end) {
      if (text.slice(i + 1, end).trim()) cells.push(trim(text, i + 1, end))
      break
    }
    cells.push(trim(text, i + 1, j))
    i = j
  }
  return cells
}

function trim(text: string, a: number, b: number): { start: number; end: number } {
  while (a < b && text[a] === ' ') a++
  while (b > a && text[b - 1] === ' ') b--
  return { start: a, end: b }
}
