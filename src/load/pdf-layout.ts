/**
 * Positioned text items (from pdfjs, or OCR) → the lines of a letter, as a text letter prints them:
 * items on one baseline make a line; a wide gap splits a line into segments; a run of lines that
 * share an empty vertical band (the letterhead's two columns, the signature block) is written
 * left column first, then right; rows whose segments line up in three or more columns become
 * Markdown pipe rows (continuation lines joined into their cells); page numbers, running
 * headers and footers, and digital-signature stamps are left out; a word split by a hyphen at a
 * line end is joined back. Every character keeps the box of the item it came from.
 */
import { normalize } from './normalize.js'
import type { BoxRun } from './formats.js'
import { readerRules } from './reader-rules.js'
import { pattern, rules } from '../lexicon/index.js'

/** List bullets as PDF fonts draw them (Symbol/Wingdings private-use code points included). */
const BULLET = /^[•●▪◦■□∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u2023\u2043]$/u

export interface TextItem {
  str: string
  /** Baseline start, PDF points from the page's bottom left. */
  x: number
  y: number
  width: number
  /** Font size (≈ line height), points. */
  height: number
  font: string
  /** A typed space stood right before this one. */
  spaceBefore?: boolean
  /** The item starts a run of text placed on its own (pdfjs: after an empty end-of-line item). */
  chunkStart?: boolean
  /** Page of the item (set by the layout). */
  page?: number
}

export interface PageItems {
  page: number
  left: number
  bottom: number
  width: number
  height: number
  items: TextItem[]
}

export interface Layout {
  text: string
  boxes: BoxRun[]
  dropped: { stamps: number; furniture: number; decoration: number }
}

interface Segment {
  x0: number
  x1: number
  items: TextItem[]
  /** A rule drawn with characters: it places the columns, but is not written. */
  decor?: boolean
}

interface Line {
  y: number
  h: number
  segments: Segment[]
}

/** Items drawn by a signing system into a field: always a word of their own. */
const isFieldText = (it: TextItem) => it.font === 'signature-field' || it.font === 'annotation'

/** `into`: the table (on an earlier page) a merged table's rows went to. */
type Region = { start: number; end: number; table?: Table; block?: { left: number; right: number }; merged?: boolean; into?: Table }

export function layoutPages(pages: PageItems[]): Layout {
  const w = new Emitter()
  const dropped = { stamps: 0, furniture: 0, decoration: 0 }
  const perPage = pages.map((p) => ({ page: p, lines: toLines(p.items, p.page, dropped) }))
  dropFurniture(perPage, dropped)
  // Regions first (tables, two-column blocks), so a block can take in the lines just above it
  // that sit on one side of its gutter ("Nơi nhận:" above the signer's title), and a table
  // broken by a page end can go on in the next page's table.
  const plan = perPage.map(({ page, lines }) => {
    const kept = dropStamps(lines, dropped)
    return { page, kept, regions: regionsOf(kept, page) }
  })
  for (let p = 1; p < plan.length; p++) {
    const here = plan[p].regions[0]
    const before = plan[p - 1]
    const last = before.regions[before.regions.length - 1]
    if (here?.table && here.start === 0 && last?.table && last.end === before.kept.length && here.table.columns.length === last.table.columns.length)
      continueTable(last.into ?? last.table, here)
  }
  for (const { page, kept, regions } of plan) {
    if (!kept.length) continue
    w.pageBreak()
    const spacing = medianSpacing(kept)
    let prev: Line | null = null
    let r = 0
    let i = 0
    while (i < kept.length) {
      const region = regions[r]
      if (region && region.start === i) {
        if (region.table && !region.merged) w.table(region.table, page.page)
        else if (region.block) w.columns(kept.slice(region.start, region.end), region.block.left, region.block.right, page.page, Math.max(...kept.map((l) => l.segments[l.segments.length - 1].x1)))
        i = region.end
        prev = kept[i - 1]
        r++
        continue
      }
      const line = kept[i]
      const gap = prev ? prev.y - line.y : 0
      w.line(line, page.page, prev !== null && gap > spacing * 1.35)
      prev = line
      i++
    }
  }
  return { text: w.finish(), boxes: w.boxes, dropped }
}

