/**
 * The issuer of a two-level letterhead (parent body above, issuing body below), by the kind of
 * the lower body; every case here is written in wordings the corpus does not print.
 */
import { describe, expect, it } from 'vitest'
import { letterOf } from './helpers.js'
import { nameUnderParent } from '../src/extract/header.js'

const letterhead = (lines: string, body = 'Nội dung công văn.') =>
  letterOf(`${lines}\n\nSố: 17/XX-YY\nV/v phối hợp công tác\n\nHuế, ngày 03 tháng 02 năm 2025\n\nKính gửi: Các đơn vị.\n\n${body}`).document.issuer
const fold = (s: string | undefined | null) => (s ?? '').toLowerCase()

describe('a board or office of a Party committee', () => {
  it('takes the name of the district committee above it', () => {
    expect(fold(letterhead('HUYỆN ỦY PHONG ĐIỀN\nBAN TỔ CHỨC')?.name)).toBe('ban tổ chức huyện ủy phong điền')
  })

  it('takes the name of the city committee for its office and its inspection commission', () => {
    expect(fold(letterhead('THÀNH ỦY HUẾ\nVĂN PHÒNG')?.name)).toBe('văn phòng thành ủy huế')
    expect(fold(letterhead('THÀNH ỦY HUẾ\nỦY BAN KIỂM TRA')?.name)).toBe('ủy ban kiểm tra thành ủy huế')
  })

  it('is a central board under the bare central committee', () => {
    expect(fold(letterhead('BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN NỘI CHÍNH')?.name)).toBe('ban nội chính trung ương')
  })

  it('keeps a name that already carries its own place', () => {
    expect(nameUnderParent('Ban Tổ chức Huyện ủy A Lưới', 'Tỉnh ủy Thừa Thiên Huế').name).toBe('Ban Tổ chức Huyện ủy A Lưới')
  })
})

describe("an office printed alone", () => {
  it("takes the full name of the People's Council or ministry it serves", () => {
    expect(fold(letterhead('HĐND TỈNH QUẢNG NAM\nVĂN PHÒNG')?.name)).toBe('văn phòng hội đồng nhân dân tỉnh quảng nam')
    expect(fold(letterhead('BỘ TƯ PHÁP\nVĂN PHÒNG')?.name)).toBe('văn phòng bộ tư pháp')
  })

  it('but an office named by what it serves takes only the locality', () => {
    expect(fold(letterhead('UBND TỈNH QUẢNG NAM\nVĂN PHÒNG ỦY BAN NHÂN DÂN')?.name)).toBe('văn phòng ủy ban nhân dân tỉnh quảng nam')
  })
})

describe('a public service unit under its managing body', () => {
  it('takes only the place name when it ends with its unit word', () => {
    expect(fold(letterhead('SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH GIA LAI\nTRUNG TÂM GIÁO DỤC THƯỜNG XUYÊN TỈNH')?.name)).toBe('trung tâm giáo dục thường xuyên tỉnh gia lai')
  })

  it('takes the locality of the department above it otherwise', () => {
    expect(fold(letterhead('SỞ Y TẾ TỈNH GIA LAI\nBỆNH VIỆN Y DƯỢC CỔ TRUYỀN')?.name)).toBe('bệnh viện y dược cổ truyền tỉnh gia lai')
    expect(fold(letterhead('UBND HUYỆN CHƯ SÊ\nTRƯỜNG TRUNG HỌC CƠ SỞ')?.name)).toBe('trường trung học cơ sở huyện chư sê')
    expect(fold(letterhead('UBND TỈNH GIA LAI\nHẠT KIỂM LÂM')?.name)).toBe('hạt kiểm lâm tỉnh gia lai')
  })

  it('keeps its name under a ministry, which names no locality', () => {
    expect(fold(letterhead('BỘ Y TẾ\nBỆNH VIỆN NỘI TIẾT TRUNG ƯƠNG')?.name)).toBe('bệnh viện nội tiết trung ương')
    expect(letterhead('BỘ Y TẾ\nBỆNH VIỆN NỘI TIẾT TRUNG ƯƠNG')?.parent).toBe('Bộ Y tế')
  })

  it('is a level of its own even when the line above ends with a place', () => {
    const i = letterhead('SỞ LAO ĐỘNG TỈNH BẾN TRE\nTRƯỜNG CAO ĐẲNG NGHỀ')
    expect(fold(i?.parent)).toBe('sở lao động tỉnh bến tre')
    expect(fold(i?.printed)).toBe('trường cao đẳng nghề')
  })
})

describe("a mass organisation's committee", () => {
  it('completes the bare central committee with the organisation printed below it', () => {
    expect(fold(letterhead('BAN CHẤP HÀNH TRUNG ƯƠNG\nHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM')?.name)).toBe('ban chấp hành trung ương hội liên hiệp phụ nữ việt nam')
  })

  it("drops the organisation's name that the right column prints after a complete body", () => {
    const i = letterhead('BCH ĐOÀN TỈNH KHÁNH HÒA\n\nĐOÀN TNCS HỒ CHÍ MINH')
    expect(fold(i?.printed)).toContain('khánh hòa')
    expect(i?.parent).toBeNull()
  })
})

describe('one-level letterheads stay one level', () => {
  it('joins a body name wrapped over two lines', () => {
    const i = letterhead('ỦY BAN NHÂN DÂN\nTHỊ XÃ HƯƠNG THỦY')
    expect(fold(i?.name)).toBe('ủy ban nhân dân thị xã hương thủy')
    expect(i?.parent).toBeNull()
  })
})

