/** One row per task, for trackers (CSV, NDJSON, iCalendar): flat, stable column names. */
import { z } from 'zod'
import type { Letter } from './letter.js'

export const TaskRowSchema = z
  .object({
    letterRef: z.string().nullable(),
    letterDate: z.string().nullable(),
    issuer: z.string().nullable(),
    label: z.string(),
    task: z.string(),
    lead: z.array(z.string()),
    support: z.array(z.string()),
    deadline: z.string().nullable(),
    deadlineKind: z.string().nullable(),
    recurrence: z.string().nullable().meta({ description: 'RFC 5545 RRULE value for recurring deadlines, e.g. FREQ=MONTHLY;BYMONTHDAY=15' }),
    citations: z.array(z.string()),
    sourceFile: z.string().nullable(),
    line: z.number().int().positive(),
  })
  .meta({ id: 'TaskRow', title: 'congvan task row', description: 'One task of one letter, flattened for trackers' })

export type TaskRow = z.infer<typeof TaskRowSchema>

export function taskRowJsonSchema(): object {
  return z.toJSONSchema(TaskRowSchema, { target: 'draft-2020-12' })
}

/** RRULE for a recurring deadline, or null. */
export function rrule(d: NonNullable<Letter['tasks'][number]['deadline']>): string | null {
  const r = d.recurrence
  if (d.kind !== 'recurring' || !r) return null
  switch (r.frequency) {
    case 'daily':
      return 'FREQ=DAILY'
    case 'weekly':
      return 'FREQ=WEEKLY'
    case 'monthly':
      return `FREQ=MONTHLY${r.day ? `;BYMONTHDAY=${r.day}` : ''}`
    case 'quarterly':
      return `FREQ=MONTHLY;INTERVAL=3${r.day ? `;BYMONTHDAY=${r.day}` : ''}`
    case 'half-yearly':
      return `FREQ=MONTHLY;INTERVAL=6${r.day ? `;BYMONTHDAY=${r.day}` : ''}`
    case 'yearly':
      return 'FREQ=YEARLY'
    case 'unspecified':
      return null
  }
}

export function taskRows(letter: Letter): TaskRow[] {
  return letter.tasks.map((t) => ({
    letterRef: letter.document.ref,
    letterDate: letter.document.date,
    issuer: letter.document.issuer?.name ?? null,
    label: t.label,
    task: t.text.replace(/\s+/g, ' ').trim(),
    lead: t.lead.map((a) => a.name),
    support: t.support.map((a) => a.name),
    deadline: t.deadline?.date ?? null,
    deadlineKind: t.deadline?.kind ?? null,
    recurrence: t.deadline ? rrule(t.deadline) : null,
    citations: t.citations,
    sourceFile: letter.source.path,
    line: t.span.start.line,
  }))
}
