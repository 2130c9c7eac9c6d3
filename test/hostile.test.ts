/** Input real archives contain: each case still reads the letter, and every span stays exact. */
import { describe, expect, it } from 'vitest'
import { congVan, collectSpans } from './helpers.js'
import { parseLetter } from '../src/pipeline.js'
import { LetterSchema } from '../src/schema/letter.js'

const base = congVan('1. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát theo Quyết định số 91/QĐ-UBND ngày 19/01/2024, "báo cáo" trước ngày 30/4/2024.')

function read(text: string) {
  const letter = parseLetter(text)
  expect(LetterSchema.safeParse(letter).success).toBe(true)
  const original = text.replace(/^\ufeff/, '')
  for (const s of collectSpans(letter)) expect(original.slice(s.span.start.offset, s.span.end.offset)).toBe(s.text)
  return letter
}

const expectSame = (text: string) => {
  const l = read(text)
  expect(l.document.ref).toBe('1468/UBND-KTTH')
  expect(l.document.date).toBe('2024-03-22')
  expect(l.citations.map((c) => c.ref)).toEqual(['91/QĐ-UBND'])
  expect(l.tasks[0].lead.map((a) => a.name)).toEqual(['Sở Tài chính'])
  expect(l.tasks[0].deadline?.date).toBe('2024-04-30')
  return l
}

describe('hostile input', () => {
  it('UTF-8 with a BOM', () => expectSame('\ufeff' + base))
  it('CRLF line ends', () => expectSame(base.replace(/\n/g, '\r\n')))
  it('CR line ends', () => expectSame(base.replace(/\n/g, '\r')))
  it('NFD text', () => expectSame(base.normalize('NFD')))
  it('new-style tone placement (Uỷ, hoà, thuỷ)', () => {
    const l = expectSame(base.replace('CHỦ TỊCH', 'CHỦ TỊCH').replace('Kính gửi: Các sở, ban, ngành tỉnh.', 'Kính gửi: Uỷ ban nhân dân huyện Hoà Vang.'))
    expect(l.document.recipients[0].text).toBe('Uỷ ban nhân dân huyện Hoà Vang')
  })
  it('Ð (U+00D0) for Đ', () => {
    const l = expectSame(base.replace('91/QĐ-UBND', '91/QÐ-UBND'))
    expect(l.citations[0].occurrences[0].text).toBe('91/QÐ-UBND')
  })
  it('non-breaking and zero-width spaces', () => expectSame(base.replace(/Số: /, 'Số:\u00a0').replace('Sở Tài', 'Sở\u200b Tài')))
  it('soft hyphens inside words', () => expectSame(base.replace('Quyết định', 'Quyết đ\u00adịnh')))
  it('tabs for indentation', () => expectSame(base.replace(/\n1\. /, '\n\t1. ')))
  it('smart quotes', () => expectSame(base.replace('"báo cáo"', '“báo cáo”')))
  it('HTML tags and entities left by converters', () => expectSame(base.replace('rà soát', 'rà&nbsp;soát').replace('\n\n1.', '\n\n<br/>\n\n1.')))
  it('a Markdown table header', () => {
    const l = read('| ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| --- | --- |\n| Số: 1468/UBND-KTTH | Quảng Ngãi, ngày 22 tháng 3 năm 2024 |\n\nNội dung.')
    expect([l.document.ref, l.document.date, l.document.issuer?.name]).toEqual(['1468/UBND-KTTH', '2024-03-22', 'Ủy ban nhân dân tỉnh Quảng Ngãi'])
  })
  it('a very long line', () => {
    const l = read(base.replace(/\n/g, ' ').repeat(20))
    expect(l.tasks.length).toBeGreaterThan(0)
  })
  it('text with no structure at all', () => {
    const l = read('chưa có nội dung '.repeat(2000))
    expect(l.document.ref).toBeNull()
    expect(l.tasks.map((t) => t.label)).toEqual(['0'])
  })
})
