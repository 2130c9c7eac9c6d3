/** Letters → flat task rows (the TaskRow contract in schema/task-row.ts), and RRULEs for recurring deadlines. */
import type { Deadline, Letter } from '../schema/letter.js'
import type { TaskRow } from '../schema/task-row.js'

/** RFC 5545 RRULE value for a recurring deadline, or null (not recurring, or no frequency said). */
export function rrule(d: Deadline): string | null {
  const r = d.recurrence
  if (d.kind !== 'recurring' || !r) return null
  const day = r.day ? `;BYMONTHDAY=${r.day}` : ''
  switch (r.frequency) {
    case 'daily':
      return 'FREQ=DAILY'
    case 'weekly':
      return 'FREQ=WEEKLY'
    case 'monthly':
      return `FREQ=MONTHLY${day}`
    case 'quarterly':
      return `FREQ=MONTHLY;INTERVAL=3${day}`
    case 'half-yearly':
      return `FREQ=MONTHLY;INTERVAL=6${day}`
    case 'yearly':
      return `FREQ=YEARLY${r.month ? `;BYMONTH=${r.month}` : ''}${day}`
    case 'unspecified':
      return null
  }
}

export function taskRows(letter: Letter): TaskRow[] {
  const recipients = letter.document.recipients.map((r) => r.name)
  return letter.tasks.map((t) => {
    const assignees = t.assignees === 'recipients' && !recipients.length ? 'none' : t.assignees
    return {
      letterRef: letter.document.ref,
      letterDate: letter.document.date,
      issuer: letter.document.issuer?.name ?? null,
      label: t.label,
      task: t.text.replace(/\s+/g, ' ').trim(),
      lead: t.lead.map((a) => a.name),
      support: t.support.map((a) => a.name),
      assignees,
      recipients: assignees === 'recipients' ? recipients : [],
      deadline: t.deadline?.date ?? null,
      deadlineKind: t.deadline?.kind ?? null,
      recurrence: t.deadline ? rrule(t.deadline) : null,
      citations: t.citations,
      sourceFile: letter.source.path,
      line: t.span.start.line,
    }
  })
}
