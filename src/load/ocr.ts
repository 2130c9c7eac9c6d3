/**
 * OCR of a scanned PDF, page by page, where the tools are installed: pdftoppm (poppler-utils)
 * renders each page, tesseract with Vietnamese data reads it as words with boxes (TSV), and the
 * words go through the same layout as a PDF's text items.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { LoadError } from './decode.js'
import type { FormatText } from './formats.js'
import { layoutPages, type PageItems, type TextItem } from './pdf-layout.js'

const run = promisify(execFile)
const DPI = 300

async function has(cmd: string, args: string[]): Promise<string | null> {
  try {
    const { stdout, stderr } = await run(cmd, args, { timeout: 10_000 })
    return stdout + stderr
  } catch {
    return null
  }
}

/** Whether OCR can run here, and what to install if not. */
export async function ocrAvailable(): Promise<{ ok: true } | { ok: false; missing: string }> {
  const langs = await has('tesseract', ['--list-langs'])
  if (langs === null) return { ok: false, missing: 'tesseract (apt-get install tesseract-ocr tesseract-ocr-vie)' }
  if (!/^vie$/m.test(langs)) return { ok: false, missing: 'the Vietnamese data for tesseract (apt-get install tesseract-ocr-vie)' }
  if ((await has('pdftoppm', ['-v'])) === null) return { ok: false, missing: 'pdftoppm (apt-get install poppler-utils)' }
  return { ok: true }
}

export async function ocrPdf(bytes: Uint8Array, where: string, pageCount: number): Promise<FormatText> {
  const ready = await ocrAvailable()
  if (!ready.ok)
    throw new LoadError('no-text', `${where}: the PDF has no text layer (it is a scan) and --ocr needs ${ready.missing}`)
  const dir = await mkdtemp(join(tmpdir(), 'congvan-ocr-'))
  try {
    const pdf = join(dir, 'in.pdf')
    await writeFile(pdf, bytes)
    const pages: PageItems[] = []
    for (let n = 1; n <= pageCount; n++) {
      await run('pdftoppm', ['-r', String(DPI), '-f', String(n), '-l', String(n), '-png', pdf, join(dir, `p${n}`)], { timeout: 120_000 })
      const png = (await readdir(dir)).find((f) => f.startsWith(`p${n}-`) || f === `p${n}.png`)
      if (!png) continue
      const { stdout } = await run('tesseract', [join(dir, png), 'stdout', '-l', 'vie', 'tsv'], { timeout: 300_000, maxBuffer: 64 * 1024 * 1024 })
      pages.push(tsvToPage(stdout, n))
      await rm(join(dir, png), { force: true })
    }
    const out = layoutPages(pages)
    if (!out.text.trim()) throw new LoadError('no-text', `${where}: OCR found no text in the scanned PDF`)
    return {
      text: out.text,
      encoding: 'pdf',
      format: 'pdf+ocr',
      boxes: out.boxes,
      diagnostics: [{ ruleId: 'load/ocr', severity: 'warning', message: 'The PDF is a scan; its text was read by OCR (tesseract, Vietnamese) and may contain recognition errors' }],
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** tesseract TSV (level 5 rows are words, pixel boxes from the top left) → items in PDF points. */
export function tsvToPage(tsv: string, page: number): PageItems {
  const scale = 72 / DPI
  let width = 0
  let height = 0
  const items: TextItem[] = []
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t')
    if (f.length < 12) continue
    const [level, , , , , , left, top, w, h, conf, text] = f
    if (level === '1') {
      width = Number(w) * scale
      height = Number(h) * scale
    }
    if (level !== '5' || !text?.trim() || Number(conf) < 0) continue
    const px = Number(h) * scale
    items.push({ str: text, x: Number(left) * scale, y: height - (Number(top) + Number(h)) * scale + px * 0.2, width: Number(w) * scale, height: px, font: 'ocr' })
  }
  return { page, left: 0, bottom: 0, width, height, items }
}
