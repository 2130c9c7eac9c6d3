/** Header fields, each with a negative case. */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from './helpers.js'

const header = (text: string) => letterOf(text).document

describe('number and symbol', () => {
  it('reads a state number with spaces before the slash', () => {
    const d = header('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 9387 /UBND-KT\nV/v x\n\nLào Cai, ngày 15 tháng 9 năm 2026\n\nNội dung.')
    expect([d.ref, d.number, d.symbol, d.year]).toEqual(['9387/UBND-KT', '9387', 'UBND-KT', null])
    expect(d.evidence.ref?.text).toBe('9387 /UBND-KT')
  })
  it('reads a Party number without a colon: "Số 2449 -CV/ĐU"', () => {
    const d = header('ĐẢNG BỘ TỈNH LÀO CAI\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n*\nSố 2449 -CV/ĐU\n\nLào Cai, ngày 07 tháng 9 năm 2026\n\nNội dung.')
    expect(d.ref).toBe('2449-CV/ĐU')
    expect(d.type).toBe('Công văn')
  })
  it('reads the year of a normative number', () => {
    const d = header('ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 06/2024/QĐ-UBND\n\nKon Tum, ngày 25 tháng 01 năm 2024\n\nQUYẾT ĐỊNH\nBan hành quy định\n\nNội dung.')
    expect([d.ref, d.year, d.type]).toEqual(['06/2024/QĐ-UBND', 2024, 'Quyết định'])
  })
  it('does not take a number in the body for the letter number', () => {
    const d = header('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nLào Cai, ngày 15 tháng 9 năm 2026\n\nThực hiện Công văn số 2449-CV/ĐU ngày 07/9/2026 của Đảng ủy, đề nghị các sở triển khai thực hiện nội dung đã nêu trong văn bản trên một cách nghiêm túc và hiệu quả cao nhất trong thời gian tới, bảo đảm tiến độ đề ra.')
    expect(d.ref).toBeNull()
  })
  it('gives null for a blank printed number, but keeps the type code', () => {
    const d = header('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: /TB-UBND\n\nHà Nội, ngày tháng năm\n\nTHÔNG BÁO\nVề việc treo cờ Tổ quốc\n\nNội dung.')
    expect([d.ref, d.symbol, d.type, d.date, d.place]).toEqual([null, 'TB-UBND', 'Thông báo', null, 'Hà Nội'])
  })
})

describe('place and date', () => {
  it('reads the place and the issue date', () => {
    const d = header(congVan('Nội dung.', { date: '22/3/2024' }))
    expect([d.place, d.date]).toEqual(['Quảng Ngãi', '2024-03-22'])
  })
  it('does not take a date in the body for the issue date', () => {
    const d = header('BỘ CÔNG THƯƠNG\n\nSố: 12/BCT-KHCN\n\nNgày 02 tháng 02 năm 2018, Chính phủ đã ban hành Nghị định số 15/2018/NĐ-CP.')
    expect(d.date).toBeNull()
  })
  it('gives null for an illegible date, with a diagnostic', () => {
    const l = letterOf('BỘ CÔNG THƯƠNG\n\nSố: 12/BCT-KHCN\nHà Nội, ngày/Í0. tháng ƒnăm 2018\n\nNội dung.')
    expect([l.document.place, l.document.date]).toEqual(['Hà Nội', null])
    expect(l.diagnostics.map((x) => x.ruleId)).toContain('header/unreadable-date')
  })
})

