/**
 * --explain says where each agency name ends and which guard ended it (agency/name-end), so a
 * clerk can see why "Phòng Quản lý" was read short; the letter itself is the same with the trace on.
 */
import { describe, expect, it } from 'vitest'
import { explainSource, parseSourceToLetter } from '../src/pipeline.js'
import { loadText } from '../src/load/index.js'
import { congVan } from './helpers.js'

const TEXT = congVan('1. Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát danh mục thuốc, báo cáo trước ngày 30/4/2024.')
const ends = () => explainSource(loadText(TEXT, 'letter.md')).explain.filter((e) => e.ruleId === 'agency/name-end')

describe('agency/name-end in the trace', () => {
  it('names the predicate word that ends "Sở Y tế" and the rule list it comes from', () => {
    const e = ends().find((x) => x.message.startsWith('"Sở Y tế"'))
    expect(e?.message).toMatch(/unexpected "chủ trì, phối hợp.*", expected a word of the name; a predicate word \(rules\/agencies\.json predicateStarts\)/)
  })

  it('records each ending once, though the reader is asked several times over the same text', () => {
    const messages = ends().map((x) => x.message)
    expect(messages.length).toBeGreaterThan(0)
    expect(new Set(messages).size).toBe(messages.length)
  })

  it('leaves the letter unchanged', () => {
    const plain = parseSourceToLetter(loadText(TEXT, 'letter.md'))
    expect(explainSource(loadText(TEXT, 'letter.md')).letter).toEqual(plain)
  })
})