describe('issuer casing', () => {
  it('takes the casing the body prints for a name the letterhead prints in capitals', () => {
    const i = letterhead('BỘ NỘI VỤ\nVIỆN KHOA HỌC TỔ CHỨC NHÀ NƯỚC', 'Viện Khoa học tổ chức nhà nước đề nghị các đơn vị phối hợp.')
    expect(i?.name).toBe('Viện Khoa học tổ chức nhà nước')
  })

  it('keeps the generic casing where the body prints the name only in capitals', () => {
    const i = letterhead('BỘ NỘI VỤ\nVIỆN KHOA HỌC TỔ CHỨC NHÀ NƯỚC', 'VIỆN KHOA HỌC TỔ CHỨC NHÀ NƯỚC đề nghị các đơn vị phối hợp.')
    expect(i?.name).toBe('Viện khoa học tổ chức nhà nước')
  })

  it('does not take a capital from the start of a sentence, nor capitals on unit words', () => {
    const i = letterhead('UBND HUYỆN KRÔNG PẮC\nTRUNG TÂM VĂN HÓA', 'Báo cáo gửi về. Trung tâm văn hóa Huyện Krông Pắc tổng hợp.')
    expect(i?.name).toBe('Trung tâm văn hóa huyện Krông Pắc')
  })

  it("keeps local government's own spelling against a letter's variant", () => {
    const i = letterhead('ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG', 'Ủy ban Nhân dân tỉnh Đắk Nông đề nghị các sở thực hiện.')
    expect(i?.name).toBe('Ủy ban nhân dân tỉnh Đắk Nông')
  })
})

describe("a board of a People's Council or a mass organisation", () => {
  it("takes the council's or the organisation's name, where a People's Committee's board takes only the locality", () => {
    expect(fold(letterhead('HĐND TỈNH PHÚ YÊN\nBAN PHÁP CHẾ')?.name)).toBe('ban pháp chế hội đồng nhân dân tỉnh phú yên')
    expect(fold(letterhead('LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ YÊN\nBAN TUYÊN GIÁO')?.name)).toBe('ban tuyên giáo liên đoàn lao động tỉnh phú yên')
    expect(fold(letterhead('UBND TỈNH PHÚ YÊN\nBAN DÂN TỘC')?.name)).toBe('ban dân tộc tỉnh phú yên')
  })

  it('reads an abbreviated lower body as a level of its own', () => {
    const i = letterhead('UBND TỈNH PHÚ YÊN\nBQL KHU KINH TẾ')
    expect(fold(i?.parent)).toBe('ủy ban nhân dân tỉnh phú yên')
    expect(fold(i?.name)).toBe('ban quản lý khu kinh tế tỉnh phú yên')
  })
})

describe('a Party committee printed without its place', () => {
  it('takes the place of the Party organisation above it', () => {
    expect(fold(letterhead('ĐẢNG BỘ HUYỆN ĐIỆN BÀN\nHUYỆN ỦY')?.name)).toBe('huyện ủy điện bàn')
    expect(fold(letterhead('ĐẢNG BỘ XÃ ĐIỆN HÒA\nĐẢNG ỦY')?.name)).toBe('đảng ủy xã điện hòa')
  })
})

describe('places in the letterhead', () => {
  it('reads a district named by its number as a letterhead line', () => {
    const i = letterhead('UBND QUẬN 3\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG')
    expect(fold(i?.parent)).toBe('ủy ban nhân dân quận 3')
    expect(fold(i?.name)).toBe('phòng tài nguyên và môi trường quận 3')
  })

  it('does not repeat the place a body is already named by', () => {
    expect(letterhead('UBND TỈNH BÌNH ĐỊNH\nTRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ QUY NHƠN')?.name.toLowerCase()).toBe('trường cao đẳng kỹ thuật công nghệ quy nhơn tỉnh bình định')
    expect(letterhead('UBND TỈNH BÌNH ĐỊNH\nBỆNH VIỆN Y HỌC CỔ TRUYỀN BÌNH ĐỊNH')?.name).toMatch(/^Bệnh viện y học cổ truyền Bình Định$/i)
  })

  it('still rejects a line with a number that is no place', () => {
    expect(letterhead('BỘ Y TẾ\nSố: 12')?.name).toBe('Bộ Y tế')
  })
})

describe('a three-level letterhead', () => {
  it('names each level under the one above, so the unit gets the province through its department', () => {
    const i = letterhead('UBND TỈNH ĐẮK LẮK\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nTRUNG TÂM GIÁO DỤC THƯỜNG XUYÊN')
    expect(fold(i?.name)).toBe('trung tâm giáo dục thường xuyên tỉnh đắk lắk')
    expect(fold(i?.parent)).toBe('sở giáo dục và đào tạo tỉnh đắk lắk')
  })
})

describe("an organisation above its committee", () => {
  it('puts the organisation between the committee and its place', () => {
    expect(fold(letterhead('MẶT TRẬN TỔ QUỐC VIỆT NAM\nỦY BAN HUYỆN NÚI THÀNH')?.name)).toBe('ủy ban mặt trận tổ quốc việt nam huyện núi thành')
  })

  it('leaves a committee under a body that is no organisation as printed', () => {
    expect(fold(letterhead('BỘ NỘI VỤ\nỦY BAN TỈNH QUẢNG NAM')?.name)).toBe('ủy ban tỉnh quảng nam')
  })
})
