/** The load stage: what it accepts, what it refuses (with path and reason), and the offset map. */
import { describe, expect, it, afterAll } from 'vitest'
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decode, loadFile, LoadError } from '../src/load/index.js'
import { normalize } from '../src/load/normalize.js'

const utf8 = (s: string) => new TextEncoder().encode(s)
const refusal = (f: () => unknown): LoadError => {
  try {
    f()
  } catch (e) {
    if (e instanceof LoadError) return e
    throw e
  }
  throw new Error('expected a LoadError')
}

describe('decode', () => {
  it('strips a UTF-8 BOM from the text it returns', () => {
    const s = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Số: 1/UBND')]), 'a.md')
    expect(s.raw).toBe('Số: 1/UBND')
    expect(s.encoding).toBe('utf-8')
  })
  it('reads UTF-16 LE and BE with a BOM', () => {
    const text = 'Kính gửi: Sở Công Thương'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect(decode(le, 'le.txt').raw).toBe(text)
    const be = Buffer.from(text, 'utf16le').swap16()
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'be.txt')).toMatchObject({ raw: text, encoding: 'utf-16be' })
  })
  it('reads UTF-16 LE without a BOM', () => {
    expect(decode(Buffer.from('Quyết định số 91/QĐ-UBND', 'utf16le'), 'x').encoding).toBe('utf-16le')
  })
  it('refuses an empty file and a file of only white space', () => {
    expect(refusal(() => decode(new Uint8Array(), 'empty.md'))).toMatchObject({ reason: 'empty' })
    expect(refusal(() => decode(utf8(' \n\t\n'), 'blank.md')).message).toContain('blank.md')
  })
  it('sends a PDF, whose reader is asynchronous, to loadFile instead of reading it synchronously', () => {
    const e = refusal(() => decode(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), 'scan.bin'))
    expect(e.reason).toBe('unsupported')
    expect(e.message).toMatch(/scan\.bin.*PDF reader is asynchronous.*loadFile/)
  })
  it.each([
    ['ZIP/DOCX/XLSX', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x00]],
  ])('refuses a %s file by its signature, naming the format', (name, bytes) => {
    const e = refusal(() => decode(new Uint8Array(bytes), 'scan.bin'))
    expect(e.reason).toBe('binary')
    expect(e.message).toContain(name)
    expect(e.message).toContain('scan.bin')
  })
  it('refuses text with NUL bytes as binary', () => {
    expect(refusal(() => decode(new Uint8Array([0x41, 0x42, 0x00, 0x43, 0x44, 0x45, 0x46, 0x47, 0x00, 0x01]), 'x')).reason).toBe('binary')
  })
  it('refuses a file over the size limit, naming the limit', () => {
    const e = refusal(() => decode(utf8('x'.repeat(100)), 'big.md', { maxBytes: 10 }))
    expect(e.reason).toBe('too-large')
    expect(e.message).toMatch(/big\.md.*100 bytes.*10 bytes/)
  })
  it('converts TCVN3 bytes (the legacy ABC encoding) to Unicode and names the encoding', () => {
    const bytes = Buffer.from('QuyÕt ®Þnh sè 91/Q§-UBND ngµy 19 th¸ng 01 n¨m 2024 cña Uû ban nh©n d©n tØnh Qu¶ng Ng·i vÒ viÖc giao chØ tiªu', 'latin1')
    const s = decode(bytes, 'old.txt')
    expect(s.raw).toBe('Quyết định số 91/QĐ-UBND ngày 19 tháng 01 năm 2024 của Uỷ ban nhân dân tỉnh Quảng Ngãi về việc giao chỉ tiêu')
    expect([s.encoding, s.format]).toEqual(['tcvn3', 'markdown+tcvn3'])
    expect(s.notes[0].message).toContain('TCVN3')
  })
  it('converts VNI read as Unicode (mojibake) instead of emitting it, and names VNI', () => {
    const s = decode(utf8('UÛY BAN NHAÂN DAÂN TÆNH. Chaøo möøng Ñaø Naüng, ngaøy 15 thaùng 3 naêm 2024 Uûy ban nhaân daân tænh'), 'vni.txt')
    expect(s.raw).toBe('ỦY BAN NHÂN DÂN TỈNH. Chào mừng Đà Nẵng, ngày 15 tháng 3 năm 2024 Ủy ban nhân dân tỉnh')
    expect(s.format).toBe('markdown+vni')
    expect(s.notes[0].message).toContain('VNI')
  })
  it('refuses invalid UTF-8 that is no known legacy encoding', () => {
    expect(refusal(() => decode(new Uint8Array([0x41, 0xc3, 0x28, 0x41, 0x42]), 'bad.md')).message).toContain('not valid UTF-8')
  })
})

