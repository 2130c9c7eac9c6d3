/**
 * The layout stage: undoes what converters do to a letter's lines, on the flattened text,
 * before it is split into lines. Three edits only, all offset-exact (every kept character keeps
 * its map entry, so spans still point at the source's own characters):
 * - a hard-wrapped line is rejoined to the next one: the line break becomes a space (mapped to
 *   the source's line break) and the indentation around it is dropped;
 * - emphasis delimiters left unmatched at a line's edge (`**II. MỤC` / `ĐÍCH, YÊU CẦU**` split
 *   over two paragraphs, where Markdown cannot pair them) are dropped;
 * - a table's cells printed one per line after a blank line under its header rows are brought
 *   up under the header (the blank lines dropped).
 * The rejoin is conservative: a line joins the next only when it ends mid-sentence (no closing
 * punctuation) and the next line continues it (starts in lower case, or the line ends on a
 * comma, a hyphen or a word that cannot end a sentence), and never when the next line opens a
 * new block (an item marker, a bullet, a table row, Kính gửi, Nơi nhận…) or either line is laid
 * out in columns (a table row, runs of three or more spaces); a line of cells split by ` | `
 * may run on into a plain next line (its last cell continues there), never the reverse.
 * Two cues override the sentence cues: a break that a fixed-width wrapper made (the parse
 * stage finds them, src/parse/wraps.ts) is a space unless the next line opens an item, a bullet
 * or Nơi nhận; and a Nơi nhận entry never runs on across a blank line. A table row wrapped
 * over several lines runs on until it holds the pipes of its table's delimiter row.
 */
import { matchesAtStart, pattern, rules } from '../lexicon/index.js'

export interface LaidOut {
  text: string
  /** map[i] = offset in the stage's input of text[i]; map[text.length] = input length. */
  map: Int32Array
  /** Offsets (into text) where a Markdown heading starts. */
  headingStarts: Set<number>
  /** Ranges (into text) set in bold. */
  strong: Array<[number, number]>
}

interface Cues {
  blockStart: RegExp
  closedLine: RegExp
  sentenceEnd: RegExp
  bindingEnd: RegExp
  strayEmphasisStart: RegExp
  strayEmphasisEnd: RegExp
  /** Lines that stand alone whatever they end with: converter noise, the national name and motto. */
  standalone: RegExp[]
  /** Item markers of every family (rules/structure.json) and bullets. */
  itemStart: RegExp[]
}

let cues: Cues | null = null
function layoutCues(): Cues {
  if (cues) return cues
  const byId = new Map(rules().noise.map((p) => [p.id, p.re]))
  const get = (id: string): RegExp => {
    const re = byId.get(id)
    if (!re) throw new Error(`rules: pattern "${id}" is missing from rules/noise.json`)
    return re
  }
  cues = {
    blockStart: get('layout/block-start'),
    closedLine: get('layout/closed-line'),
    sentenceEnd: get('layout/sentence-end'),
    bindingEnd: get('layout/binding-end'),
    strayEmphasisStart: get('layout/stray-emphasis-start'),
    strayEmphasisEnd: get('layout/stray-emphasis-end'),
    standalone: [
      ...rules().noise.filter((p) => p.id.startsWith('noise/')).map((p) => p.re),
      pattern(rules().header, 'header/national-name'),
      pattern(rules().header, 'header/motto'),
    ],
    itemStart: [
      ...['structure/dieu', 'structure/roman', 'structure/dotted', 'structure/arabic', 'structure/letter', 'structure/paren-arabic', 'structure/lower-roman', 'structure/subletter'].map((id) => pattern(rules().structure, id)),
      /^[-+•*–—](?:\s|$)/u,
    ],
  }
  return cues
}

interface RawLine {
  start: number
  end: number
  /** First and last+1 offsets of the content once stray emphasis and spaces are cut. */
  c0: number
  c1: number
  blank: boolean
  /** Laid out in columns: a table row or a wide gap inside the text. */
  columns: boolean
  /** Cells side by side split by ` | ` (not a table row): a wrap may continue the last cell. */
  cells: boolean
  heading: boolean
  /** Index of the bold run that covers the whole content, or -1. */
  strongRun: number
}

