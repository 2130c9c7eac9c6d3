/**
 * Task tables: the list of a plan's tasks set as a table (STT | Nhiệm vụ | Cơ quan chủ trì |
 * Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm), found by the wording of its header
 * row (rules/task-table.json). Read in the forms converters leave them: Markdown pipe rows,
 * or a pipe header followed by one cell per line. Rows are labelled by their STT as printed:
 * under their section row ("II.3"), a letter row under the numbered row above it ("1.a"), and
 * in an appendix under the appendix number ("PLII.4"). Section rows are tasks of their own.
 */
import type { Diagnostic, Doc, Line } from '../types.js'
import { evidence } from '../parse/span.js'
import { trace, tracing } from '../explain.js'
import { globalPattern, pattern, rules } from '../lexicon/index.js'
import type { SignatureResult } from './signature.js'
import { agenciesAt, agencyRunAt, type AgencyMention } from '../readers/agencies.js'
import { unique, type Roles } from './roles.js'
import { canonicalAgencyName, fold } from '../readers/names.js'

export interface TableTask {
  label: string
  /** The row this one is printed under (its section or numbered group row), or null. */
  parent: string | null
  start: number
  end: number
  roles: Roles
  deadlineText: string | null
  deadlineOffset: number
}

export type ColumnRole = 'stt' | 'person' | 'support' | 'deadline' | 'lead' | 'product' | 'task'
const ROLE_ORDER: ColumnRole[] = ['stt', 'person', 'support', 'deadline', 'lead', 'product', 'task']

interface Cell {
  start: number
  end: number
  /** A cell laid out over several lines of a text table: its pieces, in reading order. */
  pieces?: Array<{ start: number; end: number }>
}

/** One row as read from the page, before labelling. */
interface RawRow {
  stt: string
  cells: Partial<Record<ColumnRole, Cell>>
  start: number
  end: number
}

interface RawTable {
  headerLine: number
  rows: RawRow[]
  /** Lines the table takes that are not pipe rows (the item finder leaves them alone). */
  lines: number[]
  /** Cells are placed by position: an empty one is a merged cell printed above (not so one cell a line). */
  carries: boolean
}

const T = () => rules().taskTable
const S = () => rules().structure

/** The role of each header cell, by the first pattern of rules/task-table.json its wording matches. */
export function columnRoles(heads: string[]): Array<ColumnRole | null> {
  const roles: Array<ColumnRole | null> = heads.map((h) => {
    const t = h.replace(/\s+/g, ' ').trim()
    if (!t) return null
    for (const role of ROLE_ORDER) if (pattern(T(), `table/${role}`).test(t)) return role
    return null
  })
  // One column per role: the first one that claims it.
  const seen = new Set<ColumnRole>()
  return roles.map((r) => {
    if (!r || seen.has(r)) return null
    seen.add(r)
    return r
  })
}

/** A header that makes a task table: a number, a task and a doer. */
function isTaskHeader(roles: Array<ColumnRole | null>): boolean {
  return roles.includes('stt') && roles.includes('task') && roles.includes('lead')
}

const tablesOf = new WeakMap<Doc, RawTable[]>()

/** Tables whose header names some of a task table's columns but not enough to read its rows. */
const unreadOf = new WeakMap<Doc, Diagnostic[]>()

const COLUMN_WORDS: Record<'stt' | 'task' | 'lead', string> = { stt: 'a row number (STT)', task: 'the task (nội dung, nhiệm vụ)', lead: 'the lead (chủ trì, đơn vị thực hiện)' }

/**
 * A table that names a doer, a support or a time column is meant to assign work; when its other
 * columns are not recognised its rows are read as no tasks, and the clerk is told which heading
 * was missing, with the header row's span.
 */
function noteUnreadHeader(doc: Doc, line: number, roles: Array<ColumnRole | null>): void {
  if (!roles.some((r) => r === 'lead' || r === 'support' || r === 'deadline')) return
  const missing = (['stt', 'task', 'lead'] as const).filter((r) => !roles.includes(r))
  const l = doc.lines[line]
  const heads = (l.cells ?? []).map((c) => doc.text.slice(c.start, c.end).replace(/\*+/g, '').trim())
  const ev = evidence(doc, l.start, l.end)
  const diagnostic: Diagnostic = {
    ruleId: 'table/unread-columns',
    severity: 'info',
    message: `Unexpected table header "${heads.join(' | ')}", expected a column for ${missing.map((r) => COLUMN_WORDS[r]).join(' and ')}: its rows are not read as tasks`,
    span: ev.span,
  }
  const list = unreadOf.get(doc) ?? []
  list.push(diagnostic)
  unreadOf.set(doc, list)
  if (tracing()) trace({ stage: 'tables', ruleId: diagnostic.ruleId, verdict: 'dropped', message: diagnostic.message, start: l.start, end: l.end })
}

/** The warnings for tables that look like task tables but whose columns were not recognised. */
export function tableDiagnostics(doc: Doc): Diagnostic[] {
  readTables(doc)
  return unreadOf.get(doc) ?? []
}

function cellRange(doc: Doc, a: number, b: number): Cell {
  while (a < b && /\s/.test(doc.text[a])) a++
  while (b > a && /\s/.test(doc.text[b - 1])) b--
  return { start: a, end: b }
}

const textOf = (doc: Doc, c: Cell | undefined): string =>
  !c ? '' : c.pieces ? c.pieces.map((p) => doc.text.slice(p.start, p.end)).join(' ') : doc.text.slice(c.start, c.end)

/** Every task table of the letter, read once. */
function readTables(doc: Doc): RawTable[] {
  const cached = tablesOf.get(doc)
  if (cached) return cached
  const out: RawTable[] = []
  const lines = doc.lines
  const seenTables = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i]
    if (!h.cells || h.table === undefined) continue
    // The header is the row before the delimiter, or the first row of a table printed without one.
    if (!h.tableHeader && seenTables.has(h.table)) continue
    seenTables.add(h.table)
    const { roles, sub } = pipeHeaderRoles(doc, lines, i)
    if (!isTaskHeader(roles)) {
      noteUnreadHeader(doc, i, roles)
      continue
    }
    const next = nextContentLine(lines, i + 1)
    if (next >= 0 && lines[next].cells && lines[next].table === h.table) out.push(pipeTable(doc, i, roles, sub))
    else out.push(splitTable(doc, i, roles))
  }
  out.push(...layoutTables(doc))
  const taken = new Set<number>()
  for (const t of out) {
    taken.add(t.headerLine)
    for (const j of t.lines) taken.add(j)
  }
  for (const t of cellLineTables(doc, taken)) {
    out.push(t)
    for (const j of t.lines) taken.add(j)
  }
  out.push(...collapsedTables(doc, taken))
  out.sort((a, b) => a.headerLine - b.headerLine)
  tablesOf.set(doc, out)
  return out
}

function nextContentLine(lines: Line[], from: number): number {
  for (let j = from; j < lines.length; j++) if (!lines[j].blank) return j
  return -1
}

/**
 * The roles of a pipe table's columns, from its header row and the rows under it that only name
 * columns: a two-row header prints "Đơn vị thực hiện" over "Chủ trì | Phối hợp". A converter that
 * drops the cells a rowspan covers moves that second row's cells to the left: they are then the
 * columns under the first header cell that spans several (the empty cells after it).
 */
function pipeHeaderRoles(doc: Doc, lines: Line[], i: number): { roles: Array<ColumnRole | null>; sub: Set<number> } {
  const h = lines[i]
  const heads = h.cells!.map((c) => doc.text.slice(c.start, c.end).replace(/\*+/g, '').trim())
  const sub = new Set<number>()
  const sttRe = pattern(T(), 'table/row-stt')
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const row = lines[j]
    if (row.blank && !row.cells) continue
    if (!row.cells || row.table !== h.table) break
    const texts = row.cells.map((c) => doc.text.slice(c.start, c.end).replace(/\*+/g, '').trim())
    const filled = texts.map((t, k) => (t ? k : -1)).filter((k) => k >= 0)
    // Every filled cell names a column (and none is a row's STT): a header row.
    const numbered = (t: string) => /^\(?(?:[IVX]{1,5}|\d{1,3})[.)]?(?:\s|$)/u.test(t)
    if (!filled.length || filled.some((k) => sttRe.test(texts[k]) || numbered(texts[k]) || texts[k].length > 40 || !columnRoles([texts[k]])[0])) break
    // Where the cells stand under empty header cells or a spanning one, they stay; a run from the
    // left edge under headers of their own is shifted under the first spanning header.
    const spans = (k: number) => k + 1 < heads.length && heads[k] !== '' && heads[k + 1] === ''
    const underSpan = (k: number) => heads[k] === '' || spans(k)
    let at = filled
    if (!filled.every(underSpan) && filled.every((k, n) => k === n)) {
      const first = heads.findIndex((_, k) => spans(k))
      if (first >= 0 && heads.slice(first + 1, first + filled.length).every((t) => t === '')) at = filled.map((k) => first + k)
    }
    if (!at.every((k) => k < heads.length)) break
    at.forEach((k, n) => {
      heads[k] = texts[filled[n]]
    })
    sub.add(j)
  }
  const roles = columnRoles(heads)
  // A number column whose heading was left empty (or reads as none): its cells are the rows' STT.
  const free = roles.findIndex((r) => r === null)
  if (!roles.includes('stt') && free >= 0 && free < roles.indexOf('task')) {
    let numbered = 0
    let filled = 0
    for (let j = i + 1; j < lines.length && (lines[j].table === h.table || j === i + 1); j++) {
      const c = lines[j].cells?.[free]
      if (!c || sub.has(j)) continue
      const t = doc.text.slice(c.start, c.end).replace(/\*+/g, '').trim()
      if (!t) continue
      filled++
      if (sttRe.test(t) || sectionRowText(t)) numbered++
    }
    if (numbered >= 2 && numbered >= 0.8 * filled) roles[free] = 'stt'
  }
  return { roles, sub }
}

/** A cell that opens with a section's number and its heading ("I. NHIỆM VỤ …"). */
const sectionRowText = (t: string): boolean => /^\(?(?:[IVX]{1,5}|\d{1,2})[.)]\s+\p{L}/u.test(t)

/**
 * The rows a cell of raw HTML spans (its rowspan), read from its <td>/<th> tag in the source: the
 * HTML inside a Markdown letter is read where it stands, so the rows under such a cell leave its
 * place out. 1 for a cell of a Markdown pipe row.
 */
