/** The zod schema is the contract: its JSON Schema is committed and pinned here. */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { ROOT, fixtureNames, fixtureText } from './helpers.js'
import { letterJsonSchema, LetterSchema, SCHEMA_VERSION } from '../src/schema/letter.js'
import { taskRowJsonSchema } from '../src/schema/task-row.js'
import { parseLetter } from '../src/pipeline.js'
import { taskRows } from '../src/emit/task-rows.js'

// ajv-formats is CommonJS: its default export is the function.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020

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

describe('the JSON Schema checked by ajv, as another program would', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false })
  addFormats(ajv)
  const validateLetter = ajv.compile(letterJsonSchema())
  const validateRow = ajv.compile(taskRowJsonSchema())
  const outputs = fixtureNames().map((n) => [n, parseLetter(fixtureText(n), { path: `${n}/input.md` })] as const)

  it('carries an $id, a title and descriptions', () => {
    const s = letterJsonSchema() as { $id: string; title: string; $defs: Record<string, { properties: Record<string, { description?: string }> }> }
    expect(s.$id).toMatch(/^urn:congvan:schema:letter:\d+\.\d+\.\d+$/)
    expect(s.title).toBe('congvan letter')
    expect(s.$defs.Document.properties.date.description).toBeTruthy()
  })
  it.each(outputs.map(([n, l]) => [n, l]))('accepts the output for fixture %s', (_n, letter) => {
    expect(validateLetter(JSON.parse(JSON.stringify(letter))), JSON.stringify(validateLetter.errors?.slice(0, 3))).toBe(true)
  })
  it('accepts every task row of the fixtures', () => {
    for (const [, l] of outputs) for (const r of taskRows(l)) expect(validateRow(r), JSON.stringify(validateRow.errors)).toBe(true)
  })
  it('rejects a date that is not a calendar day ("yesterday", 2024-02-30)', () => {
    const l = JSON.parse(JSON.stringify(outputs[0][1]))
    l.document.date = 'yesterday'
    expect(validateLetter(l)).toBe(false)
    expect(validateLetter.errors!.map((e) => e.instancePath)).toContain('/document/date')
    l.document.date = '2024-02-30'
    expect(validateLetter(l)).toBe(false)
  })
  it('rejects a number and symbol with a space in it and a citation id without its year', () => {
    const l = JSON.parse(JSON.stringify(outputs.find(([, x]) => x.citations.length)![1]))
    l.document.ref = '1468 / UBND'
    l.citations[0].id = 'not an id'
    expect(validateLetter(l)).toBe(false)
    expect(validateLetter.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/document/ref', '/citations/0/id']))
  })
  it('rejects a deadline time that is not HH:MM', () => {
    const l = JSON.parse(JSON.stringify(outputs.find(([, x]) => x.tasks.some((t) => t.deadline))![1]))
    l.tasks.find((t: { deadline: unknown }) => t.deadline).deadline.time = '5pm'
    expect(validateLetter(l)).toBe(false)
  })
})
