/** The parse stage: remark flattens inline markup; every kept character maps back to its source offset. */
import { describe, expect, it } from 'vitest'
import { docOf } from './helpers.js'
import { evidence } from '../src/parse/span.js'

const lineTexts = (text: string) => {
  const d = docOf(text)
  return d.lines.filter((l) => !l.blank).map((l) => d.text.slice(l.start, l.end))
}

describe('flattening Markdown', () => {
  it('reads "Số: **1468**/UBND-KTTH" as "Số: 1468/UBND-KTTH", with a span into the original bytes', () => {
    const src = 'Số: **1468**/UBND-KTTH\n'
    const d = docOf(src)
    expect(d.text.trimEnd()).toBe('Số: 1468/UBND-KTTH')
    const at = d.text.indexOf('1468')
    const ev = evidence(d, at, at + '1468/UBND-KTTH'.length)
    expect(ev.text).toBe('1468**/UBND-KTTH')
    expect(src.slice(ev.span.start.offset, ev.span.end.offset)).toBe(ev.text)
    expect(ev.span.start).toEqual({ line: 1, column: 7, offset: 6 })
  })
  it('drops heading hashes but keeps the printed marker: "#### 5. Về …" reads "5. Về …"', () => {
    const d = docOf('#### 5. Về đầu tư\n\n## 6. Sở Kế hoạch và Đầu tư:\n')
    expect(lineTexts('#### 5. Về đầu tư\n\n## 6. Sở Kế hoạch và Đầu tư:\n')).toEqual(['5. Về đầu tư', '6. Sở Kế hoạch và Đầu tư:'])
    expect(d.lines.filter((l) => l.heading).length).toBe(2)
  })
  it('keeps list markers, which remark would otherwise turn into list structure', () => {
    expect(lineTexts('3. Các sở, ban, ngành\n- Như trên;\n')).toEqual(['3. Các sở, ban, ngành', '- Như trên;'])
  })
  it('drops HTML comments and converter page rules', () => {
    expect(lineTexts('<!-- Trang 1 -->\n\nKính gửi: Sở Y tế.\n\n---\n\nNội dung')).toEqual(['Kính gửi: Sở Y tế.', 'Nội dung'])
  })
  it('skips converter page markers and crawler breadcrumbs at the start of a line', () => {
    expect(lineTexts('===== Trang 2 =====\nQuyết định 435/QĐ-UBND năm 2020. Điều 1.\n')).toEqual(['', 'Điều 1.'].filter(Boolean))
  })
  it('splits table rows into cells and marks the header row', () => {
    const d = docOf('| TT | Nhiệm vụ | Cơ quan chủ trì |\n| --- | --- | --- |\n| 1. | Rà soát | Sở Tài chính |\n')
    const rows = d.lines.filter((l) => l.cells)
    expect(rows[0].tableHeader).toBe(true)
    expect(rows[1].cells!.map((c) => d.text.slice(c.start, c.end))).toEqual(['1.', 'Rà soát', 'Sở Tài chính'])
  })
  it('keeps the indentation of plain-text letters (it shows their layout)', () => {
    const d = docOf('      Số: 9387 /UBND-KT       Lào Cai, ngày 15 tháng 9 năm 2026\n')
    expect(d.lines[0].indent).toBe(6)
  })
  it('maps spans through CRLF, NFD and a BOM-less UTF-16-free text exactly', () => {
    const src = 'Kính gửi:\r\n- Sở Ta\u0300i chi\u0301nh;\r\n'
    const d = docOf(src)
    const at = d.text.indexOf('Sở')
    const ev = evidence(d, at, d.text.indexOf(';'))
    expect(ev.text).toBe('Sở Ta\u0300i chi\u0301nh')
    expect(src.slice(ev.span.start.offset, ev.span.end.offset)).toBe(ev.text)
    expect(ev.span.start.line).toBe(2)
  })
})
