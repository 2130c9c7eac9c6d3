/**
 * The number/symbol reader (src/readers/refs.ts), shared by the header (the letter's own number)
 * and the citations: state, normative and Party numbering, per ../shared/docs/domain.md.
 */
import { describe, expect, it } from 'vitest'
import { footnoteDigits, issuerByCode, parseRef, refKey } from '../src/readers/refs.js'

describe('number and symbol', () => {
  it('reads a state letter number: no type code, the issuer code first', () => {
    const r = parseRef('1468', null, '/', 'UBND-KTTH')
    expect(r).toMatchObject({ ref: '1468/UBND-KTTH', typeCode: null, issuerCode: 'UBND', party: false })
  })

  it('reads a state decision number: the type code before the issuer', () => {
    expect(parseRef('91', null, '/', 'QĐ-UBND')).toMatchObject({ ref: '91/QĐ-UBND', typeName: 'Quyết định', issuerCode: 'UBND' })
  })

  it('reads a normative number with its year inside', () => {
    expect(parseRef('81', '2023', '/', 'QH15')).toMatchObject({ ref: '81/2023/QH15', year: 2023, typeCode: null })
    expect(parseRef('06', '2022', '/', 'NĐ-CP')).toMatchObject({ ref: '06/2022/NĐ-CP', typeName: 'Nghị định', issuerCode: 'CP' })
  })

  it('reads Party numbering: a hyphen between number and symbol, the type before the slash', () => {
    expect(parseRef('35', null, '-', 'CT/TW')).toMatchObject({ ref: '35-CT/TW', typeName: 'Chỉ thị', issuerCode: 'TW', party: true })
    expect(parseRef('2209', null, '-', 'KL/TU')).toMatchObject({ ref: '2209-KL/TU', typeName: 'Kết luận', party: true })
  })

  it('keeps the type of a symbol whose hyphen the converter doubled', () => {
    expect(parseRef('54', '2014', '/', 'TT--BQP')).toMatchObject({ typeName: 'Thông tư', issuerCode: 'BQP' })
  })

  it('removes the spaces a letter prints inside its number', () => {
    expect(parseRef('9387', null, '/', 'UBND - KT').ref).toBe('9387/UBND-KT')
    expect(refKey(' 9387 /UBND-KT')).toBe('9387/UBND-KT')
  })
})

describe('issuer codes', () => {
  it('names a national issuer by its code alone', () => {
    expect(issuerByCode('TTg')).toMatchObject({ name: 'Thủ tướng Chính phủ', scope: 'national' })
  })

  it('marks a local issuer as needing the letter\'s place', () => {
    expect(issuerByCode('UBND')).toMatchObject({ scope: 'local', template: 'Ủy ban nhân dân {place}' })
  })

  it('knows no issuer for an unknown code', () => {
    expect(issuerByCode('XYZQ')).toBeNull()
  })
})

describe('footnote digits glued to a symbol', () => {
  it('counts the digits past a legislature number as a footnote mark', () => {
    expect(footnoteDigits('QH151')).toBe(1)
    expect(footnoteDigits('QH15')).toBe(0)
  })
})
