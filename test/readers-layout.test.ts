/**
 * The PDF layout on positioned items (as pdfjs or OCR give them): what it joins, splits, orders
 * and leaves out, each case built from items placed as a word processor places them.
 */
import { describe, expect, it } from 'vitest'
import { layoutPages, type PageItems, type TextItem } from '../src/load/pdf-layout.js'
import { boxOf } from '../src/load/boxes.js'
import { htmlToText } from '../src/load/html.js'
import { readerRules } from '../src/load/reader-rules.js'

/** One item; width from a plain 0.5 em per character. */
const at = (str: string, x: number, y: number, size = 13, extra: Partial<TextItem> = {}): TextItem => ({ str, x, y, width: str.length * size * 0.5, height: size, font: 'f1', chunkStart: true, ...extra })
const page = (n: number, items: TextItem[]): PageItems => ({ page: n, left: 0, bottom: 0, width: 595, height: 842, items })

describe('PDF layout', () => {
  it('writes the letterhead left column first, then the right one', () => {
    const { text } = layoutPages([
      page(1, [
        at('BAN CƠ YẾU CHÍNH PHỦ', 90, 770), at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 770),
        at('HỌC VIỆN KỸ THUẬT MẬT MÃ', 72, 755), at('Độc lập - Tự do - Hạnh phúc', 340, 755),
        at('Số: 659/HVM-HC', 110, 727), at('Hà Nội, ngày 12 tháng 12 năm 2024', 320, 727),
        at('Kính gửi: Các cơ quan, đơn vị thuộc Học viện.', 150, 680),
      ]),
    ])
    expect(text.split('\n').filter(Boolean)).toEqual([
      'BAN CƠ YẾU CHÍNH PHỦ', 'HỌC VIỆN KỸ THUẬT MẬT MÃ', 'Số: 659/HVM-HC',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 12 tháng 12 năm 2024',
      'Kính gửi: Các cơ quan, đơn vị thuộc Học viện.',
    ])
  })
  it('leaves out a digital-signature stamp and its fields, and says so', () => {
    const out = layoutPages([
      page(1, [
        at('TL. GIÁM ĐỐC', 380, 320), at('Ký bởi: Học viện Kỹ thuật mật mã', 340, 300, 8), at('Email: hvm@bcy.gov.vn', 340, 291, 8),
        at('Thời gian ký: 12.12.2024 16:30:00 +07:00', 340, 282, 8), at('Đào Hồng Nam', 384, 208),
      ]),
    ])
    expect(out.text).not.toMatch(/Ký bởi|Email|Thời gian ký/)
    expect(out.text).toContain('TL. GIÁM ĐỐC')
    expect(out.text).toContain('Đào Hồng Nam')
    expect(out.dropped.stamps).toBe(3)
  })
  it('drops page numbers and a running header that repeats on every page', () => {
    const body = (n: number) => page(n, [at('BỘ Y TẾ - HƯỚNG DẪN 12/HD-BYT', 72, 815, 9), at(`${n}`, 290, 30, 10), at(`Nội dung trang ${n} của văn bản.`, 72, 600)])
    const out = layoutPages([body(1), body(2), body(3)])
    expect(out.text.split('\n').filter(Boolean)).toEqual(['Nội dung trang 1 của văn bản.', 'Nội dung trang 2 của văn bản.', 'Nội dung trang 3 của văn bản.'])
    expect(out.dropped.furniture).toBe(6)
  })
  it('joins a word split by a hyphen at a line end', () => {
    const { text } = layoutPages([page(1, [at('phát triển thị trường các-', 72, 600), at('bon trong nước.', 72, 584)])])
    expect(text).toContain('thị trường các-bon trong nước.')
  })
  it('reads a table whose cells line up as pipe rows, a cell’s lines joined', () => {
    const { text } = layoutPages([
      page(1, [
        at('TT', 72, 500, 12), at('Nhiệm vụ', 110, 500, 12), at('Cơ quan chủ trì', 300, 500, 12), at('Thời hạn', 450, 500, 12),
        at('1.', 72, 480, 12), at('Rà soát quy hoạch', 110, 480, 12), at('Sở Xây dựng', 300, 480, 12), at('Quý II/2025', 450, 480, 12),
        at('khu công nghiệp', 110, 466, 12),
        at('2.', 72, 446, 12), at('Báo cáo kết quả', 110, 446, 12), at('Sở Tài chính', 300, 446, 12), at('30/6/2025', 450, 446, 12),
      ]),
    ])
    expect(text.split('\n').filter(Boolean)).toEqual([
      '| TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |',
      '| --- | --- | --- | --- |',
      '| 1. | Rà soát quy hoạch khu công nghiệp | Sở Xây dựng | Quý II/2025 |',
      '| 2. | Báo cáo kết quả | Sở Tài chính | 30/6/2025 |',
    ])
  })
  it('gives every character the box of its item, on its page', () => {
    const out = layoutPages([page(1, [at('Mở đầu.', 72, 700)]), page(2, [at('Số: 12/UBND', 100, 500, 12)])])
    const at12 = out.text.indexOf('12/UBND')
    const box = boxOf(out.boxes, at12, at12 + 7)
    expect(box).toMatchObject({ page: 2 })
    expect(box!.x).toBeGreaterThan(100)
    expect(box!.y).toBeLessThan(500)
    expect(box!.y + box!.height).toBeGreaterThan(500)
  })
})

describe('readers.json patterns', () => {
  for (const e of readerRules().entries)
    it(`${e.id} matches its examples and none of its counterexamples`, () => {
      for (const ex of e.examples) expect(e.re.test(ex), ex).toBe(true)
      for (const ex of e.counterexamples) expect(e.re.test(ex), ex).toBe(false)
    })
})

describe('HTML reader', () => {
  it('keeps the letter, not the portal around it, and labels numbered lists', () => {
    const html = `<html><body><nav><ul><li>Trang chủ</li><li>Tin tức</li></ul></nav>
      <div class="sidebar"><p>Văn bản mới: Quyết định 12/QĐ-UBND</p></div>
      <div id="content"><table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH LÀO CAI</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr></table>
      <p><strong>KẾ HOẠCH</strong></p><ol><li>Sở Y tế chủ trì.</li><li>Sở Tài chính bố trí kinh phí.</li></ol>
      <ol type="a"><li>Rà soát.</li></ol></div><footer>Bản quyền</footer></body></html>`
    const text = htmlToText(html)
    expect(text).not.toMatch(/Trang chủ|Văn bản mới|Bản quyền/)
    expect(text.split('\n').filter(Boolean)).toEqual([
      'ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      '**KẾ HOẠCH**', '1. Sở Y tế chủ trì.', '2. Sở Tài chính bố trí kinh phí.', 'a. Rà soát.',
    ])
  })
})