function rowSpanOf(doc: Doc, c: Cell): number {
  const at = doc.map[c.start]
  if (at === undefined) return 1
  const tag = /<t[dh](?:\s[^>]*)?>(?:\s|<[^>]*>)*$/iu.exec(doc.source.raw.slice(Math.max(0, at - 400), at))
  const n = tag ? /\browspan\s*=\s*["']?(\d+)/iu.exec(tag[0]) : null
  return n ? Math.max(1, Number(n[1])) : 1
}

/**
 * A row's cells with the places that a cell spanning rows above covers put back as empty cells
 * (an empty cell under one that had text is a merged cell: its text carries down). `covered`
 * counts, for each column, the rows still under such a cell.
 */
function gridCells(doc: Doc, cells: Cell[], covered: number[]): Cell[] {
  const out: Cell[] = []
  let col = 0
  const skip = () => {
    while ((covered[col] ?? 0) > 0) {
      covered[col]--
      const at = out.length ? out[out.length - 1].end : cells[0].start
      out.push({ start: at, end: at })
      col++
    }
  }
  for (const c of cells) {
    skip()
    out.push(c)
    const r = rowSpanOf(doc, c)
    if (r > 1) covered[col] = r - 1
    col++
  }
  for (; col < covered.length; col++) if ((covered[col] ?? 0) > 0) covered[col]--
  return out
}

function pipeTable(doc: Doc, headerLine: number, roles: Array<ColumnRole | null>, sub = new Set<number>()): RawTable {
  const lines = doc.lines
  const h = lines[headerLine]
  const rows: RawRow[] = []
  // Only a table of raw HTML can hold a rowspan.
  const html = /\browspan\s*=/iu.test(doc.source.raw)
  const covered: number[] = []
  if (html) gridCells(doc, h.cells!, covered)
  for (let j = headerLine + 1; j < lines.length; j++) {
    const row = lines[j]
    if (row.blank && !row.cells) {
      // The delimiter row is blank after splitting; a real blank line ends the table.
      if (j === headerLine + 1) continue
      break
    }
    if (!row.cells || row.table !== h.table) break
    const rowCells = html ? gridCells(doc, row.cells, covered) : row.cells
    if (sub.has(j)) continue
    const cells: Partial<Record<ColumnRole, Cell>> = {}
    roles.forEach((r, k) => {
      if (r && rowCells[k]) cells[r] = rowCells[k]
    })
    let stt = textOf(doc, cells.stt).replace(/\*+/g, '').trim()
    const spanning = sectionRow(doc, rowCells, cells.stt)
    if (spanning) {
      stt = spanning.stt
      cells.stt = spanning.sttCell
      cells.task = spanning.task
      delete cells.lead
      delete cells.support
      delete cells.deadline
    }
    rows.push({ stt, cells, start: row.cells[0].start, end: row.cells[row.cells.length - 1].end })
  }
  return { headerLine, rows, lines: [], carries: true }
}

/**
 * A section row printed across the table: its one filled cell opens with the section's number
 * ("I. NHIỆM VỤ THƯỜNG XUYÊN", "| II | Công tác ứng phó |" is read as it stands). The number is
 * the row's STT, the rest its task's text; the row names no doer and no time.
 */
function sectionRow(doc: Doc, cells: Cell[], sttCell: Cell | undefined): { stt: string; sttCell: Cell; task: Cell } | null {
  const filled = cells.filter((c) => c.end > c.start && /\S/.test(doc.text.slice(c.start, c.end)))
  if (filled.length !== 1) return null
  const c = filled[0]
  if (sttCell && c !== sttCell && sttCell.end > sttCell.start) return null
  const t = doc.text.slice(c.start, c.end)
  const m = /^(\*{0,2})\(?([IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)[.)]\s+/u.exec(t)
  if (!m || !/^\p{L}/u.test(t.slice(m[0].length).replace(/^\*+/, ''))) return null
  const numStart = c.start + m[1].length
  const num = m[2]
  return { stt: num, sttCell: { start: numStart, end: numStart + m[0].length - m[1].length }, task: cellRange(doc, c.start + m[0].length, c.end) }
}

/**
 * A pipe header whose rows a converter set one cell per line: a line holding only an STT
 * starts a row, the lines after it fill the columns in order. Header cells that overflowed
 * onto lines of their own before the first row ("Thời gian thực hiện") add columns.
 */
function splitTable(doc: Doc, headerLine: number, headRoles: Array<ColumnRole | null>, from = headerLine + 1): RawTable {
  const lines = doc.lines
  const roles = [...headRoles]
  const rows: RawRow[] = []
  const taken: number[] = []
  const sttRe = pattern(T(), 'table/row-stt')
  const appendixRe = pattern(S(), 'structure/appendix')
  let current: { row: RawRow; lines: Cell[]; order: Array<ColumnRole | null> } | null = null
  let blanks = 0
  const finish = () => {
    if (current) fillSplitRow(doc, current.row, current.lines, current.order)
  }
  for (let j = from; j < lines.length; j++) {
    const l = lines[j]
    if (l.cells) break
    if (l.blank) {
      if (++blanks >= 2) break
      continue
    }
    blanks = 0
    const c = cellRange(doc, l.start + l.indent, l.end)
    const t = textOf(doc, c)
    if (appendixRe.test(t)) break
    if (sttRe.test(t)) {
      finish()
      current = { row: { stt: t, cells: { stt: c }, start: c.start, end: c.end }, lines: [], order: roles.slice(roles.indexOf('stt') + 1) }
      rows.push(current.row)
      taken.push(j)
      continue
    }
    if (!current) {
      // Before the first row: an overflowed header cell, or not a split table at all.
      const [role] = columnRoles([t])
      if (!role || roles.includes(role) || j - from > 3) break
      roles.push(role)
      taken.push(j)
      continue
    }
    current.lines.push(c)
    current.row.end = c.end
    taken.push(j)
  }
  finish()
  return { headerLine, rows: rows.length ? rows : [], lines: rows.length ? taken : [], carries: false }
}

/**
 * The cells of a row printed one per line, in column order. A row with fewer lines than columns
 * may have had two cells glued into one line by the rejoining of hard-wrapped lines (the lead
 * cell and the support cell after it, or a cell and the time): such a line is parted again
 * where a source line break is followed by the name of an agency or by a time.
 */
function fillSplitRow(doc: Doc, row: RawRow, lines: Cell[], order: Array<ColumnRole | null>): void {
  let cells = lines
  if (cells.length < order.length) cells = unglue(doc, cells, order.length - cells.length)
  else if (cells.length > order.length) cells = cells.flatMap((c) => untime(doc, c))
  cells.forEach((c, k) => {
    const role = order[k] ?? null
    if (k < order.length) {
      if (role && !row.cells[role]) row.cells[role] = c
      return
    }
    // A row a page break cut in two prints the rest of its cells again, in column order: each
    // line left over goes on with the first cell that is not finished yet.
    const open = order.find((r): r is ColumnRole => !!r && r !== 'deadline' && !!row.cells[r] && unfinished(doc, r, row.cells[r]!))
    if (!open) return
    const cell = row.cells[open]!
    const pieces = [...(cell.pieces ?? [{ start: cell.start, end: cell.end }]), { start: c.start, end: c.end }]
    row.cells[open] = { start: cell.start, end: c.end, pieces }
  })
}

/** Whether a cell's text stops short (and was not continued yet): a task without its final stop, agencies whose last words read as no name. */
function unfinished(doc: Doc, role: ColumnRole, c: Cell): boolean {
  if (c.pieces) return false
  const t = doc.text.slice(c.start, c.end).trimEnd()
  if (role === 'task') return !/[.;:!?)]$/u.test(t)
  if (role !== 'lead' && role !== 'support') return false
  if (pattern(T(), 'table/list-open').test(t)) return true
  const run = agencyRunAt(doc.text.slice(0, c.end), c.start)
  const end = run.mentions.length ? run.mentions[run.mentions.length - 1].end : c.start
  return /\p{L}/u.test(doc.text.slice(end, c.end))
}

/** A time cell with what a page break printed after it glued on ("Quý IV/2026, 2027 kết quả …"): two lines. */
function untime(doc: Doc, c: Cell): Cell[] {
  const raw = doc.source.raw
  const timeCell = pattern(T(), 'table/time-cell')
  for (let p = c.start + 1; p < c.end; p++) {
    if (!/\s/.test(doc.text[p]) || (raw[doc.map[p]] !== '\n' && raw[doc.map[p]] !== '\r')) continue
    const before = doc.text.slice(c.start, p)
    const m = timeCell.exec(before)
    if (m && !/\p{L}/u.test(before.slice(m[0].length)) && /^\p{Ll}/u.test(doc.text.slice(p + 1, p + 2))) return [cellRange(doc, c.start, p), cellRange(doc, p + 1, c.end)]
  }
  return [c]
}

/** Parts at most `wanted` glued cells: at source line breaks the layout stage turned into spaces, before an agency's name or a time. */
function unglue(doc: Doc, cells: Cell[], wanted: number): Cell[] {
  const out: Cell[] = []
  const raw = doc.source.raw
  const listOpen = pattern(T(), 'table/list-open')
  const timeCell = pattern(T(), 'table/time-cell')
  for (const c of cells) {
    let from = c.start
    for (let p = c.start + 1; p < c.end && wanted > 0; p++) {
      if (!/\s/.test(doc.text[p]) || (raw[doc.map[p]] !== '\n' && raw[doc.map[p]] !== '\r')) continue
      const next = p + 1
      // Only before a capital that opens an agency name, and never inside a list ("Sở A,\nSở B").
      if (!/^\p{Lu}/u.test(doc.text.slice(next, next + 1)) || listOpen.test(doc.text.slice(from, p))) continue
      const rest = doc.text.slice(next, c.end)
      if (!agenciesAt(doc.text.slice(0, c.end), next).length && !(rest.length <= 40 && timeCell.test(rest))) continue
      out.push(cellRange(doc, from, p))
      from = next
      wanted--
    }
    out.push(cellRange(doc, from, c.end))
  }
  return out
}

/** Lines that belong to task tables printed without pipe rows: they are rows, not items. */
export function tableLines(doc: Doc): Set<number> {
  const out = new Set<number>()
  for (const t of readTables(doc)) for (const j of t.lines) out.add(j)
  return out
}

interface Labelled {
  row: RawRow
  label: string
  parent: string | null
  /** Cells carried down from the row above (a merged cell prints once). */
  lead: Cell | undefined
  support: Cell | undefined
  deadline: Cell | undefined
  /** Rows printed under it without an STT of their own ("-", or the STT cell merged): part of it. */
  also: RawRow[]
}

/**
 * Labels rows by their STT: a Roman row opens a section ("II", then "II.1"…), a sub-heading
 * "II.1" inside section II only groups rows, a letter row hangs under the numbered row above
 * it. An empty lead or time cell under a row that had one is a merged cell: it carries down.
 */
function labelRows(doc: Doc, rows: RawRow[], carries: boolean): Labelled[] {
  const out: Labelled[] = []
  let section = ''
  let sub = ''
  let restarted = false
  let lastNum = 0
  let group: string | null = null
  let carry: { lead?: Cell; support?: Cell; deadline?: Cell } = {}
  const norm = (s: string) => s.replace(/^\(|[.)]+$/g, '').trim()
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]
    const stt = norm(row.stt)
    if (!stt || /^[-–+•*]$/u.test(stt)) {
      // A row without a number of its own belongs to the numbered row above it (its STT cell is
      // merged, or it is a bullet of that row's work).
      const owner = out[out.length - 1]
      const filled = (['task', 'lead', 'support', 'deadline'] as const).some((r) => row.cells[r] && /\p{L}|\d/u.test(textOf(doc, row.cells[r])))
      if (owner && carries && filled) owner.also.push(row)
      continue
    }
    const nextStt = rows[k + 1] ? norm(rows[k + 1].stt) : ''
    if (/^[IVX]+$/.test(stt)) {
      section = stt
      sub = ''
      restarted = false
      lastNum = 0
      group = null
      carry = {}
      out.push({ row, label: stt, parent: null, lead: row.cells.lead, support: row.cells.support, deadline: row.cells.deadline, also: [] })
      continue
    }
    const subHeading = /^([IVX]+)\.(\d+)$/.exec(stt)
    if (subHeading) {
      if (subHeading[1] === section) sub = stt
      carry = {}
      continue
    }
    const base = section ? `${section}.` : ''
    if (/^\d+(?:\.\d+)*$/.test(stt)) {
      const num = Number(stt.split('.')[0])
      // Rows numbered again from 1 under each sub-heading are labelled under it.
      if (sub && !stt.includes('.') && num <= lastNum) restarted = true
      if (!stt.includes('.')) lastNum = num
      const local = restarted && sub ? `${sub}.${stt}` : `${base}${stt}`
      const dotted = stt.includes('.') ? `${base}${stt.split('.').slice(0, -1).join('.')}` : null
      const isGroup = /^[a-zđ]$/.test(nextStt) || nextStt.startsWith(`${stt}.`)
      if (!stt.includes('.')) group = local
      const filled = fill(doc, row, carry, isGroup || !carries)
      out.push({ row, label: local, parent: dotted ?? (restarted && sub ? sub : section || null), ...filled, also: [] })
      continue
    }
    if (/^[a-zđ](?:\.\d+)?$/.test(stt) && group) {
      const filled = fill(doc, row, carry, !carries)
      out.push({ row, label: `${group}.${stt}`, parent: group, ...filled, also: [] })
    }
  }
  return out
}

