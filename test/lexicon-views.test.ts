/**
 * Issue 10: the lexicon is one compiled, typed view per rules file, built once per process, and
 * injectable: loadLexicon(dir) (and each view given a dir) reads another copy of rules/ afresh,
 * validated and compiled, without touching the process-wide rules().
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  RULES_DIR,
  agencyRules,
  allPatterns,
  citationPatterns,
  closingPatterns,
  compiledFile,
  dateWords,
  deadlinePatterns,
  docTypeRules,
  encodingRules,
  headerPatterns,
  holidayRules,
  issuerRules,
  loadLexicon,
  localityPatterns,
  noisePatterns,
  pattern,
  readerPatterns,
  rolePatterns,
  rules,
  structurePatterns,
  taskTablePatterns,
  PATTERN_FILES,
} from '../src/lexicon/index.js'

const fileIds = (name: string) => (JSON.parse(readFileSync(join(RULES_DIR, name), 'utf8')) as { entries: Array<{ id: string }> }).entries.map((e) => e.id)

/** A fresh copy of rules/ in a temp folder, with one file changed by `edit`. */
function rulesCopy(file: string, edit: (json: any) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-lexicon-'))
  cpSync(RULES_DIR, dir, { recursive: true })
  const path = join(dir, file)
  const json = JSON.parse(readFileSync(path, 'utf8'))
  const out = edit(json) ?? json
  writeFileSync(path, typeof out === 'string' ? out : JSON.stringify(out, null, 2))
  return dir
}

const made: string[] = []
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true })
})

describe('each rules file has its own view', () => {
  it('the agencies view holds the word lists and the known agencies of agencies.json', () => {
    const a = agencyRules()
    expect(a.conjunctions).toContain('và')
    expect(a.localityUnits).toContain('tỉnh')
    expect(a.kinds.length).toBeGreaterThan(5)
    expect(a.entries.length).toBeGreaterThan(30)
  })
  it('the date words view maps "quý IV" and "tháng giêng" to their numbers and names the period units', () => {
    const w = dateWords()
    expect(w.quarters['IV']).toBe(4)
    expect(w.months['giêng']).toBe(1)
    expect(w.periodUnits['quý']).toBe('quarter')
  })
  it('the deadline patterns have the date words expanded into them', () => {
    const item = pattern(deadlinePatterns(), 'date/quarter-list-item')
    expect(item.test('IV')).toBe(true)
    expect(item.source).not.toContain('{{')
  })
  it('the document types, issuers, encodings and holidays views read their files', () => {
    expect(docTypeRules().default).toBe('Công văn')
    expect(docTypeRules().entries.some((t) => t.codes.includes('NQ'))).toBe(true)
    expect(issuerRules().entries.find((e) => e.localityUnit === 'tỉnh')?.name).toBe('Tỉnh ủy')
    const enc = encodingRules()
    expect(enc.map((e) => e.id)).toEqual(expect.arrayContaining(['tcvn3', 'vni']))
    for (const e of enc) for (const m of e.markers) expect(m.flags).toContain('g')
    expect(holidayRules().tet['2020']).toBe('2020-01-25')
  })
  it('each plain pattern file view has the ids of its file, in file order', () => {
    const views = {
      'header.json': headerPatterns(),
      'roles.json': rolePatterns(),
      'citations.json': citationPatterns(),
      'structure.json': structurePatterns(),
      'task-table.json': taskTablePatterns(),
      'readers.json': readerPatterns(),
    }
    for (const [name, view] of Object.entries(views)) expect([...view.keys()], name).toEqual(fileIds(name))
    expect(noisePatterns().map((p) => p.id)).toEqual(fileIds('noise.json'))
    expect(closingPatterns().map((p) => p.id)).toEqual(fileIds('closing.json'))
    expect(headerPatterns().has('header/number')).toBe(true)
  })
  it('rules() is composed of the very same views', () => {
    const r = rules()
    expect(r.agencies).toBe(agencyRules())
    expect(r.dateWords).toBe(dateWords())
    expect(r.header).toBe(headerPatterns())
    expect(r.noise).toBe(noisePatterns())
    expect(r.deadlines).toBe(deadlinePatterns())
    expect(r.encodings).toBe(encodingRules())
    expect(r.holidays).toBe(holidayRules())
  })
})

