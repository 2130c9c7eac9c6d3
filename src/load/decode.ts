import { createHash } from 'node:crypto'
import type { Diagnostic, Source } from '../types.js'
import { convertLegacy, detectLegacy, type LegacyEncoding } from './legacy.js'
import { formatFor, type BoxRun, type FormatText, type InputFormat, type ReadOptions } from './formats.js'

/**
 * Stable ids of refusals: `corrupt` (a damaged DOCX/PDF), `encrypted` (password-protected),
 * `no-text` (a scan without a text layer), `unsupported` (a format we name but do not read,
 * e.g. a .doc renamed .docx), `too-large` (bytes, unpacked size or pages over a limit).
 */
export type LoadReason = 'empty' | 'binary' | 'too-large' | 'encoding' | 'unreadable' | 'corrupt' | 'encrypted' | 'no-text' | 'unsupported'

/** Why a file was refused. `reason` is a stable id, `message` says what to do. */
export class LoadError extends Error {
  constructor(
    public readonly reason: LoadReason,
    message: string,
  ) {
    super(message)
    this.name = 'LoadError'
  }
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

/** Magic numbers of formats we do not read (yet): the load stage names them. */
const SIGNATURES: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP/DOCX/XLSX', [0x50, 0x4b, 0x03, 0x04]],
  ['legacy Office (DOC/XLS)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['RTF', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['gzip', [0x1f, 0x8b]],
]

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false
  return sig.every((b, i) => bytes[i] === b)
}

export interface DecodeOptions extends ReadOptions {
  maxBytes?: number
}

/**
 * A Source with what the reader learnt: the format (markdown, docx, html, pdf, pdf+ocr, with
 * "+tcvn3"/"+vni" when a legacy encoding was converted), PDF boxes, and notes for the letter's
 * diagnostics. Spans count `raw`, which for converted input is the converted text.
 */
export interface LoadedSource extends Source {
  format: string
  boxes?: BoxRun[]
  notes: Diagnostic[]
}

function precheck(bytes: Uint8Array, where: string, options: DecodeOptions): void {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > maxBytes)
    throw new LoadError('too-large', `${where}: ${bytes.length} bytes is over the limit of ${maxBytes} bytes (raise it with --max-bytes)`)
  if (bytes.length === 0) throw new LoadError('empty', `${where}: the file is empty`)
}

function fromFormat(format: InputFormat, result: FormatText, bytes: Uint8Array, path: string | null): LoadedSource {
  const where = path ?? '<input>'
  if (result.text.trim() === '') throw new LoadError('empty', `${where}: the ${format.name} file has no text`)
  let text = result.text
  let name = result.format ?? format.name.toLowerCase()
  const notes = [...(result.diagnostics ?? [])]
  // Text typed in a legacy font (an old page or document in .VnTime): converted like a text file.
  // A PDF reader converts per font itself, keeping its boxes aligned with the text.
  const legacy = result.boxes ? null : detectLegacy(text)
  if (legacy) {
    text = convertLegacy(text, legacy.id)
    name += `+${legacy.id}`
    notes.push({ ruleId: 'load/legacy-encoding', severity: 'info', message: `The ${format.name} text is in the legacy Vietnamese encoding ${legacy.name}; it was converted to Unicode by rules/encodings.json` })
  }
  return {
    path,
    raw: text,
    encoding: result.encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    format: name,
    boxes: result.boxes,
    notes,
  }
}

/**
 * Bytes → Source, synchronously: text files and formats with a synchronous reader (HTML).
 * DOCX and PDF readers are asynchronous: use `decodeAsync` or `loadFile` for those.
 * Throws LoadError for anything that is not a readable letter.
 */
export function decode(bytes: Uint8Array, path: string | null, options: DecodeOptions = {}): LoadedSource {
  const where = path ?? '<input>'
  precheck(bytes, where, options)
  const format = formatFor(bytes, path)
  if (format) {
    const result = format.toText(bytes, path, options)
    if (result instanceof Promise) {
      result.catch(() => undefined)
      throw new LoadError('unsupported', `${where}: the ${format.name} reader is asynchronous; read the file with loadFile or parseFile`)
    }
    return fromFormat(format, result, bytes, path)
  }
  return decodeText(bytes, path)
}

/** Bytes → Source, for every registered format (DOCX, PDF, HTML) and text. */
export async function decodeAsync(bytes: Uint8Array, path: string | null, options: DecodeOptions = {}): Promise<LoadedSource> {
  const where = path ?? '<input>'
  precheck(bytes, where, options)
  const format = formatFor(bytes, path)
  if (format) return fromFormat(format, await format.toText(bytes, path, options), bytes, path)
  return decodeText(bytes, path)
}

/** The built-in text reader: BOM, UTF-8/UTF-16, legacy encodings converted, binary refused. */
function decodeText(bytes: Uint8Array, path: string | null): LoadedSource {
  const where = path ?? '<input>'
  for (const [name, sig] of SIGNATURES)
    if (startsWith(bytes, sig))
      throw new LoadError('binary', `${where}: this is a ${name} file, not text; convert it to Markdown or plain text first`)

  let raw: string
  let encoding = 'utf-8'
  const notes: Diagnostic[] = []
  let legacy: LegacyEncoding | null = null
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff
    encoding = le ? 'utf-16le' : 'utf-16be'
    raw = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2))
  } else if (looksLikeBomlessUtf16(bytes)) {
    encoding = bytes[0] === 0 ? 'utf-16be' : 'utf-16le'
    raw = new TextDecoder(encoding).decode(bytes)
  } else {
    let body = bytes
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) body = bytes.subarray(3)
    if (body.includes(0)) throw new LoadError('binary', `${where}: the file contains NUL bytes; it is binary, not text`)
    try {
      raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body)
    } catch {
      const latin = new TextDecoder('latin1').decode(body)
      legacy = detectLegacy(latin)
      if (!legacy) throw new LoadError('encoding', `${where}: the file is not valid UTF-8 (nor UTF-16 with a BOM); save it as UTF-8`)
      raw = convertLegacy(latin, legacy.id)
      encoding = legacy.id === 'vni' ? 'vni-windows' : legacy.id
      notes.push({ ruleId: 'load/legacy-encoding', severity: 'info', message: `The file is in the legacy Vietnamese encoding ${legacy.name}; it was converted to Unicode by rules/encodings.json (congvan text shows the result)` })
    }
  }
  if (!legacy) {
    legacy = detectLegacy(raw)
    if (legacy) {
      raw = convertLegacy(raw, legacy.id)
      notes.push({ ruleId: 'load/legacy-encoding', severity: 'info', message: `The text is ${legacy.name} read as Unicode (mojibake); it was converted to Unicode by rules/encodings.json (congvan text shows the result)` })
    }
  }
  if (raw.trim() === '') throw new LoadError('empty', `${where}: the file has no text (only white space)`)
  if (hasControlNoise(raw)) throw new LoadError('binary', `${where}: the file is mostly control characters; it is binary, not text`)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return { path, raw, encoding, sha256, bytes: bytes.length, format: legacy ? `markdown+${legacy.id}` : 'markdown', notes }
}

/** UTF-16 without BOM: every other byte is NUL in the first kilobyte. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) & ~1
  if (n < 8) return false
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const half = n / 2
  return (evenZero > half * 0.6 && oddZero < half * 0.1) || (oddZero > half * 0.6 && evenZero < half * 0.1)
}

function hasControlNoise(text: string): boolean {
  const sample = text.slice(0, 4096)
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) bad++
  }
  return bad > sample.length * 0.1
}
