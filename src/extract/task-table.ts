/**
 * Task tables: the list of a plan's tasks set as a table (STT | Nhiệm vụ | Cơ quan chủ trì |
 * Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm), found by the wording of its header
 * row (rules/task-table.json). Read in the forms converters leave them: Markdown pipe rows,
 * or a pipe header followed by one cell per line. Rows are labelled by their STT as printed:
 * under their section row ("II.3"), a letter row under the numbered row above it ("1.a"), and
 * in an appendix under the appendix number ("PLII.4"). Section rows are tasks of their own.
 */
import type { Doc, Line } from '../types.js'
import { pattern, rules } from '../rules/index.js'
import type { SignatureResult } from './signature.js'
import { agencyRunAt } from './agencies.js'
import { unique, type Roles } from './roles.js'

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

function cellRange(doc: Doc, a: number, b: number): Cell {
  while (a < b && /\s/.test(doc.text[a])) a++
  while (b > a && /\s/.test(doc.text[b - 1])) b--
  return { start: a, end: b }
}

const textOf = (doc: Doc, c: Cell | undefined): string => (c ? doc.text.slice(c.start, c.end) : '')

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
    const roles = columnRoles(h.cells.map((c) => doc.text.slice(c.start, c.end)))
    if (!isTaskHeader(roles)) continue
    const next = nextContentLine(lines, i + 1)
    if (next >= 0 && lines[next].cells && lines[next].table === h.table) out.push(pipeTable(doc, i, roles))
    else out.push(splitTable(doc, i, roles))
  }
  tablesOf.set(doc, out)
  return out
}

function nextContentLine(lines: Line[], from: number): number {
  for (let j = from; j < lines.length; j++) if (!lines[j].blank) return j
  return -1
}

function pipeTable(doc: Doc, headerLine: number, roles: Array<ColumnRole | null>): RawTable {
  const lines = doc.lines
  const h = lines[headerLine]
  const rows: RawRow[] = []
  for (let j = headerLine + 1; j < lines.length; j++) {
    const row = lines[j]
    if (row.blank && !row.cells) {
      // The delimiter row is blank after splitting; a real blank line ends the table.
      if (j === headerLine + 1) continue
      break
    }
    if (!row.cells || row.table !== h.table) break
    const cells: Partial<Record<ColumnRole, Cell>> = {}
    roles.forEach((r, k) => {
      if (r && row.cells![k]) cells[r] = row.cells![k]
    })
    const stt = textOf(doc, cells.stt).replace(/\*+/g, '').trim()
    rows.push({ stt, cells, start: row.cells[0].start, end: row.cells[row.cells.length - 1].end })
  }
  return { headerLine, rows, lines: [] }
}

/**
 * A pipe header whose rows a converter set one cell per line: a line holding only an STT
 * starts a row, the lines after it fill the columns in order. Header cells that overflowed
 * onto lines of their own before the first row ("Thời gian thực hiện") add columns.
 */
function splitTable(doc: Doc, headerLine: number, headRoles: Array<ColumnRole | null>): RawTable {
  const lines = doc.lines
  const roles = [...headRoles]
  const rows: RawRow[] = []
  const taken: number[] = []
  const sttRe = pattern(T(), 'table/row-stt')
  const appendixRe = pattern(S(), 'structure/appendix')
  let current: { row: RawRow; filled: number; order: Array<ColumnRole | null> } | null = null
  let blanks = 0
  for (let j = headerLine + 1; j < lines.length; j++) {
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
      current = { row: { stt: t, cells: { stt: c }, start: c.start, end: c.end }, filled: 0, order: roles.slice(roles.indexOf('stt') + 1) }
      rows.push(current.row)
      taken.push(j)
      continue
    }
    if (!current) {
      // Before the first row: an overflowed header cell, or not a split table at all.
      const [role] = columnRoles([t])
      if (!role || roles.includes(role) || j - headerLine > 4) break
      roles.push(role)
      taken.push(j)
      continue
    }
    const role = current.order[current.filled++] ?? null
    if (role && !current.row.cells[role]) current.row.cells[role] = c
    current.row.end = c.end
    taken.push(j)
  }
  return { headerLine, rows: rows.length ? rows : [], lines: rows.length ? taken : [] }
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
}

