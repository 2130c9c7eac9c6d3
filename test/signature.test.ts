/**
 * The signature block (src/extract/signature.ts): the signer's name, authority and title, and the
 * Nơi nhận list, read after the body whatever the signing convention (state or Party).
 */
import { describe, expect, it } from 'vitest'
import { letterOf } from './helpers.js'

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH LÀO CAI',
  '',
  'Số: 12/UBND-TH',
  'V/v triển khai nhiệm vụ',
  '',
  'Lào Cai, ngày 2 tháng 3 năm 2025',
  '',
  'Kính gửi: Sở Tài chính.',
  '',
  'Sở Tài chính thực hiện ngay.',
  '',
].join('\n')

const signed = (block: string) => letterOf(HEAD + block).document
const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name)

describe('signature block', () => {
  it('reads the signer under a collective authority and a deputy title', () => {
    const d = signed('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n')
    expect(d.signer?.name).toBe('Nguyễn Văn An')
    expect(d.signer?.authority).toBe('KT.')
    expect(d.signer?.title).toBe('PHÓ CHỦ TỊCH')
  })

  it('skips the "(Đã ký)" mark between the title and the name', () => {
    const d = signed('Nơi nhận:\n- Như trên;\n- Lưu: VT, TH.\n\nGIÁM ĐỐC\n\n(Đã ký)\n\nLê Thị Bình\n')
    expect(d.signer?.name).toBe('Lê Thị Bình')
    expect(d.signer?.authority).toBeNull()
    expect(d.signer?.title).toBe('GIÁM ĐỐC')
  })

  it('reads a Party signature whose name is printed in capitals', () => {
    const d = signed('Nơi nhận:\n- Như trên;\n- Lưu VT.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nĐỖ QUANG DŨNG\n')
    expect(d.signer?.name).toBe('Đỗ Quang Dũng')
    expect(d.signer?.title).toBe('PHÓ BÍ THƯ')
  })

  it('keeps the signer when the Nơi nhận column and the signature column share lines', () => {
    const d = signed('Nơi nhận: TL. CHỦ TỊCH\n- Như trên; CHÁNH VĂN PHÒNG\n- Lưu: VT.\n\nHoàng Minh Châu\n')
    expect(d.signer?.name).toBe('Hoàng Minh Châu')
    expect(d.signer?.title).toBe('CHÁNH VĂN PHÒNG')
    expect(names(d.distribution)).toEqual(['Như trên', 'Lưu: VT'])
  })

  it('lists the Nơi nhận entries without their trailing punctuation', () => {
    const d = signed('Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy (b/c);\n- Lưu: VT, TH.\n\nCHỦ TỊCH\n\nTrần Văn Cường\n')
    expect(names(d.distribution)).toEqual(['Như trên', 'Thường trực Tỉnh ủy (b/c)', 'Lưu: VT, TH'])
  })

  it('gives every signer field a span whose text is the source text', () => {
    const text = HEAD + 'Nơi nhận:\n- Như trên;\n\nGIÁM ĐỐC\n\nLê Thị Bình\n'
    const s = letterOf(text).document.signer!
    expect(text.slice(s.span.start.offset, s.span.end.offset)).toBe(s.text)
    expect(s.text).toContain('Lê Thị Bình')
  })
})
