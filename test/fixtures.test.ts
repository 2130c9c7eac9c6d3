/**
 * Golden fixtures: each fixtures/<name>/input.md parses to fixtures/<name>/expected.json.
 * Rewriting expected files is an explicit opt-in (UPDATE=1 npm test), and the diff is reviewed.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES, fixtureNames, fixtureText, collectSpans } from './helpers.js'
import { parseLetter } from '../src/pipeline.js'
import { LetterSchema } from '../src/schema/letter.js'

const update = process.env.UPDATE === '1'

describe('golden fixtures', () => {
  for (const name of fixtureNames()) {
    describe(name, () => {
      const text = fixtureText(name)
      const letter = parseLetter(text, { path: 'input.md' })

      it('validates against the schema', () => {
        const r = LetterSchema.safeParse(letter)
        expect(r.success ? [] : r.error.issues).toEqual([])
        expect(letter.diagnostics.filter((d) => d.ruleId === 'schema/invalid-output')).toEqual([])
      })

      it('has spans whose text is the original text at that span', () => {
        const spans = collectSpans(letter)
        expect(spans.length).toBeGreaterThan(0)
        for (const s of spans) expect(text.slice(s.span.start.offset, s.span.end.offset)).toBe(s.text)
      })

      it('matches its reviewed expected output', () => {
        const file = join(FIXTURES, name, 'expected.json')
        if (update || !existsSync(file)) {
          if (!update) throw new Error(`${file} is missing: run UPDATE=1 npm test and review it`)
          writeFileSync(file, JSON.stringify(letter, null, 1) + '\n')
        }
        expect(JSON.parse(JSON.stringify(letter))).toEqual(JSON.parse(readFileSync(file, 'utf8')))
      })
    })
  }
})
