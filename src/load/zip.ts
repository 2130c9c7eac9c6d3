/**
 * A guard for ZIP containers (DOCX) before a library unpacks them: reads the central directory,
 * refuses encrypted entries, and inflates every entry with a cap on the total output, so a zip
 * bomb stops at the cap instead of filling memory (declared sizes can lie; the inflater's
 * maxOutputLength cannot). Returns the entries, which the DOCX reader uses for numbering.
 */
import { inflateRawSync } from 'node:zlib'

export const DEFAULT_MAX_UNZIPPED_BYTES = 100 * 1024 * 1024

export type ZipProblem = 'corrupt' | 'encrypted' | 'too-large'

export class ZipError extends Error {
  constructor(public readonly problem: ZipProblem, message: string) {
    super(message)
  }
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

export function readZip(bytes: Uint8Array, maxUnzipped = DEFAULT_MAX_UNZIPPED_BYTES): Map<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--)
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  if (eocd < 0) throw new ZipError('corrupt', 'the ZIP directory is missing (the file is truncated or not a ZIP)')
  const count = buf.readUInt16LE(eocd + 10)
  let at = buf.readUInt32LE(eocd + 16)
  if (at === 0xffffffff || count === 0xffff) throw new ZipError('corrupt', 'ZIP64 archives are not read')
  const entries = new Map<string, Buffer>()
  let total = 0
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw new ZipError('corrupt', 'the ZIP directory is damaged')
    const flags = buf.readUInt16LE(at + 8)
    const method = buf.readUInt16LE(at + 10)
    const compressed = buf.readUInt32LE(at + 20)
    const declared = buf.readUInt32LE(at + 24)
    const nameLen = buf.readUInt16LE(at + 28)
    const extraLen = buf.readUInt16LE(at + 30)
    const commentLen = buf.readUInt16LE(at + 32)
    const local = buf.readUInt32LE(at + 42)
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen)
    at += 46 + nameLen + extraLen + commentLen
    if (flags & 1) throw new ZipError('encrypted', `the entry ${name} is encrypted (password-protected)`)
    if (total + declared > maxUnzipped)
      throw new ZipError('too-large', `its contents unpack to more than ${maxUnzipped} bytes (a zip bomb or an oversized file)`)
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new ZipError('corrupt', `the ZIP entry ${name} is damaged`)
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
    const data = buf.subarray(start, start + compressed)
    if (data.length < compressed) throw new ZipError('corrupt', `the ZIP entry ${name} is truncated`)
    let out: Buffer
    if (method === 0) out = Buffer.from(data)
    else if (method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxUnzipped - total) })
      } catch (e) {
        if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
          throw new ZipError('too-large', `its contents unpack to more than ${maxUnzipped} bytes (a zip bomb or an oversized file)`)
        throw new ZipError('corrupt', `the ZIP entry ${name} does not inflate (${(e as Error).message})`)
      }
    } else throw new ZipError('corrupt', `the ZIP entry ${name} uses compression method ${method}, which DOCX does not use`)
    total += out.length
    if (total > maxUnzipped) throw new ZipError('too-large', `its contents unpack to more than ${maxUnzipped} bytes (a zip bomb or an oversized file)`)
    entries.set(name, out)
  }
  return entries
}