describe('issuer', () => {
  it('joins a name printed over two lines', () => {
    expect(header(congVan('x')).issuer?.name).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi')
  })
  it('reads a two-level block as the lower body, completed with the province above', () => {
    const d = header('UBND TỈNH QUẢNG BÌNH\nSỞ NỘI VỤ\n\nSố: 12/SNV-TCBC\nV/v x\n\nQuảng Bình, ngày 02 tháng 3 năm 2024\n\nNội dung.')
    expect(d.issuer?.name).toBe('Sở Nội vụ tỉnh Quảng Bình')
    expect(d.issuer?.parent).toBe('Ủy ban nhân dân tỉnh Quảng Bình')
  })
  it('cuts the national name out of a two-column line', () => {
    const d = header('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc\n\nSố: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n\nNội dung.')
    expect([d.issuer?.name, d.ref, d.place, d.date]).toEqual(['Ủy ban nhân dân tỉnh Hậu Giang', '454/UBND-NCTH', 'Vị Thanh', '2011-04-06'])
  })
  it('restores the spelling of a known ministry', () => {
    expect(header('BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 6240 /BGDĐT-KHCNTT\n\nHà Nội, ngày 15 tháng 09 năm 2026\n\nx').issuer?.name).toBe('Bộ Giáo dục và Đào tạo')
  })
})

describe('type and subject', () => {
  it('takes the V/v lines of a công văn, joined', () => {
    const d = header('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 2496 /UBND-KT\nV/v triển khai thực hiện thủ tục cấp\nGiấy phép vận chuyển\n\nLào Cai, ngày 06 tháng 4 năm 2026\n\nNội dung.')
    expect([d.type, d.subject]).toEqual(['Công văn', 'triển khai thực hiện thủ tục cấp Giấy phép vận chuyển'])
  })
  it('takes the title lines of a named type', () => {
    const d = header('VĂN PHÒNG CHÍNH PHỦ\n\nSố: 467/TB-VPCP\n\nHà Nội, ngày 14 tháng 10 năm 2024\n\nTHÔNG BÁO\nKẾT LUẬN CUỘC HỌP VỀ ĐỀ ÁN\nNgày 07 tháng 10 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng chủ trì.')
    expect([d.type, d.subject]).toEqual(['Thông báo', 'KẾT LUẬN CUỘC HỌP VỀ ĐỀ ÁN'])
  })
  it('leaves the authority line out of a Quyết định subject', () => {
    const d = header('ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG ỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Luật.')
    expect(d.subject).toBe('BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG')
  })
  it('does not take "Về" in a body heading for a subject', () => {
    expect(header(congVan('5. Về đầu tư xây dựng cơ bản')).subject).toBe('triển khai nhiệm vụ')
  })
})

describe('recipients', () => {
  it('reads a Kính gửi list, one entry per line, without trailing punctuation', () => {
    const d = header('ỦY BAN NHÂN DÂN\nTỈNH X\n\nSố: 1/UBND-VP\n\nX, ngày 01 tháng 01 năm 2024\n\nKính gửi:\n\n- Các sở, ban, ngành;\n- UBND các huyện, thị xã, thành phố.\n\nNội dung.')
    expect(d.recipients.map((r) => r.name)).toEqual(['Các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'])
    expect(d.recipients[1].text).toBe('UBND các huyện, thị xã, thành phố')
  })
  it('reads an inline Kính gửi and splits on semicolons', () => {
    expect(header(congVan('x')).recipients.map((r) => r.name)).toEqual(['Các sở, ban, ngành tỉnh'])
  })
  it('is empty for a letter without Kính gửi (the Nơi nhận list is not it)', () => {
    const d = header('VĂN PHÒNG CHÍNH PHỦ\n\nSố: 467/TB-VPCP\n\nHà Nội, ngày 14 tháng 10 năm 2024\n\nTHÔNG BÁO\nKẾT LUẬN\n\nNội dung.\n\nNơi nhận:\n- Thủ tướng Chính phủ;\n- Lưu: VT.')
    expect(d.recipients).toEqual([])
    expect(d.distribution.map((x) => x.name)).toEqual(['Thủ tướng Chính phủ', 'Lưu: VT'])
  })
})