/** Lines of a text with the characters to drop and the line breaks to turn into spaces. */
export function relayout(text: string, headingStarts: Set<number>, strong: Array<[number, number]>, wraps: Set<number> = new Set()): LaidOut {
  const c = layoutCues()
  const drop = new Uint8Array(text.length)
  const lines: RawLine[] = []
  let start = 0
  const headingList = [...headingStarts].sort((a, b) => a - b)
  let hi = 0
  let si = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let c0 = start
    let c1 = end
    while (c0 < c1 && /\s/.test(text[c0])) c0++
    while (c1 > c0 && /\s/.test(text[c1 - 1])) c1--
    const content = text.slice(c0, c1)
    const ms = c.strayEmphasisStart.exec(content)
    if (ms && ms.index === 0 && ms[0].length < content.length) {
      for (let k = c0; k < c0 + ms[0].length; k++) drop[k] = 1
      c0 += ms[0].length
      while (c0 < c1 && text[c0] === ' ') c0++
    }
    const me = c.strayEmphasisEnd.exec(text.slice(c0, c1))
    if (me && me[0].length < c1 - c0) {
      const at = c0 + me.index
      for (let k = at; k < c1; k++) drop[k] = 1
      c1 = at
      while (c1 > c0 && text[c1 - 1] === ' ') c1--
    }
    while (hi < headingList.length && headingList[hi] < start) hi++
    const heading = hi < headingList.length && headingList[hi] < end
    while (si < strong.length && strong[si][1] <= c0) si++
    const strongRun = c1 > c0 && si < strong.length && strong[si][0] <= c0 && strong[si][1] >= c1 ? si : -1
    const body = text.slice(c0, c1)
    // The gap a converter leaves after a list marker ("-   Cơ quan", "1.  Mục đích") is not a column.
    const unmarked = body.replace(/^(?:[-+*•]|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)])\s+/u, '')
    lines.push({
      start,
      end,
      c0,
      c1,
      blank: c1 <= c0,
      // (substring checks first: most lines hold neither a wide gap nor a tab)
      columns: body.startsWith('|') || body.endsWith('|') || (unmarked.includes('   ') && /\S {3,}\S/.test(unmarked)) || (unmarked.includes('\t') && /\S\t\S/.test(unmarked)),
      cells: body.includes(' | '),
      heading,
      strongRun,
    })
    start = end + 1
  }

  const entries = distributionEntries(text, lines)
  // Line breaks to turn into a space (index of the '\n'), with the spaces around them dropped.
  const space = new Uint8Array(text.length)
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]
    let j = i + 1
    let b = lines[j]
    const wrapped = wraps.has(a.end) && wrapJoins(text, a, b, c)
    if (!wrapped && !joins(text, a, b, c)) {
      // A sentence cut by a blank line or a lone page number (a page break, a converter's
      // block boundary) runs on only into a line that starts in lower case.
      // A Nơi nhận entry ends at its line or the next: what stands after a blank line (a file
      // path, the signature) is not part of it.
      if (a.blank || entries[i]) continue
      while (j < lines.length && j <= i + 4 && (lines[j].blank || /^\d{1,3}$/u.test(text.slice(lines[j].c0, lines[j].c1)))) j++
      if (j === i + 1 || j >= lines.length || j > i + 4) continue
      b = lines[j]
      if (!/^\p{Ll}/u.test(text.slice(b.c0, b.c1)) || !joins(text, a, b, c)) continue
    }
    // Trailing spaces of a, the line break (kept as a space), what stands between, leading spaces of b.
    for (let k = a.c1; k < b.c0; k++) if (k !== a.end) drop[k] = 1
    // A fixed-width wrapper breaks at spaces only: "e-" / "Customs" was "e- Customs".
    const hyphen = !wrapped && /[\p{L}\d]-$/u.test(text.slice(a.c0, a.c1)) && /^[\p{L}\d]/u.test(text.slice(b.c0, b.c1))
    if (hyphen) drop[a.end] = 1
    else space[a.end] = 1
  }

  // A table row wrapped over several lines ("| 1. | Hoàn thiện … của" / "Nghị định … | Cục X |").
  // When the table's delimiter row is near (above through its rows, or right below a header
  // row), a row runs on until it holds as many pipes as the delimiter row: a converter may wrap
  // it right after a cell's "|" or right before one. Without one, in a table whose rows end with
  // "|" (a whole row above, or the next row right below), a row that does not end so runs on
  // until the line that does.
  const rowText = (l: RawLine) => text.slice(l.c0, l.c1)
  const pipes = (t: string) => (t.match(/\|/g) ?? []).length
  const delimiter = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?$/u
  const rowPipes = (i: number): number => {
    for (let k = i - 1; k >= Math.max(0, i - 80) && !lines[k].blank; k--) if (delimiter.test(rowText(lines[k]))) return pipes(rowText(lines[k]))
    for (let k = i + 1; k < Math.min(lines.length, i + 8) && !lines[k].blank; k++) if (delimiter.test(rowText(lines[k]))) return pipes(rowText(lines[k]))
    return 0
  }
  for (let i = 0; i < lines.length; i++) {
    const t = rowText(lines[i])
    if (!t.startsWith('|') || delimiter.test(t)) continue
    const need = t.endsWith('|') && pipes(t) < 2 ? 0 : rowPipes(i)
    let j = i
    if (need > 0) {
      let count = pipes(t)
      while (!(rowText(lines[j]).endsWith('|') && count >= need) && j + 1 < lines.length && j + 1 <= i + 8) {
        const n = rowText(lines[j + 1])
        // The next row, the delimiter or the table's end.
        if (lines[j + 1].blank || delimiter.test(n) || (rowText(lines[j]).endsWith('|') && n.startsWith('|'))) break
        j++
        count += pipes(n)
      }
      // Closed on a "|"; a row that looked whole already must come out with exactly the table's pipes.
      if (!rowText(lines[j]).endsWith('|') || count < need || (t.endsWith('|') && count !== need)) j = i
    } else if (!t.endsWith('|') && pipes(t) >= 2 && i > 0) {
      let inTable = false
      for (let k = i - 1; k >= Math.max(0, i - 3) && !inTable; k--) inTable = rowText(lines[k]).startsWith('|') && rowText(lines[k]).endsWith('|')
      j = i + 1
      // Continuation lines may themselves start with "|" (wrapped at a cell boundary): a row ends
      // only at the first line that ends with "|".
      while (j < lines.length && j <= i + 6 && !lines[j].blank && !rowText(lines[j]).endsWith('|')) j++
      // A table around it: a whole row above, or the next row right below.
      if (j >= lines.length || j > i + 6 || lines[j].blank || (!inTable && !(j + 1 < lines.length && rowText(lines[j + 1]).startsWith('|')))) j = i
    }
    for (let k = i; k < j; k++) {
      for (let x = lines[k].c1; x < lines[k + 1].c0; x++) if (x !== lines[k].end) drop[x] = 1
      space[lines[k].end] = 1
    }
    i = j
  }

  // A table whose header and delimiter rows stand alone, its cells following one per line after
  // a blank line (a converter closed the table there): the blank lines go, so the cells read as
  // the table's rows as other converters print them.
  for (let i = 1; i + 2 < lines.length; i++) {
    if (!delimiter.test(text.slice(lines[i].c0, lines[i].c1)) || !text.slice(lines[i - 1].c0, lines[i - 1].c1).startsWith('|')) continue
    let j = i + 1
    while (j < lines.length && j <= i + 2 && lines[j].blank) j++
    if (j === i + 1 || j >= lines.length || lines[j].blank || lines[j].columns) continue
    for (let k = lines[i + 1].start; k < lines[j].start; k++) drop[k] = 1
  }

  // Rebuild: kept characters, with joined line breaks as spaces.
  let kept = 0
  for (let i = 0; i < text.length; i++) if (!drop[i]) kept++
  const map = new Int32Array(kept + 1)
  const newIndex = new Int32Array(text.length + 1)
  const parts: string[] = []
  let k = 0
  let runStart = -1
  for (let i = 0; i <= text.length; i++) {
    newIndex[i] = k
    const keep = i < text.length && !drop[i] && !space[i]
    if (keep && runStart < 0) runStart = i
    if (!keep && runStart >= 0) {
      parts.push(text.slice(runStart, i))
      runStart = -1
    }
    if (i === text.length) break
    if (drop[i]) continue
    if (space[i]) parts.push(' ')
    map[k++] = i
  }
  map[kept] = text.length
  const newHeadings = new Set<number>()
  for (const h of headingStarts) newHeadings.add(newIndex[h])
  const newStrong = strong.map(([a, b]) => [newIndex[a], newIndex[b]] as [number, number])
  return { text: parts.join(''), map, headingStarts: newHeadings, strong: newStrong }
}

