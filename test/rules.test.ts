/**
 * Every rule in rules/ carries examples and counterexamples (reporters-db, duckling):
 * each pattern matches its examples and none of its counterexamples; every regex runs on
 * adversarial strings within a time bound (no catastrophic backtracking).
 */
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { rules, pattern, RULES_DIR, PATTERN_FILES, compiledFile, allPatterns, expand, type PatternEntry } from '../src/lexicon/index.js'
import { normalize } from '../src/load/normalize.js'
import { detectLegacyEncoding } from '../src/load/legacy.js'
import { agenciesAt } from '../src/readers/agencies.js'
import { issuerByCode, parseRef } from '../src/readers/refs.js'
import { docTypeByTitle } from '../src/readers/doc-types.js'
import { parseLetter } from '../src/pipeline.js'
import { FIXTURES, fixtureNames } from './helpers.js'

const nfc = (s: string) => normalize(s).text

describe('pattern files', () => {
  for (const file of PATTERN_FILES) {
    const entries = (JSON.parse(readFileSync(join(RULES_DIR, file), 'utf8')) as { entries: PatternEntry[] }).entries
    describe(file, () => {
      it('has unique ids', () => {
        const ids = entries.map((e) => e.id)
        expect(new Set(ids).size).toBe(ids.length)
      })
      const compiled = new Map(compiledFile(file).map((p) => [p.id, p.re]))
      it('compiles every entry, its {{fragments}} expanded', () => {
        expect([...compiled.keys()]).toEqual(entries.map((e) => e.id))
      })
      for (const entry of entries) {
        const re = compiled.get(entry.id)!
        it(`${entry.id} matches each of its examples`, () => {
          for (const ex of entry.examples) expect(re.test(nfc(ex)), ex).toBe(true)
        })
        it(`${entry.id} matches none of its counterexamples`, () => {
          for (const ex of entry.counterexamples) expect(re.test(nfc(ex)), ex).toBe(false)
        })
      }
    })
  }
})

describe('pattern fragments', () => {
  it('expands a {{name}} into a non-capturing group, fragments inside fragments too', () => {
    expect(expand('a{{x}}b', { x: 'c|{{y}}', y: 'd' })).toBe('a(?:c|(?:d))b')
  })
  it('refuses a fragment its file does not define', () => {
    expect(() => expand('{{nope}}', {})).toThrow(/nope/)
  })
  it('leaves regex quantifiers such as \\d{1,2} alone', () => {
    expect(expand('\\d{1,2}', {})).toBe('\\d{1,2}')
  })
})

describe('rules files are valid and canonical', () => {
  it('loads every file through its zod schema', () => {
    const r = rules()
    expect(r.docTypes.entries.length).toBeGreaterThan(25)
    expect(r.issuers.entries.length).toBeGreaterThan(30)
    expect(r.agencies.entries.length).toBeGreaterThan(30)
  })
  it('keeps every rules file as parseable JSON', () => {
    for (const f of readdirSync(RULES_DIR).filter((x) => x.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(RULES_DIR, f), 'utf8')), f).not.toThrow()
  })
})

describe('document types', () => {
  for (const e of rules().docTypes.entries) {
    it(`${e.name}: its examples carry its code or title`, () => {
      for (const ex of e.examples) {
        // Standards are numbered "QCVN 122:2024/BGTVT": the standard pattern reads them, with the type as its code.
        const std = pattern(rules().citations, 'citation/standard').exec(ex)
        if (std) {
          expect(e.codes, ex).toContain(std.groups!.kind)
          continue
        }
        const m = /^(\d+)(?:\/(\d{4}))?([/-])(.+)$/.exec(ex)
        expect(m, ex).not.toBeNull()
        const p = parseRef(m![1], m![2] ?? null, m![3], m![4])
        if (e.codes.length && e.name !== 'Thông tư') expect(p.typeName === e.name || p.typeCode === null, ex).toBe(true)
      }
      for (const t of e.titles) expect(docTypeByTitle(t)?.name).toBe(e.name)
    })
  }
})

