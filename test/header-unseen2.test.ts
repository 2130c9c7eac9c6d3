/**
 * Header, signature and citation fields in forms none of the corpus or synthetic letters print:
 * OCR's stray space inside a number (the letter's own and a cited one), a letterhead of two bold
 * runs in one converted table cell, "<br>" inside a header cell, a form titled after the Kính gửi
 * of a short letter, the signing authority spelled out (THAY MẶT, KÝ THAY, THỪA LỆNH, THỪA ỦY
 * QUYỀN), a date line typed without diacritics, an Ê Đê name whose apostrophe stands apart, and a
 * law cited by a long title before its number. Each case is a small letter with the fields a clerk
 * would extract (corpus/README.md conventions), with a counterexample where the rule could misfire.
 */
import { describe, expect, it } from 'vitest'
import { docOf, letterOf } from './helpers.js'

const doc = (text: string) => letterOf(text).document
const refs = (text: string) => letterOf(text).citations.map((c) => c.ref)
const typeOf = (text: string, ref: string) => letterOf(text).citations.find((c) => c.ref === ref)?.type ?? null

const MOTTO = '\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n'
const CLOSE = '\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n'
/** A state letter of a district around a number line, a body and a signature block. */
const district = (numberLine: string, body: string, signature = 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nY Ngọc Êban\n') =>
  'ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG BÔNG\n\n' + numberLine + '\nV/v triển khai kiểm tra an toàn thực phẩm\n' + MOTTO +
  'Krông Bông, ngày 14 tháng 4 năm 2026\n\nKính gửi: Phòng Y tế huyện.\n\n' + body + '\n' + CLOSE + signature

const PLAIN_BODY = 'Ủy ban nhân dân huyện giao Phòng Y tế huyện chủ trì kiểm tra, báo cáo trước ngày 30/4/2026./.'

describe("OCR's stray space inside the letter's own number", () => {
  it('reads one digit group split by one space before the slash as one number', () => {
    const d = doc(district('Số: 15 27 /UBND-VP', PLAIN_BODY))
    expect([d.ref, d.number, d.symbol]).toEqual(['1527/UBND-VP', '1527', 'UBND-VP'])
  })

  it("reads a Party number split before its hyphen ('Số 3 18 -CV/HU')", () => {
    const text = 'ĐẢNG BỘ TỈNH GIA LAI\nHUYỆN ỦY CHƯ SÊ\n*\nSố 3 18 -CV/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nChư Sê, ngày 2 tháng 6 năm 2026\n\nKính gửi: Các chi bộ, đảng bộ cơ sở.\n\nBan Thường vụ Huyện ủy đề nghị các chi bộ tổ chức kiểm điểm./.\n\nNơi nhận:\n- Như trên,\n- Lưu VPHU.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nH\' Nhi Ksor\n'
    const l = letterOf(text)
    expect(l.document.ref).toBe('318-CV/HU')
    // The tail of the split number is no citation of the letter's.
    expect(l.citations.map((c) => c.ref)).not.toContain('18-CV/HU')
  })

  it('keeps a number printed whole with a space before its slash as it was', () => {
    expect(doc(district('Số: 1245 /UBND-VP', PLAIN_BODY)).ref).toBe('1245/UBND-VP')
  })
})

describe("OCR's stray space inside a cited number", () => {
  it('glues a digit group right after the number word to the number that follows it', () => {
    const body = 'Thực hiện Công văn số 2 156-CV/TU ngày 10/3/2026 của Ban Thường vụ Tỉnh ủy và Quyết định số 3 12/QĐ-UBND ngày 02/4/2026 của UBND tỉnh, ' + PLAIN_BODY
    const r = refs(district('Số: 1245/UBND-VP', body))
    expect(r).toEqual(expect.arrayContaining(['2156-CV/TU', '312/QĐ-UBND']))
    expect(r).not.toContain('156-CV/TU')
    expect(r).not.toContain('12/QĐ-UBND')
  })

  it('never glues two numbers of a list parted by a comma or "và"', () => {
    const body = 'Thực hiện các Công văn số 12, 15/UBND-VX và số 20 và 21/UBND-VX của UBND huyện, ' + PLAIN_BODY
    const r = refs(district('Số: 1245/UBND-VP', body))
    expect(r).toContain('15/UBND-VX')
    expect(r).toContain('21/UBND-VX')
    expect(r).not.toContain('1215/UBND-VX')
    expect(r).not.toContain('2021/UBND-VX')
  })
})

describe('a letterhead converted into one table cell', () => {
  const pandoc = (left: string, numberCell: string) =>
    `| ${left} | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n| ${numberCell} | *Lắk, ngày 20 tháng 3 năm 2026* |\n\nKính gửi: Trạm Y tế các xã.\n\nTrung tâm Y tế huyện đề nghị Trạm Y tế các xã tổ chức tiêm bổ sung, báo cáo trước ngày 15/4/2026./.\n\n**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n**Y Kông Mlô**\n`

  it('reads two bold runs of one cell as the two levels of the letterhead', () => {
    const d = doc(pandoc('**SỞ Y TẾ TỈNH ĐẮK LẮK** **TRUNG TÂM Y TẾ HUYỆN LẮK**', 'Số: 210/TTYT-KHNV V/v tổ chức tiêm chủng bổ sung'))
    expect([d.issuer?.name, d.issuer?.printed]).toEqual(['Trung tâm Y tế huyện Lắk', 'TRUNG TÂM Y TẾ HUYỆN LẮK'])
    expect(d.issuer?.parent).not.toBeNull()
  })

  it('keeps one bold run of one line whole', () => {
    const d = doc(pandoc('**ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK**', 'Số: 210/UBND-KT V/v tổ chức tiêm chủng bổ sung'))
    expect([d.issuer?.name, d.issuer?.parent]).toEqual(['Ủy ban nhân dân tỉnh Đắk Lắk', null])
  })

  it('ends the number at a <br> inside its cell and reads the subject after it', () => {
    const d = doc(pandoc('**SỞ Y TẾ TỈNH ĐẮK LẮK** **TRUNG TÂM Y TẾ HUYỆN LẮK**', 'Số: 5512/TTYT-KHNV<br>V/v tổ chức tiêm chủng bổ sung'))
    expect([d.ref, d.subject, d.date]).toEqual(['5512/TTYT-KHNV', 'tổ chức tiêm chủng bổ sung', '2026-03-20'])
  })
})

describe('a type title printed after Kính gửi', () => {
  const shortLetter = (form: string) =>
    'UBND TỈNH QUẢNG TRỊ\nSỞ TÀI CHÍNH\n\nSố: 512/STC-NS\n' + MOTTO + 'Quảng Trị, ngày 11 tháng 2 năm 2026\n\nKính gửi: Các sở, ban, ngành cấp tỉnh.\n\n' +
    'Sở Tài chính đề nghị các sở, ban, ngành gửi báo cáo theo mẫu dưới đây trước ngày 28/2/2026./.\n' + CLOSE + 'GIÁM ĐỐC\n\nLê Văn Bình\n\n' + form

  it("is a form's title after the signature, not the letter's type nor its subject", () => {
    const d = doc(shortLetter('BÁO CÁO\nTình hình thực hiện dự toán năm 2025\n'))
    expect([d.type, d.subject, d.signer?.name]).toEqual(['Công văn', null, 'Lê Văn Bình'])
  })

  it('leaves a title printed above Kính gửi the letter\'s type', () => {
    const text = 'UBND TỈNH QUẢNG TRỊ\nSỞ TÀI CHÍNH\n\nSố: 15/TB-STC\n' + MOTTO + 'Quảng Trị, ngày 11 tháng 2 năm 2026\n\nTHÔNG BÁO\nLịch tiếp công dân tháng 3 năm 2026\n\nKính gửi: Các phòng thuộc Sở.\n\nSở Tài chính thông báo lịch tiếp công dân./.\n' + CLOSE + 'GIÁM ĐỐC\n\nLê Văn Bình\n'
    const d = doc(text)
    expect([d.type, d.subject]).toEqual(['Thông báo', 'Lịch tiếp công dân tháng 3 năm 2026'])
  })
})

describe('the signing authority spelled out', () => {
  it('writes KÝ THAY under THAY MẶT as KT., the last authority above the title', () => {
    const s = doc(district('Số: 1245/UBND-VP', PLAIN_BODY, 'THAY MẶT ỦY BAN NHÂN DÂN\nKÝ THAY CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nY Ngọc Êban\n')).signer
    expect([s?.name, s?.authority, s?.title]).toEqual(['Y Ngọc Êban', 'KT.', 'PHÓ CHỦ TỊCH'])
  })

  it('writes THAY MẶT alone as TM., THỪA LỆNH as TL. and THỪA ỦY QUYỀN as TUQ.', () => {
    const auth = (block: string) => doc(district('Số: 1245/UBND-VP', PLAIN_BODY, block + '\n\nNguyễn Tùng Phong\n')).signer?.authority
    expect(auth('THAY MẶT ỦY BAN NHÂN DÂN\nCHỦ TỊCH')).toBe('TM.')
    expect(auth('THỪA LỆNH CHỦ TỊCH\nCHÁNH VĂN PHÒNG')).toBe('TL.')
    expect(auth('THỪA ỦY QUYỀN CHỦ TỊCH\nCHÁNH VĂN PHÒNG')).toBe('TUQ.')
  })

  it('gives no authority to a head who signs in his own name, nor to "thay mặt" in the body', () => {
    const body = 'Đồng chí Phó Chủ tịch thay mặt Ủy ban nhân dân huyện giao Phòng Y tế huyện chủ trì kiểm tra./.'
    const s = doc(district('Số: 1245/UBND-VP', body, 'CHỦ TỊCH\n\nNguyễn Tùng Phong\n')).signer
    expect([s?.name, s?.authority, s?.title]).toEqual(['Nguyễn Tùng Phong', null, 'CHỦ TỊCH'])
  })
})

describe('a date line typed without diacritics', () => {
  const ministry = (dateLine: string) =>
    'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC THỦY LỢI\n\nSố: 88/TL-QLCT\nV/v báo cáo tình hình công trình thủy lợi\n' + MOTTO + dateLine +
    '\n\nKính gửi: Sở Nông nghiệp và Môi trường các tỉnh.\n\nCục Thủy lợi đề nghị Sở Nông nghiệp và Môi trường các tỉnh báo cáo trước ngày 31/3/2026./.\n' + CLOSE + 'THỪA LỆNH BỘ TRƯỞNG\nCỤC TRƯỞNG CỤC THỦY LỢI\n\nNguyễn Tùng Phong\n'

  it('reads the place and the date', () => {
    const d = doc(ministry('Ha Noi, ngay 09 thang 3 nam 2026'))
    expect([d.place, d.date]).toEqual(['Ha Noi', '2026-03-09'])
    expect([d.signer?.authority, d.signer?.title]).toEqual(['TL.', 'CỤC TRƯỞNG'])
  })

  it('still reads the date printed with its marks, and no date where no place leads it', () => {
    expect(doc(ministry('Hà Nội, ngày 09 tháng 3 năm 2026')).date).toBe('2026-03-09')
    expect(doc(ministry('ngay 09 thang 3 nam 2026')).date).toBeNull()
  })
})

describe("an Ê Đê signer's name", () => {
  it("reads a one-letter first word whose apostrophe stands apart (H' Yâo Byă)", () => {
    const s = doc(district('Số: 1245/UBND-VP', PLAIN_BODY, 'GIÁM ĐỐC\n\nH\' Yâo Byă\n')).signer
    expect([s?.name, s?.title]).toEqual(["H' Yâo Byă", 'GIÁM ĐỐC'])
  })

  it('does not take a lone letter and one word for a name', () => {
    const s = doc(district('Số: 1245/UBND-VP', PLAIN_BODY, 'GIÁM ĐỐC\n\nH\' Yâo\n')).signer
    expect(s?.name ?? null).not.toBe("H' Yâo")
  })
})

describe('a law cited by its title before its number', () => {
  it('types a long law title as Luật', () => {
    const body = 'Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13; ' + PLAIN_BODY
    expect(typeOf(district('Số: 1245/UBND-VP', body), '87/2015/QH13')).toBe('Luật')
  })

  it('does not reach a type word that opens another clause far back', () => {
    const body = 'Thực hiện Luật Đất đai, Ủy ban nhân dân huyện đã tổ chức rà soát toàn bộ các dự án chậm triển khai trên địa bàn huyện theo danh mục tại phụ lục kèm theo số 45/2026/QH15; ' + PLAIN_BODY
    expect(typeOf(district('Số: 1245/UBND-VP', body), '45/2026/QH15')).not.toBe('Luật')
  })
})

describe('"<br>" in Markdown paragraphs', () => {
  const text =
    '**ỦY BAN NHÂN DÂN**<br>**TỈNH ĐIỆN BIÊN**\n\nSố: 5512/UBND-XDNĐ<br>V/v triển khai công tác phòng chống lụt bão năm 2026\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**\n\n' +
    'Điện Biên, ngày 12 tháng 5 năm 2026\n\nKính gửi: Sở Nông nghiệp và Môi trường.\n\nỦy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì rà soát phương án, báo cáo trước ngày 30/5/2026./.\n\n**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**\n\n**Lò Văn Mừng**\n'

  it('reads the letterhead, number, subject and signature apart where a <br> parts their lines', () => {
    const d = doc(text)
    expect([d.issuer?.name, d.ref, d.subject]).toEqual(['Ủy ban nhân dân tỉnh Điện Biên', '5512/UBND-XDNĐ', 'triển khai công tác phòng chống lụt bão năm 2026'])
    expect([d.signer?.name, d.signer?.authority, d.signer?.title]).toEqual(['Lò Văn Mừng', 'KT.', 'PHÓ CHỦ TỊCH'])
    // The span of the issuer still points at the source's characters.
    expect(d.issuer?.text).toContain('TỈNH ĐIỆN BIÊN')
  })

  it('keeps the words of a body paragraph apart', () => {
    const flat = docOf('Giao Sở Xây dựng<br>rà soát hồ sơ, báo cáo Quý I<br>năm 2026.\n')
    expect(flat.text).not.toMatch(/dựngrà|Inăm/u)
    expect(flat.text).toMatch(/Sở Xây dựng\s+rà soát hồ sơ, báo cáo Quý I\s+năm 2026/u)
  })

  it('leaves a pipe row on one line and makes no blank line of a <br> at a line end', () => {
    const flat = docOf('| 1 | Rà soát<br>hồ sơ | Sở Xây dựng |\n\nMột dòng<br>\nhai dòng\n')
    expect(flat.lines.filter((l) => !l.blank).map((l) => flat.text.slice(l.start, l.end))[0]).toBe('| 1 | Rà soáthồ sơ | Sở Xây dựng |')
    expect(flat.text).not.toMatch(/Một dòng\s*\n\s*\n\s*hai dòng/u)
    expect(flat.text).toMatch(/Một dòng\s+hai dòng/u)
  })
})
