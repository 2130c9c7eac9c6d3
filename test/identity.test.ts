/** Identity of cited documents (resolve/identity.ts): ids, issuers completed with a locality, short forms, letters' own ids. */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from './helpers.js'
import { citationId, completeLocality, documentId, letterLocality, localityOf, resolveIssuer, resolveType } from '../src/resolve/identity.js'
import { parseRef } from '../src/readers/refs.js'
import { rules } from '../src/lexicon/index.js'
import type { Document } from '../src/schema/letter.js'

const quangNgai = letterOf(congVan('Nội dung.')).document
const withIssuer = (name: string, parent: string | null = null): Document => ({ ...quangNgai, issuer: { ...quangNgai.issuer!, name, parent } })
const ref = (printed: string) => {
  const m = /^(\d+)(?:\/(\d{4}))?([/-])(.+)$/.exec(printed)!
  return parseRef(m[1], m[2] ?? null, m[3], m[4])
}

describe('citation ids', () => {
  it('gives a document whose code names one national body its ref and year alone', () => {
    expect(citationId('06/2022/NĐ-CP', 2022, { idName: 'Chính phủ' })).toBe('06/2022/NĐ-CP@2022')
  })
  it('adds the folded issuer to a local code, which every province uses', () => {
    expect(citationId('91/QĐ-UBND', 2024, { idName: 'Ủy ban nhân dân tỉnh Quảng Ngãi' })).toBe('91/QĐ-UBND@2024@uy-ban-nhan-dan-tinh-quang-ngai')
  })
  it('writes a question mark for a year or an issuer nobody printed', () => {
    expect(citationId('12/ubnd-kt', null, { idName: null })).toBe('12/UBND-KT@?@?')
  })
  it('gives a letter the same id its citers give it', () => {
    const cited = letterOf(congVan('Nội dung.'))
    const text = congVan('Thực hiện Công văn số 1468/UBND-KTTH ngày 22/3/2024 của UBND tỉnh Quảng Ngãi.', { issuer: 'SỞ TÀI CHÍNH\nTỈNH QUẢNG NGÃI' })
    const citing = letterOf(text.replace('Số: 1468/UBND-KTTH', 'Số: 77/STC-NS'))
    expect(citing.citations.map((c) => c.id)).toContain(documentId(cited))
  })
  it('knows a letter without a printed number by the hash of its source', () => {
    const letter = letterOf(congVan('Nội dung.'))
    expect(documentId({ ...letter, document: { ...letter.document, ref: null, number: null, symbol: null } })).toBe(`sha256:${letter.source.sha256}`)
  })
})

describe('localities', () => {
  it('reads every administrative unit of agencies.json as a locality, quận, thị xã, thị trấn and đặc khu included', () => {
    const units = rules().agencies.localityUnits
    expect(units).toEqual(expect.arrayContaining(['quận', 'thị xã', 'thị trấn', 'đặc khu']))
    for (const unit of units) expect(localityOf(`Ủy ban nhân dân ${unit} Phú Quốc`), unit).toEqual({ unit, place: 'Phú Quốc' })
  })
  it('does not take a word that only starts like a unit for a locality ("Bảo hiểm xã hội Việt Nam")', () => {
    expect(localityOf('Bảo hiểm xã hội Việt Nam')).toBeNull()
  })
  it('places a Party committee in its own unit: Thành ủy Hà Nội in thành phố Hà Nội, Huyện ủy Bát Xát in huyện Bát Xát', () => {
    expect(localityOf('Thành ủy Hà Nội')).toEqual({ unit: 'thành phố', place: 'Hà Nội' })
    expect(localityOf('Huyện ủy Bát Xát')).toEqual({ unit: 'huyện', place: 'Bát Xát' })
    expect(localityOf('Tỉnh ủy Lào Cai')).toEqual({ unit: 'tỉnh', place: 'Lào Cai' })
  })
  it('takes the letter locality from the body above when the issuer names none', () => {
    expect(letterLocality(withIssuer('Sở Nội vụ', 'Ủy ban nhân dân tỉnh Quảng Bình'))).toEqual({ unit: 'tỉnh', place: 'Quảng Bình' })
  })
  it('completes a bare unit with the letter place only when the units agree, thành phố included', () => {
    expect(completeLocality('Ủy ban nhân dân tỉnh', quangNgai)).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi')
    expect(completeLocality('Ủy ban nhân dân thành phố', withIssuer('Ủy ban nhân dân thành phố Hà Nội'))).toBe('Ủy ban nhân dân thành phố Hà Nội')
    expect(completeLocality('Ủy ban nhân dân huyện', quangNgai)).toBeNull()
  })
  it('completes a bare Party committee with the letter place', () => {
    expect(completeLocality('Ban Thường vụ Tỉnh ủy', quangNgai)).toBe('Ban Thường vụ Tỉnh ủy Quảng Ngãi')
  })
})

