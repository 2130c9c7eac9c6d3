/**
 * Task tables: Markdown (pipe) tables whose header names a task column and a lead column
 * (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành). Rows are
 * labelled by their STT; in an appendix ("PHỤ LỤC II") the label is "PLII.<STT>".
 */
import type { Doc, Line } from '../types.js'
import { pattern, rules } from '../rules/index.js'
import type { SignatureResult } from './signature.js'
import { agencyRunAt } from './agencies.js'
import { unique, type Roles } from './roles.js'

export interface TableTask {
  label: string
  start: number
  end: number
  roles: Roles
  deadlineText: string | null
  deadlineOffset: number
}

const S = () => rules().structure

export function readTableTasks(doc: Doc, sig: SignatureResult): TableTask[] {
  const out: TableTask[] = []
  const lines = doc.lines
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i]
    if (!h.tableHeader || !h.cells) continue
    const cellText = (l: Line, k: number) => (l.cells && l.cells[k] ? doc.text.slice(l.cells[k].start, l.cells[k].end) : '')
    const heads = h.cells.map((_, k) => cellText(h, k))
    const col = (id: string, not?: string) =>
      heads.findIndex((t) => pattern(S(), id).test(t) && !(not && pattern(S(), not).test(t)))
    const stt = heads.findIndex((t) => pattern(S(), 'structure/task-table-stt').test(t.trim()))
    const task = col('structure/task-table-task', 'structure/task-table-lead')
    const lead = col('structure/task-table-lead', 'structure/task-table-support')
    const support = col('structure/task-table-support')
    const due = heads.findIndex((t, k) => k !== lead && k !== task && pattern(S(), 'structure/task-table-deadline').test(t))
    if (stt < 0 || task < 0 || lead < 0) continue
    const prefix = appendixPrefix(doc, i, sig)
    let section = ''
    for (let j = i + 1; j < lines.length && (lines[j].table === h.table || j === i + 1); j++) {
      const row = lines[j]
      if (!row.cells) continue
      const num = cellText(row, stt).trim().replace(/[.)]$/, '')
      if (!num) continue
      if (/^[IVX]+$/.test(num)) {
        section = num
        continue
      }
      if (!/^\d+(?:\.\d+)*$/.test(num)) continue
      const localLabel = section ? `${section}.${num}` : num
      const label = prefix ? `${prefix}.${localLabel}` : localLabel
      const runOf = (k: number) => {
        if (k < 0 || !row.cells![k]) return []
        const c = row.cells![k]
        // Cells list agencies separated by commas, semicolons and "và".
        return agencyRunAt(doc.text.slice(0, c.end), c.start).mentions
      }
      const leads = unique(runOf(lead))
      const leadNames = new Set(leads.map((x) => x.name))
      const roles: Roles = { lead: leads, support: unique(runOf(support)).filter((x) => !leadNames.has(x.name)), reportTo: [] }
      const dueCell = due >= 0 ? row.cells[due] : undefined
      out.push({
        label,
        start: row.cells[0].start,
        end: row.cells[row.cells.length - 1].end,
        roles,
        deadlineText: dueCell ? doc.text.slice(dueCell.start, dueCell.end) : null,
        deadlineOffset: dueCell ? dueCell.start : row.start,
      })
    }
  }
  return out
}

/** "PL" for a table after "PHỤ LỤC", "PLII" after "PHỤ LỤC II"; "" in the body. */
function appendixPrefix(doc: Doc, headerLine: number, sig: SignatureResult): string {
  const re = pattern(S(), 'structure/appendix')
  for (let k = headerLine - 1; k >= 0 && k >= sig.start - 1; k--) {
    const l = doc.lines[k]
    if (l.blank) continue
    const texts = l.cells ? l.cells.map((c) => doc.text.slice(c.start, c.end)) : [doc.text.slice(l.start + l.indent, l.end)]
    for (const t of texts) {
      const m = re.exec(t.trim())
      if (m) return `PL${m.groups?.n ?? ''}`
    }
  }
  return headerLine >= sig.end ? 'PL' : ''
}
