/**
 * --explain (and DEBUG=congvan): why candidates were kept or dropped, letter by letter, with the
 * place in the source and its text; the letter's JSON is the same with or without it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { explainFromEnv, trace, tracing, withTrace } from '../src/explain.js'
import { explainSource, parseSourceToLetter } from '../src/pipeline.js'
import { loadText } from '../src/load/index.js'
import { congVan, fixtureText } from './helpers.js'
import { run, tmp } from './cli-support.js'

const LETTER = congVan('1. Sở Tài chính rà soát các dự án, báo cáo trước ngày 30/4/2024.')
// A real letter whose items carry the cited programme's date "30/8/2026": dropped as a deadline, with the reason.
const CITING = fixtureText('001-laocai-cv9387-ubnd-kt-ctr104')

describe('the trace', () => {
  it('records nothing while it is off', () => {
    expect(tracing()).toBe(false)
    trace({ stage: 'test', ruleId: 'x', verdict: 'note', message: 'lost' })
    const { trace: t } = withTrace(() => trace({ stage: 'test', ruleId: 'y', verdict: 'kept', message: 'kept' }))
    expect(t.map((e) => e.ruleId)).toEqual(['y'])
    expect(tracing()).toBe(false)
  })

  it('is turned off again when the traced work throws', () => {
    expect(() => withTrace(() => { throw new Error('boom') })).toThrow('boom')
    expect(tracing()).toBe(false)
  })

  it('reads DEBUG as the debug package does: congvan, congvan:* or *, among others', () => {
    expect(explainFromEnv({ DEBUG: 'congvan' })).toBe(true)
    expect(explainFromEnv({ DEBUG: 'express,congvan:*' })).toBe(true)
    expect(explainFromEnv({ DEBUG: '*' })).toBe(true)
    expect(explainFromEnv({ DEBUG: 'congvanx' })).toBe(false)
    expect(explainFromEnv({})).toBe(false)
  })
})

describe('explainSource', () => {
  it('gives the same letter as a plain parse', () => {
    const plain = parseSourceToLetter(loadText(LETTER))
    const { letter } = explainSource(loadText(LETTER))
    expect(letter).toEqual(plain)
  })

  it('says why a cited document\'s date is not the deadline, with its line and text', () => {
    const { explain } = explainSource(loadText(CITING))
    const drop = explain.find((l) => l.ruleId === 'deadline/citation-date')
    expect(drop).toBeDefined()
    expect(drop!.text).toContain('30/8/2026')
    expect(CITING.split('\n')[drop!.line! - 1]).toContain(drop!.text!.split('\n')[0])
  })
})

describe('congvan parse --explain', () => {
  afterEach(() => {
    delete process.env.DEBUG
  })

  it('prints the decisions on stderr and leaves stdout the plain JSON', async () => {
    const f = join(tmp(), 'letter.md')
    writeFileSync(f, CITING)
    const plain = await run(['parse', f])
    const r = await run(['parse', f, '--explain'])
    expect(r.code).toBe(0)
    expect(r.out).toBe(plain.out)
    expect(r.err).toMatch(/explain .*letter\.md: \d+ entr/)
    expect(r.err).toMatch(/\d+:\d+\s+info\s+deadline\/citation-date .*«[^»]*30\/8\/2026/)
    expect(plain.err).not.toMatch(/explain/)
  })

  it('is turned on by DEBUG=congvan and off again by --no-explain', async () => {
    const f = join(tmp(), 'letter.md')
    writeFileSync(f, LETTER)
    process.env.DEBUG = 'congvan'
    expect((await run(['parse', f])).err).toMatch(/explain /)
    expect((await run(['parse', f, '--no-explain'])).err).not.toMatch(/explain /)
  })
})
