/**
 * Agency names in wordings of our own for the classes the blind sets heldout2/heldout3 showed: heads
 * of bodies the 2025 regrouping and sector letters name, enumerations whose places start with a head
 * or a verb syllable, a plural locality's qualifier, paired names split by a comma, person markers
 * inside a place, predicates printed without their horns, a deputy named by name, acronyms among a
 * collective's qualifiers. Every sentence is written for this test (other places, other verbs).
 */
import { describe, expect, it } from 'vitest'
import { agencyRunAt } from '../src/readers/agencies.js'
import { letterOf, congVan } from './helpers.js'

const names = (text: string): string[] => agencyRunAt(text, 0).mentions.map((m) => m.name)
const rest = (text: string): string => text.slice(agencyRunAt(text, 0).end).trim()
const task = (body: string, label: string) => {
  const t = letterOf(congVan(body, { date: '10/12/2025', issuer: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ' })).tasks.find((x) => x.label === label)
  if (!t) throw new Error(`no task ${label}`)
  return { lead: t.lead.map((a) => a.name), support: t.support.map((a) => a.name) }
}

describe('heads of bodies the regrouping and sector letters name', () => {
  it('read the road management zones, with their number or as a plural', () => {
    expect(names('Khu Quản lý đường bộ II tổ chức tuần tra')).toEqual(['Khu Quản lý đường bộ II'])
    expect(names('các Khu Quản lý đường bộ rà soát biển báo')).toEqual(['Các Khu Quản lý đường bộ'])
  })

  it('read the grassroots social insurance office apart from the provincial one', () => {
    expect(names('Bảo hiểm xã hội cơ sở Hải Lăng đối soát danh sách')).toEqual(['Bảo hiểm xã hội cơ sở Hải Lăng'])
    expect(names('Bảo hiểm xã hội tỉnh hướng dẫn')).toEqual(['Bảo hiểm xã hội tỉnh'])
  })

  it('read associations, the cooperative alliance and state funds named as bodies', () => {
    expect(names('Hiệp hội Cà phê Ca cao Việt Nam vận động hội viên')).toEqual(['Hiệp hội Cà phê Ca cao Việt Nam'])
    expect(names('Liên minh Hợp tác xã tỉnh tư vấn thành lập')).toEqual(['Liên minh Hợp tác xã tỉnh'])
    expect(names('Quỹ Đầu tư phát triển tỉnh cho vay')).toEqual(['Quỹ Đầu tư phát triển tỉnh'])
    expect(names('Quỹ hỗ trợ nông dân tỉnh giải ngân')).toEqual(['Quỹ hỗ trợ nông dân tỉnh'])
  })

  it('leave a fund of money alone', () => {
    expect(names('Quỹ BHYT chi trả chi phí')).toEqual([])
    expect(names('Quỹ đất được giao cho xã')).toEqual([])
  })

  it('read a joint venture named by its members', () => {
    expect(names('Liên danh Hưng Long - Phú Sơn (gói thầu số 3) hoàn thành')).toEqual(['Liên danh Hưng Long - Phú Sơn'])
  })
})

describe('collectives of forest owners and contractors', () => {
  it('are addressees, with their trade as qualifier', () => {
    expect(names('các nhà thầu thi công bố trí thêm mũi thi công')).toEqual(['Các nhà thầu thi công'])
    expect(names('Hạt Kiểm lâm và các chủ rừng trồng dặm')).toEqual(['Hạt Kiểm lâm', 'Các chủ rừng'])
  })

  it('keep an acronym among the qualifiers, but not a body written after them', () => {
    expect(names('các doanh nghiệp dự án BT hạ tầng hoàn trả mặt bằng')).toEqual(['Các doanh nghiệp dự án BT hạ tầng'])
    expect(names('các đơn vị sự nghiệp UBND tỉnh giao')).toEqual(['Các đơn vị sự nghiệp'])
  })

  it('leave a committee member, who is a person, out', () => {
    expect(names('cấp ủy viên phụ trách từng thôn')).toEqual([])
    expect(names('các cấp ủy lãnh đạo')).toEqual(['Các cấp ủy'])
  })
})

describe('enumerations of localities', () => {
  it('read a place whose first syllable is also a head', () => {
    expect(names('UBND các xã: Trường Sơn, Kim Thủy, Hội An chủ động sơ tán dân')).toEqual([
      'Ủy ban nhân dân xã Trường Sơn',
      'Ủy ban nhân dân xã Kim Thủy',
      'Ủy ban nhân dân xã Hội An',
    ])
  })

  it('read a last item of another unit whose first syllable is a verb', () => {
    expect(names('Ủy ban nhân dân các tỉnh: Hậu Giang, Sóc Trăng và thành phố Cần Thơ báo cáo')).toEqual([
      'Ủy ban nhân dân tỉnh Hậu Giang',
      'Ủy ban nhân dân tỉnh Sóc Trăng',
      'Ủy ban nhân dân thành phố Cần Thơ',
    ])
  })

  it('still stop at a body named after a comma, and at a verb run on', () => {
    expect(names('UBND các huyện: Cam Lộ, Trường Đại học Y tế phối hợp')).toEqual(['Ủy ban nhân dân huyện Cam Lộ', 'Trường Đại học Y tế'])
    expect(rest('UBND các huyện Căn cứ Kế hoạch')).toBe('Căn cứ Kế hoạch')
  })
})

describe('what follows a plural locality', () => {
  it('takes a qualifier that picks which of them', () => {
    expect(names('Đảng ủy các xã, phường vùng biên giới tổ chức')).toEqual(['Đảng ủy các xã, phường vùng biên giới'])
    expect(names('UBND các xã vùng ven sông kiểm tra đê')).toEqual(['Ủy ban nhân dân các xã vùng ven sông'])
  })

  it('takes a bare "trên địa bàn", not one with a place of its own', () => {
    expect(names('Công an các tỉnh, thành phố trên địa bàn tăng cường')).toEqual(['Công an các tỉnh, thành phố trên địa bàn'])
    expect(rest('Sở Y tế các tỉnh, thành phố trên địa bàn tỉnh Nghệ An chỉ đạo')).toBe('trên địa bàn tỉnh Nghệ An chỉ đạo')
  })
})

describe('a paired name split by a comma', () => {
  it('runs on to the predicate that closes it', () => {
    expect(names('Phòng Quản lý, khai thác công trình thủy lợi chủ trì')).toEqual(['Phòng Quản lý, khai thác công trình thủy lợi'])
    expect(names('Phòng Công chức, viên chức hướng dẫn hồ sơ')).toEqual(['Phòng Công chức, viên chức'])
    expect(names('Phòng Văn hóa, thông tin xã tuyên truyền')).toEqual(['Phòng Văn hóa, thông tin xã'])
  })

  it('is no pair where the comma opens another addressee or the predicate', () => {
    expect(names('Trạm Y tế, nhân viên y tế thôn thực hiện')).toEqual(['Trạm Y tế'])
    expect(names('Sở Giáo dục và Đào tạo, nhà trường tổ chức')).toEqual(['Sở Giáo dục và Đào tạo'])
    expect(names('Sở Y tế, khẩn trương triển khai')).toEqual(['Sở Y tế'])
    expect(names('Sở Tài chính, các sở ngành thực hiện')).toEqual(['Sở Tài chính', 'Các sở ngành'])
  })

  it('is the support of an item', () => {
    expect(task('1. Phòng Tổng hợp chủ trì, phối hợp với Phòng Công tác học sinh, sinh viên rà soát danh sách.', '1')).toEqual({
      lead: ['Phòng Tổng hợp'],
      support: ['Phòng Công tác học sinh, sinh viên'],
    })
  })
})

describe('person markers and OCR damage', () => {
  it('read "Bà" inside a place as a syllable, and as a person before a name', () => {
    expect(names('Vườn quốc gia Chư Yang Sin, Vườn quốc gia Núi Bà phối hợp')).toEqual(['Vườn quốc gia Chư Yang Sin', 'Vườn quốc gia Núi Bà'])
    expect(names('Giám đốc Sở Tài chính Bà Nguyễn Thị Hoa chủ trì')).toEqual(['Sở Tài chính'])
  })

  it('end a name at a predicate that lost its horn', () => {
    expect(names('Phòng Kế toán nhà nước\nhuớng dẫn các đơn vị')).toEqual(['Phòng Kế toán nhà nước'])
    expect(names('Phòng Thanh tra thực hiện')).toEqual(['Phòng Thanh tra'])
  })
})

describe('deputies and the Front', () => {
  it("reads the head's title as its body, and a deputy as a person (the corpus convention of letter 108)", () => {
    expect(names('Giám đốc Sở Xây dựng kiểm tra')).toEqual(['Sở Xây dựng'])
    expect(names('Phó Chủ tịch UBND tỉnh trực tiếp chỉ đạo')).toEqual([])
    expect(names('Phó Giám đốc Sở Xây dựng Lê Văn Tâm kiểm tra')).toEqual([])
  })

  it('skip a deputy named by name after a bare head', () => {
    expect(names('Phó Giám đốc Sở - Trần Quang Minh\nTrực tiếp chỉ đạo')).toEqual([])
    expect(names('Phòng Tài chính - Kế hoạch chủ trì')).toEqual(['Phòng Tài chính - Kế hoạch'])
  })

  it('write the abbreviated Front committee out in full, once', () => {
    expect(names('Ủy ban MTTQ xã vận động')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam xã'])
    expect(names('Ủy ban MTTQ Việt Nam phường giám sát')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam phường'])
    expect(names('Ủy ban Mặt trận Tổ quốc huyện định hướng')).toEqual(['Ủy ban Mặt trận Tổ quốc huyện'])
  })
})

describe('a role filled by the body named in brackets', () => {
  it('is that body, read by its name', () => {
    expect(names('Đơn vị tư vấn giám sát (Công ty TNHH Kiểm định Sông Hàn) có trách nhiệm nghiệm thu')).toEqual(['Công ty TNHH Kiểm định Sông Hàn'])
    expect(names('Đơn vị thi công (Công ty Cổ phần Xây lắp Điện Thanh Hóa) khắc phục')).toEqual(['Công ty Cổ phần Xây lắp Điện Thanh Hóa'])
  })

  it('leaves a plural collective and its members, and a named body with its role, as they were', () => {
    expect(names('các cơ quan liên quan (Sở Y tế) thực hiện')).toEqual(['Các cơ quan liên quan', 'Sở Y tế'])
    expect(names('Sở Nội vụ (cơ quan thường trực) tổng hợp')).toEqual(['Sở Nội vụ'])
  })
})

describe('a short name the letter defines', () => {
  it('is read where the letter uses it, as printed', () => {
    const body = 'Sở Tài chính đề nghị các quỹ tín dụng nhân dân trên địa bàn (sau đây gọi là QTDND) thực hiện các nội dung sau:\n\n1. Phòng Ngân sách chủ trì, phối hợp với các QTDND rà soát dư nợ.\n\n2. Các QTDND gửi báo cáo về Sở Tài chính trước ngày 20/12/2025.'
    expect(task(body, '1')).toEqual({ lead: ['Phòng Ngân sách'], support: ['Các QTDND'] })
  })

  it('is nothing in a letter that does not define it', () => {
    expect(task('1. Phòng Ngân sách chủ trì, phối hợp với các QTDND rà soát dư nợ.', '1')).toEqual({ lead: ['Phòng Ngân sách'], support: [] })
  })
})