/**
 * Lines that are entries of a Nơi nhận list: the bullets after the "Nơi nhận" line (and the
 * line itself), each with the line right under it when that line is no bullet (a wrapped entry).
 */
function distributionEntries(text: string, lines: RawLine[]): Uint8Array {
  const distRe = pattern(rules().header, 'header/distribution')
  const out = new Uint8Array(lines.length)
  let inList = false
  let prevEntry = -1
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    if (l.blank) continue
    const t = text.slice(l.c0, l.c1).replace(/^\|\s*/u, '')
    if (distRe.exec(t)?.index === 0) inList = true
    else if (!inList) continue
    else if (!/^[-+•]/u.test(t) && prevEntry !== i - 1) {
      inList = false
      continue
    }
    out[i] = 1
    prevEntry = i
  }
  return out
}

/** Does line a continue on line b (a hard wrap), rather than b starting something new? */
function joins(text: string, a: RawLine, b: RawLine, c: Cues): boolean {
  if (a.blank || b.blank || a.columns || b.columns || b.cells) return false
  // A Markdown heading is one line; a bold run continues only within itself.
  if (a.heading || b.heading) return false
  if ((a.strongRun >= 0 || b.strongRun >= 0) && a.strongRun !== b.strongRun) return false
  const at = text.slice(a.c0, a.c1)
  const bt = text.slice(b.c0, b.c1)
  if (c.blockStart.test(bt) || c.closedLine.test(at)) return false
  // The national name and motto end their line and start theirs; noise lines stand alone.
  if (c.standalone.some((re) => endsWith(re, at) || matchesAtStart(re, bt))) return false
  if (c.sentenceEnd.test(at)) return false
  // Inside one bold run (a heading split by the converter) the rest of the run continues it.
  if (a.strongRun >= 0) return true
  if (/^\p{Ll}/u.test(bt)) return true
  if (/,$/u.test(at) || /[\p{L}\d]-$/u.test(at)) return true
  return c.bindingEnd.test(at)
}