/** The row's agency and time cells, an empty one taken from the row above when that was merged. */
function fill(doc: Doc, row: RawRow, carry: { lead?: Cell; support?: Cell; deadline?: Cell }, noCarry: boolean) {
  const has = (c: Cell | undefined) => !!c && c.end > c.start && textOf(doc, c).replace(/[-–—\s]/g, '') !== ''
  const hasTask = has(row.cells.task)
  let lead = has(row.cells.lead) ? row.cells.lead : undefined
  let support = has(row.cells.support) ? row.cells.support : undefined
  let deadline = has(row.cells.deadline) ? row.cells.deadline : undefined
  // A group row only heads its sub-rows: it neither carries down nor takes a merged cell.
  if (noCarry) return { lead, support, deadline }
  if (!lead && hasTask && carry.lead) {
    lead = carry.lead
    if (!support) support = carry.support
  }
  if (!deadline && hasTask && carry.deadline) deadline = carry.deadline
  if (lead) {
    carry.lead = lead
    carry.support = support
  }
  if (deadline) carry.deadline = deadline
  return { lead, support, deadline }
}

/**
 * Tables of a plan that number no rows (no STT column: "Thời gian | Nội dung | Bộ phận thực
 * hiện"): their rows are no tasks of their own but part of the item that holds the table, so
 * their lead and support cells are that item's doers. Pipe tables only (one cell a column).
 */
const unnumberedOf = new WeakMap<Doc, Array<{ start: number; end: number; roles: Roles }>>()

export function unnumberedTables(doc: Doc): Array<{ start: number; end: number; roles: Roles }> {
  const cached = unnumberedOf.get(doc)
  if (cached) return cached
  const out: Array<{ start: number; end: number; roles: Roles }> = []
  unnumberedOf.set(doc, out)
  const lines = doc.lines
  const seen = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i]
    if (!h.cells || h.table === undefined || seen.has(h.table)) continue
    seen.add(h.table)
    const { roles, sub } = pipeHeaderRoles(doc, lines, i)
    if (roles.includes('stt') || !roles.includes('task') || !roles.includes('lead')) continue
    const table = pipeTable(doc, i, roles, sub)
    const lead: AgencyMention[] = []
    const support: AgencyMention[] = []
    for (const r of table.rows) {
      if (r.cells.lead) lead.push(...cellAgencies(doc, doc.text, r.cells.lead.start, r.cells.lead.end, true))
      if (r.cells.support) support.push(...cellAgencies(doc, doc.text, r.cells.support.start, r.cells.support.end, true))
    }
    if (!table.rows.length) continue
    const leads = unique(lead)
    const names = new Set(leads.map((x) => x.name))
    out.push({ start: h.start, end: table.rows[table.rows.length - 1].end, roles: { lead: leads, support: unique(support).filter((x) => !names.has(x.name)), reportTo: [] } })
  }
  return out
}

/** An item's roles with those of the unnumbered tables printed inside [from, to) added (for tasks.ts). */
export function withUnnumberedTables(doc: Doc, roles: Roles, from: number, to: number): Roles {
  const inside = unnumberedTables(doc).filter((t) => t.start >= from && t.start < to)
  if (!inside.length) return roles
  const lead = unique([...roles.lead, ...inside.flatMap((t) => t.roles.lead)])
  const names = new Set(lead.map((x) => x.name))
  const support = unique([...roles.support, ...inside.flatMap((t) => t.roles.support)]).filter((x) => !names.has(x.name))
  return { ...roles, lead, support }
}

export function readTableTasks(doc: Doc, sig: SignatureResult): TableTask[] {
  const out: TableTask[] = []
  const inTables = tableLines(doc)
  for (const table of readTables(doc)) {
    const prefix = appendixPrefix(doc, table.headerLine, sig, inTables)
    const at = (l: string) => (prefix ? `${prefix}.${l}` : l)
    for (const r of labelRows(doc, table.rows, table.carries)) {
      // Cells list agencies separated by commas, semicolons and "và".
      const runOf = (c: Cell | undefined) => (!c ? [] : c.pieces ? piecedRun(doc, c.pieces) : cellAgencies(doc, doc.text, c.start, c.end, true))
      // A cell laid out in text columns may open with a stray piece of the column beside it ("80%").
      const firstRun = (c: Cell | undefined) => {
        if (!c?.pieces) return runOf(c)
        for (let k = 0; k < c.pieces.length; k++) {
          const found = piecedRun(doc, c.pieces.slice(k))
          if (found.length) return found
        }
        return []
      }
      const has = (c: Cell | undefined): c is Cell => !!c && /\p{L}|\d/u.test(textOf(doc, c))
      const marked = byMarks(doc, unique([...firstRun(r.lead), ...r.also.flatMap((x) => runOf(x.cells.lead))]))
      const leads = marked.lead
      const leadNames = new Set(leads.map((x) => x.name))
      const support = unique([...marked.support, ...runOf(r.support), ...r.also.flatMap((x) => runOf(x.cells.support))]).filter((x) => !leadNames.has(x.name))
      const roles: Roles = { lead: leads, support, reportTo: [] }
      // The row's own time, else the last one its unnumbered rows print (the work done by then).
      const due = r.deadline ?? r.also.map((x) => x.cells.deadline).filter(has).pop()
      const last = r.also[r.also.length - 1]
      out.push({
        label: at(r.label),
        parent: r.parent ? at(r.parent) : null,
        start: r.row.start,
        end: last ? last.end : r.row.end,
        roles,
        deadlineText: due ? maskedText(doc, due) : null,
        deadlineOffset: due ? due.start : r.row.start,
      })
    }
  }
  return out
}

/**
 * A doer cell that marks its names' roles ("Sở Khoa học và Công nghệ (chủ trì); các sở, ngành
 * liên quan", "Sở Y tế chủ trì, Sở Tài chính phối hợp"): the names marked chủ trì lead and the
 * others support; with only "phối hợp" marks, the marked names support. Unmarked, all lead.
 */
function byMarks(doc: Doc, names: AgencyMention[]): { lead: AgencyMention[]; support: AgencyMention[] } {
  const after = (m: AgencyMention) => doc.text.slice(m.end, m.end + 30)
  const leadMark = names.map((m) => pattern(T(), 'table/lead-mark').test(after(m)))
  const supportMark = names.map((m) => pattern(T(), 'table/support-mark').test(after(m)))
  if (leadMark.some(Boolean)) return { lead: names.filter((_, k) => leadMark[k]), support: names.filter((_, k) => !leadMark[k]) }
  if (supportMark.some(Boolean) && !supportMark.every(Boolean)) return { lead: names.filter((_, k) => !supportMark[k]), support: names.filter((_, k) => supportMark[k]) }
  return { lead: names, support: [] }
}

/**
 * The agencies of a cell laid out over several lines: read on its pieces joined by spaces,
 * each mention mapped back to the offsets of the pieces it was read from.
 */
function piecedRun(doc: Doc, all: Array<{ start: number; end: number }>): AgencyMention[] {
  // Figures that strayed in from the column beside ("80%") are no part of a name.
  const pieces = all.filter((p) => /\p{L}/u.test(doc.text.slice(p.start, p.end)))
  if (!pieces.length) return []
  let joined = ''
  const at: number[] = []
  for (const p of pieces) {
    if (joined) {
      joined += ' '
      at.push(p.start)
    }
    for (let k = p.start; k < p.end; k++) at.push(k)
    joined += doc.text.slice(p.start, p.end)
  }
  at.push(pieces[pieces.length - 1].end)
  // A name may open after the run stopped where a new line of the cell or a ";" starts it, unless
  // it opens a person's title (the person column's text beside it).
  const lineStarts = new Set<number>()
  let off = 0
  pieces.forEach((p, k) => {
    const prev = pieces[k - 1]
    const between = prev ? doc.source.raw.slice(doc.map[prev.end - 1] ?? 0, doc.map[p.start] ?? 0) : ''
    if (prev && /[\n\r]/.test(between)) lineStarts.add(off)
    off += p.end - p.start + 1
  })
  const person = pattern(T(), 'table/person-cue')
  const goOn = (q: number, sep: string) => (lineStarts.has(q) || sep.includes(';')) && !person.test(joined.slice(q))
  return cellAgencies(doc, joined, 0, joined.length, false, goOn).map((m) => ({ ...m, start: at[m.start], end: at[m.end - 1] + 1 }))
}

/**
 * The agencies of one agency cell, read from text[from, to). A cell names one agency unless it
 * parts several: by a break inside the cell (a paragraph or "<br>" of a converted table; a line
 * break where no name runs across it), by ";", by a dash or bullet before a new name ("Trung tâm
 * Dữ liệu - Phòng Kỹ thuật"; "Phòng Kế hoạch - Tài chính" is one name), or as the agency reader
 * enumerates them ("Sở A, Sở B và các đơn vị liên quan"). Lower-case words that start no new name
 * after the last one read still belong to it ("Cục Văn hóa cơ sở, gia đình và thư viện",
 * "Chi cục Thủy lợi các tỉnh ven biển"). `breaks`: the text is doc.text itself (offsets into it,
 * so the source's breaks can be seen); else a cell pieced together from text columns.
 */
function cellAgencies(doc: Doc, text: string, from: number, to: number, breaks: boolean, goOn: (p: number, sep: string) => boolean = () => true): AgencyMention[] {
  const cuts: number[] = []
  if (breaks) {
    const raw = doc.source.raw
    const whole = agencyRunAt(text.slice(0, to), from).mentions
    const listOpen = pattern(T(), 'table/list-open')
    for (let p = from + 1; p < to; p++) {
      const a = doc.map[p - 1]
      const b = doc.map[p]
      if (a === undefined || b === undefined) continue
      const between = raw.slice(a + 1, b)
      // An explicit break of the cell ("<br>", a paragraph): a new part, unless a name goes on
      // after it in lower case ("Sở Tài nguyên<br>và Môi trường") or the text before it goes on
      // ("Sở Nông nghiệp và<br>Môi trường": the reader reads the list or the name whole).
      if (/<br\s*\/?>|<\/p>/iu.test(between) && !/\p{Ll}/u.test(text[p] ?? '') && !listOpen.test(text.slice(from, p))) {
        cuts.push(p)
        continue
      }
      // A source line break: a new part where no name read on the whole cell runs across it.
      const nl = /\s/.test(text[p]) && (raw[b] === '\n' || raw[b] === '\r')
      if (nl && !whole.some((m) => m.start < p && m.end > p + 1)) cuts.push(p + 1)
    }
  }
  // A semicolon parts two names; in a cell pieced together from text columns the run is read as it
  // goes on from the first name (a piece that strayed in from the row above may hold one).
  if (breaks) for (let p = from; p < to; p++) if (text[p] === ';') cuts.push(p)
  const bounds = [from, ...cuts.filter((c) => c > from && c < to).sort((x, y) => x - y), to]
  const out: AgencyMention[] = []
  for (let k = 0; k + 1 < bounds.length; k++) {
    let a = bounds[k]
    const b = bounds[k + 1]
    // Separators and bullets that open a part ("; ", "- ", "+ ").
    while (a < b && /[\s;,.\-–+•*]/u.test(text[a])) a++
    if (a >= b) continue
    for (const [pa, pb] of dashParts(text, a, b)) out.push(...partAgencies(text, pa, pb, goOn, breaks))
  }
  return out
}