/**
 * Labels rows by their STT: a Roman row opens a section ("II", then "II.1"…), a sub-heading
 * "II.1" inside section II only groups rows, a letter row hangs under the numbered row above
 * it. An empty lead or time cell under a row that had one is a merged cell: it carries down.
 */
function labelRows(doc: Doc, rows: RawRow[]): Labelled[] {
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
    if (!stt) continue
    const nextStt = rows[k + 1] ? norm(rows[k + 1].stt) : ''
    if (/^[IVX]+$/.test(stt)) {
      section = stt
      sub = ''
      restarted = false
      lastNum = 0
      group = null
      carry = {}
      out.push({ row, label: stt, parent: null, lead: row.cells.lead, support: row.cells.support, deadline: row.cells.deadline })
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
      const filled = fill(doc, row, carry, isGroup)
      out.push({ row, label: local, parent: dotted ?? (restarted && sub ? sub : section || null), ...filled })
      continue
    }
    if (/^[a-zđ](?:\.\d+)?$/.test(stt) && group) {
      const filled = fill(doc, row, carry, false)
      out.push({ row, label: `${group}.${stt}`, parent: group, ...filled })
    }
  }
  return out
}

/** The row's agency and time cells, an empty one taken from the row above when that was merged. */
function fill(doc: Doc, row: RawRow, carry: { lead?: Cell; support?: Cell; deadline?: Cell }, isGroup: boolean) {
  const has = (c: Cell | undefined) => !!c && c.end > c.start && textOf(doc, c).replace(/[-–—\s]/g, '') !== ''
  const hasTask = has(row.cells.task)
  let lead = has(row.cells.lead) ? row.cells.lead : undefined
  let support = has(row.cells.support) ? row.cells.support : undefined
  let deadline = has(row.cells.deadline) ? row.cells.deadline : undefined
  // A group row only heads its sub-rows: it neither carries down nor takes a merged cell.
  if (isGroup) return { lead, support, deadline }
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

export function readTableTasks(doc: Doc, sig: SignatureResult): TableTask[] {
  const out: TableTask[] = []
  for (const table of readTables(doc)) {
    const prefix = appendixPrefix(doc, table.headerLine, sig)
    const at = (l: string) => (prefix ? `${prefix}.${l}` : l)
    for (const r of labelRows(doc, table.rows)) {
      const runOf = (c: Cell | undefined) =>
        // Cells list agencies separated by commas, semicolons and "và".
        c ? agencyRunAt(doc.text.slice(0, c.end), c.start).mentions : []
      const leads = unique(runOf(r.lead))
      const leadNames = new Set(leads.map((x) => x.name))
      const roles: Roles = { lead: leads, support: unique(runOf(r.support)).filter((x) => !leadNames.has(x.name)), reportTo: [] }
      out.push({
        label: at(r.label),
        parent: r.parent ? at(r.parent) : prefix || null,
        start: r.row.start,
        end: r.row.end,
        roles,
        deadlineText: r.deadline ? textOf(doc, r.deadline) : null,
        deadlineOffset: r.deadline ? r.deadline.start : r.row.start,
      })
    }
  }
  return out
}

/**
 * "PL" for a table printed under "PHỤ LỤC" (or under a "Kèm theo …" line), "PLII" under
 * "PHỤ LỤC II"; "" for a table inside the numbered body, which is labelled under its item.
 */
function appendixPrefix(doc: Doc, headerLine: number, sig: SignatureResult): string {
  const appendixRe = pattern(S(), 'structure/appendix')
  const attachedRe = pattern(S(), 'structure/attached')
  const markerIds = ['structure/dieu', 'structure/roman', 'structure/arabic', 'structure/dotted', 'structure/letter']
  let attached = false
  let seen = 0
  for (let k = headerLine - 1; k >= 0 && seen < 40; k--) {
    const l = doc.lines[k]
    if (l.blank) continue
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
