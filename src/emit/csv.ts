/** CSV for spreadsheets: UTF-8 with BOM (Excel reads Vietnamese right), RFC 4180 quoting, CRLF. */
import type { TaskRow } from '../schema/task-row.js'

export const CSV_COLUMNS = ['letterRef', 'letterDate', 'issuer', 'label', 'task', 'lead', 'support', 'deadline', 'deadlineKind', 'recurrence', 'citations', 'sourceFile', 'line'] as const

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v)
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export const csvLine = (values: unknown[]): string => values.map(csvField).join(',') + '\r\n'

export const CSV_BOM = '\ufeff'

export const csvHeader = (): string => CSV_BOM + csvLine([...CSV_COLUMNS])

export const csvRow = (row: TaskRow): string => csvLine(CSV_COLUMNS.map((c) => row[c]))