/** A part split again at a dash that a new agency name follows ("Trung tâm Dữ liệu - Phòng Kỹ thuật"). */
function dashParts(text: string, a: number, b: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = a
  const re = /\s[-–]\s+/gu
  re.lastIndex = a
  const s = text.slice(0, b)
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const next = m.index + m[0].length
    const found = agenciesAt(s, next)
    if (found.length && found[0].start === next && m.index > from) {
      out.push([from, m.index])
      from = next
    }
  }
  out.push([from, b])
  return out
}

/**
 * The agencies of one part of a cell: the reader's run; a new name that opens (with a capital)
 * after the run stopped starts another run; the last name takes the lower-case words left
 * after it.
 */
function partAgencies(text: string, a: number, b: number, goOn: (p: number, sep: string) => boolean, loose = false): AgencyMention[] {
  const out: AgencyMention[] = []
  let from = a
  for (let guard = 0; guard < 12 && from < b; guard++) {
    const read = agencyRunAt(text.slice(0, b), from).mentions.flatMap((m) => unjoined(text, m))
    // A name the reader does not know, printed alone where the cell parts it, is still the cell's body.
    const named = !read.length && loose ? looseName(text, from, b) : null
    const run = named ? [named] : read
    if (!run.length) break
    const tail = withTail(text, run, b)
    out.push(...tail)
    const last = tail[tail.length - 1]
    let next = last.end
    // A role mark after the name ("(chủ trì)", "phối hợp") is passed over to the next name.
    const mark = pattern(T(), 'table/lead-mark').exec(text.slice(next, b)) ?? pattern(T(), 'table/support-mark').exec(text.slice(next, b))
    if (mark) next += mark[0].length
    while (next < b && /[\s,.;:\-–+]/u.test(text[next])) next++
    if (next >= b || !/^\p{Lu}/u.test(text[next])) break
    const found = agenciesAt(text.slice(0, b), next)
    const known = found.length > 0 && found[0].start === next
    if (!(known || (loose && looseName(text, next, b))) || !goOn(next, text.slice(last.end, next))) break
    from = next
  }
  return out
}

/**
 * A body's name the agency reader does not know ("Liên minh Hợp tác xã tỉnh", "Quỹ Hỗ trợ phát
 * triển hợp tác xã tỉnh"), read in a doer cell where the cell parts it: from a capital up to a
 * comma, semicolon or bracket (or the next name the reader knows), two to ten words of letters,
 * a capital after the first word (a proper name's mark) but not every word capitalised (a
 * person's name), and no opening that names no body (rules/task-table.json table/loose-name-stop,
 * a person's title, a time).
 */
function looseName(text: string, a: number, b: number): AgencyMention | null {
  if (!/^\p{Lu}/u.test(text[a] ?? '')) return null
  let end = a
  while (end < b && !/[,;()\[\]\n]/u.test(text[end])) end++
  // A name the reader knows, after "và" or a dash, ends this one.
  const joinRe = globalPattern(T(), 'table/name-join')
  joinRe.lastIndex = a
  for (let m = joinRe.exec(text.slice(0, end)); m; m = joinRe.exec(text.slice(0, end))) {
    const at = m.index + m[0].length
    const found = agenciesAt(text.slice(0, end), at)
    if (found.length && found[0].start === at) {
      end = m.index
      break
    }
  }
  const printed = text.slice(a, end).replace(/[\s.:\-–]+$/u, '')
  const words = printed.split(/\s+/u)
  if (words.length < 2 || words.length > 10 || !words.every((w) => /^[\p{L}&]+$/u.test(w))) return null
  const capital = (w: string) => /^\p{Lu}/u.test(w)
  if (!words.slice(1, 4).some(capital) || words.every(capital)) return null
  if (pattern(T(), 'table/loose-name-stop').test(printed) || pattern(T(), 'table/person-cue').test(printed) || pattern(T(), 'table/time-cell').test(printed)) return null
  return { start: a, end: a + printed.length, name: canonicalAgencyName(printed), printed, kind: 'other', collective: false }
}

/**
 * A name the reader ran on over the start of another, where a cell's break between them was
 * lost (a converter's space for a paragraph): "Trung tâm Dữ liệu Phòng Kỹ thuật", "Văn phòng Cục
 * Các cơ quan báo chí". Parted where a capitalised word opens a name that runs to the end and is
 * not the body the first one belongs to: one of the same kind, a division (phòng), or a collective.
 * "Đảng ủy Ủy ban nhân dân tỉnh" and "Văn phòng Cục" stay whole.
 */
function unjoined(text: string, m: AgencyMention, loose = false): AgencyMention[] {
  // A collective's name runs over the heads it gathers ("các đơn vị thuộc các Bộ có liên quan").
  if (m.collective) return [m]
  const link = pattern(T(), 'table/link-word')
  const re = /\s(?=\p{Lu})/gu
  re.lastIndex = m.start + 1
  const s = text.slice(0, m.end)
  for (let hit = re.exec(s); hit; hit = re.exec(s)) {
    const p = hit.index + 1
    const inner = agenciesAt(s, p)
    if (!inner.length || inner[0].start !== p || inner[inner.length - 1].end !== m.end) continue
    const head = agenciesAt(text.slice(0, hit.index), m.start)
    if (!head.length || head[0].start !== m.start || head[head.length - 1].end < hit.index - 1) continue
    const k = inner[0]
    const before = /(\p{L}+)\s*$/u.exec(text.slice(m.start, hit.index))
    if (before && link.test(before[1])) continue
    const owns = m.kind === 'dang' || m.kind === 'cuc' || m.kind === 'to-cong-tac' || m.kind === 'don-vi-co-so'
    // Loose (two cells run together in a collapsed row, a support cell after the lead's): any new
    // name after a whole one, but not after a bare head ("Văn phòng UBND tỉnh", "Đảng ủy Ủy ban").
    if (loose) {
      if (m.kind === 'dang' || bareHead(text.slice(m.start, hit.index))) continue
    } else {
      if (owns && !k.collective) continue
      if (!(k.collective || k.kind === m.kind || k.kind === 'phong')) continue
    }
    return [...head, ...inner.flatMap((x) => unjoined(text, x, loose))]
  }
  return [m]
}

/**
 * Whether lower-case words left alone on a line of a collapsed row can end the lead's name: they
 * open or end with a locality or a scope ("tỉnh", "cấp huyện", "thủy lợi tỉnh"); other words go
 * on with the task's text ("đê\nđiều").
 */
function placeWords(t: string): boolean {
  const f = fold(t.trim())
  const a = rules().agencies
  return [...a.localityUnits, ...a.scopeQualifiers].some((w) => {
    const u = fold(w)
    return f === u || f.startsWith(`${u} `) || f.endsWith(` ${u}`)
  })
}

/** Whether a name is only a kind's head ("Văn phòng", "Ban Thường vụ"): it names the body after it. */
function bareHead(t: string): boolean {
  const f = fold(t.trim())
  return rules().agencies.kinds.some((k) => k.heads.some((h) => fold(h) === f))
}

/** The run with its last name taking the lower-case words left after it, up to b. */
function withTail(text: string, mentions: AgencyMention[], b: number): AgencyMention[] {
  const last = mentions[mentions.length - 1]
  const tailStart = last.end
  // Up to a capital that may open the next name (the caller reads on from there).
  const cap = /\s\p{Lu}/u.exec(text.slice(tailStart, b))
  const tail = text.slice(tailStart, cap ? tailStart + cap.index : b).replace(/[\s.;,:\-–]+$/u, '')
  if (!tail.trim() || last.collective) return mentions
  // Only lower-case words (a comma or "và" between them), a few, none opening a name or a role.
  if (!/^,?\s+\p{Ll}[\p{L}\s,]*$/u.test(tail) || tail.split(/\s+/).filter(Boolean).length > 8) return mentions
  const stop = pattern(T(), 'table/name-stop')
  for (const w of tail.matchAll(/\p{L}+/gu)) {
    const at = tailStart + w.index!
    if (stop.test(text.slice(at, tailStart + tail.length))) return mentions
    const found = agenciesAt(text.slice(0, tailStart + tail.length), at)
    if (found.length && found[0].start === at) return mentions
  }
  const end = tailStart + tail.length
  const extra = text.slice(tailStart, end)
  return [...mentions.slice(0, -1), { ...last, end, name: last.name + extra, printed: last.printed + extra }]
}

/**
 * A cell's text as the deadline reader takes it: offsets kept (it reports spans from them), so a
 * cell over several lines reads as its own text with everything between its pieces blanked out.
 */
function maskedText(doc: Doc, c: Cell): string {
  if (!c.pieces) return doc.text.slice(c.start, c.end)
  const chars = new Array<string>(c.end - c.start).fill(' ')
  for (const p of c.pieces) for (let k = p.start; k < p.end; k++) chars[k - c.start] = doc.text[k]
  return chars.join('')
}

/**
 * "PL" for a table printed under "PHỤ LỤC" (or under a "Kèm theo …" line), "PLII" under
 * "PHỤ LỤC II"; "" for a table inside the numbered body, which is labelled under its item.
 */
function appendixPrefix(doc: Doc, headerLine: number, sig: SignatureResult, inTables: Set<number>): string {
  const appendixRe = pattern(S(), 'structure/appendix')
  const attachedRe = pattern(S(), 'structure/attached')
  const markerIds = ['structure/dieu', 'structure/roman', 'structure/arabic', 'structure/dotted', 'structure/letter']
  let attached = false
  let seen = 0
  for (let k = headerLine - 1; k >= 0 && seen < 40; k--) {
    const l = doc.lines[k]
    // A table continued on the next page is under the heading of its first part.
    if (l.blank || inTables.has(k)) continue
    seen++
    if (k < sig.end && k >= sig.start) break
    const texts = l.cells ? l.cells.map((c) => doc.text.slice(c.start, c.end)) : [doc.text.slice(l.start + l.indent, l.end)]
    for (const t of texts) {
      const m = appendixRe.exec(t.trim())
      if (m) return `PL${m.groups?.n ?? ''}`
      if (attachedRe.test(t.trim())) attached = true
    }
    if (!l.cells && markerIds.some((id) => pattern(S(), id).test(texts[0]))) return ''
  }
  return attached || headerLine >= sig.end ? 'PL' : ''
}

// ---------------------------------------------------------------------------------------------
// Text tables: a PDF converted with its layout kept prints a table as columns of text aligned
// by spaces, each cell over several lines, the STT on the row's middle line.

interface Word {
  x: number
  start: number
  end: number
  /** The word follows a line break the layout stage rejoined (its x is read from the source line). */
  joined: boolean
  /** The first word after such a break. */
  brk: boolean
}

/** The words of a line with their column (x) on the printed line. */
/** The line's words where the source prints them, or only its first `max` (several callers look at the first). */
function wordsOf(doc: Doc, l: Line, max = Infinity): Word[] {
  const out: Word[] = []
  const lineStart = doc.text.lastIndexOf('\n', l.start - 1) + 1
  const raw = doc.source.raw
  let joined = false
  let brk = false
  let x = l.start - lineStart
  for (let p = l.start; p < l.end && out.length < max; ) {
    const c = doc.text[p]
    if (c === ' ' || c === '\t') {
      // A line break the layout stage turned into a space: what follows stands where the source
      // line prints it.
      if (raw[doc.map[p]] === '\n' || raw[doc.map[p]] === '\r') joined = brk = true
      p++
      x++
      continue
    }
    let q = p
    while (q < l.end && doc.text[q] !== ' ' && doc.text[q] !== '\t') q++
    if (joined) {
      const r = doc.map[p]
      x = r - (raw.lastIndexOf('\n', r - 1) + 1)
    }
    out.push({ x, start: p, end: q, joined, brk })
    brk = false
    x += q - p
    p = q
  }
  return out
}

interface Column {
  role: ColumnRole | null
  from: number
  to: number
}

