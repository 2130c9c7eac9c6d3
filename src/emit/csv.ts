/**
 * Task rows as CSV for spreadsheets: UTF-8 with a BOM (Excel reads Vietnamese right), RFC 4180
 * quoting, CRLF; a text cell that a spreadsheet would run as a formula is escaped.
 */
import type { Letter } from '../schema/letter.js'
import type { TaskRow } from '../schema/task-row.js'
import { taskRows } from './task-rows.js'

export const CSV_COLUMNS = [
  'letterRef', 'letterDate', 'issuer', 'label', 'task', 'lead', 'support', 'assignees', 'recipients',
  'deadline', 'deadlineKind', 'recurrence', 'citations', 'sourceFile', 'line',
] as const

/**
 * Excel and LibreOffice run a cell that starts with = + - @ (or a tab/CR) as a formula: prefixed
 * with an apostrophe it stays text (OWASP "CSV injection"). Task text often starts with "- ".
 */
export const guardFormula = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s)

export function csvField(v: unknown, guard = false): string {
  let s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v)
  if (guard && typeof v !== 'number') s = guardFormula(s)
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** One CSV record. `guard` escapes formula starts (for spreadsheets, not for data loaders like Neo4j). */
export const csvLine = (values: unknown[], guard = false): string => values.map((v) => csvField(v, guard)).join(',') + '\r\n'

export const CSV_BOM = '\ufeff'

export const csvHeader = (): string => CSV_BOM + csvLine([...CSV_COLUMNS])

export const csvRow = (row: TaskRow): string => csvLine(CSV_COLUMNS.map((c) => row[c]), true)

/** Every task of the letters as one CSV text (BOM, header, rows). */
export function toCsv(letters: Iterable<Letter>): string {
  let out = csvHeader()
  for (const l of letters) for (const r of taskRows(l)) out += csvRow(r)
  return out
}