function regionsOf(kept: Line[], page: PageItems): Region[] {
  const regions: Region[] = []
  let i = 0
  let free = 0
  while (i < kept.length) {
    const table = tableAt(kept, i, free)
    if (table) {
      regions.push({ start: table.start, end: table.end, table })
      i = free = table.end
      continue
    }
    const block = columnsAt(kept, i, page)
    if (block) {
      let start = i
      while (start > free && fitsSide(kept[start - 1], block.left, block.right) && kept[start - 1].y - kept[start].y <= 2 * Math.max(kept[start].h, kept[start - 1].h)) start--
      regions.push({ start, end: block.end, block })
      i = free = block.end
      continue
    }
    i++
  }
  return regions
}

/**
 * The table at the top of a page goes on with the one that ended the page before: the header
 * lines a word processor repeats are dropped, and a first row with an empty first cell finishes
 * the row the page broke.
 */
function continueTable(into: Table, region: Region): void {
  const t = region.table!
  const headerEnd = into.lines.findIndex((_, k) => k > 0 && buildRows(into.lines.slice(0, k + 1), into.columns).rows.length > 1)
  const header = new Set(into.lines.slice(0, Math.max(1, headerEnd)).flatMap((l) => l.segments.map(segmentText)))
  let k = 0
  while (k < t.lines.length && t.lines[k].segments.every((s) => header.has(segmentText(s)))) k++
  // Lines before the first one with a first cell finish the row the page broke.
  const firstEmpty = (l: Line) => !l.segments.some((s) => s.x0 < (t.columns[1] ?? Infinity) - 4)
  const last = into.cellItems[into.cellItems.length - 1]
  while (k < t.lines.length && firstEmpty(t.lines[k]) && into.cellItems.length > 1) {
    const { cellItems } = buildRows([t.lines[k]], t.columns)
    cellItems[0].forEach((items, c) => last[c]?.push(...items))
    k++
  }
  const { rows, cellItems } = buildRows(t.lines.slice(k), t.columns)
  for (let r = 0; r < rows.length; r++) {
    into.rows.push(rows[r])
    into.cellItems.push(cellItems[r])
  }
  into.lines.push(...t.lines.slice(k))
  region.merged = true
  region.into = into
}