/**
 * A line break a fixed-width wrapper made (src/parse/wraps.ts) is a space whatever the words
 * around it, unless the next line opens a block the wrapper would not have run on into: an item
 * marker, a bullet, a whole table row, Nơi nhận, a noise line. A table row's own continuation
 * ("… thuộc Bộ TN&MT." / "| Tháng 8/2024 |") runs on.
 */
function wrapJoins(text: string, a: RawLine, b: RawLine, c: Cues): boolean {
  if (a.blank || b.blank) return false
  const at = text.slice(a.c0, a.c1)
  const bt = text.slice(b.c0, b.c1)
  // Pipes are the table's text here (a row wrapped like a paragraph); only a wide gap is layout.
  if (/\S {3,}\S/u.test(at) || /\S {3,}\S/u.test(bt)) return false
  if (bt.startsWith('|')) {
    // A whole row after a line of prose starts a table.
    if (bt.endsWith('|') && (bt.match(/\|/g) ?? []).length >= 2 && !at.includes('|')) return false
    // A line that ends on a word that cannot end one runs on into what only looks like a block
    // ("… quy định tại" / "Điều 22 Luật …"), never into an item marker or a bullet.
  } else if (c.blockStart.test(bt) && (!c.bindingEnd.test(at) || c.itemStart.some((re) => matchesAtStart(re, bt)))) return false
  if (c.closedLine.test(bt)) return false
  return !c.standalone.some((re) => matchesAtStart(re, bt))
}

// Twins of the cue patterns, compiled once per pattern (compiling one per call was the joins' cost).
const globalTwins = new WeakMap<RegExp, RegExp>()

function endsWith(re: RegExp, s: string): boolean {
  let g = globalTwins.get(re)
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')
    globalTwins.set(re, g)
  }
  g.lastIndex = 0
  let m: RegExpExecArray | null
  let last: RegExpExecArray | null = null
  while ((m = g.exec(s))) {
    if (m[0].length === 0) g.lastIndex++
    else last = m
  }
  return !!last && /^[\s*_\-—–=]*$/u.test(s.slice(last.index + last[0].length))
}
