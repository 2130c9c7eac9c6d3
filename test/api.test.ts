/** The library API: exported names are pinned; content never throws, misuse does, saying the fix. */
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { congVan } from './helpers.js'

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'AgencySchema',
        'CitationSchema',
        'DEFAULT_MAX_BYTES',
        'DeadlineSchema',
        'DiagnosticSchema',
        'LetterSchema',
        'LoadError',
        'SCHEMA_VERSION',
        'TaskRowSchema',
        'TaskSchema',
        'VERSION',
        'decode',
        'explainFile',
        'explainSource',
        'letterJsonSchema',
        'loadFile',
        'loadText',
        'parseFile',
        'parseLetter',
        'parseSourceToLetter',
        'registerFormat',
        'rrule',
        'SpanSchema',
        'taskRowJsonSchema',
        'taskRows',
        'toCsv',
        'toDot',
        'toGraph',
        'toGraphML',
        'toIcs',
        'toNeo4jCsv',
        'toXlsx',
      ].sort(),
    )
  })
  it('parses a letter into schema-valid output', () => {
    const l = api.parseLetter(congVan('1. Sở Y tế rà soát trước ngày 30/4/2024.'))
    expect(api.LetterSchema.safeParse(l).success).toBe(true)
    expect(l.tasks[0].deadline?.date).toBe('2024-04-30')
  })
  it('never throws on content: empty text gives a diagnostic', () => {
    const l = api.parseLetter('')
    expect(l.diagnostics[0].ruleId).toBe('load/empty')
    expect(api.LetterSchema.safeParse(l).success).toBe(true)
  })
  it('never throws on text with no structure at all', () => {
    const l = api.parseLetter('lorem ipsum '.repeat(500))
    expect(l.tasks.map((t) => t.label)).toEqual(['0'])
    expect(l.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['header/missing-ref', 'header/missing-date']))
  })
  it('throws a TypeError that says the fix when given something that is not text', () => {
    expect(() => api.parseLetter(Buffer.from('x') as unknown as string)).toThrow(/expects the letter as a string.*parseFile/)
  })
  it('reports the version of package.json', () => {
    expect(api.VERSION).toMatch(/^\d+\.\d+\.\d+/)
  })
})
