/** Citations: every form, the negatives, identity across letters. */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan, fixtureText } from './helpers.js'
import { parseLetter } from '../src/pipeline.js'

const cites = (body: string, opts?: { date?: string; issuer?: string }) => letterOf(congVan(body, opts)).citations
const refs = (body: string) => cites(body).map((c) => c.ref)

describe('forms', () => {
  it('reads a national technical regulation or standard cited by number, spaces removed', () => {
    const cs = cites('Theo Quy chuẩn QCVN 122:2024/BGTVT và tiêu chuẩn TCVN 5574:2018 về kết cấu.')
    expect(cs.map((c) => [c.ref, c.type, c.year, c.occurrences[0].text])).toEqual([
      ['QCVN122:2024/BGTVT', 'Quy chuẩn kỹ thuật quốc gia', 2024, 'QCVN 122:2024/BGTVT'],
      ['TCVN5574:2018', 'Tiêu chuẩn quốc gia', 2018, 'TCVN 5574:2018'],
    ])
  })
  it('drops a footnote marker glued to a known issuer code, and keeps a unit code that ends in a digit', () => {
    const cs = cites('Theo Luật số 42/2024/QH151, Nghị định số 105/2025/NĐ-CP2 ngày 15/5/2025, Thông tư số 47/2024/TT-BGTVT4 và Công văn số 847/UBND-VX1.')
    expect(cs.map((c) => [c.ref, c.date])).toEqual([
      ['42/2024/QH15', null],
      ['105/2025/NĐ-CP', '2025-05-15'],
      ['47/2024/TT-BGTVT', null],
      ['847/UBND-VX1', null],
    ])
  })
  it('reads converter and OCR damage inside a symbol: space before a hyphen, doubled hyphen, a split one-letter segment, a Party number split at its hyphen', () => {
    const cs = cites('Theo Tờ trình số 3236/TTr -SNN ngày 12/11/2024; Thông tư số 54/2014/TT-  -BQP; công văn số 9520/BKHĐT-T TĐMST về việc hướng dẫn; Chương trình hành động số 31-\n   CTr/TW ngày 28/7/2026 của Bộ Chính trị.')
    expect(cs.map((c) => [c.ref, c.type, c.date])).toEqual([
      ['3236/TTr-SNN', 'Tờ trình', '2024-11-12'],
      ['54/2014/TT--BQP', 'Thông tư', null],
      ['9520/BKHĐT-TTĐMST', 'Công văn', null],
      ['31-CTr/TW', 'Chương trình', '2026-07-28'],
    ])
  })
  it('takes the type from the word that opens a titled mention when the symbol has no type code', () => {
    const cs = cites('Căn cứ Luật Hải quan số 29/2001/QH10; Luật bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008; Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15; Nghị quyết số 81/2023/QH15.')
    expect(cs.map((c) => [c.ref, c.type])).toEqual([
      ['29/2001/QH10', 'Luật'],
      ['25/2008/QH12', 'Luật'],
      ['55/2024/QH15', 'Luật'],
      ['81/2023/QH15', 'Nghị quyết'],
    ])
  })
  it('reads an issuer code that starts like a type code as an issuer when the symbol has its hyphen', () => {
    const cs = cites('Theo công văn số 6376/TCHQ-GSQL và Văn bản số 4626/SLĐTBXH-GDNN; Quyết định số 1961/QĐUBND.')
    expect(cs.map((c) => [c.ref, c.type])).toEqual([
      ['6376/TCHQ-GSQL', 'Công văn'],
      ['4626/SLĐTBXH-GDNN', 'Công văn'],
      ['1961/QĐUBND', 'Quyết định'],
    ])
  })
  it('reads the date printed after the issuer, before the date that leads a sentence without a comma, and refuses a malformed year', () => {
    const cs = cites('Căn cứ Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ ngày 06 tháng 01 năm 2022 phê duyệt Đề án; ngày 17 tháng 6 năm 2025 Bộ trưởng Bộ Tài chính đã ban hành Thông tư số 08/2025/TT-BTC sửa đổi; Nghị định số 63/2010/NĐ-CP ngày 08/6/20210 của Chính phủ.')
    expect(cs.map((c) => [c.ref, c.date])).toEqual([
      ['06/QĐ-TTg', '2022-01-06'],
      ['08/2025/TT-BTC', '2025-06-17'],
      ['63/2010/NĐ-CP', null],
    ])
  })
  it('reads an administrative citation with type word, date and issuer', () => {
    const [c] = cites('Thực hiện Quyết định số 91/QĐ-UBND ngày 19/01/2024 của UBND tỉnh, các sở triển khai.')
    expect([c.ref, c.type, c.typeCode, c.date, c.issuer.printed, c.issuer.name]).toEqual(['91/QĐ-UBND', 'Quyết định', 'QĐ', '2024-01-19', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh Quảng Ngãi'])
    expect(c.occurrences[0].relation).toBe('thuc-hien')
  })
  it('reads a công văn symbol without a type code as Công văn', () => {
    expect(cites('Theo Văn bản số 161/BXTĐT-MC ngày 05/3/2024.').map((c) => [c.ref, c.type])).toEqual([['161/BXTĐT-MC', 'Công văn']])
  })
  it('reads normative numbers with the year inside, with or without "số"', () => {
    const cs = cites('Nghị quyết số 81/2023/QH15 của Quốc hội; Nghị định 06/2022/NĐ-CP; Thông tư số 01/2018/TT-VPCP.')
    expect(cs.map((c) => [c.ref, c.type, c.year])).toEqual([
      ['81/2023/QH15', 'Nghị quyết', 2023],
      ['06/2022/NĐ-CP', 'Nghị định', 2022],
      ['01/2018/TT-VPCP', 'Thông tư', 2018],
    ])
  })
  it('reads Party numbers with a hyphen before the symbol', () => {
    const cs = cites('Kết luận số 2209-KL/TU ngày 19/3/2024 và Chương trình hành động số 28-CTr/TU, Nghị quyết số 26-NQ/TW của Bộ Chính trị.')
    expect(cs.map((c) => [c.ref, c.type, c.party])).toEqual([
      ['2209-KL/TU', 'Kết luận', true],
      ['28-CTr/TU', 'Chương trình', true],
      ['26-NQ/TW', 'Nghị quyết', true],
    ])
  })
  it('reads dates written "ngày 07 tháng 01 năm 2022", with a comma, and with hyphens', () => {
    const cs = cites('Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022; Chỉ thị số 45-CT/TW, ngày 14/4/2025; Chương trình số 53-CTr/TU ngày 21-02-2018.')
    expect(cs.map((c) => c.date)).toEqual(['2022-01-07', '2025-04-14', '2018-02-21'])
  })
  it('shares the issuer after a list with every member', () => {
    const cs = cites('theo Chỉ thị số 01/CT-UBND ngày 03/01/2024, Chỉ thị số 03/CT-UBND ngày 23/01/2024, Kế hoạch số 33/KH-UBND ngày 06/02/2024 của Chủ tịch UBND tỉnh.')
    expect(cs.map((c) => c.issuer.printed)).toEqual(['Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh'])
  })
  it('carries the type word over a list: "các Thông báo kết luận số 09/TB-VPCP …; số 328/TB-VPCP"', () => {
    const cs = cites('tại các Thông báo kết luận số 09/TB-VPCP ngày 11 tháng 01 năm 2024; số 328/TB-VPCP ngày 16 tháng 7 năm 2024.')
    expect(cs.map((c) => [c.ref, c.type, c.occurrences[0].kind])).toEqual([
      ['09/TB-VPCP', 'Thông báo', 'full'],
      ['328/TB-VPCP', 'Thông báo', 'full'],
    ])
  })
  it('reads bare references and short type words', () => {
    const cs = cites('theo 1456/QĐ-TTg; QĐ 91/QĐ-UBND; CV số 123/SXD-QLXD.')
    expect(cs.map((c) => [c.ref, c.occurrences[0].kind])).toEqual([
      ['1456/QĐ-TTg', 'bare'],
      ['91/QĐ-UBND', 'full'],
      ['123/SXD-QLXD', 'full'],
    ])
  })
  it('survives converter noise: spaces, a lost hyphen, lower case, Ð, a line break', () => {
    expect(refs('Công văn 9387 /UBND-KT; Quyết định 1961/QĐUBND; Chương trình số 104-CTr/Tu; Kết luận số 12-KL/TƯ; Công văn số 5-CV/ÐU; Nghị định số 178/2026/NĐ-\nCP.')).toEqual([
      '9387/UBND-KT',
      '1961/QĐUBND',
      '104-CTr/Tu',
      '12-KL/TƯ',
      '5-CV/ĐU',
      '178/2026/NĐ-CP',
    ])
    expect(cites('Quyết định 1961/QĐUBND.')[0].type).toBe('Quyết định')
  })
  it('merges a symbol cut by line noise with its full mention', () => {
    expect(refs('Nghị định số 15/2018/NĐ-\n1 AVỨCP quy định chi tiết. Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018.')).toEqual(['15/2018/NĐ-CP'])
  })
  it('takes a date that opens the sentence: "Ngày 31 tháng 3 năm 2018, Bộ Công Thương đã có công văn số 2129/BCT-KHCN"', () => {
    expect(cites('Ngày 31 tháng 3 năm 2018, Bộ Công Thương đã có công văn số 2129/BCT-KHCN gửi các Sở.')[0].date).toBe('2018-03-31')
  })
  it('marks dates of citations so that they are never deadlines', () => {
    const t = letterOf(congVan('1. Sở Tài chính thực hiện theo Quyết định số 91/QĐ-UBND ngày 19/01/2024.')).tasks[0]
    expect(t.deadline).toBeNull()
  })
})

describe('negatives', () => {
  it.each([
    ['a phone number', 'liên hệ điện thoại: 0364.714.702 hoặc 0904.896.868'],
    ['money per square metre', 'đơn giá 1.200/m2 đất ở'],
    ['a ratio', 'xếp vị trí 81/100 nền kinh tế'],
    ['a scale', 'quy hoạch phân khu 1/2000 còn lại'],
    ['Điều and Khoản', 'theo quy định tại Khoản 3 - Điều 61 Luật Lâm nghiệp'],
    ['a date', 'trước ngày 30/4/2024'],
    ['a period', 'giai đoạn 2021-2025'],
    ['a list of classes', 'hàng hóa nguy hiểm loại 1,2,3,4,9'],
    ['the colon of a standard as a number', 'đáp ứng QCVN 01:2021/BYT về chất lượng nước sạch'],
  ])('does not take %s for a citation', (_, body) => {
    expect(refs(body).filter((r) => !r.startsWith('QCVN'))).toEqual([])
  })
  it.each([
    ['an appendix form', 'khai báo theo mẫu số 03/KBS/GSQL Phụ lục V ban hành kèm Thông tư 38/2015/TT-BTC'],
    ['a form after "Mẫu"', 'tiếp nhận Danh sách container theo Mẫu 29/DSCT/GSQL của Thông tư số 38/2015/TT-BTC'],
    ['a number in a legal database\'s bracketed note', 'thanh toán theo mức hưởng; [Nội dung này được đính chính bởi Công văn 666/BYT-BH năm 2021 có hiệu lực kể từ ngày 28/01/2021] theo Thông tư số 38/2015/TT-BTC'],
  ])('does not take %s for a document', (_, body) => {
    expect(refs(body)).toEqual(['38/2015/TT-BTC'])
  })
  it("never cites the letter's own number", () => {
    expect(refs('Công văn số 1468/UBND-KTTH này thay thế văn bản cũ.')).toEqual([])
  })
})

describe('named citations and short forms', () => {
  it('reports documents cited by name apart from numbered ones', () => {
    const l = letterOf(congVan('Luật Bảo vệ môi trường năm 2020 và Luật Đất đai 2024 quy định; Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.'))
    expect(l.citations).toEqual([])
    expect(l.namedCitations.map((n) => [n.title, n.year])).toEqual([
      ['Luật Bảo vệ môi trường', 2020],
      ['Luật Đất đai', 2024],
      ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX', null],
    ])
  })
  it('resolves "Công văn nêu trên" to the citation it refers to', () => {
    const [c] = cites('Ủy ban nhận được Công văn số 847/UBND-VX1 ngày 22/3/2011. Các sở thực hiện theo yêu cầu tại Công văn nêu trên.')
    expect(c.occurrences.map((o) => o.kind)).toEqual(['full', 'short'])
  })
  it('warns when a short form has two possible antecedents', () => {
    const l = letterOf(congVan('Quyết định số 1/QĐ-UBND ngày 01/01/2024 và Quyết định số 2/QĐ-UBND ngày 02/01/2024. Sở Tài chính thực hiện Quyết định nêu trên.'))
    expect(l.diagnostics.map((d) => d.ruleId)).toContain('citation/ambiguous-short-form')
    expect(l.citations.find((c) => c.ref === '2/QĐ-UBND')!.occurrences.map((o) => o.kind)).toEqual(['full', 'short'])
  })
  it('resolves a defined short name: "(Đề án)" then "Đề án"', () => {
    const l = letterOf(congVan('hoàn thiện Đề án phát triển thị trường các-bon tại Việt Nam (Đề án). Bộ Tài chính trình Đề án trước ngày 20/10/2024.'))
    expect(l.namedCitations[0].occurrences.map((o) => o.kind)).toEqual(['full', 'short'])
  })
})

describe('identity', () => {
  it('gives two fixtures that cite the same decree the same id (003 and 011 both cite 06/2022/NĐ-CP)', () => {
    const id = (name: string) => parseLetter(fixtureText(name)).citations.find((c) => c.ref === '06/2022/NĐ-CP')!.id
    expect(id('003-vpcp-tb467-ket-luan-thi-truong-cac-bon')).toBe('06/2022/NĐ-CP@2022')
    expect(id('011-btnmt-kh09-ke-hoach-trien-khai-ct13')).toBe(id('003-vpcp-tb467-ket-luan-thi-truong-cac-bon'))
  })
  it('gives two letters that cite the same decision the same id', () => {
    const a = parseLetter(fixtureText('013-kontum-qd435-ctr-hanh-dong-quan-he-lao-dong')).citations.find((c) => c.ref === '416/QĐ-TTg')!
    const b = letterOf(congVan('Thực hiện Quyết định 416/QĐ-TTg ngày 25/3/2020 của Thủ tướng Chính phủ.')).citations[0]
    expect(a.id).toBe('416/QĐ-TTG@2020')
    expect(b.id).toBe(a.id)
  })
  it('qualifies a local symbol by its issuer: 91/QĐ-UBND of two provinces differ', () => {
    const a = cites('Quyết định số 91/QĐ-UBND ngày 19/01/2024 của UBND tỉnh.')[0]
    const b = cites('Quyết định số 91/QĐ-UBND ngày 19/01/2024 của UBND tỉnh.', { issuer: 'ỦY BAN NHÂN DÂN\nTỈNH KON TUM' })[0]
    expect(a.id).toBe('91/QĐ-UBND@2024@uy-ban-nhan-dan-tinh-quang-ngai')
    expect(b.id).toBe('91/QĐ-UBND@2024@uy-ban-nhan-dan-tinh-kon-tum')
  })
  it('merges two mentions of one document into one citation with two occurrences', () => {
    const cs = cites('Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 và Nghị định 06/2022/NĐ-CP.')
    expect(cs).toHaveLength(1)
    expect(cs[0].occurrences).toHaveLength(2)
  })
  it('says when the year is unknown and uses "?" in the id', () => {
    const l = letterOf(congVan('Theo Công văn số 860/UBND-KTN của UBND tỉnh.'))
    expect(l.citations[0].id).toBe('860/UBND-KTN@?@uy-ban-nhan-dan-tinh-quang-ngai')
    expect(l.diagnostics.map((d) => d.ruleId)).toContain('citation/unknown-year')
  })
})
