/**
 * PDF → text with pdfjs-dist (the legacy build, for Node 20). The text items of each page become
 * lines by their position (pdf-layout.ts); text that e-office systems stamp into signature fields
 * (the number and the day of a signed letter) is read from those fields' appearance. Refusals
 * name the problem: password, damage, too many pages, no text layer (a scan; --ocr runs tesseract
 * where it is installed).
 */
import { LoadError } from './decode.js'
import type { FormatText, ReadOptions } from './formats.js'
import { layoutPages, type PageItems, type TextItem } from './pdf-layout.js'
import { convertLegacy, detectLegacy } from './legacy.js'
import { ocrPdf } from './ocr.js'
import type { Diagnostic } from '../types.js'

export const DEFAULT_MAX_PAGES = 500

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let pdfjsModule: Promise<Pdfjs> | null = null
const pdfjs = (): Promise<Pdfjs> => (pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs'))

interface RawItem {
  str: string
  transform: number[]
  width: number
  height: number
  fontName: string
  hasEOL?: boolean
}

export async function pdfToText(bytes: Uint8Array, path: string | null, options: ReadOptions = {}): Promise<FormatText> {
  const where = path ?? '<input>'
  const lib = await pdfjs()
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = lib.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false })
  let doc: Awaited<typeof task.promise>
  try {
    doc = await task.promise
  } catch (e) {
    const name = (e as Error).name
    if (name === 'PasswordException')
      throw new LoadError('encrypted', `${where}: the PDF is password-protected; open it with its password and save an unprotected copy (or: qpdf --password=… --decrypt in.pdf out.pdf)`)
    throw new LoadError('corrupt', `${where}: the PDF is damaged and cannot be read (${(e as Error).message})`)
  }
  try {
    if (doc.numPages > maxPages)
      throw new LoadError('too-large', `${where}: the PDF has ${doc.numPages} pages, over the limit of ${maxPages} (raise it with --max-pages)`)
    const pages: PageItems[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const [x0, y0, x1, y1] = page.view
      const content = await page.getTextContent()
      const items: TextItem[] = []
      let chunk = false
      for (const it of content.items as RawItem[]) {
        // pdfjs marks the start of each independently placed run of text (a line, a table cell,
        // a tab stop) with an empty end-of-line item.
        if (it.hasEOL && it.str === '') chunk = true
        if (typeof it.str !== 'string' || it.str === '') continue
        // White-space items are kept: they say where a word ends when glyphs are tightly set.
        const size = Math.hypot(it.transform[2], it.transform[3]) || it.height || 10
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: size, font: it.fontName, chunkStart: chunk })
        if (it.str.trim()) chunk = false
      }
      items.push(...(await stampedText(lib, page)))
      pages.push({ page: n, left: x0, bottom: y0, width: x1 - x0, height: y1 - y0, items })
      page.cleanup()
    }
    const chars = pages.reduce((s, p) => s + p.items.reduce((t, i) => t + i.str.replace(/\s/g, '').length, 0), 0)
    if (chars < 40 * Math.min(pages.length, 3)) {
      if (options.ocr) return await ocrPdf(bytes, where, pages.length)
      throw new LoadError(
        'no-text',
        `${where}: the PDF has no text layer (it is a scan); run OCR on it: congvan parse --ocr (needs tesseract with Vietnamese: apt-get install tesseract-ocr tesseract-ocr-vie), or ocrmypdf -l vie in.pdf out.pdf`,
      )
    }
    const diagnostics: Diagnostic[] = []
    const legacy = convertLegacyFonts(pages)
    if (legacy) diagnostics.push({ ruleId: 'load/legacy-encoding', severity: 'info', message: `Text in ${legacy.name} fonts was converted to Unicode by rules/encodings.json` })
    const out = layoutPages(pages)
    if (out.dropped.stamps) diagnostics.push({ ruleId: 'load/pdf-stamp-dropped', severity: 'info', message: `${out.dropped.stamps} line(s) of digital-signature stamps left out of the text` })
    if (out.dropped.furniture) diagnostics.push({ ruleId: 'load/pdf-furniture-dropped', severity: 'info', message: `${out.dropped.furniture} line(s) of page numbers and running headers or footers left out of the text` })
    if (out.dropped.decoration) diagnostics.push({ ruleId: 'load/pdf-decoration-dropped', severity: 'info', message: `${out.dropped.decoration} rule(s) drawn with characters (¯¯¯, -----) under a title or between parts left out of the text` })
    return { text: out.text, encoding: 'pdf', format: legacy ? `pdf+${legacy.id}` : 'pdf', boxes: out.boxes, diagnostics }
  } finally {
    await doc.destroy()
  }
}

