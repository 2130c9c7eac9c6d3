/**
 * DOCX → text: mammoth turns the document into HTML (paragraphs, bold, tables), and the HTML
 * reader makes the text. Before mammoth sees the file, the ZIP guard caps its unpacked size and
 * names encrypted or damaged files; Word's automatic numbering, which mammoth turns into <ol>
 * without the printed label, gets its label back ("1.", "a)", "II.") from numbering.xml.
 */
import { LoadError } from './decode.js'
import { htmlToText } from './html.js'
import { readZip, ZipError, DEFAULT_MAX_UNZIPPED_BYTES } from './zip.js'
import type { FormatText, ReadOptions } from './formats.js'
import { alphaLabel, romanLabel } from './numbering.js'

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

export function isCfb(bytes: Uint8Array): boolean {
  return CFB.every((b, i) => bytes[i] === b)
}

/** A stream name inside an OLE compound file (names are UTF-16LE in its directory). */
function hasStream(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'))
}

/** An Office file in the old compound format: an encrypted DOCX, or a .doc renamed. */
export function refuseCfb(bytes: Uint8Array, where: string): never {
  if (hasStream(bytes, 'EncryptedPackage'))
    throw new LoadError('encrypted', `${where}: the Word file is password-protected; open it in Word, remove the password (File → Info → Protect Document) and save it again`)
  if (hasStream(bytes, 'WordDocument'))
    throw new LoadError('unsupported', `${where}: this is an old Word .doc file (Word 97–2003), not DOCX, whatever its name; save it as .docx (or convert it: soffice --headless --convert-to docx)`)
  throw new LoadError('unsupported', `${where}: this is an old Office compound file (DOC/XLS/PPT), not DOCX; save it as .docx`)
}

export async function docxToText(bytes: Uint8Array, path: string | null, options: ReadOptions = {}): Promise<FormatText> {
  const where = path ?? '<input>'
  if (isCfb(bytes)) refuseCfb(bytes, where)
  let entries: Map<string, Buffer>
  try {
    entries = readZip(bytes, options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES)
  } catch (e) {
    if (!(e instanceof ZipError)) throw e
    if (e.problem === 'too-large') throw new LoadError('too-large', `${where}: the DOCX file is refused: ${e.message}`)
    if (e.problem === 'encrypted') throw new LoadError('encrypted', `${where}: the DOCX file is password-protected (${e.message}); remove the password and save it again`)
    throw new LoadError('corrupt', `${where}: the DOCX file is damaged: ${e.message}`)
  }
  const document = entries.get('word/document.xml')
  if (!document) throw new LoadError('corrupt', `${where}: the file is a ZIP archive but not a Word document (no word/document.xml)`)
  const labels = numberingLabels(document.toString('utf8'), entries.get('word/numbering.xml')?.toString('utf8') ?? '')
  const mammoth = (await import('mammoth')).default
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { transformDocument: labelNumberedParagraphs(labels), ignoreEmptyParagraphs: true },
    )
    html = result.value
  } catch (e) {
    throw new LoadError('corrupt', `${where}: the DOCX file cannot be read (${(e as Error).message.split('\n')[0]})`)
  }
  return { text: htmlToText(html, { findBody: false }), encoding: 'docx', format: 'docx' }
}

interface Level {
  numFmt: string
  lvlText: string
  start: number
  pStyle?: string
}

const attr = (xml: string, tag: string): string | undefined => new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1]

