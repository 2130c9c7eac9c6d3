/**
 * Bad files stay bad files: each is refused with its path and its own reason, and a batch goes
 * on past it. Fixtures are real where a tool here can make them (an old .doc renamed .docx and a
 * password-protected PDF from LibreOffice, scripts/make-binary-fixtures.sh); the others are built
 * here byte by byte (a zip bomb, a truncated file, a scan without text).
 */
import { describe, expect, it, afterAll } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { loadFile, LoadError, readableExtensions } from '../src/load/index.js'
import { parseFile } from '../src/parse-file.js'
import { DEFAULT_MAX_UNZIPPED_BYTES } from '../src/load/zip.js'

const bin = fileURLToPath(new URL('../fixtures/binary/', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'congvan-bad-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const put = (name: string, bytes: Uint8Array | string) => {
  const p = join(dir, name)
  writeFileSync(p, bytes)
  return p
}

async function refusal(p: Promise<unknown>): Promise<LoadError> {
  try {
    await p
  } catch (e) {
    if (e instanceof LoadError) return e
    throw e
  }
  throw new Error('expected a LoadError')
}

/** A ZIP archive (stored or deflated entries), written by the format's own rules. */
function zip(entries: Array<{ name: string; data: Buffer; deflate?: boolean; encrypted?: boolean }>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const body = e.deflate ? deflateRawSync(e.data) : e.data
    const name = Buffer.from(e.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(e.encrypted ? 1 : 0, 6)
    local.writeUInt16LE(e.deflate ? 8 : 0, 8)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(e.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(e.encrypted ? 1 : 0, 8)
    central.writeUInt16LE(e.deflate ? 8 : 0, 10)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(e.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += 30 + name.length + body.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

/** A valid one-page PDF whose page draws only a filled rectangle: what a scan without OCR text looks like to a reader. */
function pdfWithoutText(): Buffer {
  const content = '0.5 g 72 72 468 648 re f'
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

describe('DOCX refusals', () => {
  it('names a truncated DOCX as damaged, with its path', async () => {
    const good = readFileSync(join(bin, '102-hanoi-tb453-ubnd-treo-co.docx'))
    const p = put('cut.docx', good.subarray(0, Math.floor(good.length / 2)))
    const e = await refusal(loadFile(p))
    expect(e.reason).toBe('corrupt')
    expect(e.message).toContain(p)
  })
  it('names an old Word .doc saved under a .docx name, and says how to convert it', async () => {
    const e = await refusal(loadFile(join(bin, 'bad-renamed-doc.docx')))
    expect(e.reason).toBe('unsupported')
    expect(e.message).toMatch(/old Word \.doc file.*save it as \.docx/)
  })
  it('names a password-protected DOCX (an encrypted OOXML package in an OLE container)', async () => {
    // The container Word writes for a password-protected .docx: an OLE compound file holding an
    // "EncryptedPackage" stream (names are UTF-16LE in its directory).
    const cfb = Buffer.alloc(2048)
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb)
    Buffer.from('EncryptionInfo', 'utf16le').copy(cfb, 1024)
    Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 1152)
    const e = await refusal(loadFile(put('locked.docx', cfb)))
    expect(e.reason).toBe('encrypted')
    expect(e.message).toContain('password-protected')
  })
  it('names a ZIP entry encrypted with a password', async () => {
    const p = put('zipcrypto.docx', zip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>'), encrypted: true }]))
    expect((await refusal(loadFile(p))).reason).toBe('encrypted')
  })
  it('stops a zip bomb at the unpacked-size cap instead of inflating it', async () => {
    const bomb = zip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20), deflate: true },
    ])
    expect(bomb.length).toBeLessThan(64 * 1024)
    const e = await refusal(loadFile(put('bomb.docx', bomb), { maxUnzippedBytes: 1024 * 1024 }))
    expect(e.reason).toBe('too-large')
    expect(e.message).toMatch(/zip bomb/)
    expect(DEFAULT_MAX_UNZIPPED_BYTES).toBe(100 * 1024 * 1024)
  })
  it('names a ZIP that is not a Word document', async () => {
    const p = put('other.docx', zip([{ name: 'hello.txt', data: Buffer.from('xin chào') }]))
    expect((await refusal(loadFile(p))).message).toMatch(/not a Word document/)
  })
})

describe('PDF refusals', () => {
  it('names a password-protected PDF and says how to fix it', async () => {
    const e = await refusal(loadFile(join(bin, 'bad-password.pdf')))
    expect(e.reason).toBe('encrypted')
    expect(e.message).toMatch(/password-protected.*unprotected copy/)
  })
  it('names a damaged PDF', async () => {
    const p = put('broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref or pages'))
    const e = await refusal(loadFile(p))
    expect(e.reason).toBe('corrupt')
    expect(e.message).toContain('broken.pdf')
  })
  it('refuses a PDF over --max-pages before reading its pages', async () => {
    const e = await refusal(loadFile(join(bin, 'quang-ngai-1468-ubnd-ktth-2024.pdf'), { maxPages: 2 }))
    expect(e.reason).toBe('too-large')
    expect(e.message).toMatch(/has 7 pages, over the limit of 2 \(raise it with --max-pages\)/)
  })
  it('refuses a scan without a text layer, saying how to OCR it', async () => {
    const e = await refusal(loadFile(put('scan.pdf', pdfWithoutText())))
    expect(e.reason).toBe('no-text')
    expect(e.message).toMatch(/no text layer.*--ocr.*tesseract-ocr-vie/)
  })
  it('with --ocr and no tesseract on the PATH, names what to install', async () => {
    const path = process.env.PATH
    process.env.PATH = '/nonexistent'
    try {
      const e = await refusal(loadFile(put('scan2.pdf', pdfWithoutText()), { ocr: true }))
      expect(e.reason).toBe('no-text')
      expect(e.message).toMatch(/--ocr needs tesseract/)
    } finally {
      process.env.PATH = path
    }
  })
})

describe('a batch goes on past bad files', () => {
  it('parses the good files and names each bad one with its own reason', { timeout: 30_000 }, async () => {
    const inputs = [
      join(bin, '102-hanoi-tb453-ubnd-treo-co.html'),
      join(bin, 'bad-renamed-doc.docx'),
      join(bin, 'bad-password.pdf'),
      put('cut2.pdf', readFileSync(join(bin, 'quang-ngai-1468-ubnd-ktth-2024.pdf')).subarray(0, 2000)),
      join(bin, '102-hanoi-tb453-ubnd-treo-co.docx'),
    ]
    const results = await Promise.allSettled(inputs.map((p) => parseFile(p)))
    const reasons = results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as LoadError).reason))
    expect(reasons).toEqual(['ok', 'unsupported', 'encrypted', 'corrupt', 'ok'])
    results.forEach((r, i) => {
      if (r.status === 'rejected') expect((r.reason as LoadError).message).toContain(inputs[i])
    })
  })
  it('lists the extensions directory expansion should pick up', () => {
    expect(readableExtensions()).toEqual(expect.arrayContaining(['md', 'markdown', 'txt', 'docx', 'pdf', 'html', 'htm']))
  })
})
