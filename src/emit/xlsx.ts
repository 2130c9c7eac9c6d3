/**
 * Task rows as an XLSX workbook (exceljs, streamed): what a clerk's spreadsheet opens with no
 * import dialog. Dates are date cells, the task text wraps, the header row stays frozen.
 */
import ExcelJS from 'exceljs'
import { PassThrough } from 'node:stream'
import type { Letter } from '../schema/letter.js'
import type { TaskRow } from '../schema/task-row.js'
import { CSV_COLUMNS } from './csv.js'
import { taskRows } from './task-rows.js'
import type { Sink } from './write.js'

const WIDTHS: Partial<Record<(typeof CSV_COLUMNS)[number], number>> = {
  letterRef: 18, letterDate: 12, issuer: 30, label: 8, task: 70, lead: 30, support: 30, assignees: 11, recipients: 30,
  deadline: 12, deadlineKind: 13, recurrence: 24, citations: 30, sourceFile: 30, line: 7,
}
const DATE_COLUMNS = new Set(['letterDate', 'deadline'])
const WRAPPED = new Set(['task', 'lead', 'support', 'recipients', 'issuer'])

/** 'YYYY-MM-DD' → a Date at midnight UTC (exceljs writes the serial day; no time zone shift). */
const asDate = (iso: string | null): Date | null => {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null
}

function cells(row: TaskRow): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const c of CSV_COLUMNS) {
    const v = row[c]
    out[c] = DATE_COLUMNS.has(c) ? asDate(v as string | null) : Array.isArray(v) ? v.join('; ') : v
  }
  return out
}

/** Streams a workbook into a sink: add letters one by one, then end(). */
export class XlsxWriter {
  private readonly pass = new PassThrough()
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter
  private readonly sheet: ExcelJS.Worksheet
  private pending: Promise<void> = Promise.resolve()
  private readonly drained: Promise<void>

  constructor(sink: Sink) {
    this.pass.on('data', (chunk: Buffer) => {
      this.pending = this.pending.then(() => sink.write(chunk))
    })
    this.drained = new Promise((resolve, reject) => {
      this.pass.on('end', () => resolve())
      this.pass.on('error', reject)
    })
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.pass, useStyles: true, useSharedStrings: false })
    this.workbook.creator = 'congvan'
    this.sheet = this.workbook.addWorksheet('tasks', { views: [{ state: 'frozen', ySplit: 1 }] })
    this.sheet.columns = CSV_COLUMNS.map((c) => ({
      header: c,
      key: c,
      width: WIDTHS[c] ?? 14,
      style: {
        ...(DATE_COLUMNS.has(c) ? { numFmt: 'dd/mm/yyyy' } : {}),
        alignment: { vertical: 'top' as const, wrapText: WRAPPED.has(c) },
      },
    }))
    this.sheet.getRow(1).font = { bold: true }
    this.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CSV_COLUMNS.length } }
  }

  add(letter: Letter): void {
    for (const r of taskRows(letter)) this.sheet.addRow(cells(r)).commit()
  }

  async end(): Promise<void> {
    this.sheet.commit()
    await this.workbook.commit()
    await this.drained
    await this.pending
  }
}

/** Every task of the letters as an XLSX file. */
export async function toXlsx(letters: Iterable<Letter>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  const w = new XlsxWriter({ write: async (c) => void chunks.push(typeof c === 'string' ? Buffer.from(c) : c), close: async () => undefined })
  for (const l of letters) w.add(l)
  await w.end()
  return Buffer.concat(chunks)
}