/**
 * Text that signing systems draw in signature fields (the letter's number, the day of its date):
 * pdfjs does not put it in the page's text, so it is read from the fields' appearance streams,
 * placed on the baseline of the field's box.
 */
type Page = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['getDocument']>['promise']>['getPage']>>

async function stampedText(lib: Pdfjs, page: Page): Promise<TextItem[]> {
  const annotations = (await page.getAnnotations()) as Array<{ subtype: string; fieldType?: string; rect: number[]; textContent?: string[] }>
  const items: TextItem[] = []
  for (const a of annotations)
    if (a.textContent?.length && a.subtype !== 'Link')
      a.textContent.forEach((line, k) => {
        const h = Math.min(14, a.rect[3] - a.rect[1])
        if (line.trim()) items.push({ str: line, x: a.rect[0], y: a.rect[3] - (k + 1) * h, width: a.rect[2] - a.rect[0], height: h, font: 'annotation' })
      })
  if (!annotations.some((a) => a.subtype === 'Widget' && a.fieldType === 'Sig' && !a.textContent?.length)) return items
  const ops = await page.getOperatorList({ annotationMode: lib.AnnotationMode.ENABLE })
  const O = lib.OPS
  let rect: number[] | null = null
  let lines: string[] = []
  let line = ''
  const breaks = new Set<number>([O.moveText, O.setTextMatrix, O.nextLine, O.setLeadingMoveText, O.nextLineShowText, O.nextLineSetSpacingShowText])
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]
    const args = ops.argsArray[i] as unknown[]
    if (fn === O.beginAnnotation) {
      rect = (args[1] as number[]) ?? null
      lines = []
      line = ''
    } else if (fn === O.endAnnotation) {
      if (line.trim()) lines.push(line)
      if (rect && lines.length) {
        const r = rect
        const h = Math.min(14, (r[3] - r[1]) / Math.max(1, lines.length))
        const top = r[1] + (r[3] - r[1] + lines.length * h) / 2
        lines.forEach((l, k) => items.push({ str: l.trim(), x: r[0], y: top - (k + 1) * h + h * 0.2, width: r[2] - r[0], height: h, font: 'signature-field' }))
      }
      rect = null
    } else if (rect) {
      if (breaks.has(fn) && line.trim()) {
        lines.push(line)
        line = ''
      }
      if (fn === O.showText || fn === O.showSpacedText || fn === O.nextLineShowText || fn === O.nextLineSetSpacingShowText) {
        const glyphs = args[args.length - 1] as Array<number | { unicode?: string } | null>
        for (const g of glyphs ?? []) {
          if (typeof g === 'number') {
            if (g < -200) line += ' '
          } else if (g?.unicode) line += g.unicode
        }
      }
    }
  }
  return items
}

/**
 * Text drawn in a legacy font (.VnTime, VNI-Times) comes out as mojibake: each font's text is
 * checked on its own, and the fonts whose text is TCVN3 or VNI are converted item by item, so
 * Unicode text in other fonts is never touched.
 */
function convertLegacyFonts(pages: PageItems[]): { id: string; name: string } | null {
  const byFont = new Map<string, TextItem[]>()
  for (const p of pages) for (const it of p.items) {
    let list = byFont.get(it.font)
    if (!list) byFont.set(it.font, (list = []))
    list.push(it)
  }
  let found: { id: string; name: string } | null = null
  for (const list of byFont.values()) {
    const legacy = detectLegacy(list.map((i) => i.str).join(' '))
    if (!legacy) continue
    found ??= legacy
    for (const it of list) it.str = convertLegacy(it.str, legacy.id)
  }
  return found
}
