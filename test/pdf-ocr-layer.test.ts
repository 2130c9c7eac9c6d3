/**
 * PDF layout of text layers that place every word on its own (OCR software over a scan), of rules
 * drawn with characters, and of the text right above and below a table: each case built from
 * items placed as the producer places them, read back as a clerk reads the page; then the real
 * files of ../shared/corpus/binary where they are present.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { layoutPages, type PageItems, type TextItem } from '../src/load/pdf-layout.js'
import { parseLetter } from '../src/index.js'
import { parseFile } from '../src/parse-file.js'
import { loadFile } from '../src/load/index.js'

const width = (str: string, size: number) => str.length * size * 0.5
/** One item placed on its own (pdfjs: after an empty end-of-line item), 0.5 em per character. */
const at = (str: string, x: number, y: number, size = 13, extra: Partial<TextItem> = {}): TextItem => ({ str, x, y, width: width(str, size), height: size, font: 'f1', chunkStart: true, ...extra })
/** Words as an OCR layer places them: each its own item, at an ordinary word space (0.3 em), no space typed. */
const ocrWords = (text: string, x: number, y: number, size = 12): TextItem[] => {
  const out: TextItem[] = []
  let cx = x
  for (const w of text.split(' ')) {
    // Scans are rarely level: the baseline drifts a little along the line.
    out.push(at(w, cx, y - (cx - x) * 0.004, size))
    cx += width(w, size) + 0.3 * size
  }
  return out
}
const page = (n: number, items: TextItem[], w = 595, h = 842): PageItems => ({ page: n, left: 0, bottom: 0, width: w, height: h, items })
const lines = (text: string) => text.split('\n').filter(Boolean)