function toLines(items: TextItem[], page: number, dropped: Layout['dropped']): Line[] {
  const sorted = items
    .map((it) => ({ ...it, page, str: normalize(it.str).text }))
    .filter((it) => it.str !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: Array<{ y: number; h: number; items: TextItem[] }> = []
  for (const it of sorted) {
    const g = groups[groups.length - 1]
    if (g && Math.abs(g.y - it.y) <= 0.4 * Math.max(g.h, it.height)) {
      g.items.push(it)
      if (it.str.trim() && !isFieldText(it)) g.h = Math.max(g.h, it.height)
    } else groups.push({ y: it.y, h: it.height, items: [it] })
  }
  const lines: Line[] = []
  for (const g of groups) {
    const all = [...g.items].sort((a, b) => a.x - b.x)
    const words: TextItem[] = []
    let space = false
    let chunk = false
    for (const it of all) {
      if (it.str.trim() === '') {
        // A wide white-space item is pdfjs's stand-in for a gap (a table border, a tab), not a typed space.
        if (it.width <= 0.6 * it.height) space = true
        chunk ||= it.chunkStart === true
        continue
      }
      const chunkStart = chunk || it.chunkStart === true
      chunk = false
      words.push({ ...it, spaceBefore: space || /^\s/.test(it.str), chunkStart })
      space = /\s$/.test(it.str)
    }
    if (!words.length) continue
    // OCR text layers (and some generators) place every word on its own: there a word's own
    // placement says nothing about a table cell, only the width of the gap does.
    const perWord = placedWordByWord(words, g.h)
    const segments: Segment[] = []
    for (const it of words) {
      const s = segments[segments.length - 1]
      // A list bullet set apart from its text by an indent is written "-", on the text's segment.
      if (s && s.items.length === 1 && BULLET.test(s.items[0].str.trim()) && it.x - s.x1 < 6 * g.h) {
        s.items[0] = { ...s.items[0], str: '-' }
        s.items.push({ ...it, spaceBefore: true })
        s.x1 = it.x + it.width
        continue
      }
      // A wide gap (a tab stop, the space between the letterhead's columns, a table border) splits the line.
      const gap = s ? it.x - s.x1 : 0
      // A table cell's text is placed on its own and not preceded by a typed space.
      const cell = (it.chunkStart && !perWord && gap >= 0.3 * g.h) || (!it.spaceBefore && gap >= 0.5 * g.h)
      if (s && gap <= Math.max(1.2 * g.h, 12) && !cell) {
        // Some producers draw a word twice for bold: keep one.
        const last = s.items[s.items.length - 1]
        if (last.str === it.str && Math.abs(last.x - it.x) < 1) continue
        s.items.push(it)
        s.x1 = Math.max(s.x1, it.x + it.width)
      } else segments.push({ x0: it.x, x1: it.x + it.width, items: [it] })
    }
    for (const s of segments) markDecoration(s, dropped)
    lines.push({ y: g.y, h: g.h, segments })
  }
  return lines
}

/**
 * The words of a line were placed one by one: most of the line's words are items of one word,
 * and most of its word spaces (gaps under half the font size) are runs placed on their own. A
 * table row's cells start their own runs too, but a cell margin apart.
 */
function placedWordByWord(words: TextItem[], h: number): boolean {
  if (words.length < 4) return false
  let single = 0
  let spaces = 0
  let placed = 0
  for (let k = 0; k < words.length; k++) {
    const it = words[k]
    if (!/\s/.test(it.str.trim())) single++
    if (k === 0) continue
    const gap = it.x - (words[k - 1].x + words[k - 1].width)
    if (gap < -0.1 * h || gap >= 0.5 * h) continue
    spaces++
    if (it.chunkStart && !it.spaceBefore) placed++
  }
  return single >= 0.8 * words.length && placed >= 2 && placed >= 0.6 * spaces
}

/**
 * A rule drawn with characters (¯¯¯¯ under a title, ----- between parts, the star under a Party
 * committee's name) standing alone or ending a segment is decoration (rules/readers.json): cut
 * from the segment's last items, or, when it is the whole segment, kept for the layout (it
 * marks a column) and never written.
 */
function markDecoration(s: Segment, dropped: Layout['dropped']): void {
  const m = pattern(rules().readers, 'reader/decorative-rule').exec(segmentText(s))
  if (!m) return
  dropped.decoration++
  if (m.index === 0) {
    s.decor = true
    return
  }
  // The rule may be one item or several ("¯¯¯" "¯¯¯"), or end an item of text ("phúc ¯¯¯").
  let rest = m[0].trim()
  while (rest && s.items.length) {
    const last = s.items[s.items.length - 1]
    const t = last.str.trim()
    if (t && !rest.endsWith(t)) {
      if (t.endsWith(rest)) {
        const keep = t.slice(0, t.length - rest.length).trimEnd()
        s.items[s.items.length - 1] = { ...last, str: keep, width: (last.width * keep.length) / Math.max(1, t.length) }
      }
      break
    }
    s.items.pop()
    rest = rest.slice(0, rest.length - t.length).trimEnd()
  }
  if (s.items.length) s.x1 = Math.max(...s.items.map((it) => it.x + it.width))
  else s.decor = true
}

function segmentText(s: Segment): string {
  let out = ''
  let prev: TextItem | null = null
  for (const it of s.items) {
    if (prev) {
      const gap = it.x - (prev.x + prev.width)
      if ((it.spaceBefore || isFieldText(it) || isFieldText(prev) || gap > 0.15 * it.height) && !out.endsWith(' ') && !it.str.startsWith(' ')) out += ' '
    }
    out += it.str
    prev = it
  }
  return out.replace(/\s+/g, ' ').trim()
}

const lineText = (l: Line) => l.segments.map(segmentText).join(' ')

function medianSpacing(lines: Line[]): number {
  const d: number[] = []
  for (let i = 1; i < lines.length; i++) d.push(lines[i - 1].y - lines[i].y)
  d.sort((a, b) => a - b)
  return d.length ? d[d.length >> 1] : 14
}

/**
 * Page numbers and running headers/footers: lines in the top or bottom band of a page that are a
 * page number, or whose text (digits masked) recurs in that band on other pages.
 */
function dropFurniture(perPage: Array<{ page: PageItems; lines: Line[] }>, dropped: Layout['dropped']): void {
  const pageNumber = readerRules().pageNumber
  const band = (p: PageItems, l: Line) => {
    const top = p.bottom + p.height
    if (l.y > top - p.height * 0.09) return 'top'
    if (l.y < p.bottom + p.height * 0.09) return 'bottom'
    return null
  }
  const key = (l: Line) => lineText(l).replace(/\d+/g, '#')
  const seen = new Map<string, Set<number>>()
  for (const { page, lines } of perPage)
    for (const l of lines) {
      const b = band(page, l)
      if (!b) continue
      const k = `${b}:${key(l)}`
      let s = seen.get(k)
      if (!s) seen.set(k, (s = new Set()))
      s.add(page.page)
    }
  for (const entry of perPage) {
    entry.lines = entry.lines.filter((l) => {
      const b = band(entry.page, l)
      if (!b) return true
      const furniture = pageNumber.test(lineText(l)) || (perPage.length > 1 && (seen.get(`${b}:${key(l)}`)?.size ?? 0) >= 2)
      if (furniture) dropped.furniture++
      return !furniture
    })
  }
}

/** A stamp's opening line and its field lines ("Email:", "Thời gian ký:") go, segment by segment. */
function dropStamps(lines: Line[], dropped: Layout['dropped']): Line[] {
  const { stamp, stampField } = readerRules()
  const out: Line[] = []
  let open: { x0: number; x1: number; left: number } | null = null
  for (const l of lines) {
    const segments = l.segments.filter((s) => {
      const t = segmentText(s)
      if (stamp.test(t)) {
        open = { x0: s.x0 - 20, x1: s.x1 + 20, left: 6 }
        dropped.stamps++
        return false
      }
      if (open && open.left > 0 && s.x0 >= open.x0 && s.x0 <= open.x1 && stampField.test(t)) {
        open.left--
        dropped.stamps++
        return false
      }
      return true
    })
    if (segments.length) out.push({ ...l, segments })
  }
  return out
}

interface Table {
  start: number
  end: number
  lines: Line[]
  columns: number[]
  rows: string[][]
  /** Items per row and column, for boxes. */
  cellItems: TextItem[][][]
}

/** A table starting at line i: lines of three or more segments that line up in columns. */
function tableAt(lines: Line[], i: number, free: number): Table | null {
  if (lines[i].segments.length < 3) return null
  let end = i + 1
  let wide = 1
  while (end < lines.length) {
    const l = lines[end]
    const gap = lines[end - 1].y - l.y
    if (gap > 3 * Math.max(l.h, lines[end - 1].h)) break
    if (l.segments.length >= 3) wide++
    else if (!inColumnsOf(l, lines.slice(i, end))) break
    end++
  }
  if (wide < 2) return null
  end = bodyAfterTable(lines, i, end)
  // Header cells set lower in their row ("Thời gian" over "thực hiện/" over "hoàn thành") start above.
  let start = i
  // A numbered heading right above the table ("I. NỘI DUNG") is the letter's, never a header cell.
  while (start > free && lines[start - 1].y - lines[start].y <= 1.6 * Math.max(lines[start].h, lines[start - 1].h) && inColumnsOf(lines[start - 1], lines.slice(i, end)) && !opensItem(lines[start - 1])) start--
  const starts = lines
    .slice(i, end)
    .filter((l) => l.segments.length >= 3)
    .flatMap((l) => l.segments.map((s) => s.x0))
    .sort((a, b) => a - b)
  const columns: number[] = []
  for (const x of starts) if (!columns.length || x - columns[columns.length - 1] > 8) columns.push(x)
  const { rows, cellItems } = buildRows(lines.slice(start, end), columns)
  return { start, end, columns, rows, cellItems, lines: lines.slice(start, end) }
}

/**
 * Where the text after a table starts: past the table's last row of three or more cells, the
 * first line that runs across two of its column starts is a paragraph of the page (a heading
 * and the body under it), not a cell's continuation, which stays within its column. A merged
 * row between rows of cells is left in the table.
 */
function bodyAfterTable(lines: Line[], i: number, end: number): number {
  let last = i
  for (let k = i; k < end; k++) if (lines[k].segments.length >= 3) last = k
  const wide = lines.slice(i, last + 1).filter((l) => l.segments.length >= 3)
  const starts = wide.flatMap((l) => l.segments.map((s) => s.x0)).sort((a, b) => a - b)
  const columns: number[] = []
  for (const x of starts) if (!columns.length || x - columns[columns.length - 1] > 8) columns.push(x)
  const left = columns[0]
  const width = Math.max(...wide.map((l) => l.segments[l.segments.length - 1].x1)) - left
  // Cells centred in their column start anywhere in it, so column starts crossed say little by
  // themselves: the body starts in the first column (where only its narrow cells start) or runs
  // over half the table's width.
  const second = columns[1] ?? Infinity
  for (let k = last + 1; k < end; k++) {
    const across = lines[k].segments.some((s) => {
      const crossed = columns.filter((x) => x > s.x0 + 8 && x < s.x1 - 8).length
      return crossed >= 2 && ((s.x0 >= left - 8 && s.x0 < second - 4) || s.x1 - s.x0 > 0.5 * width)
    })
    if (across) return k
  }
  return end
}

function buildRows(lines: Line[], columns: number[]): { rows: string[][]; cellItems: TextItem[][][] } {
  const col = (s: Segment) => {
    let c = 0
    for (let k = 0; k < columns.length; k++) if (columns[k] <= s.x0 + 4) c = k
    return c
  }
  const rows: string[][] = []
  const cellItems: TextItem[][][] = []
  let rowHasFirst = false
  for (const l of lines) {
    const cells: string[] = columns.map(() => '')
    const items: TextItem[][] = columns.map(() => [])
    for (const s of l.segments) {
      if (s.decor) continue
      const c = col(s)
      cells[c] = cells[c] ? `${cells[c]} ${segmentText(s)}` : segmentText(s)
      items[c].push(...s.items)
    }
    // A line with nothing in the first column continues the cells of the row above (so does
    // the first-column line of a row whose other cells began higher up).
    if (rows.length && (cells[0] === '' || !rowHasFirst)) {
      rowHasFirst ||= cells[0] !== ''
      const r = rows[rows.length - 1]
      cells.forEach((t, k) => {
        if (t) r[k] = r[k] ? `${r[k]} ${t}` : t
        cellItems[cellItems.length - 1][k].push(...items[k])
      })
    } else {
      rows.push(cells)
      cellItems.push(items)
      rowHasFirst = cells[0] !== ''
    }
  }
  return { rows, cellItems }
}

/** A line of one or two segments that each fit in a column of the table above. */
function inColumnsOf(l: Line, above: Line[]): boolean {
  const xs = above.filter((a) => a.segments.length >= 3).flatMap((a) => a.segments.map((s) => s.x0))
  if (!xs.length) return false
  const left = Math.min(...xs)
  return l.segments.every((s) => s.x0 >= left - 4 && xs.some((x) => Math.abs(x - s.x0) < 8 || (x < s.x0 && !xs.some((y) => y > x && y < s.x1 - 4))))
}

/**
 * A two-column block starting at line i: lines that leave one vertical band empty, at least two
 * of them with text on both sides. Returns the band and where the block ends.
 */
function columnsAt(lines: Line[], i: number, page: PageItems): { end: number; left: number; right: number } | null {
  const first = lines[i]
  if (first.segments.length !== 2) return null
  let left = first.segments[0].x1
  let right = first.segments[1].x0
  // The letterhead's and the signature block's gutter lies in the middle part of the page, not
  // where a bullet or a list number stands apart from its text.
  const mid = (left + right) / 2 - page.left
  if (mid < page.width * 0.3 || mid > page.width * 0.7) return null
  const centre = page.left + page.width / 2
  let both = 1
  let end = i + 1
  let maxGap = 0
  while (end < lines.length) {
    const l = lines[end]
    if (lines[end - 1].y - l.y > 2.5 * Math.max(l.h, lines[end - 1].h)) break
    // "Kính gửi" (the address) and "PHỤ LỤC" open what follows a letterhead or a signature.
    if (opensPart(l)) break
    let l2 = left
    let r2 = right
    let crosses = false
    let hasLeft = false
    let hasRight = false
    for (const s of l.segments) {
      // A title centred on the page ("KẾ HOẠCH") is below the letterhead, not in a column.
      if (s.x0 < r2 && s.x1 > l2 && Math.abs((s.x0 + s.x1) / 2 - centre) < page.width * 0.04) {
        crosses = true
        break
      }
      if (s.x1 <= l2 + 1) {
        hasLeft = true
        continue
      }
      if (s.x0 >= r2 - 1) {
        hasRight = true
        continue
      }
      // Narrow the band to stay clear of this segment, if it sits on one side.
      if (s.x0 < l2 + 1 && s.x1 < r2 - 8) {
        l2 = s.x1
        hasLeft = true
      } else if (s.x1 > r2 - 1 && s.x0 > l2 + 8) {
        r2 = s.x0
        hasRight = true
      } else crosses = true
    }
    if (crosses || r2 - l2 < 8) break
    // A one-sided line set further apart than any line of the block so far (the title under
    // the letterhead) starts what follows.
    const gap = lines[end - 1].y - l.y
    if (!(hasLeft && hasRight) && maxGap > 0 && gap > 1.3 * maxGap) break
    maxGap = Math.max(maxGap, gap)
    left = l2
    right = r2
    if (hasLeft && hasRight) both++
    end++
  }
  // A signature block may have text on both sides only once: "Nơi nhận:" level with the
  // signer's title, the list under it on the left and the name far below on the right.
  if (both < 2 && !(end > i + 1 && pattern(rules().header, 'header/distribution').test(segmentText(first.segments[0])))) return null
  return { end, left, right }
}

/** Every segment of the line lies on one side of the band [left, right]. */
function fitsSide(l: Line, left: number, right: number): boolean {
  return l.segments.every((s) => s.x1 <= left + 1 || s.x0 >= right - 1)
}

/** A line that starts with the marker of a numbered part (I., 1., 2.3.) of the letter's body. */
function opensItem(l: Line): boolean {
  const t = lineText(l).trimStart()
  return ['structure/roman', 'structure/dotted', 'structure/arabic'].some((id) => pattern(rules().structure, id).test(t))
}

/** Lines that open a new part of the letter and never belong to a letterhead or signature block. */
function opensPart(l: Line): boolean {
  const t = lineText(l).trimStart()
  return pattern(rules().header, 'header/recipients').exec(t)?.index === 0 || pattern(rules().structure, 'structure/appendix').test(t)
}

/**
 * A line of the right column that ran to the right margin and was wrapped ("KT. BỘ TRƯỞNG THỨ
 * TRƯỞNG Lê" / "Công Thành"): the next line's first word would not have fitted. The lines of a
 * letterhead (national name, motto) never wrap into each other.
 */
function wrapsInto(prev: { segs: Segment[]; y: number; h: number }, segs: Segment[], l: Line, edge: number): boolean {
  const head = rules().header
  const last = prev.segs[prev.segs.length - 1]
  const next = segs[0]
  const t = segmentText(next)
  if (prev.y - l.y > 1.3 * Math.max(prev.h, l.h)) return false
  if (/[.:;,/]$/.test(segmentText(last))) return false
  if (['header/motto', 'header/national-name', 'header/party-name', 'header/place-date', 'header/authority-line', 'header/signer-title'].some((id) => pattern(head, id).test(t))) return false
  const firstWord = next.items[0]
  const wordWidth = firstWord ? (firstWord.width * (t.split(' ')[0].length / Math.max(1, firstWord.str.trim().length))) : l.h
  return edge - last.x1 < wordWidth + 0.5 * l.h
}

/** Writes text and records each item's box. */
class Emitter {
  private out = ''
  boxes: BoxRun[] = []
  private lastWasLine = false

  private put(s: string): void {
    this.out += s
  }
  private newline(blank = false): void {
    if (this.out === '') return
    if (!this.out.endsWith('\n')) this.out += '\n'
    if (blank && !this.out.endsWith('\n\n')) this.out += '\n'
  }
  /** Text of items with their boxes; items are written in order, joined as segmentText joins them. */
  private items(items: TextItem[], page: number): void {
    let prev: TextItem | null = null
    for (const it of items) {
      if (prev) {
        const gap = it.x - (prev.x + prev.width)
        const newLine = Math.abs(it.y - prev.y) > 0.4 * Math.max(it.height, prev.height) || it.page !== prev.page
        // A cell's lines are joined; a word split by a hyphen at a cell line's end is joined back.
        const hyphen = newLine && /[\p{L}\d]-$/u.test(this.out)
        if (!hyphen && (newLine || it.spaceBefore || isFieldText(it) || isFieldText(prev) || gap > 0.15 * it.height) && !this.out.endsWith(' ') && !it.str.startsWith(' ')) this.put(' ')
      }
      let s = it.str.replace(/\s+/g, ' ')
      if (this.out.endsWith(' ') || this.out.endsWith('\n') || this.out === '') s = s.trimStart()
      const start = this.out.length
      this.put(s)
      if (s.trim()) this.boxes.push({ start, end: this.out.length, page: it.page ?? page, x: it.x, y: it.y - 0.22 * it.height, width: it.width, height: it.height })
      prev = it
    }
    this.out = this.out.replace(/ +$/, '')
    const last = this.boxes[this.boxes.length - 1]
    if (last && last.end > this.out.length) last.end = this.out.length
  }
  private segments(segments: Segment[], page: number): void {
    segments.filter((s) => !s.decor).forEach((s, k) => {
      if (k) this.put(' ')
      this.items(s.items, page)
    })
  }
  pageBreak(): void {
    this.newline()
  }
  line(l: Line, page: number, blank: boolean): void {
    if (l.segments.every((s) => s.decor)) return
    // A word split by a hyphen at the end of the previous line is joined back ("các-" + "bon").
    const joins = this.lastWasLine && !blank && /[\p{L}\d]-$/u.test(this.out) && /^[\p{L}\d]/u.test(segmentText(l.segments[0]))
    if (!joins) this.newline(blank)
    this.segments(l.segments, page)
    this.lastWasLine = true
  }
  columns(lines: Line[], left: number, right: number, page: number, edge: number): void {
    this.newline(true)
    for (const side of ['left', 'right'] as const) {
      let any = false
      let prev: { segs: Segment[]; y: number; h: number } | null = null
      for (const l of lines) {
        const segs = l.segments.filter((s) => !s.decor && (side === 'left' ? s.x1 <= left + 1 : s.x0 >= right - 1))
        if (!segs.length) continue
        if (!(side === 'right' && prev && wrapsInto(prev, segs, l, edge))) this.newline()
        else this.put(' ')
        this.segments(segs, page)
        prev = { segs, y: l.y, h: l.h }
        any = true
      }
      if (any) this.newline(true)
    }
    this.lastWasLine = false
  }
  table(t: Table, page: number): void {
    this.newline(true)
    t.rows.forEach((row, r) => {
      this.newline()
      this.put('|')
      row.forEach((_, c) => {
        this.put(' ')
        const items = [...t.cellItems[r][c]].sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || b.y - a.y || a.x - b.x)
        const before = this.out.length
        this.items(items, page)
        // A pipe inside a cell would split it.
        if (this.out.slice(before).includes('|')) this.out = this.out.slice(0, before) + this.out.slice(before).replace(/\|/g, '/')
        this.put(' |')
      })
      if (r === 0) {
        this.newline()
        this.put('|' + ' --- |'.repeat(row.length))
      }
    })
    this.newline(true)
    this.lastWasLine = false
  }
  finish(): string {
    // Only the end is trimmed: offsets before it are the boxes' offsets.
    return this.out.replace(/\s+$/, '') + '\n'
  }
}
