/**
 * The built-in readers, registered on the format seam: DOCX (mammoth), PDF (pdfjs-dist) and
 * HTML (rehype-parse). The heavy libraries load on first use, so a text-only run pays nothing.
 */
import { registerFormat } from './formats.js'
import { htmlToText } from './html.js'
import { isCfb, docxToText } from './docx.js'

const ext = (path: string | null): string => /\.([A-Za-z0-9]+)$/.exec(path ?? '')?.[1]?.toLowerCase() ?? ''
const starts = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]

registerFormat({
  name: 'DOCX',
  extensions: ['docx'],
  // A ZIP named .docx, or any ZIP holding word/document.xml; an OLE file named .docx/.doc is
  // taken too, to be refused with its real nature (a renamed .doc, a password-protected DOCX).
  accepts: (bytes, path) => {
    const e = ext(path)
    if (starts(bytes, ZIP)) return e === 'docx' || (e !== 'xlsx' && e !== 'pptx' && e !== 'zip' && includesAscii(bytes, 'word/document.xml'))
    return isCfb(bytes) && (e === 'docx' || e === 'doc' || e === 'docm')
  },
  toText: (bytes, path, options) => docxToText(bytes, path, options),
})

registerFormat({
  name: 'PDF',
  extensions: ['pdf'],
  // Some producers put bytes before the header; the PDF spec allows it within the first KiB.
  accepts: (bytes, path) => starts(bytes, PDF) || (ext(path) === 'pdf' && includesAscii(bytes.subarray(0, 1024), '%PDF-')),
  toText: async (bytes, path, options) => (await import('./pdf.js')).pdfToText(bytes, path, options),
})

registerFormat({
  name: 'HTML',
  extensions: ['html', 'htm', 'xhtml'],
  accepts: (bytes, path) => {
    const e = ext(path)
    if (e === 'html' || e === 'htm' || e === 'xhtml') return true
    if (e === 'md' || e === 'markdown' || e === 'txt') return false
    const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase()
    return head.startsWith('<!doctype html') || head.startsWith('<html')
  },
  toText: (bytes) => ({ text: htmlToText(decodeHtml(bytes)), encoding: charsetOf(bytes) ?? 'utf-8', format: 'html' }),
})

function includesAscii(bytes: Uint8Array, s: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(s, 0, 'latin1')
}

/** The charset a page declares (meta charset / http-equiv), if any. */
function charsetOf(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null
}

/** A saved page in UTF-8, or in the charset it declares (windows-1258 pages exist). */
function decodeHtml(bytes: Uint8Array): string {
  const body = starts(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    const cs = charsetOf(bytes)
    try {
      return new TextDecoder(cs && cs !== 'utf-8' ? cs : 'latin1').decode(body)
    } catch {
      return new TextDecoder('latin1').decode(body)
    }
  }
}
