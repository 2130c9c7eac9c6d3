/**
 * Property-based: fixtures perturbed the way converters and editors perturb letters never make
 * the parser throw, always give schema-valid output, and every span still points at the
 * characters it claims (offsets count the decoded text, BOM excluded).
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fixtureNames, fixtureText, collectSpans } from './helpers.js'
import { parseLetter } from '../src/pipeline.js'
import { LetterSchema } from '../src/schema/letter.js'
import { hardWrap, markdownWrap, tablesAsHtml, splitBold, headerAsPipeTable, headerAsCellLines, headerSideBySide } from '../scripts/score-layouts.mjs'

type Perturb = (s: string, seed: number) => string

const NEW_TONES: Array<[string, string]> = [
  ['òa', 'oà'],
  ['óa', 'oá'],
  ['ủy', 'uỷ'],
  ['Ủy', 'Uỷ'],
  ['ỏe', 'oẻ'],
]

const perturbations: Record<string, Perturb> = {
  bom: (s) => '\ufeff' + s,
  crlf: (s) => s.replace(/\n/g, '\r\n'),
  cr: (s) => s.replace(/\n/g, '\r'),
  nfd: (s) => s.normalize('NFD'),
  newTones: (s) => NEW_TONES.reduce((t, [a, b]) => t.split(a).join(b), s),
  eth: (s) => s.replace(/Đ/g, 'Ð'),
  nbsp: (s, seed) => s.replace(/ /g, (m, i: number) => ((i + seed) % 7 === 0 ? '\u00a0' : m)),
  zeroWidth: (s, seed) => s.replace(/(\p{L})(\p{L})/gu, (m, a: string, b: string, i: number) => ((i + seed) % 11 === 0 ? `${a}\u200b${b}` : m)),
  softHyphen: (s, seed) => s.replace(/(\p{L})(\p{L})/gu, (m, a: string, b: string, i: number) => ((i + seed) % 13 === 0 ? `${a}\u00ad${b}` : m)),
  tabs: (s) => s.replace(/^ {4}/gm, '\t'),
  smartQuotes: (s) => s.replace(/"([^"\n]*)"/g, '“$1”'),
  html: (s) => s.replace(/\n\n/g, '\n\n<br/>\n\n').replace(/ và /g, ' v&agrave; '),
  deleteLines: (s, seed) => s.split('\n').filter((_, i) => (i * 31 + seed) % 9 !== 0).join('\n'),
  duplicateLines: (s, seed) => s.split('\n').flatMap((l, i) => ((i + seed) % 8 === 0 ? [l, l] : [l])).join('\n'),
  shuffleSpaces: (s, seed) => s.replace(/ +/g, (_m, i: number) => ' '.repeat(1 + ((i + seed) % 4))),
  longLine: (s) => s.replace(/\n/g, ' '),
  // Pipe tables written as raw HTML on one line (as MinerU and some portals give them).
  htmlTables: (s) => tablesAsHtml(s),
  // Converter layouts (the harness's renderings, scripts/score-layouts.mjs).
  hardWrap: (s, seed) => hardWrap(s, 40 + (seed % 50)),
  markdownWrap: (s, seed) => markdownWrap(s, 40 + (seed % 50)),
  boldSplit: (s) => splitBold(s),
  headerPipeTable: (s) => headerAsPipeTable(s),
  headerCellLines: (s) => headerAsCellLines(s),
  headerSideBySide: (s) => headerSideBySide(s),
}

const names = fixtureNames()
const texts = new Map(names.map((n) => [n, fixtureText(n)]))

describe('perturbed fixtures', () => {
  it('never throw, always validate, and keep every span exact', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.constantFrom(...Object.keys(perturbations)), { minLength: 1, maxLength: 4 }),
        fc.nat(1000),
        (name, which, seed) => {
          let text = texts.get(name)!
          for (const p of which) text = perturbations[p](text, seed)
          const letter = parseLetter(text)
          const r = LetterSchema.safeParse(letter)
          if (!r.success) throw new Error(`${name} ${which.join('+')}: ${r.error.message}`)
          const original = text.replace(/^\ufeff/, '')
          for (const s of collectSpans(letter)) {
            const at = original.slice(s.span.start.offset, s.span.end.offset)
            if (at !== s.text) throw new Error(`${name} ${which.join('+')}: span ${s.span.start.offset} holds ${JSON.stringify(at)}, not ${JSON.stringify(s.text)}`)
          }
        },
      ),
      { numRuns: 80, seed: 20261127 },
    )
  })
  it('read the same letter number and tasks through encoding-level noise', () => {
    const base = parseLetter(texts.get('quang-ngai-1468-ubnd-ktth-2024')!)
    for (const p of ['crlf', 'nfd', 'newTones', 'eth', 'nbsp', 'zeroWidth', 'softHyphen', 'bom']) {
      const l = parseLetter(perturbations[p](texts.get('quang-ngai-1468-ubnd-ktth-2024')!, 3))
      expect(l.document.ref, p).toBe(base.document.ref)
      expect(l.tasks.map((t) => t.label), p).toEqual(base.tasks.map((t) => t.label))
      expect(l.citations.map((c) => c.id), p).toEqual(base.citations.map((c) => c.id))
    }
  })
})