/** Labels, in document order, of the paragraphs mammoth sees as numbered (null: no label, a bullet). */
export function numberingLabels(document: string, numbering: string): Array<string | null> {
  const abstract = new Map<string, Map<number, Level>>()
  for (const m of numbering.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>()
    for (const l of m[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g))
      levels.set(Number(l[1]), { numFmt: attr(l[2], 'numFmt') ?? 'decimal', lvlText: attr(l[2], 'lvlText') ?? '', start: Number(attr(l[2], 'start') ?? 1), pStyle: attr(l[2], 'pStyle') })
    abstract.set(m[1], levels)
  }
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>()
  for (const m of numbering.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const overrides = new Map<number, number>()
    for (const o of m[2].matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const s = attr(o[2], 'startOverride')
      if (s !== undefined) overrides.set(Number(o[1]), Number(s))
    }
    nums.set(m[1], { abstractId: attr(m[2], 'abstractNumId') ?? '', overrides })
  }
  const byStyle = new Map<string, { abstractId: string; level: number }>()
  for (const [id, levels] of abstract) for (const [k, l] of levels) if (l.pStyle && !byStyle.has(l.pStyle)) byStyle.set(l.pStyle, { abstractId: id, level: k })

  // Counters per abstract numbering (Word continues a list across numIds sharing one).
  const counters = new Map<string, number[]>()
  const started = new Set<string>()
  const labels: Array<string | null> = []
  for (const p of document.matchAll(/<w:p\b(?:\s[^>]*)?>(\s*<w:pPr>([\s\S]*?)<\/w:pPr>)?/g)) {
    const ppr = p[2] ?? ''
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(ppr)?.[1]
    let abstractId: string | undefined
    let level = 0
    let numId: string | undefined
    if (numPr) {
      numId = attr(numPr, 'numId')
      const ilvl = attr(numPr, 'ilvl')
      level = Number(ilvl ?? 0)
      if (ilvl === undefined) {
        const style = attr(ppr, 'pStyle')
        const s = style ? byStyle.get(style) : undefined
        if (s) {
          abstractId = s.abstractId
          level = s.level
          numId = undefined
        }
      }
      if (numId !== undefined) abstractId = nums.get(numId)?.abstractId
    } else {
      const style = attr(ppr, 'pStyle')
      const s = style ? byStyle.get(style) : undefined
      if (s) {
        abstractId = s.abstractId
        level = s.level
      }
    }
    const def = abstractId !== undefined ? abstract.get(abstractId)?.get(level) : undefined
    if (!def || abstractId === undefined) continue
    let c = counters.get(abstractId)
    if (!c) counters.set(abstractId, (c = []))
    const num = numId !== undefined ? nums.get(numId) : undefined
    if (numId !== undefined && num && !started.has(numId)) {
      started.add(numId)
      for (const [k, v] of num.overrides) c[k] = v - 1
    }
    c[level] = (c[level] ?? (def.start - 1)) + 1
    c.length = level + 1
    if (def.numFmt === 'bullet' || def.numFmt === 'none') {
      labels.push(def.numFmt === 'bullet' ? '-' : null)
      continue
    }
    const levels = abstract.get(abstractId)!
    labels.push(
      def.lvlText.replace(/%(\d)/g, (_, d: string) => {
        const k = Number(d) - 1
        const l = levels.get(k)
        return format(c![k] ?? l?.start ?? 1, l?.numFmt ?? 'decimal')
      }).trim() || null,
    )
  }
  return labels
}

function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter':
      return alphaLabel(n).toLowerCase()
    case 'upperLetter':
      return alphaLabel(n)
    case 'lowerRoman':
      return romanLabel(n).toLowerCase()
    case 'upperRoman':
      return romanLabel(n)
    case 'decimalZero':
      return String(n).padStart(2, '0')
    default:
      return String(n)
  }
}


interface MammothNode {
  type: string
  children?: MammothNode[]
  numbering?: unknown
  value?: string
}

/**
 * A mammoth transform: each numbered paragraph gets its printed label as text and stops being a
 * list item. The labels are matched by order; when the counts disagree (a numbering we did not
 * model) nothing is changed and mammoth's lists stand, labelled by the HTML reader.
 */
function labelNumberedParagraphs(labels: Array<string | null>) {
  return (document: MammothNode): MammothNode => {
    const numbered: MammothNode[] = []
    const walk = (n: MammothNode) => {
      if (n.type === 'paragraph' && n.numbering) numbered.push(n)
      for (const c of n.children ?? []) walk(c)
    }
    walk(document)
    if (numbered.length !== labels.length) return document
    numbered.forEach((p, i) => {
      p.numbering = null
      const label = labels[i]
      if (!label) return
      const text = { type: 'text', value: label + ' ' }
      const first = p.children?.[0]
      if (first && first.type === 'run' && first.children) first.children.unshift(text)
      else (p.children ??= []).unshift({ type: 'run', children: [text], ...RUN_DEFAULTS } as MammothNode)
    })
    return document
  }
}

const RUN_DEFAULTS = {
  styleId: null, styleName: null, isBold: false, isUnderline: false, isItalic: false, isStrikethrough: false,
  isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', font: null, fontSize: null, highlight: null,
}
