/**
 * Names (src/readers/names.ts) and document types (src/readers/doc-types.ts): how a name printed
 * in capitals or abbreviated is written out, and how a type is told from a title, a code or the
 * word before a number.
 */
import { describe, expect, it } from 'vitest'
import { canonicalAgencyName, fold, properCaseUpper } from '../src/readers/names.js'
import { defaultType, docTypeByTitle, typeByWordBefore, typeCodeOf } from '../src/readers/doc-types.js'

describe('a letterhead printed in capitals', () => {
  it('writes a People\'s Committee in sentence case with its place title-cased', () => {
    expect(properCaseUpper('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI')).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi')
    expect(properCaseUpper('UBND TỈNH LÀO CAI')).toBe('Ủy ban nhân dân tỉnh Lào Cai')
  })

  it('restores the spelling of a known agency', () => {
    expect(properCaseUpper('SỞ TÀI CHÍNH')).toBe('Sở Tài chính')
    expect(properCaseUpper('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG')).toBe('Bộ Nông nghiệp và Môi trường')
  })

  it('names a Party committee by its place', () => {
    expect(properCaseUpper('HUYỆN ỦY NAM ĐÀN')).toBe('Huyện ủy Nam Đàn')
  })
})

describe('abbreviated agency names', () => {
  it('writes out the short forms the prose uses', () => {
    expect(canonicalAgencyName('UBND tỉnh')).toBe('Ủy ban nhân dân tỉnh')
    expect(canonicalAgencyName('HĐND huyện')).toBe('Hội đồng nhân dân huyện')
    expect(canonicalAgencyName('Sở KH&ĐT')).toBe('Sở Kế hoạch và Đầu tư')
    expect(canonicalAgencyName('Sở LĐ-TB&XH')).toBe('Sở Lao động - Thương binh và Xã hội')
  })

  it('folds case, tone marks and đ for matching, whatever the spelling', () => {
    expect(fold('Đảng ủy Hòa Bình')).toBe(fold('ĐẢNG ỦY HÒA BÌNH'))
    expect(fold('Đảng ủy')).toBe('dang uy')
  })
})

describe('document types', () => {
  it('reads the type from a title line', () => {
    expect(docTypeByTitle('KẾ HOẠCH\nTriển khai')?.name).toBe('Kế hoạch')
  })

  it('reads the type from a symbol\'s code, short codes included', () => {
    expect(typeCodeOf('QĐ')?.name).toBe('Quyết định')
    expect(typeCodeOf('CTr')?.name).toBe('Chương trình')
  })

  it('reads the type from the word before the number, a plain "Văn bản" being a công văn', () => {
    expect(typeByWordBefore('theo Luật số ')?.name).toBe('Luật')
    expect(typeByWordBefore('Văn bản số ')?.name).toBe('Công văn')
  })

  it('calls a letter with no type word a công văn', () => {
    expect(defaultType()).toBe('Công văn')
  })
})
