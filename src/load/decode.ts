import { createHash } from 'node:crypto'
import type { Source } from '../types.js'
import { detectLegacyEncoding } from './legacy.js'
import { formatFor } from './formats.js'

/** Why a file was refused. `reason` is a stable id, `message` says what to do. */
export class LoadError extends Error {
  constructor(
    public readonly reason: 'empty' | 'binary' | 'too-large' | 'encoding' | 'unreadable',
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

export interface DecodeOptions {
  maxBytes?: number
}

/** Bytes → Source. Throws LoadError for anything that is not a readable text letter. */
export function decode(bytes: Uint8Array, path: string | null, options: DecodeOptions = {}): Source {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const where = path ?? '<input>'
  if (bytes.length > maxBytes)
    throw new LoadError('too-large', `${where}: ${bytes.length} bytes is over the limit of ${maxBytes} bytes (raise it with --max-bytes)`)
  if (bytes.length === 0) throw new LoadError('empty', `${where}: the file is empty`)
  const format = formatFor(bytes, path)
  if (format) {
    const { text, encoding } = format.toText(bytes, path)
    if (text.trim() === '') throw new LoadError('empty', `${where}: the ${format.name} file has no text`)
    return { path, raw: text, encoding, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }
  }
  for (const [name, sig] of SIGNATURES)
    if (startsWith(bytes, sig))
      throw new LoadError('binary', `${where}: this is a ${name} file, not text; convert it to Markdown or plain text first`)

  let raw: string
  let encoding = 'utf-8'
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
      const legacy = detectLegacyEncoding(latin)
      if (legacy)
        throw new LoadError('encoding', `${where}: the text is in the legacy Vietnamese encoding ${legacy}; convert it to Unicode (UTF-8) first`)
      throw new LoadError('encoding', `${where}: the file is not valid UTF-8 (nor UTF-16 with a BOM); save it as UTF-8`)
    }
  }
  const legacy = detectLegacyEncoding(raw)
  if (legacy)
    throw new LoadError('encoding', `${where}: the text looks like ${legacy} read as Unicode (mojibake); convert the original file to Unicode first`)
  if (raw.trim() === '') throw new LoadError('empty', `${where}: the file has no text (only white space)`)
  if (hasControlNoise(raw)) throw new LoadError('binary', `${where}: the file is mostly control characters; it is binary, not text`)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return { path, raw, encoding, sha256, bytes: bytes.length }
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
