/**
 * TCVN3 (ABC) and VNI text is converted by the tables in rules/encodings.json: a real letter
 * encoded with the table, written as the single-byte file an old editor saves, parses to the same
 * fields as the Unicode letter; ordinary Unicode Vietnamese is never converted.
 */
import { describe, expect, it, afterAll } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '../src/parse-file.js'
import { convertLegacy, detectLegacy, encodeLegacy } from '../src/load/legacy.js'
import { rules } from '../src/lexicon/index.js'
import type { Letter } from '../src/schema/letter.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = join(root, '..', 'shared', 'corpus', 'letters')
const dir = mkdtempSync(join(tmpdir(), 'congvan-legacy-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Windows-1252 bytes, as an old Windows editor saves a TCVN3 or VNI file (curly quotes, dashes included). */
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ'
const cp1252 = (s: string) => Buffer.from([...s].map((c) => (CP1252.includes(c) ? 0x80 + CP1252.indexOf(c) : c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)))

/** Every field a reader of the letter uses. */
function fields(l: Letter): unknown {
  const d = l.document
  return {
    ref: d.ref, type: d.type, date: d.date, place: d.place, issuer: d.issuer?.name, subject: d.subject, signer: d.signer?.name,
    recipients: d.recipients.map((r) => r.name), distribution: d.distribution.map((r) => r.name),
    citations: l.citations.map((c) => [c.id, c.date, c.occurrences.length]),
    tasks: l.tasks.map((t) => [t.label, t.lead.map((a) => a.name), t.support.map((a) => a.name), t.deadline?.date ?? null, t.deadline?.kind ?? null]),
  }
}

const LETTERS = [
  'quang-ngai-1468-ubnd-ktth-2024',
  '001-laocai-cv9387-ubnd-kt-ctr104',
  '011-btnmt-kh09-ke-hoach-trien-khai-ct13',
  '102-hanoi-tb453-ubnd-treo-co',
]

describe.skipIf(!existsSync(corpus))('round trips of real letters', () => {
  for (const id of ['tcvn3', 'vni'] as const)
    for (const name of LETTERS)
      it(`${name} encoded in ${id} parses to the same fields as in Unicode`, { timeout: 20_000 }, async () => {
        const unicode = readFileSync(join(corpus, `${name}.md`), 'utf8')
        const p = join(dir, `${name}.${id}.txt`)
        writeFileSync(p, cp1252(encodeLegacy(unicode, id)))
        const [a, b] = await Promise.all([parseFile(join(corpus, `${name}.md`)), parseFile(p)])
        expect(b.source.format).toBe(`markdown+${id}`)
        expect(b.diagnostics[0]).toMatchObject({ ruleId: 'load/legacy-encoding', message: expect.stringContaining(id === 'vni' ? 'VNI' : 'TCVN3') })
        expect(fields(b)).toEqual(fields(a))
      })
})

describe('detection', () => {
  it.skipIf(!existsSync(corpus))('never calls a Unicode letter of the corpus legacy', () => {
    for (const f of readdirSync(corpus).filter((x) => x.endsWith('.md'))) expect(detectLegacy(readFileSync(join(corpus, f), 'utf8')), f).toBeNull()
  })
  it('tells VNI from TCVN3 although VNI mark bytes are TCVN3 letters too', () => {
    const text = 'Ủy ban nhân dân tỉnh Quảng Ngãi đề nghị các sở, ban, ngành khẩn trương thực hiện.'
    expect(detectLegacy(encodeLegacy(text, 'vni').repeat(2))?.id).toBe('vni')
    expect(detectLegacy(encodeLegacy(text, 'tcvn3').repeat(2))?.id).toBe('tcvn3')
  })
  for (const enc of rules().encodings)
    it(`${enc.id}: each example converts to its Unicode twin`, () => {
      enc.examples.forEach((ex, i) => expect(convertLegacy(ex, enc.id).normalize('NFC')).toBe(enc.unicodeExamples[i].normalize('NFC')))
    })
  it('writes a TCVN3 capital toned vowel as a capital where its word is in capitals, and keeps "Tự do" small', () => {
    expect(convertLegacy('CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(convertLegacy('ñY BAN NH©N D©N', 'tcvn3')).toBe('ỦY BAN NHÂN DÂN')
    expect(convertLegacy('§éc lËp - Tù do - H¹nh phóc', 'tcvn3')).toBe('Độc lập - Tự do - Hạnh phúc')
    expect(convertLegacy('Sè: 12/UBND', 'tcvn3')).toBe('Số: 12/UBND')
  })
})