describe('signer', () => {
  it('reads the name after the authority and the title', () => {
    const s = header(congVan('x')).signer!
    expect([s.name, s.authority, s.title]).toEqual(['Trần Hoàng Tuấn', 'KT.', 'PHÓ CHỦ TỊCH'])
  })
  it('does not take a name in the Nơi nhận list', () => {
    const d = header('ỦY BAN NHÂN DÂN\nTỈNH X\n\nSố: 1/UBND-VP\n\nX, ngày 01 tháng 01 năm 2024\n\nNội dung./.\n\nNơi nhận:\n- Phó CT UBND tỉnh Phan Trung Bá;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPhan Trung Bá')
    expect(d.signer?.name).toBe('Phan Trung Bá')
    expect(d.signer?.span.start.line).toBe(17)
  })
  it('separates a title glued to the name', () => {
    expect(header('VĂN PHÒNG CHÍNH PHỦ\n\nSố: 462/VPCP-CN\n\nHà Nội, ngày 18 tháng 01 năm 2008\n\nx./.\n\nNơi nhận:\n- Như trên;\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆMVăn Trọng Lý').signer?.name).toBe('Văn Trọng Lý')
  })
})

describe('marks', () => {
  it('reads urgency marks printed alone on a line', () => {
    expect(header('ỦY BAN NHÂN DÂN\nTỈNH X\n\nSố: 1/UBND-VP\nHỎA TỐC\n\nX, ngày 01 tháng 01 năm 2024\n\nNội dung.').marks).toEqual(['HỎA TỐC'])
  })
  it('does not take "khẩn trương" in the body for a mark', () => {
    expect(header(congVan('Các sở khẩn trương thực hiện.')).marks).toEqual([])
  })
})

describe('recipients printed inline as a list', () => {
  it('splits named agencies on commas, keeping comma names whole', () => {
    const d = letterOf('ỦY BAN NHÂN DÂN\nTỈNH X\n\nSố: 1/UBND-VP\n\nX, ngày 01 tháng 01 năm 2024\n\nKính gửi: Sở Tài chính, Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh.\n\nNội dung.').document
    expect(d.recipients.map((r) => r.name)).toEqual(['Sở Tài chính', 'Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh'])
  })
  it('keeps a collective addressee whole', () => {
    const d = letterOf('ỦY BAN NHÂN DÂN\nTỈNH X\n\nSố: 1/UBND-VP\n\nX, ngày 01 tháng 01 năm 2024\n\nKính gửi: Các sở, ban, ngành thuộc tỉnh.\n\nNội dung.').document
    expect(d.recipients.map((r) => r.name)).toEqual(['Các sở, ban, ngành thuộc tỉnh'])
  })
  it('keeps a place that starts with its unit', () => {
    expect(letterOf('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nSố: 1/UBND-VP\n\nThành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2024\n\nNội dung.').document.place).toBe('Thành phố Hồ Chí Minh')
  })
  it('keeps the place as printed', () => {
    expect(letterOf('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nSố: 1/UBND-VP\n\nTP. Hồ Chí Minh, ngày 01 tháng 01 năm 2024\n\nNội dung.').document.place).toBe('TP. Hồ Chí Minh')
  })
})

describe('a named type with a sentence-case title line', () => {
  it('takes the line under THÔNG BÁO as the subject, but not the body that follows', () => {
    const d = letterOf('ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n\nSố: 312/TB-UBND\n\nBình Định, ngày 05 tháng 7 năm 2024\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải ngân\n\nNgày 02/7/2024, Chủ tịch UBND tỉnh chủ trì cuộc họp.').document
    expect(d.subject).toBe('Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải ngân')
  })
})

describe('a signer printed in capitals', () => {
  it('reads the name under the title and writes it in title case', () => {
    const s = letterOf('ỦY BAN NHÂN DÂN\nTỈNH X\n\nSố: 1/UBND-VP\n\nX, ngày 01 tháng 01 năm 2024\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNGUYỄN HỮU THÁP').document.signer!
    expect([s.name, s.text, s.title]).toEqual(['Nguyễn Hữu Tháp', 'NGUYỄN HỮU THÁP', 'CHỦ TỊCH'])
  })
})