describe('built once', () => {
  it('returns the same objects on every call', () => {
    expect(rules()).toBe(rules())
    expect(agencyRules()).toBe(agencyRules())
    expect(headerPatterns()).toBe(headerPatterns())
    expect(localityPatterns()).toBe(localityPatterns())
  })
  it('compiles each pattern once: the list, the map by id and allPatterns share one regex', () => {
    for (const name of PATTERN_FILES) {
      const list = compiledFile(name)
      expect(compiledFile(name)).toBe(list)
      for (const p of list) expect(allPatterns().find((x) => x.id === `${name}#${p.id}`)?.re).toBe(p.re)
    }
    const number = compiledFile('header.json').find((p) => p.id === 'header/number')!
    expect(pattern(rules().header, 'header/number')).toBe(number.re)
  })
  it('registers the locality patterns as built patterns for the time-bound test', () => {
    const unitAtEnd = localityPatterns().unitAtEnd
    expect(allPatterns().find((x) => x.id === 'built#locality/unit-at-end')?.re).toBe(unitAtEnd)
  })
})

describe('loadLexicon(dir): another rules folder, injected', () => {
  let dir: string
  beforeAll(() => {
    // A made-up unit and a made-up quarter word: neither is in rules/, so the process's lexicon never reads them.
    dir = rulesCopy('agencies.json', (a) => {
      a.localityUnits.push('liên khu')
    })
    made.push(dir)
    const path = join(dir, 'deadline-phrases.json')
    const d = JSON.parse(readFileSync(path, 'utf8'))
    d.words.quarters['tứ'] = 4
    writeFileSync(path, JSON.stringify(d, null, 2))
  })

  it('reads the same lexicon as rules() from a plain copy, yet as new objects', () => {
    const plain = mkdtempSync(join(tmpdir(), 'congvan-lexicon-'))
    made.push(plain)
    cpSync(RULES_DIR, plain, { recursive: true })
    const copy = loadLexicon(plain)
    expect(copy).not.toBe(rules())
    expect(copy.agencies).not.toBe(rules().agencies)
    expect(copy.agencies).toEqual(rules().agencies)
    expect([...copy.citations.keys()]).toEqual([...rules().citations.keys()])
    for (const [id, p] of copy.citations) expect(p.re.source, id).toBe(rules().citations.get(id)!.re.source)
  })
  it('shows a word added to a list in the compiled views of that folder only', () => {
    const lex = loadLexicon(dir)
    expect(lex.agencies.localityUnits).toContain('liên khu')
    expect(rules().agencies.localityUnits).not.toContain('liên khu')
    expect(localityPatterns(dir).unitAtEnd.exec('Ủy ban nhân dân liên khu')?.[1]).toBe('liên khu')
    expect(localityPatterns().unitAtEnd.test('Ủy ban nhân dân liên khu')).toBe(false)
    expect(lex.dateWords.quarters['tứ']).toBe(4)
    expect(pattern(lex.deadlines, 'date/quarter-list-item').test('tứ')).toBe(true)
    expect(pattern(rules().deadlines, 'date/quarter-list-item').test('tứ')).toBe(false)
  })
  it('builds afresh on every call and registers nothing process-wide', () => {
    const before = allPatterns().length
    expect(loadLexicon(dir)).not.toBe(loadLexicon(dir))
    expect(agencyRules(dir)).not.toBe(agencyRules(dir))
    expect(localityPatterns(dir)).not.toBe(localityPatterns(dir))
    expect(allPatterns().length).toBe(before)
    expect(allPatterns().find((x) => x.id === 'built#locality/unit-at-end')?.re).toBe(localityPatterns().unitAtEnd)
  })
  it('refuses a file that breaks its schema, naming the file and the field at fault', () => {
    const broken = rulesCopy('doc-types.json', (t) => {
      delete t.entries[0].examples
    })
    made.push(broken)
    expect(() => loadLexicon(broken)).toThrow(/doc-types\.json does not match its schema[\s\S]*at entries\[0\]\.examples/)
    expect(() => docTypeRules(broken)).toThrow(/doc-types\.json/)
  })
  it('refuses a file that is not JSON, naming the file', () => {
    const broken = rulesCopy('roles.json', () => '{ "description": "cut short",')
    made.push(broken)
    expect(() => loadLexicon(broken)).toThrow(/cannot read .*roles\.json/)
  })
})