describe('loadFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-load-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  it('reports a missing file with its path and reason', async () => {
    await expect(loadFile(join(dir, 'nope.md'))).rejects.toMatchObject({ reason: 'unreadable', message: expect.stringContaining('nope.md') })
  })
  it('refuses a directory', async () => {
    await expect(loadFile(dir)).rejects.toMatchObject({ reason: 'unreadable' })
  })
  it('reads a file and hashes its bytes', async () => {
    const p = join(dir, 'a.md')
    writeFileSync(p, 'Số: 1/UBND-VP\n')
    const s = await loadFile(p)
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(s.bytes).toBe(Buffer.byteLength('Số: 1/UBND-VP\n'))
  })
  it('refuses a file over the limit before reading it', async () => {
    const p = join(dir, 'big.md')
    writeFileSync(p, 'x'.repeat(50))
    await expect(loadFile(p, { maxBytes: 10 })).rejects.toMatchObject({ reason: 'too-large' })
  })
})

describe('normalize', () => {
  const check = (raw: string, text: string) => {
    const n = normalize(raw)
    expect(n.text).toBe(text)
    expect(n.map.length).toBe(text.length + 1)
    expect(n.map[text.length]).toBe(raw.length)
    // Every character maps into the raw text, in order.
    for (let i = 1; i < text.length; i++) expect(n.map[i]).toBeGreaterThanOrEqual(n.map[i - 1])
    return n
  }
  it('composes NFD into NFC and maps each character to the start of its cluster', () => {
    const raw = 'ho\u0300a bi\u0300nh'
    const n = check(raw, 'hòa bình')
    // "ò" comes from "o" + U+0300 at offsets 1–2; "a" is at 3.
    expect(n.map[1]).toBe(1)
    expect(n.map[2]).toBe(3)
    expect(n.map[3]).toBe(4)
  })
  it('moves new-style tone marks to the old placement, only at the end of a syllable', () => {
    check('hoà thuỷ Uỷ ban khoẻ', 'hòa thủy Ủy ban khỏe')
    check('hoàn thành quý II khuyến', 'hoàn thành quý II khuyến')
  })
  it('replaces Icelandic eth with Vietnamese Đ', () => {
    check('ÐẢNG ðồng', 'ĐẢNG đồng')
  })
  it('turns CRLF and CR into LF, keeping offsets into the original', () => {
    const n = check('a\r\nb\rc', 'a\nb\nc')
    expect(n.map[2]).toBe(3)
    expect(n.map[4]).toBe(5)
  })
  it('makes non-breaking and other spaces plain, drops zero-width characters and soft hyphens', () => {
    check('Số:\u00a01468\u200b/UBND\u00ad-KT\u2003x', 'Số: 1468/UBND-KT x')
  })
})

describe('input formats', () => {
  it('lets a registered format read what the text reader refuses, keeping the other stages as they are', async () => {
    const { registerFormat } = await import('../src/load/formats.js')
    registerFormat({
      name: 'TEST-ZIP',
      accepts: (bytes, path) => path?.endsWith('.testzip') === true && bytes[0] === 0x50,
      toText: () => ({ text: 'Số: 1/UBND-VP\n\nNội dung.', encoding: 'test-zip' }),
    })
    const s = decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'a.testzip')
    expect([s.raw, s.encoding]).toEqual(['Số: 1/UBND-VP\n\nNội dung.', 'test-zip'])
    // Other ZIP files that no reader takes are still refused by name.
    expect(refusal(() => decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'b.zip')).message).toContain('ZIP/DOCX')
  })
})
