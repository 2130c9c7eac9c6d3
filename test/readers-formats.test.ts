/**
 * DOCX, PDF and HTML letters read as well as their text: for each fixture built from a corpus
 * letter (scripts/make-binary-fixtures.sh), the shared scorer's figure for the letter parsed from
 * the file is within 0.02 of the figure for the same letter parsed from its Markdown, and a failure
 * names the fields that differ. Real signed PDFs and a Word form from ../shared/corpus/binary too.
 */
import { describe, expect, it, beforeAll } from 'vitest'
import { existsSync, mkdtempSync, mkdirSync, copyFileSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, basename } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseFile } from '../src/parse-file.js'
import { letterText } from '../src/letter-text.js'
import type { Letter } from '../src/schema/letter.js'
import { LetterSchema } from '../src/schema/letter.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'fixtures', 'binary')
const shared = join(root, '..', 'shared')
const hasShared = existsSync(join(shared, 'eval', 'score.mjs'))

/** Each file is parsed once for the whole file of tests (PDF and DOCX reading is the slow part). */
const memo = new Map<string, Promise<Letter>>()
const parsed = (path: string): Promise<Letter> => {
  let p = memo.get(path)
  if (!p) memo.set(path, (p = parseFile(path)))
  return p
}

/** The shared scorer's figure for one letter, against the corpus gold. */
function score(letter: Letter, name: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-readers-'))
  try {
    mkdirSync(join(dir, 'gold'))
    mkdirSync(join(dir, 'pred'))
    copyFileSync(join(shared, 'corpus', 'gold', `${name}.json`), join(dir, 'gold', `${name}.json`))
    writeFileSync(join(dir, 'pred', `${name}.json`), JSON.stringify(letter))
    const r = spawnSync('node', [join(shared, 'eval', 'score.mjs'), '--gold', join(dir, 'gold'), '--pred', join(dir, 'pred'), '--json'], { encoding: 'utf8' })
    return (JSON.parse(r.stdout) as { summary: { score: number } }).summary.score
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The fields a reader of the letter cares about, as comparable strings. */
function fields(l: Letter): Record<string, string> {
  const d = l.document
  const out: Record<string, string> = {
    ref: String(d.ref), date: String(d.date), type: d.type, issuer: String(d.issuer?.name), subject: String(d.subject),
    signer: String(d.signer?.name), recipients: d.recipients.map((r) => r.name).join('; '),
    citations: l.citations.map((c) => c.id).join('; '),
    tasks: l.tasks.map((t) => t.label).join(' '),
  }
  for (const t of l.tasks) {
    out[`task ${t.label} lead`] = t.lead.map((a) => a.name).join('; ')
    out[`task ${t.label} support`] = t.support.map((a) => a.name).join('; ')
    out[`task ${t.label} deadline`] = String(t.deadline?.date ?? null)
  }
  return out
}

function differing(a: Letter, b: Letter): string[] {
  const fa = fields(a)
  const fb = fields(b)
  return [...new Set([...Object.keys(fa), ...Object.keys(fb)])].filter((k) => fa[k] !== fb[k]).map((k) => `${k}: text ${JSON.stringify(fa[k])} vs file ${JSON.stringify(fb[k])}`)
}

const CASES: Array<[string, string]> = [
  ['011-btnmt-kh09-ke-hoach-trien-khai-ct13.docx', 'docx'],
  ['011-btnmt-kh09-ke-hoach-trien-khai-ct13.pdf', 'pdf'],
  ['quang-ngai-1468-ubnd-ktth-2024.docx', 'docx'],
  ['quang-ngai-1468-ubnd-ktth-2024.pdf', 'pdf'],
  ['102-hanoi-tb453-ubnd-treo-co.html', 'html'],
]

describe.skipIf(!hasShared)('a letter read from DOCX, PDF or HTML scores as its text does', () => {
  for (const [file, format] of CASES) {
    const name = file.replace(/\.\w+$/, '')
    it(`${file} is within 0.02 of ${name}.md, and says it was read from ${format}`, { timeout: 30_000 }, async () => {
      const fromText = await parsed(join(shared, 'corpus', 'letters', `${name}.md`))
      const fromFile = await parsed(join(bin, file))
      expect(fromFile.source.format).toBe(format)
      expect(LetterSchema.safeParse(fromFile).success).toBe(true)
      const diff = Math.abs(score(fromText, name) - score(fromFile, name))
      expect(diff, `fields that differ:\n${differing(fromText, fromFile).join('\n')}`).toBeLessThanOrEqual(0.02)
    })
  }
})

describe('PDF spans carry their page and box', () => {
  let letter: Letter
  beforeAll(async () => {
    letter = await parsed(join(bin, 'quang-ngai-1468-ubnd-ktth-2024.pdf'))
  }, 30_000)
  it('puts the letter number in a box near the top of page 1, in PDF points', () => {
    const box = letter.document.evidence.ref?.span.box
    expect(box).toMatchObject({ page: 1 })
    // US Letter pages are 792 points high; the number sits in the letterhead, in the top quarter.
    expect(box!.y).toBeGreaterThan(792 * 0.7)
    expect(box!.width).toBeGreaterThan(20)
    expect(box!.height).toBeGreaterThan(5)
  })
  it('gives a task on a later page that page', () => {
    const pages = letter.tasks.map((t) => t.span.box?.page ?? 0)
    expect(Math.max(...pages)).toBeGreaterThan(1)
    expect(pages.every((p) => p >= 1)).toBe(true)
  })
  it('keeps box-less spans for text letters (the field is optional)', async () => {
    const l = await parsed(join(root, 'fixtures', 'quang-ngai-1468-ubnd-ktth-2024', 'input.md'))
    expect(l.source.format).toBe('markdown')
    expect(l.document.evidence.ref?.span.box).toBeUndefined()
  })
})

describe('real files from ../shared/corpus/binary', () => {
  it('a signed PDF: keeps the two letterhead columns apart and reads the number the signing system stamped', { timeout: 30_000 }, async () => {
    const { text } = await letterText(join(bin, 'hvktmm-cv659-hvm-hc-signed.pdf'))
    const lines = text.split('\n')
    // No line mixes the issuer (left column) with the national name or motto (right column).
    expect(lines.some((l) => /HỌC VIỆN/.test(l) && /Độc lập|CỘNG HÒA/.test(l))).toBe(false)
    expect(lines.indexOf('HỌC VIỆN KỸ THUẬT MẬT MÃ')).toBeLessThan(lines.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))
    const letter = await parsed(join(bin, 'hvktmm-cv659-hvm-hc-signed.pdf'))
    expect(letter.document.ref).toBe('659/HVM-HC')
    expect(letter.document.date).toBe('2024-12-12')
    expect(letter.document.signer?.name).toBe('Đào Hồng Nam')
  })
  it.skipIf(!existsSync(join(shared, 'corpus', 'binary')))('a three-page signed PDF carries no signature stamp or page number lines', { timeout: 60_000 }, async () => {
    for (const f of ['hvktmm-cv703-hvm-tbqt-kiem-ke-signed.pdf']) {
      const { text } = await letterText(join(shared, 'corpus', 'binary', f))
      expect(text, f).not.toMatch(/Ký bởi|Thời gian ký|Signature/i)
      expect(text.split('\n').filter((l) => /^\s*\d{1,3}\s*$/.test(l)), f).toEqual([])
      expect(text.split('\n').some((l) => /HỌC VIỆN/.test(l) && /Độc lập|CỘNG HÒA/.test(l)), f).toBe(false)
    }
  })
  it('a Word form that is not a letter gets no invented number, date or tasks with agencies', { timeout: 30_000 }, async () => {
    const l = await parsed(join(bin, 'phieu-trinh-van-ban-di-form.docx'))
    expect(l.source.format).toBe('docx')
    expect(l.document.ref).toBeNull()
    expect(l.document.date).toBeNull()
    expect(l.citations).toEqual([])
    expect(l.tasks.flatMap((t) => t.lead)).toEqual([])
  })
})

describe('congvan text', () => {
  it('returns the converted text the spans count, with the format', { timeout: 30_000 }, async () => {
    const t = await letterText(join(bin, 'quang-ngai-1468-ubnd-ktth-2024.docx'))
    expect(t.format).toBe('docx')
    const l = await parsed(join(bin, 'quang-ngai-1468-ubnd-ktth-2024.docx'))
    const ev = l.document.evidence.ref!
    expect(t.text.slice(ev.span.start.offset, ev.span.end.offset)).toBe(ev.text)
    expect(basename(l.source.path!)).toBe('quang-ngai-1468-ubnd-ktth-2024.docx')
  })
  it('gives a text file as decoded, and its normalised form on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-text-'))
    try {
      const p = join(dir, 'a.md')
      writeFileSync(p, 'Số: 1/UBND\r\nHoà bình\r\n')
      expect((await letterText(p)).text).toBe('Số: 1/UBND\r\nHoà bình\r\n')
      expect((await letterText(p, { normalized: true })).text).toBe('Số: 1/UBND\nHòa bình\n')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