describe('a text layer that places each word on its own (OCR over a scan)', () => {
  const letterhead = () => [
    ...ocrWords('BAN CƠ YẾU CHÍNH PHỦ', 106, 778),
    ...ocrWords('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 292, 778),
    ...ocrWords('HỌC VIỆN KỸ THUẬT MẬT MÃ', 86, 763),
    ...ocrWords('Độc lập - Tự do - Hạnh phúc', 340, 762),
    ...ocrWords('Số: 4292 /QĐ-HVM', 131, 742),
    ...ocrWords('Hà Nội, ngày 19 tháng 11 năm 2024', 333, 741),
    ...ocrWords('QUYẾT ĐỊNH', 268, 710, 13),
    ...ocrWords('Thành lập Tổ chuyên gia thiết kế vi mạch', 150, 691, 13),
    ...ocrWords('GIÁM ĐỐC HỌC VIỆN KỸ THUẬT MẬT MÃ', 160, 660, 13),
    ...ocrWords('Căn cứ Quyết định số 563/QĐ-BCY ngày 02 tháng 12 năm 2022 của Trưởng ban', 72, 640, 13),
    ...ocrWords('Ban Cơ yếu Chính phủ;', 72, 624, 13),
    ...ocrWords('QUYẾT ĐỊNH:', 260, 600, 13),
    ...ocrWords('Điều 1. Thành lập Tổ chuyên gia thiết kế vi mạch.', 90, 580, 13),
  ]
  it('joins words at word spacing into one segment and writes the letterhead column by column', () => {
    const { text } = layoutPages([page(1, letterhead())])
    const all = lines(text)
    expect(text).not.toContain('|')
    expect(all.slice(0, 6)).toEqual([
      'BAN CƠ YẾU CHÍNH PHỦ', 'HỌC VIỆN KỸ THUẬT MẬT MÃ', 'Số: 4292 /QĐ-HVM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 19 tháng 11 năm 2024',
    ])
  })
  it('gives the header a clerk reads: number, date, place and the issuing body under its parent', () => {
    const { text } = layoutPages([page(1, letterhead())])
    const d = parseLetter(text, { path: 'qd.md' }).document
    expect(d.ref).toBe('4292/QĐ-HVM')
    expect(d.date).toBe('2024-11-19')
    expect(d.place).toBe('Hà Nội')
    expect(d.issuer?.printed).toBe('HỌC VIỆN KỸ THUẬT MẬT MÃ')
    expect(d.issuer?.parent).toBe('Ban Cơ yếu Chính phủ')
  })
  it('still splits such a line where the gap is wider than a word space', () => {
    const { text } = layoutPages([page(1, [...ocrWords('Số: 12 /QĐ-HVM', 100, 742), ...ocrWords('Hà Nội, ngày 5 tháng 3 năm 2025', 330, 742), ...ocrWords('ỦY BAN NHÂN DÂN', 100, 770), ...ocrWords('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 770)])])
    expect(lines(text)).toEqual(['ỦY BAN NHÂN DÂN', 'Số: 12 /QĐ-HVM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hà Nội, ngày 5 tháng 3 năm 2025'])
  })
  it('keeps a born-digital table of one-word cells a cell margin apart as pipe rows', () => {
    // LibreOffice's narrow cell padding: text of neighbouring cells about 0.4 em apart, each cell placed on its own.
    const row = (y: number, cells: string[]) => {
      let x = 72
      return cells.map((c) => {
        const it = at(c, x, y, 12)
        x += Math.max(60, it.width + 0.45 * 12)
        return it
      })
    }
    const { text } = layoutPages([page(1, [...row(500, ['TT', 'Đơn', 'vị', 'Hạn']), ...row(484, ['1', 'Sở', 'Y', '30/6']), ...row(468, ['2', 'Sở', 'Nội', '31/7'])])])
    expect(lines(text)[0]).toBe('| TT | Đơn | vị | Hạn |')
    expect(lines(text)).toHaveLength(4)
  })
})

describe('rules drawn with characters', () => {
  it('leaves out a ¯¯¯ rule under the issuer and under the motto, and the one under the title', () => {
    const out = layoutPages([
      page(1, [
        at('BAN CƠ YẾU CHÍNH PHỦ', 144, 509, 14), at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 437, 509, 14),
        at('HỌC VIỆN KỸ THUẬT MẬT MÃ', 120, 493, 14), at('Độc lập – Tự do – Hạnh phúc', 495, 493, 14),
        at('¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯', 173, 477, 14), at('¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯', 499, 477, 14),
        at('Số: 1459 /KH-HVM', 172, 461, 14), at('Hà Nội, ngày 23 tháng 12 năm 2024', 479, 461, 14),
        at('KẾ HOẠCH', 390, 420, 14), at('Tổ chức thi kết thúc học phần Học kỳ 1', 300, 404, 14),
        at('¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯', 370, 388, 14), at('Căn cứ tình hình thực tế tại Học viện.', 120, 360, 14),
      ], 842, 595),
    ])
    expect(out.text).not.toMatch(/¯/)
    expect(out.dropped.decoration).toBe(3)
    expect(lines(out.text)).toContain('Độc lập – Tự do – Hạnh phúc')
    const d = parseLetter(out.text, { path: 'kh.md' }).document
    expect(d.subject).toBe('Tổ chức thi kết thúc học phần Học kỳ 1')
    expect(d.ref).toBe('1459/KH-HVM')
    expect(d.issuer?.printed).toBe('HỌC VIỆN KỸ THUẬT MẬT MÃ')
  })
  it('cuts a rule that ends an item of text and keeps the words before it', () => {
    const { text } = layoutPages([page(1, [at('Độc lập - Tự do - Hạnh phúc ______________', 300, 700), at('Nội dung.', 72, 600)])])
    expect(lines(text)).toEqual(['Độc lập - Tự do - Hạnh phúc', 'Nội dung.'])
  })
  it('keeps the star under a Party committee for the columns it marks, and never writes it', () => {
    const { text } = layoutPages([
      page(1, [
        at('ĐẢNG BỘ QUÂN ĐỘI', 138, 773, 14), at('ĐẢNG CỘNG SẢN VIỆT NAM', 343, 772, 15),
        at('ĐẢNG ỦY BAN CƠ YẾU CHÍNH PHỦ', 86, 756, 14),
        at('*', 203, 740, 14), at('Hà Nội, ngày 06 tháng 11 năm 2024', 343, 740, 14),
        at('Số 1277-HD/ĐUB', 147, 724, 14),
        at('HƯỚNG DẪN', 250, 690, 15), at('về đại hội đảng các cấp', 200, 672, 14), at('-----', 270, 656, 14),
        at('Quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị.', 72, 630, 14),
      ]),
    ])
    expect(lines(text).slice(0, 5)).toEqual(['ĐẢNG BỘ QUÂN ĐỘI', 'ĐẢNG ỦY BAN CƠ YẾU CHÍNH PHỦ', 'Số 1277-HD/ĐUB', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 06 tháng 11 năm 2024'])
    expect(text).not.toMatch(/^\s*(?:\*|-----)\s*$/m)
  })
  it('keeps a dash that stands for an empty cell, a range and a hyphenated code', () => {
    const { text } = layoutPages([page(1, [at('năm học 2024 - 2025', 72, 700), at('Giảng đường – TA1', 72, 684), at('Số: 12/QĐ-UBND', 72, 668)])])
    expect(lines(text)).toEqual(['năm học 2024 - 2025', 'Giảng đường – TA1', 'Số: 12/QĐ-UBND'])
  })
})

describe('the text around a table', () => {
  const row = (y: number, cells: Array<[string, number]>) => cells.map(([s, x]) => at(s, x, y, 12))
  // Columns as a schedule prints them; the body under the table starts at the table's left edge.
  const table = [
    ...row(500, [['TT', 72], ['Môn thi', 150], ['Hình thức', 230], ['Ngày thi', 330], ['Phòng', 430]]),
    ...row(480, [['1', 72], ['Giải tích 1', 150], ['Tự luận', 230], ['08/01', 330], ['TA1', 430]]),
    ...row(460, [['2', 72], ['Tiếng Anh 1', 150], ['Trắc nghiệm', 230], ['13/01', 330], ['Giảng', 430]]),
    at('đường', 430, 446, 12),
  ]
  it('ends the table where a heading and its body run across its columns', () => {
    const { text } = layoutPages([
      page(1, [
        at('I. LỊCH THI', 72, 530, 12),
        ...table,
        at('II. TỔ CHỨC TRIỂN KHAI THỰC HIỆN', 72, 420, 12),
        at('1. Phòng Khảo thí và Đảm bảo chất lượng đào tạo', 72, 404, 12),
        at('Chủ trì tổ chức công tác thi; điều chỉnh lịch thi cho phù hợp với điều kiện thực tế.', 72, 388, 12),
      ]),
    ])
    const all = lines(text)
    expect(all).toContain('II. TỔ CHỨC TRIỂN KHAI THỰC HIỆN')
    expect(all).toContain('1. Phòng Khảo thí và Đảm bảo chất lượng đào tạo')
    expect(all.filter((l) => l.startsWith('|'))).toHaveLength(4)
    // A cell's own continuation line stays in its row.
    expect(all).toContain('| 2 | Tiếng Anh 1 | Trắc nghiệm | 13/01 | Giảng đường |')
    const tasks = parseLetter(`Kính gửi: Các đơn vị.\n\n${text}`, { path: 'kh.md' }).tasks.map((t) => t.label)
    expect(tasks).toEqual(expect.arrayContaining(['I', 'II', 'II.1']))
  })
  it('does not take a numbered heading right above a table for a header cell', () => {
    // It ends short of the second column, as a header cell of the first column would.
    const { text } = layoutPages([page(1, [at('I. NỘI DUNG', 80, 516, 12), ...table])])
    const all = lines(text)
    expect(all[0]).toBe('I. NỘI DUNG')
    expect(all[1]).toBe('| TT | Môn thi | Hình thức | Ngày thi | Phòng |')
  })
})

describe('a signature block with text on both sides only once', () => {
  it('writes the distribution list, then the signer’s title and name, so the signer is read with the title', () => {
    const { text } = layoutPages([
      page(1, [
        at('Số: 703/HVM-TBQT', 110, 780), at('Hà Nội, ngày 30 tháng 12 năm 2024', 320, 780),
        at('HỌC VIỆN KỸ THUẬT MẬT MÃ', 72, 795), at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 795),
        at('Kính gửi: Các cơ quan, đơn vị trong Học viện.', 150, 740),
        at('Các đơn vị nộp báo cáo kiểm kê trước ngày 10/01/2025./.', 90, 700),
        at('Nơi nhận:', 93, 658, 12), at('GIÁM ĐỐC', 396, 657, 13),
        at('- Như trên;', 90, 645, 11), at('- Ban giám đốc (để b/c);', 90, 632, 11), at('- Lưu: VT, TBQT.', 90, 619, 11),
        at('Hoàng Văn Thức', 379, 552, 14),
      ]),
    ])
    const all = lines(text)
    expect(all).toContain('Nơi nhận:')
    expect(all.indexOf('GIÁM ĐỐC')).toBeGreaterThan(all.indexOf('- Lưu: VT, TBQT.'))
    const signer = parseLetter(text, { path: 'cv.md' }).document.signer
    expect(signer?.name).toBe('Hoàng Văn Thức')
    expect(signer?.title).toBe('GIÁM ĐỐC')
  })
  it('leaves a body line with a wide gap alone when it does not open the distribution list', () => {
    const { text } = layoutPages([page(1, [at('Thời gian:', 93, 658, 12), at('08 giờ 00', 396, 657, 12), at('- Địa điểm: Hội trường A;', 90, 645, 11), at('- Thành phần: Ban giám đốc.', 90, 632, 11)])])
    expect(lines(text)[0]).toBe('Thời gian: 08 giờ 00')
  })
})

const bin = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'binary')
const has = (f: string) => existsSync(join(bin, f))

describe('real files from ../shared/corpus/binary', () => {
  const scan = 'hvktmm-qd4292-qd-hvm-scan-with-text-layer.pdf'
  it.skipIf(!has(scan))('a scan with an OCR layer: the letterhead columns apart, the issuer and place a clerk reads', { timeout: 60_000 }, async () => {
    const { raw } = await loadFile(join(bin, scan))
    const head = raw.split('\n').slice(0, 8)
    expect(head.some((l) => l.includes('|'))).toBe(false)
    expect(head).toContain('HỌC VIỆN KỸ THUẬT MẬT MÃ')
    const d = (await parseFile(join(bin, scan))).document
    expect(d.ref).toBe('4292/QĐ-HVM')
    expect(d.issuer?.printed).toBe('HỌC VIỆN KỸ THUẬT MẬT MÃ')
    expect(d.issuer?.parent).toBe('Ban Cơ yếu Chính phủ')
    expect(d.place).toBe('Hà Nội')
  })
  const plan = 'hvktmm-kh1459-kh-hvm-lich-thi-signed.pdf'
  it.skipIf(!has(plan))('a plan with a schedule table: no drawn rule in the text, its parts after the table read as items', { timeout: 60_000 }, async () => {
    const { raw } = await loadFile(join(bin, plan))
    expect(raw).not.toMatch(/¯{3}/)
    const letter = await parseFile(join(bin, plan))
    expect(letter.document.subject).toBe('Tổ chức thi kết thúc học phần Học kỳ 1 năm học 2024 - 2025 Các hệ đào tạo phục vụ kinh tế xã hội (đợt 2)')
    const labels = letter.tasks.map((t) => t.label)
    expect(labels).toEqual(expect.arrayContaining(['I', 'II', 'III', 'III.1', 'III.7']))
  })
  const guide3 = 'hvktmm-cv703-hvm-tbqt-kiem-ke-signed.pdf'
  it.skipIf(!has(guide3))('a signed letter whose title is level with “Nơi nhận:”: the signer with the title', { timeout: 60_000 }, async () => {
    const { signer } = (await parseFile(join(bin, guide3))).document
    expect(signer?.name).toBe('Hoàng Văn Thức')
    expect(signer?.title).toBe('GIÁM ĐỐC')
  })
  const guide = 'dang-uy-bcy-hd1277-dai-hoi-dang-59-pages-signed.pdf'
  it.skipIf(!has(guide))('a 59-page Party guide: no separator rule or star line, the header unchanged', { timeout: 120_000 }, async () => {
    const { raw } = await loadFile(join(bin, guide))
    expect(raw).not.toMatch(/^\s*(?:-{3,}|\*)\s*$/m)
    const d = (await parseFile(join(bin, guide))).document
    expect(d.ref).toBe('1277-HD/ĐUB')
    expect(d.date).toBe('2024-11-06')
    expect(d.issuer?.printed).toBe('ĐẢNG ỦY BAN CƠ YẾU CHÍNH PHỦ')
  })
})
