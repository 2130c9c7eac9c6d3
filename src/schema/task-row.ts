/** One row per task, for trackers (CSV, XLSX, NDJSON, iCalendar): flat, stable column names. The rows are built in emit/task-rows.ts. */
import { z } from 'zod'
import { SCHEMA_VERSION } from './letter.js'

export const TaskRowSchema = z
  .object({
    letterRef: z.string().nullable().meta({ description: "The letter's number and symbol" }),
    letterDate: z.iso.date().nullable().meta({ description: "The letter's date" }),
    issuer: z.string().nullable(),
    label: z.string().meta({ description: 'Printed label path of the task (5.c, II.3.a)' }),
    task: z.string().meta({ description: 'The task text on one line' }),
    lead: z.array(z.string()).meta({ description: 'Lead agencies (chủ trì)' }),
    support: z.array(z.string()).meta({ description: 'Coordinating agencies (phối hợp)' }),
    assignees: z
      .enum(['explicit', 'inherited', 'recipients', 'none'])
      .meta({ description: 'Who does it: agencies named in the item (explicit), in the item it sits under (inherited), the Kính gửi list (recipients), or nobody named at all (none)' }),
    recipients: z.array(z.string()).meta({ description: 'The Kính gửi list, filled when assignees is "recipients"' }),
    deadline: z.iso.date().nullable(),
    deadlineKind: z.string().nullable(),
    recurrence: z.string().nullable().meta({ description: 'RFC 5545 RRULE value for recurring deadlines, e.g. FREQ=MONTHLY;BYMONTHDAY=15' }),
    citations: z.array(z.string()),
    sourceFile: z.string().nullable(),
    line: z.number().int().positive(),
  })
  .meta({ id: 'TaskRow', title: 'congvan task row', description: 'One task of one letter, flattened for trackers' })

export type TaskRow = z.infer<typeof TaskRowSchema>

export function taskRowJsonSchema(): object {
  const { $schema, ...rest } = z.toJSONSchema(TaskRowSchema, { target: 'draft-2020-12' }) as Record<string, unknown>
  return { $schema, $id: `urn:congvan:schema:task-row:${SCHEMA_VERSION}`, title: 'congvan task row', ...rest }
}