/**
 * The header's columns: a column break is a position no header word covers that falls in a gap
 * of two or more spaces on some header line, or two such positions side by side ("Cơ quan, tổ chức Cá nhân phụ trách" on one
 * line still splits where the line below prints "đảng   đạo, kiểm tra").
 */
function headerColumns(doc: Doc, block: Line[]): Column[] | null {
  const words = withoutSpanning(doc, block.map((l) => wordsOf(doc, l).filter((w) => !w.joined)))
  const width = Math.max(...words.flat().map((w) => w.x + w.end - w.start), 0)
  const covered = new Uint8Array(width + 1)
  const gap = new Uint8Array(width + 1)
  for (const ws of words) {
    for (const w of ws) for (let x = w.x; x < w.x + w.end - w.start; x++) covered[x] = 1
    for (let k = 1; k < ws.length; k++) {
      const a = ws[k - 1].x + ws[k - 1].end - ws[k - 1].start
      const b = ws[k].x
      // A wide gap over which another line prints whole words (the second row of a two-row
      // header under the first's gap) parts nothing by itself.
      const holds = words.some((other) => other !== ws && other.some((w) => w.x >= a && w.x + w.end - w.start <= b))
      if (b - a >= 2 && !holds) for (let x = a; x < b; x++) gap[x] = 1
    }
  }
  const spans: Array<[number, number]> = []
  let from = -1
  for (let x = 0; x <= width; x++) {
    if (x < width && covered[x]) {
      if (from < 0) from = x
    } else if (from >= 0 && (x === width || gap[x] || !covered[x + 1])) {
      spans.push([from, x])
      from = -1
    }
  }
  // The STT heading printed one space before the task's ("STT Nội dung nhiệm vụ") is a column of its own.
  const sttHead = pattern(T(), 'table/stt')
  for (const ws of words) {
    const w = ws[0]
    const next = ws[1]
    const span = w && next ? spans.find(([a, b]) => a <= w.x && next.x < b) : undefined
    if (span && sttHead.test(doc.text.slice(w.start, w.end)) && next.x - (w.x + w.end - w.start) === 1) {
      spans.splice(spans.indexOf(span), 1, [span[0], w.x + w.end - w.start], [next.x, span[1]])
      break
    }
  }
  if (spans.length < 3) return null
  const texts = spans.map(([a, b]) =>
    words
      .flat()
      .filter((w) => w.x >= a && w.x < b)
      .map((w) => doc.text.slice(w.start, w.end))
      .join(' '),
  )
  const roles = columnRoles(texts)
  if (!isTaskHeader(roles)) return null
  return spans.map(([a, b], k) => ({ role: roles[k], from: a, to: b }))
}

/**
 * A two-row header prints a heading over the columns it groups ("Đơn vị thực hiện" over "Chủ trì"
 * and "Phối hợp"): a group of words (one space apart) that covers a gap of two spaces or more
 * between two groups of another header line, both under it, names no column of its own.
 */
function withoutSpanning(doc: Doc, lines: Word[][]): Word[][] {
  const groupsOf = (ws: Word[]) => {
    const out: Word[][] = []
    ws.forEach((w, k) => {
      const p = ws[k - 1]
      if (!p || w.x - (p.x + p.end - p.start) >= 2) out.push([w])
      else out[out.length - 1].push(w)
    })
    return out
  }
  const xs = (g: Word[]): [number, number] => [g[0].x, g[g.length - 1].x + g[g.length - 1].end - g[g.length - 1].start]
  const all = lines.map(groupsOf)
  const spanning = new Set<Word>()
  all.forEach((groups, n) => {
    for (const g of groups) {
      const [a, b] = xs(g)
      // The headings under it name columns themselves ("Chủ trì", "Phối hợp"); two headings run
      // together one space apart ("tổ chức Cá nhân phụ trách") are over their own next lines.
      const named = (o: Word[]) => columnRoles([doc.text.slice(o[0].start, o[o.length - 1].end)])[0] !== null
      const covers = all.some((other, m) => {
        if (m <= n) return false
        const under = other.filter((o) => {
          const [c, d] = xs(o)
          return c < b && d > a
        })
        return under.length >= 2 && under.every(named)
      })
      if (covers) for (const w of g) spanning.add(w)
    }
  })
  return lines.map((ws) => ws.filter((w) => !spanning.has(w)))
}

/** Where one column ends and the next starts on the data lines: the position fewest words cross. */
function columnBounds(doc: Doc, cols: Column[], data: Line[]): number[] {
  const bounds: number[] = []
  const wordsByLine = data.map((l) => wordsOf(doc, l))
  const crossed = (x: number) => {
    let count = 0
    for (const ws of wordsByLine) for (const w of ws) if (w.x < x && w.x + w.end - w.start > x) count++
    return count
  }
  // Where a group of words set apart by two spaces or more starts: a cell's text starts one.
  const starts = new Set<number>()
  for (const ws of wordsByLine)
    ws.forEach((w, k) => {
      const p = ws[k - 1]
      if (!p || w.x - (p.x + p.end - p.start) >= 2) starts.add(w.x)
    })
  for (let k = 0; k + 1 < cols.length; k++) {
    const lo = cols[k].from + 1
    const hi = cols[k + 1].from
    // The rightmost of the least crossed positions: a cell's text may run close to the next column.
    const least = (ok: (x: number) => boolean) => {
      let best = -1
      let bestCount = Infinity
      for (let x = hi; x >= lo; x--) {
        if (!ok(x)) continue
        const c = crossed(x)
        if (c < bestCount) {
          bestCount = c
          best = x
        }
      }
      return best
    }
    let best = least(() => true)
    // A column holds the start of some cell: where the least crossed position would leave this
    // one none (dense text, a narrow column wrapped full, has its only uncrossed positions at its
    // far left), the edge is the least crossed position where a group of words starts.
    const left = k > 0 ? bounds[k - 1] : 0
    if (k > 0 && best >= 0 && ![...starts].some((x) => x >= left && x < best)) {
      const atStart = least((x) => x > best && starts.has(x))
      if (atStart >= 0) best = atStart
    }
    bounds.push(best >= 0 ? best : hi)
  }
  return bounds
}

/** The page of each line: the form feeds a PDF converter prints between pages, counted in the source. */
function pagesOf(doc: Doc): (l: Line) => number {
  const raw = doc.source.raw
  const feeds: number[] = []
  for (let k = raw.indexOf('\f'); k >= 0; k = raw.indexOf('\f', k + 1)) feeds.push(k)
  return (l: Line) => {
    const at = doc.map[l.start] ?? raw.length
    let n = 0
    while (n < feeds.length && feeds[n] <= at) n++
    return n
  }
}

/** How far before a column's edge a capitalised word may open that column's cell. */
const EDGE_SLACK = 6

