/** The zod schema is the contract: its JSON Schema is committed and pinned here. */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './helpers.js'
import { letterJsonSchema, LetterSchema, SCHEMA_VERSION } from '../src/schema/letter.js'
import { taskRowJsonSchema } from '../src/schema/task-row.js'

describe('JSON Schema', () => {
  it('matches the committed schema/letter.schema.json (npm run schema:write after a reviewed change)', () => {
    expect(letterJsonSchema()).toEqual(JSON.parse(readFileSync(join(ROOT, 'schema', 'letter.schema.json'), 'utf8')))
  })
  it('matches the committed schema/task-row.schema.json', () => {
    expect(taskRowJsonSchema()).toEqual(JSON.parse(readFileSync(join(ROOT, 'schema', 'task-row.schema.json'), 'utf8')))
  })
  it('names the fields the scorer reads', () => {
    const s = letterJsonSchema() as { $defs: Record<string, { properties: Record<string, unknown>; required?: string[] }> }
    expect(Object.keys(s.$defs.Document.properties)).toEqual(expect.arrayContaining(['ref', 'type', 'date', 'place', 'issuer', 'subject', 'recipients', 'signer']))
    expect(Object.keys(s.$defs.Task.properties)).toEqual(expect.arrayContaining(['label', 'lead', 'support', 'deadline']))
    expect(Object.keys(s.$defs.Citation.properties)).toEqual(expect.arrayContaining(['ref', 'type', 'date', 'id']))
  })
  it('rejects output without a span on an agency, with a path to the problem', () => {
    const bad = { schemaVersion: SCHEMA_VERSION }
    const r = LetterSchema.safeParse(bad)
    expect(r.success).toBe(false)
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain('source')
  })
})