describe('issuer codes', () => {
  for (const e of rules().issuers.entries) {
    it(`${e.code} → ${e.name}: each example resolves to it`, () => {
      for (const ex of e.examples) {
        const m = /^(\d+)(?:\/(\d{4}))?([/-])(.+)$/.exec(ex)!
        const p = parseRef(m[1], m[2] ?? null, m[3], m[4])
        expect(issuerByCode(p.issuerCode)?.code, ex).toBe(e.code)
      }
    })
  }
})

describe('agency gazetteer', () => {
  for (const e of rules().agencies.entries) {
    it(`${e.name}: each example and alias is read as it`, () => {
      for (const ex of [...e.examples, ...e.aliases]) {
        const found = agenciesAt(`${ex} chủ trì`, 0)
        expect(found.length, ex).toBeGreaterThan(0)
        expect(found[0].name.startsWith(e.name), `${ex} → ${found[0].name}`).toBe(true)
      }
    })
  }
  for (const k of rules().agencies.kinds) {
    it(`kind ${k.kind}: its examples are agencies`, () => {
      for (const ex of k.examples) expect(agenciesAt(`${ex} chủ trì`, 0).length, ex).toBeGreaterThan(0)
    })
  }
  for (const p of rules().agencies.namePatterns) {
    it(`name pattern for ${p.kind}: its examples are read whole`, () => {
      for (const ex of p.examples) expect(agenciesAt(`${ex} chủ trì, phối hợp`, 0)[0]?.printed).toBe(ex)
    })
  }
})

describe('legacy encodings', () => {
  for (const e of rules().encodings) {
    it(`${e.name}: detects its examples and none of its counterexamples`, () => {
      for (const ex of e.examples) expect(detectLegacyEncoding(ex.repeat(3)), ex).toBe(e.name)
      for (const ex of e.counterexamples) expect(detectLegacyEncoding(ex.repeat(3)), ex).toBeNull()
    })
  }
})

describe('holidays', () => {
  it('lists Tết for every year it covers, inside that year or the one before', () => {
    const h = rules().holidays
    for (const [year, day] of Object.entries(h.tet)) expect(day.startsWith(year)).toBe(true)
    for (const [year, list] of Object.entries(h.years)) for (const d of list) expect(Number(d.date.slice(0, 4)) - Number(year)).toBeLessThanOrEqual(0)
  })
})

describe('no rule regex backtracks catastrophically', () => {
  const adversarial = [
    'a'.repeat(5000),
    ' '.repeat(5000) + 'x',
    'Sở '.repeat(2000),
    '1/'.repeat(3000),
    '12-'.repeat(3000) + 'A',
    'ngày '.repeat(2000),
    'Ủy ban nhân dân '.repeat(800),
    ('các sở, ban, ngành, ').repeat(500),
    'A-'.repeat(3000) + '!',
    '1'.repeat(4000) + '/',
    'trong thời hạn '.repeat(700),
    'Quý '.repeat(2000),
  ]
  // The regexes code builds from word lists register when first used: a parse builds them.
  parseLetter(readFileSync(join(FIXTURES, fixtureNames()[0], 'input.md'), 'utf8'), { path: 'input.md' })
  const all = allPatterns()
  const fileEntries = PATTERN_FILES.reduce((n, f) => n + (JSON.parse(readFileSync(join(RULES_DIR, f), 'utf8')) as { entries: PatternEntry[] }).entries.length, 0)
  it(`counts every pattern file entry among the ${all.length} regexes it runs`, () => {
    expect(all.filter((p) => !p.id.startsWith('built#')).length).toBe(fileEntries)
  })
  it(`runs every one of the ${all.length} rule regexes on adversarial strings within 200 ms each`, () => {
    const slow: string[] = []
    for (const { id, re } of all) {
      for (const s of adversarial) {
        const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')
        const t0 = performance.now()
        let n = 0
        while (g.exec(s) && n++ < 10000) if (g.lastIndex === 0) break
        const ms = performance.now() - t0
        if (ms > 200) slow.push(`${id} took ${ms.toFixed(0)} ms on ${JSON.stringify(s.slice(0, 20))}…`)
      }
    }
    expect(slow).toEqual([])
  })
})