function layoutTables(doc: Doc): RawTable[] {
  const out: RawTable[] = []
  const lines = doc.lines
  const sttHead = pattern(T(), 'table/stt')
  const sttRe = pattern(T(), 'table/row-stt')
  const appendixRe = pattern(S(), 'structure/appendix')
  const pageOf = pagesOf(doc)
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    if (l.blank || l.cells) continue
    // The first word decides; the line's other words are read only under an STT heading.
    const head = wordsOf(doc, l, 1)
    if (!head.length || head[0].x > 8 || !sttHead.test(doc.text.slice(head[0].start, head[0].end))) continue
    const ws = wordsOf(doc, l)
    const second = ws[1]
    // "STT Nội dung …" one space apart still heads a table; "TT HĐND tỉnh …" is a sentence.
    const taskNext = ws.slice(1, 5).some((_, n) => pattern(T(), 'table/task').test(ws.slice(1, n + 2).map((w) => doc.text.slice(w.start, w.end)).join(' ')))
    if (second && second.x - (ws[0].x + ws[0].end - ws[0].start) < 2 && !taskNext) continue
    const [top, bottom] = headerBlock(i, ws)
    const cols = headerColumns(doc, lines.slice(top, bottom + 1))
    if (!cols) continue
    // A header laid out in columns over rows printed one cell a line (a word processor's table
    // written back as text): the rows are read as cells one a line.
    const firstData = nextContentLine(lines, bottom + 1)
    if (firstData >= 0 && cellPerLine(firstData)) {
      const t = splitTable(doc, i, cols.map((c) => c.role), firstData)
      if (t.rows.length) {
        for (let j = top; j <= bottom; j++) if (!t.lines.includes(j)) t.lines.push(j)
        out.push(t)
        i = Math.max(i, ...t.lines)
        continue
      }
    }
    // The table runs to the next appendix heading or table header.
    let end = bottom + 1
    for (; end < lines.length; end++) {
      const e = lines[end]
      if (e.cells) break
      const t = doc.text.slice(e.start + e.indent, e.end).trim()
      if (appendixRe.test(t)) break
      const first = wordsOf(doc, e, 1)[0]
      if (end > bottom + 1 && first && first.x <= 8 && sttHead.test(doc.text.slice(first.start, first.end))) {
        // A header printed again (on a new page) ends the table where its block starts.
        const again = headerTop(end)
        if (again >= 0) {
          end = Math.max(bottom + 1, again)
          break
        }
      }
    }
    // Each page of a PDF is laid out on its own, so the columns may stand elsewhere on the next one.
    const boundsOf = new Map<number, number[]>()
    for (let j = bottom + 1; j < end; j++) {
      const pg = pageOf(lines[j])
      if (boundsOf.has(pg)) continue
      const data = lines.slice(bottom + 1, end).filter((d) => !d.blank && pageOf(d) === pg)
      boundsOf.set(pg, columnBounds(doc, cols, data))
    }
    let bounds: number[] = []
    /** Points the column finder at the page of line j. */
    const onPage = (j: number) => {
      bounds = boundsOf.get(pageOf(lines[j])) ?? bounds
    }
    const colOf = (x: number) => {
      let k = 0
      while (k < bounds.length && x >= bounds[k]) k++
      return k
    }
    const sttCol = cols.findIndex((c) => c.role === 'stt')
    // Anchors: lines whose first word sits in the STT column and reads as an STT.
    const anchors: number[] = []
    for (let j = bottom + 1; j < end; j++) {
      const w = wordsOf(doc, lines[j], 1)[0]
      onPage(j)
      if (w && !w.joined && colOf(w.x) === sttCol && sttRe.test(doc.text.slice(w.start, w.end))) anchors.push(j)
    }
    if (!anchors.length) continue
    // The letter's next item after the table ("III. TỔ CHỨC THỰC HIỆN" after a blank line) is no
    // row: its number does not go on with the table's and the line reads as an item. The table
    // ends there (else its last row would run on to the signature).
    let state: SttState | null = START
    for (let a = 0; a < anchors.length; a++) {
      const j = anchors[a]
      const w = wordsOf(doc, lines[j], 1)[0]
      const next: SttState | null = state ? nextStt(state, doc.text.slice(w.start, w.end)) : null
      if (a > 0 && !next && lines[j - 1]?.blank && isItemLine(doc.text.slice(lines[j].start + lines[j].indent, lines[j].end))) {
        anchors.length = a
        end = j
        break
      }
      state = next ?? state
    }
    const top1 = topAligned(anchors, bottom + 1, cols.findIndex((c) => c.role === 'task'), colOf, onPage)
    const rows: RawRow[] = []
    const taken: number[] = []
    for (let j = top; j < end; j++) taken.push(j)
    // Where each row starts: cells set at the top of their row start it at the STT's line; centred
    // ones around it (each row from where the one above ended).
    const starts = [bottom + 1]
    // A section heading printed across the table on its STT's line is a row of that line alone.
    const heading = new Set(anchors.filter((j) => spanningHeading(j)))
    for (let a = 1; a < anchors.length; a++) {
      if (top1) starts.push(anchors[a])
      else if (heading.has(anchors[a - 1])) starts.push(anchors[a - 1] + 1)
      else if (heading.has(anchors[a])) starts.push(anchors[a])
      else starts.push(split(anchors[a - 1], anchors[a], starts[a - 1]))
    }
    for (let a = 0; a < anchors.length; a++) {
      const from = starts[a]
      const to = a + 1 < anchors.length ? starts[a + 1] : end
      const sttWord = wordsOf(doc, lines[anchors[a]], 1)[0]
      const pieces: Partial<Record<ColumnRole, Array<{ start: number; end: number }>>> = {}
      const dueCol = cols.length - 1
      const dueLast = cols[dueCol].role === 'deadline'
      for (let j = from; j < to; j++) {
        const ws = wordsOf(doc, lines[j]).filter((w) => !(j === anchors[a] && w.start === sttWord.start))
        onPage(j)
        const colsOf = wordColumns(ws, colOf, cols)
        // A heading's words are all its task's text (no doer, no time: "I. NHIỆM VỤ THƯỜNG XUYÊN").
        if (heading.has(anchors[a])) colsOf.fill(cols.findIndex((c) => c.role === 'task'))
        // A time printed at the end of a line, one space after the text before it, is the last column's.
        if (dueLast) {
          const tail = dueTail(ws, colOf, cols.length)
          for (let k = tail; k < ws.length; k++) colsOf[k] = dueCol
        }
        // A time set apart that starts just before the time column's edge is that column's ("Hằng năm").
        const timeCol = cols.findIndex((c) => c.role === 'deadline')
        if (timeCol > 0) earlyTime(ws, colsOf, timeCol, bounds[timeCol - 1])
        ws.forEach((w, k) => {
          const role = cols[colsOf[k]]?.role
          if (!role) return
          const list = (pieces[role] ??= [])
          const last = list[list.length - 1]
          // Words one space apart make one piece; a wider gap starts another (a stray figure stays apart).
          if (last && doc.text.slice(last.end, w.start) === ' ') last.end = w.end
          else list.push({ start: w.start, end: w.end })
        })
      }
      const cells: Partial<Record<ColumnRole, Cell>> = { stt: { start: sttWord.start, end: sttWord.end } }
      for (const [role, ps] of Object.entries(pieces) as Array<[ColumnRole, Array<{ start: number; end: number }>]>)
        if (ps.length) cells[role] = { start: ps[0].start, end: ps[ps.length - 1].end, pieces: ps }
      rows.push({ stt: doc.text.slice(sttWord.start, sttWord.end), cells, start: lines[from].start, end: lines[Math.max(from, to - 1)].end })
    }
    out.push({ headerLine: i, rows, lines: taken, carries: true })
    i = end - 1
  }
  return out

  /**
   * Each word's column: a group of words one space apart stays in the column it starts in, except
   * that a capitalised word of the task's text standing just before the next column's edge opens that column's cell
   * ("… cấp tỉnh giai Đảng ủy UBND": the lead cell printed one space after the task's text).
   */
  function wordColumns(ws: Word[], colOf: (x: number) => number, cols: Column[]): number[] {
    const out: number[] = []
    const listOpen = pattern(T(), 'table/list-open')
    let col = -1
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k]
      const prev = ws[k - 1]
      const apart = !prev || w.brk || w.x - (prev.x + prev.end - prev.start) >= 2
      const opens = /^[\p{Lu}]/u.test(doc.text.slice(w.start, w.end)) && !/[,;:(-]$/u.test(doc.text.slice(prev?.start ?? 0, prev?.end ?? 0))
      if (apart || col < 0) col = colOf(w.x)
      else if (opens && cols[col]?.role === 'task' && colOf(w.x + EDGE_SLACK) > col) col = colOf(w.x + EDGE_SLACK)
      // A capitalised word that starts past the next column's edge opens that column's cell, whatever column it follows.
      else if (opens && colOf(w.x) > col) col = colOf(w.x)
      // A cell does not end with "và": the conjunction before a cell opened so goes with it ("… tỉnh và Môi trường").
      if (prev && !apart && out[k - 1] < col && listOpen.test(doc.text.slice(prev.start, prev.end)) && /^\p{L}+$/u.test(doc.text.slice(prev.start, prev.end))) out[k - 1] = col
      out.push(col)
    }
    return out
  }

  function earlyTime(ws: Word[], colsOf: number[], timeCol: number, edge: number): void {
    const timeCell = pattern(T(), 'table/time-cell')
    for (let k = 0; k < ws.length; k++) {
      const p = ws[k - 1]
      if (colsOf[k] !== timeCol - 1 || ws[k].x < edge - EDGE_SLACK || (p && !ws[k].brk && ws[k].x - (p.x + p.end - p.start) < 2)) continue
      // The group of words one space apart from here, within the column before the next one.
      let e = k
      while (e + 1 < ws.length && !ws[e + 1].brk && ws[e + 1].x - (ws[e].x + ws[e].end - ws[e].start) < 2) e++
      const t = doc.text.slice(ws[k].start, ws[e].end)
      const m = timeCell.exec(t)
      if (m && m.index === 0) for (let q = k; q <= e && ws[q].start - ws[k].start < m[0].length; q++) colsOf[q] = timeCol
    }
  }

  /** Index of the first word of a time ("2026 - 2030", "15/10/2026") that ends the line, or ws.length. */
  function dueTail(ws: Word[], colOf: (x: number) => number, ncols: number): number {
    const tailRe = pattern(T(), 'table/due-tail')
    for (let k = Math.max(0, ws.length - 4); k < ws.length; k++) {
      const t = doc.text.slice(ws[k].start, ws[ws.length - 1].end)
      if (tailRe.test(t) && colOf(ws[k].x) < ncols - 1) return k
    }
    return ws.length
  }

  /** The first line of the header block around line j, or -1 when j heads no task table. */
  /** Whether the lines from j print one cell each: no gap of two spaces inside, a lone STT among them. */
  function cellPerLine(j: number): boolean {
    let seen = 0
    let stt = false
    for (let k = j; k < lines.length && seen < 8; k++) {
      const l = lines[k]
      if (l.blank) continue
      if (l.cells) return false
      const t = doc.text.slice(l.start + l.indent, l.end).trim()
      if (/\S {2,}\S/.test(t)) return false
      if (sttRe.test(t)) stt = true
      seen++
    }
    return stt && seen >= 3
  }

  function headerTop(j: number): number {
    const [top, bottom] = headerBlock(j, wordsOf(doc, lines[j]))
    return headerColumns(doc, lines.slice(top, bottom + 1)) !== null ? top : -1
  }

  /**
   * The header block: the STT line and the lines printed right above and below it whose words
   * all stand right of where the STT line's next heading starts (a row's text starts further left).
   */
  function headerBlock(i: number, ws: Word[]): [number, number] {
    // Where the STT line's next heading starts; past the task's when that follows the STT one space apart.
    const gapAfter = (k: number) => ws[k + 1].x - (ws[k].x + ws[k].end - ws[k].start)
    let nextK = 1
    if (ws[1] && gapAfter(0) < 2) while (nextK < ws.length && gapAfter(nextK - 1) < 2) nextK++
    const nextX = ws[nextK] ? ws[nextK].x - 3 : ws[1] ? ws[1].x - 3 : 0
    const page = pageOf(lines[i])
    const inHeader = (j: number) => {
      const l = lines[j]
      // A header printed at the top of a page takes nothing from the page before.
      if (l.blank || l.cells || pageOf(l) !== page) return false
      const w = wordsOf(doc, l, 1)[0]
      return !!w && w.x >= nextX && !sttRe.test(doc.text.slice(w.start, w.end))
    }
    let top = i
    while (top - 1 >= 0 && i - (top - 1) <= 4 && inHeader(top - 1)) top--
    // Below the STT line, a line that starts under the task's heading is the first row's (a
    // centred row's lines above its STT), unless each of its groups names a column.
    let k2 = nextK
    while (k2 + 1 < ws.length && gapAfter(k2) < 2) k2++
    const taskEnd = ws[k2] ? ws[k2].x + ws[k2].end - ws[k2].start : 0
    const below = (j: number) => {
      if (!inHeader(j)) return false
      const lw = wordsOf(doc, lines[j])
      if (lw[0].x >= taskEnd) return true
      const groups: Array<{ text: string; end: number }> = []
      lw.forEach((w, n) => {
        const p = lw[n - 1]
        const t = doc.text.slice(w.start, w.end)
        const end = w.x + w.end - w.start
        if (!p || w.brk || w.x - (p.x + p.end - p.start) >= 2) groups.push({ text: t, end })
        else Object.assign(groups[groups.length - 1], { text: `${groups[groups.length - 1].text} ${t}`, end })
      })
      // The task's heading wrapped ("Nội dung hoạt" / "động") stays within the heading's width.
      if (groups[0].end <= taskEnd + 2) return true
      return groups.every((g) => columnRoles([g.text])[0] !== null)
    }
    let bottom = i
    while (bottom + 1 < lines.length && bottom + 1 - i <= 4 && below(bottom + 1)) bottom++
    return [top, bottom]
  }

  /**
   * A Roman section or sub-heading STT ("II", "II.2", "I.") whose line's text after it runs on as
   * one group of words (one space apart): a heading printed across the columns.
   */
  function spanningHeading(j: number): boolean {
    const ws = wordsOf(doc, lines[j])
    if (ws.length < 3 || !/^[IVX]{1,5}(?:\.\d{1,2})?\.?$/.test(doc.text.slice(ws[0].start, ws[0].end))) return false
    for (let k = 2; k < ws.length; k++) if (ws[k].brk || ws[k].x - (ws[k - 1].x + ws[k - 1].end - ws[k - 1].start) >= 2) return false
    return true
  }

  /**
   * Whether the rows print their cells from the top (a word processor's default), the STT on a
   * row's first line, rather than centred on it: the first line under the header is a row's STT
   * line, and every STT line opens its task cell with a capital (a centred cell's middle line goes
   * on in lower case).
   */
  function topAligned(anchors: number[], first: number, taskCol: number, colOf: (x: number) => number, onPage: (j: number) => void): boolean {
    if (anchors.length < 2 || taskCol < 0 || nextContentLine(lines, first) !== anchors[0]) return false
    return anchors.every((j) => {
      onPage(j)
      const ws = wordsOf(doc, lines[j]).slice(1)
      const w = ws.find((x) => colOf(x.x) === taskCol)
      return !!w && /^\p{Lu}/u.test(doc.text.slice(w.start, w.end))
    })
  }

  /**
   * Rows part at the longest run of blank lines between two STT lines, else halfway: a line
   * exactly halfway goes up when the row of STT line a (started at `from`) reaches it centred on
   * a, else down when it opens a cell (a capital).
   */
  function split(a: number, b: number, from: number): number {
    let best = -1
    let bestLen = 0
    for (let j = a + 1; j < b; ) {
      if (!lines[j].blank) {
        j++
        continue
      }
      let k = j
      while (k < b && lines[k].blank) k++
      if (k - j > bestLen) {
        bestLen = k - j
        best = k
      }
      j = k
    }
    if (best > 0) return best
    // Rows printed without a blank between them: each line goes to the nearer STT line; a line
    // halfway goes down when it opens a cell (a capital), up when it continues one.
    for (let j = a + 1; j < b; j++) {
      if (j - a < b - j) continue
      if (j - a > b - j) return j
      // Halfway: a row centred on a that started at `from` takes as many lines below a as above it.
      if (from <= a && j <= 2 * a - from) return j + 1
      const w = wordsOf(doc, lines[j], 1)[0]
      const opens = !!w && /^\p{Lu}/u.test(doc.text.slice(w.start, w.end))
      return opens ? j : j + 1
    }
    return b
  }
}