describe('issuers', () => {
  it('fills a local code with the letter locality when nothing is printed, and says it guessed', () => {
    expect(resolveIssuer(ref('91/QĐ-UBND'), null, quangNgai)).toMatchObject({ printed: null, name: 'Ủy ban nhân dân tỉnh Quảng Ngãi', guessed: true })
  })
  it('completes a printed "UBND tỉnh" with the letter province without calling it a guess', () => {
    expect(resolveIssuer(ref('91/QĐ-UBND'), 'UBND tỉnh', quangNgai)).toMatchObject({ printed: 'UBND tỉnh', name: 'Ủy ban nhân dân tỉnh Quảng Ngãi', guessed: false })
  })
  it('keeps the place a phrase prints over the letter own', () => {
    expect(resolveIssuer(ref('12/QĐ-UBND'), 'UBND tỉnh Lào Cai', quangNgai).idName).toBe('Ủy ban nhân dân tỉnh Lào Cai')
  })
  it('fills a UBND code in a letter of a Thành ủy with its city, not a province', () => {
    expect(resolveIssuer(ref('5/QĐ-UBND'), null, withIssuer('Thành ủy Hà Nội')).name).toBe('Ủy ban nhân dân thành phố Hà Nội')
  })
  it('names the body, not its head, when the phrase starts with a title ("Chủ tịch UBND tỉnh"), and keeps the phrase as printed', () => {
    expect(resolveIssuer(ref('7/QĐ-UBND'), 'Chủ tịch UBND tỉnh', quangNgai)).toMatchObject({ printed: 'Chủ tịch UBND tỉnh', name: 'Ủy ban nhân dân tỉnh Quảng Ngãi' })
  })
  it('names a national body from its code whatever the phrase says', () => {
    expect(resolveIssuer(ref('06/2022/NĐ-CP'), 'Chính phủ nước Cộng hòa', quangNgai).idName).toBe(rules().issuers.entries.find((e) => e.code === 'CP')!.name)
  })
})

describe('types', () => {
  it('lets the word before the number decide over a code another type shares ("Quy định số 08-QĐ/TW")', () => {
    expect(resolveType(ref('08-QĐ/TW'), 'Quy định')).toBe('Quy định')
    expect(resolveType(ref('08-QĐ/TW'), null)).toBe('Quyết định')
  })
  it('reads TT as a Thông tư in a state number with its year and as a Party Thông tri elsewhere', () => {
    expect(resolveType(ref('01/2018/TT-VPCP'), null)).toBe('Thông tư')
    expect(resolveType(ref('03-TT/TW'), null)).toBe('Thông tri')
  })
  it('calls a state symbol without a type code a Công văn', () => {
    expect(resolveType(ref('1468/UBND-KTTH'), null)).toBe(rules().docTypes.default)
  })
})

describe('short forms and links', () => {
  it('takes "Quyết định nêu trên" as the nearest earlier Quyết định, and warns that there were two', () => {
    const letter = letterOf(congVan('Căn cứ Quyết định số 91/QĐ-UBND ngày 19/01/2024 và Quyết định số 92/QĐ-UBND ngày 20/01/2024 của UBND tỉnh. Thực hiện Quyết định nêu trên, các sở triển khai.'))
    const shortOf = letter.citations.filter((c) => c.occurrences.some((o) => o.kind === 'short')).map((c) => c.ref)
    expect(shortOf).toEqual(['92/QĐ-UBND'])
    expect(letter.diagnostics.map((d) => d.ruleId)).toContain('citation/ambiguous-short-form')
  })
  it('does not take "Công văn này" in a công văn for a citation: it is the letter itself', () => {
    const letter = letterOf(congVan('Theo Công văn số 12/UBND-KT ngày 02/01/2024 của UBND tỉnh. Công văn này thay thế các văn bản trước.'))
    expect(letter.citations.flatMap((c) => c.occurrences.filter((o) => o.kind === 'short'))).toEqual([])
  })
  it('links a plan to the resolution it implements ("… về Kế hoạch thực hiện Nghị quyết …")', () => {
    const letter = letterOf(congVan('Căn cứ Quyết định số 117/QĐ-UBND ngày 05/02/2024 của UBND tỉnh về Kế hoạch thực hiện Nghị quyết số 168/NQ-CP ngày 12/10/2023 của Chính phủ.'))
    const plan = letter.citations.find((c) => c.ref === '117/QĐ-UBND')!
    const resolution = letter.citations.find((c) => c.ref === '168/NQ-CP')!
    expect(resolution.occurrences[0]).toMatchObject({ via: plan.id, relation: 'thuc-hien' })
  })
  it('counts the later uses of a defined short name as occurrences of the named document', () => {
    const letter = letterOf(congVan('Hoàn thiện Đề án phát triển thị trường các-bon tại Việt Nam (Đề án). Các bộ góp ý Đề án trước ngày 30/4/2024.'))
    const named = letter.namedCitations.find((n) => n.title.startsWith('Đề án phát triển'))!
    expect(named.occurrences.map((o) => o.kind)).toEqual(['full', 'short'])
  })
})