// ---------------------------------------------------------------------------------------------
// Collapsed tables: a PDF → text converter (or a copy from a PDF viewer, or a round trip through
// a word processor) that loses the spaces between columns prints each line of a row as one run of
// words: "2 thải lớn được quan trắc tự UBND Bá - Tỉnh ủy viên, Phó". No position tells the columns
// apart, so the cells are read by what they say: the STT opens the row's middle line, the task's
// words come first, an agency name printed with a capital where no preposition leads into it
// opens the agency cells (the first run of agencies is the lead, what follows it the next column),
// and a time ends the line of the time column.

interface Token {
  start: number
  end: number
  text: string
}

/** A line as printed in the source: the layout stage may have rejoined several into one of its lines. */
interface Printed {
  start: number
  end: number
  /** Index of the layout line it is part of. */
  line: number
  blank: boolean
}

// Two readers walk the printed lines of the same Doc (read only): computed once per Doc.
const printedCache = new WeakMap<Doc, Printed[]>()

function printedLines(doc: Doc): Printed[] {
  let cached = printedCache.get(doc)
  if (!cached) {
    cached = computePrintedLines(doc)
    printedCache.set(doc, cached)
  }
  return cached
}

function computePrintedLines(doc: Doc): Printed[] {
  const out: Printed[] = []
  const raw = doc.source.raw
  // Markdown that marks its printed lines with hard breaks (two spaces or "\" before the line end)
  // wraps long ones with plain line ends: those continue the line.
  const hard = (raw.match(/(?: {2,}|\\)\r?\n/g) ?? []).length
  const marked = hard > 0.2 * (raw.match(/\n/g) ?? []).length
  const breaks = (k: number) => !marked || / {2}$|\\$/.test(raw.slice(Math.max(0, k - 2), k))
  doc.lines.forEach((l, n) => {
    let from = l.start
    for (let p = l.start; p < l.end; p++) {
      // The source character first: a character code test rules out all but line ends.
      const rc = raw.charCodeAt(doc.map[p])
      if ((rc !== 10 && rc !== 13) || !/\s/.test(doc.text[p]) || !breaks(doc.map[p])) continue
      out.push({ start: from, end: p, line: n, blank: !doc.text.slice(from, p).trim() })
      from = p + 1
    }
    out.push({ start: from, end: l.end, line: n, blank: l.blank || !doc.text.slice(from, l.end).trim() })
  })
  return out
}

/** The line's words, or only its first `max` (most callers look at the first one or few). */
function tokensOf(doc: Doc, l: { start: number; end: number }, max = Infinity): Token[] {
  const out: Token[] = []
  const re = /\S+/gu
  const s = doc.text.slice(l.start, l.end)
  let m: RegExpExecArray | null
  while (out.length < max && (m = re.exec(s))) out.push({ start: l.start + m.index, end: l.start + m.index + m[0].length, text: m[0] })
  return out
}

interface CollapsedHeader {
  /** The columns after the lead's, in the order the header names them. */
  after: Array<'support' | 'person'>
  /** The time column is the last one: a time at the end of a line is its cell. */
  timeLast: boolean
}

/** The roles a header block names, read at every word (the lines hold no column positions). */
function collapsedHeader(doc: Doc, block: Array<{ start: number; end: number }>): CollapsedHeader | null {
  const found = new Map<ColumnRole, number>()
  let order = 0
  for (const l of block) {
    const toks = tokensOf(doc, l)
    for (let k = 0; k < toks.length; k++) {
      const rest = doc.text.slice(toks[k].start, l.end)
      for (const role of ROLE_ORDER) {
        if (found.has(role) || role === 'stt') continue
        // A role's wording read from this word on, a few words long (its own cell, however wrapped).
        const words = rest.split(/\s+/).slice(0, 5)
        for (let n = words.length; n >= 1; n--) {
          if (pattern(T(), `table/${role}`).test(words.slice(0, n).join(' '))) {
            found.set(role, order++)
            break
          }
        }
      }
    }
  }
  if (!found.has('task') || !found.has('lead')) return null
  const lead = found.get('lead')!
  const after = (['support', 'person'] as const).filter((r) => found.has(r) && found.get(r)! > lead)
  // A column the header names before the lead's still follows it on a row when the header wrapped it first.
  for (const r of ['support', 'person'] as const) if (found.has(r) && !after.includes(r)) after.push(r)
  const last = Math.max(...found.values())
  return { after, timeLast: found.has('deadline') && (found.get('deadline') === last || !found.has('product')) }
}

/** Whether a line holds the wording of some column's header. */
function collapsedHeaderWords(doc: Doc, l: { start: number; end: number }): boolean {
  const words = doc.text.slice(l.start, l.end).trim().split(/\s+/)
  for (let k = 0; k < words.length; k++)
    for (let n = Math.min(words.length, k + 5); n > k; n--) {
      const t = words.slice(k, n).join(' ')
      if (ROLE_ORDER.some((role) => role !== 'stt' && pattern(T(), `table/${role}`).test(t))) return true
    }
  return false
}

/** Index of the first token of a time that ends the line ("Trước ngày 15/10/2026", "2026 - 2030"), or toks.length. */
function timeTail(toks: Token[], from: number): number {
  const timeCell = pattern(T(), 'table/time-cell')
  const dueTail = pattern(T(), 'table/due-tail')
  for (let k = Math.max(from, toks.length - 6); k < toks.length; k++) {
    const line = toks.slice(k).map((t) => t.text).join(' ')
    if (dueTail.test(line)) return k
    const m = timeCell.exec(line)
    if (m && !/\p{L}/u.test(line.slice(m[0].length))) return k
  }
  return toks.length
}

/**
 * Where the agency cells open on a line: the first capitalised word (from `from`) that starts an
 * agency name, is not led into by a preposition ("của Ủy ban nhân dân tỉnh" is the task's), and
 * whose name runs to the end of the line or up to another capitalised cell. A word that opens a
 * person's title is the person column's, where the table has one.
 */
function agencyOpening(doc: Doc, toks: Token[], from: number, to: number, persons: boolean): number {
  const link = pattern(T(), 'table/link-word')
  const person = pattern(T(), 'table/person-cue')
  const lineEnd = to > from ? toks[to - 1].end : 0
  for (let k = from; k < to; k++) {
    const t = toks[k]
    if (!/^\p{Lu}/u.test(t.text)) continue
    if (k > from && link.test(toks[k - 1].text.replace(/[,.;:]+$/u, ''))) continue
    const head = doc.text.slice(t.start, lineEnd)
    if (persons && person.test(head)) continue
    const found = agenciesAt(doc.text.slice(0, lineEnd), t.start)
    if (!found.length) continue
    const end = found[found.length - 1].end
    const rest = doc.text.slice(end, lineEnd).replace(/^[\s,;.]+/u, '')
    if (!rest || /^[\p{Lu}\d(]/u.test(rest)) return k
  }
  return -1
}

interface CollapsedRow {
  anchor: number
  stt: Token
}

/** Collapsed task tables, on lines no other reader took. */
function collapsedTables(doc: Doc, taken: Set<number>): RawTable[] {
  const out: RawTable[] = []
  const lines = printedLines(doc)
  const sttHead = pattern(T(), 'table/stt')
  const sttRe = pattern(T(), 'table/row-stt')
  const appendixRe = pattern(S(), 'structure/appendix')
  const pageOf = pagesOf(doc)
  const pageAt = (p: Printed) => pageOf(doc.lines[p.line])
  const free = (j: number) => !taken.has(lines[j].line) && !doc.lines[lines[j].line].cells
  const textAt = (j: number) => doc.text.slice(lines[j].start, lines[j].end).trim()
  let carryFrom = -1
  let carryState: SttState = { section: 0, sectionText: null, num: 0, letter: null }
  for (let i = 0; i < lines.length; i++) {
    if (!free(i) || lines[i].blank) continue
    const toks = tokensOf(doc, lines[i], 5)
    if (toks.length < 2 || !sttHead.test(toks[0].text)) continue
    // The STT heading is followed by the task's ("TT Nội dung …"), not by a sentence.
    const after = toks.slice(1, 5).map((t) => t.text)
    if (!after.some((_, n) => pattern(T(), 'table/task').test(after.slice(0, n + 1).join(' ')))) continue
    // The header: the STT heading's line, a few lines above it, and the lines down to the first row
    // (a header printed again on the next page: the numbering goes on from the page before).
    const start = i === carryFrom ? carryState : { section: 0, sectionText: null, num: 0, letter: null }
    let first = -1
    for (let j = i + 1; j < Math.min(lines.length, i + 12); j++) {
      if (!free(j) || lines[j].blank) continue
      const t = tokensOf(doc, lines[j], 1)[0]
      if (t && sttRe.test(t.text) && nextStt(start, t.text)) {
        first = j
        break
      }
    }
    if (first < 0) continue
    const above: number[] = []
    for (let j = i - 1; j >= 0 && i - j <= 4 && above.length < 3; j--) {
      if (lines[j].blank) continue
      if (!free(j) || pageAt(lines[j]) !== pageAt(lines[i])) break
      const t = textAt(j)
      if (appendixRe.test(t) || /^[(*]/u.test(t) || /[.):]$/u.test(t) || isItemLine(t)) break
      above.unshift(j)
    }
    const header = collapsedHeader(doc, [...above.map((j) => lines[j]), ...lines.slice(i, first)])
    if (!header) continue
    // Rows: lines that open with the STT that comes next (a page number between rows does not).
    const rows: CollapsedRow[] = []
    let end = first
    let state = start
    let again = false
    for (; end < lines.length; end++) {
      if (!free(end)) break
      if (lines[end].blank) continue
      if (appendixRe.test(textAt(end))) break
      const tok = tokensOf(doc, lines[end], 1)[0]
      if (tok && sttHead.test(tok.text) && end > first && collapsedHeaderAt(end)) {
        again = true
        break
      }
      // Rows print their STT in one style ("3" or "3."): another style is the body's next item.
      const style = (t: string) => /[.)]$/.test(t)
      if (tok && rows.length && /^\d/.test(tok.text) && style(tok.text) !== style(rows[0].stt.text) && isItemLine(textAt(end))) break
      const after = tok && sttRe.test(tok.text) ? nextStt(state, tok.text) : null
      if (after) {
        rows.push({ anchor: end, stt: tok })
        state = after
      }
    }
    if (rows.length < 2 && !(rows.length && i === carryFrom)) continue
    if (again) {
      carryFrom = end
      carryState = state
    }
    const table: RawTable = { headerLine: lines[i].line, rows: [], lines: [], carries: false }
    for (let j = above.length ? above[0] : i; j < end; j++) if (!table.lines.includes(lines[j].line)) table.lines.push(lines[j].line)
    // The header goes on while its lines name columns (or are a mark such as "(*)"); the lines
    // after it and above the first STT are the first row's.
    let body = i + 1
    while (body < first && (lines[body].blank || tokensOf(doc, lines[body], 3).length <= 2 || collapsedHeaderWords(doc, lines[body]))) body++
    for (let r = 0; r < rows.length; r++) {
      const from = r === 0 ? body : half(rows[r - 1].anchor, rows[r].anchor)
      const to = r + 1 < rows.length ? half(rows[r].anchor, rows[r + 1].anchor) : end
      table.rows.push(collapsedRow(doc, lines.slice(from, to).filter((l) => !l.blank), rows[r], header))
    }
    out.push(table)
    i = end - 1
  }
  return out

  function collapsedHeaderAt(j: number): boolean {
    return collapsedHeader(doc, lines.slice(j, Math.min(lines.length, j + 4))) !== null
  }

  /** Lines between two STT lines go to the nearer one; a line halfway goes down when it opens a cell. */
  function half(a: number, b: number): number {
    for (let j = a + 1; j < b; j++) {
      if (j - a < b - j) continue
      if (j - a > b - j) return j
      const w = tokensOf(doc, lines[j], 1)[0]
      return w && /^\p{Lu}/u.test(w.text) ? j : j + 1
    }
    return b
  }
}

/** A line that opens a numbered item of the body ("2. Nhiệm vụ", "Điều 3.", "b)"). */
function isItemLine(t: string): boolean {
  return ['structure/dieu', 'structure/roman', 'structure/arabic', 'structure/dotted', 'structure/letter'].some((id) => pattern(S(), id).test(t))
}

/** Where a table's numbering stands: the section (Roman), the last number and the last letter. */
interface SttState {
  section: number
  sectionText: string | null
  num: number
  letter: string | null
}

const romanValue = (s: string): number => {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 }
  let total = 0
  for (let k = 0; k < s.length; k++) total += v[s[k]] < (v[s[k + 1]] ?? 0) ? -v[s[k]] : v[s[k]]
  return total
}

/**
 * Whether `stt` is one a table can print next, and the state after it: the next section, a
 * sub-heading of the section, 1 or the number after the last, a letter after the last. A page
 * number printed between two rows is none of these.
 */
function nextStt(state: SttState, stt: string): SttState | null {
  const n = stt.replace(/^\(|[.)]+$/g, '')
  if (/^[IVX]+$/.test(n)) return romanValue(n) === state.section + 1 ? { section: state.section + 1, sectionText: n, num: 0, letter: null } : null
  const sub = /^([IVX]+)\.(\d+)$/.exec(n)
  if (sub) return sub[1] === state.sectionText || (!state.sectionText && sub[1] === 'I') ? { ...state, section: romanValue(sub[1]), sectionText: sub[1], letter: null } : null
  if (/^\d+$/.test(n)) {
    const num = Number(n)
    return num === 1 || num === state.num + 1 ? { ...state, num, letter: null } : null
  }
  if (/^[a-zđ]$/.test(n) && state.num > 0) return n === 'a' || (state.letter !== null && n > state.letter) ? { ...state, letter: n } : null
  return null
}

/** One collapsed row's cells: pieces of the lines' task text, agency cells and time. */
function collapsedRow(doc: Doc, rowLines: Printed[], anchor: CollapsedRow, header: CollapsedHeader): RawRow {
  const pieces: Partial<Record<ColumnRole, Array<{ start: number; end: number }>>> = {}
  const add = (role: ColumnRole, a: number, b: number) => {
    if (b > a) (pieces[role] ??= []).push({ start: a, end: b })
  }
  const persons = header.after.includes('person')
  const next = header.after[0] ?? null
  let due: { line: number; start: number; end: number } | null = null
  rowLines.forEach((l, n) => {
    const toks = tokensOf(doc, l)
    const from = l.start === anchor.stt.start || toks[0]?.start === anchor.stt.start ? 1 : 0
    const tail = header.timeLast ? timeTail(toks, from) : toks.length
    const dist = (x: number) => Math.abs(x - rowLines.findIndex((r) => r.start <= anchor.stt.start && anchor.stt.start < Math.max(r.end, r.start + 1)))
    if (tail < toks.length && (!due || dist(n) < dist(due.line))) due = { line: n, start: toks[tail].start, end: toks[toks.length - 1].end }
    // The agency cells stand level with the STT line (a cell's lines are centred on the row's).
    const open = dist(n) <= 2 ? agencyOpening(doc, toks, from, tail, persons) : -1
    // A line of a word or three in lower case, and nothing else, may end the lead's name ("tỉnh").
    const lower = toks.slice(from, tail)
    if (open < 0 && pieces.lead && lower.length && lower.length <= 3 && lower.every((t) => /^\p{Ll}/u.test(t.text)) && placeWords(doc.text.slice(lower[0].start, lower[lower.length - 1].end))) {
      const a = lower[0].start
      const b = lower[lower.length - 1].end
      if (!pattern(T(), 'table/list-open').test(textOf(doc, { start: 0, end: 0, pieces: pieces.lead })) && continuesLead(doc, pieces.lead, a, b)) {
        add('lead', a, b)
        return
      }
    }
    const taskEnd = open >= 0 ? open : tail
    if (taskEnd > from) add('task', toks[from].start, toks[taskEnd - 1].end)
    if (open < 0) return
    const lineEnd = toks[tail - 1].end
    const run = agencyRunAt(doc.text.slice(0, lineEnd), toks[open].start)
    let leadEnd = run.mentions.length ? run.mentions[run.mentions.length - 1].end : toks[open].end
    // With the support column next, a name the reader ran on into another (no separator between:
    // "Phòng Quản lý đê điều Chi cục Thủy lợi") ends the lead where the second opens.
    if (next === 'support')
      for (const m of run.mentions) {
        const parts = unjoined(doc.text, m, true)
        if (parts.length > 1) {
          leadEnd = parts[0].end
          break
        }
      }
    // A whole new name after the lead read so far belongs to the next column (it went on from the line above).
    if (!continuesLead(doc, pieces.lead ?? [], toks[open].start, leadEnd)) {
      if (next === 'support') add('support', toks[open].start, lineEnd)
      return
    }
    add('lead', toks[open].start, leadEnd)
    const restStart = skipTo(doc, leadEnd, lineEnd)
    if (next === 'support' && restStart < lineEnd) add('support', restStart, lineEnd)
  })
  const cells: Partial<Record<ColumnRole, Cell>> = { stt: { start: anchor.stt.start, end: anchor.stt.end } }
  for (const [role, ps] of Object.entries(pieces) as Array<[ColumnRole, Array<{ start: number; end: number }>]>)
    if (ps.length) cells[role] = { start: ps[0].start, end: ps[ps.length - 1].end, pieces: ps }
  const d = due as { start: number; end: number } | null
  if (d) cells.deadline = { start: d.start, end: d.end }
  const start = rowLines[0]?.start ?? anchor.stt.start
  const end = rowLines[rowLines.length - 1]?.end ?? anchor.stt.end
  return { stt: anchor.stt.text, cells, start, end }
}

/**
 * Whether an agency name opening a later line of a row goes on with the lead cell read so far:
 * the cell so far ends with a list separator, or the two read as one name ("Đảng ủy" + "UBND"). A
 * new name after a whole one is the next column's (a person's title ending "… UBND tỉnh").
 */
function continuesLead(doc: Doc, so: Array<{ start: number; end: number }>, start: number, end: number): boolean {
  if (!so.length) return true
  const before = so.map((p) => doc.text.slice(p.start, p.end)).join(' ')
  if (pattern(T(), 'table/list-open').test(before)) return true
  const joined = `${before} ${doc.text.slice(start, end)}`
  const found = agenciesAt(joined, 0)
  return found.length > 0 && found[0].end > before.length + 1
}

/** The next word's start after `at` (past spaces and the separators between two cells). */
function skipTo(doc: Doc, at: number, end: number): number {
  let p = at
  while (p < end && /[\s,;.]/u.test(doc.text[p])) p++
  return p
}

// ---------------------------------------------------------------------------------------------
// Tables printed one cell a line, header included ("STT" / "Nội dung" / "Đơn vị chủ trì" / … /
// "1" / "Rà soát …" / "Sở …"): what a PDF → text converter without layout prints. The lines as
// printed are read (the layout stage may have rejoined some), a line that starts in lower case
// goes on with the cell above, and each cell goes where its content says: a time to the time
// column, agencies to the lead and then the support column, in the header's order.

function cellLineTables(doc: Doc, taken: Set<number>): RawTable[] {
  const out: RawTable[] = []
  const lines = printedLines(doc)
  const sttHead = pattern(T(), 'table/stt')
  const sttRe = pattern(T(), 'table/row-stt')
  const appendixRe = pattern(S(), 'structure/appendix')
  const textAt = (j: number) => doc.text.slice(lines[j].start, lines[j].end).trim()
  const free = (j: number) => !taken.has(lines[j].line) && !doc.lines[lines[j].line].cells
  for (let i = 0; i < lines.length; i++) {
    if (!free(i) || lines[i].blank || !sttHead.test(textAt(i))) continue
    // The header: one cell a line down to the first row's STT.
    const heads: string[] = [textAt(i)]
    let j = i + 1
    for (; j < lines.length && j - i <= 10; j++) {
      if (lines[j].blank) continue
      if (!free(j) || sttRe.test(textAt(j))) break
      heads.push(textAt(j))
    }
    const roles = columnRoles(heads)
    if (!isTaskHeader(roles) || j >= lines.length || !sttRe.test(textAt(j)) || !nextStt(START, textAt(j))) continue
    const order = roles.slice(1)
    const rows: RawRow[] = []
    const used: number[] = []
    let state: SttState = START
    let cur: { row: RawRow; cells: Array<{ start: number; end: number }> } | null = null
    let blanks = 0
    let k = j
    for (; k < lines.length; k++) {
      if (lines[k].blank) {
        if (++blanks >= 2) break
        continue
      }
      blanks = 0
      if (!free(k)) break
      const t = textAt(k)
      if (appendixRe.test(t) || sttHead.test(t)) break
      const after = sttRe.test(t) ? nextStt(state, t) : null
      if (after) {
        if (cur) fillByContent(doc, cur.row, cur.cells, order)
        const c = cellRange(doc, lines[k].start, lines[k].end)
        cur = { row: { stt: t, cells: { stt: c }, start: c.start, end: c.end }, cells: [] }
        rows.push(cur.row)
        state = after
      } else if (cur) {
        const c = cellRange(doc, lines[k].start, lines[k].end)
        const last = cur.cells[cur.cells.length - 1]
        // A line in lower case, or after a list left open, goes on with the cell above.
        if (last && (/^\p{Ll}/u.test(t) || pattern(T(), 'table/list-open').test(doc.text.slice(last.start, last.end)))) last.end = c.end
        else cur.cells.push(c)
        cur.row.end = c.end
      }
      used.push(lines[k].line)
    }
    if (cur) fillByContent(doc, cur.row, cur.cells, order)
    if (rows.length < 1) continue
    const table: RawTable = { headerLine: lines[i].line, rows, lines: [], carries: false }
    for (let m = i; m < k; m++) if (!table.lines.includes(lines[m].line)) table.lines.push(lines[m].line)
    out.push(table)
    i = k - 1
  }
  return out
}

const START: SttState = { section: 0, sectionText: null, num: 0, letter: null }

/**
 * The cells of a row, one a line, placed by the header's order where there are as many as
 * columns; a row with fewer (an empty cell the converter skipped) places a time in the time
 * column and agencies in the lead, then the support column.
 */
function fillByContent(doc: Doc, row: RawRow, cells: Array<{ start: number; end: number }>, order: Array<ColumnRole | null>): void {
  const timeCell = pattern(T(), 'table/time-cell')
  const isTime = (c: { start: number; end: number }) => {
    const t = doc.text.slice(c.start, c.end)
    return t.length <= 40 && timeCell.test(t)
  }
  const isAgency = (c: { start: number; end: number }) => agenciesAt(doc.text.slice(0, c.end), c.start).length > 0
  if (cells.length >= order.length) {
    cells.forEach((c, k) => {
      const role = order[k] ?? null
      if (role && !row.cells[role]) row.cells[role] = { start: c.start, end: c.end }
    })
    return
  }
  const free = order.filter((r): r is ColumnRole => r !== null)
  cells.forEach((c, k) => {
    let role: ColumnRole | undefined
    if (k === 0 && free.includes('task')) role = 'task'
    else if (isTime(c) && free.includes('deadline')) role = 'deadline'
    else if (isAgency(c)) role = (['lead', 'support'] as const).find((r) => free.includes(r) && !row.cells[r])
    else role = free.find((r) => !row.cells[r] && r !== 'deadline' && r !== 'lead' && r !== 'support')
    if (role && !row.cells[role]) row.cells[role] = { start: c.start, end: c.end }
  })
}
