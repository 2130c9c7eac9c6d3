/**
 * Agency phrases in wordings no corpus letter prints, by the grammar of administrative names:
 * the units of a commune, a mass organisation's locality, a closed list after a plural, bodies
 * named by their task, case in a relation, a comma inside a lower-case name, the 2025 names.
 * Every sentence here is written for this test (other provinces, other verbs than the letters').
 */
import { describe, expect, it } from 'vitest'
import { agencyRunAt, withLetterNames } from '../src/readers/agencies.js'
import { letterOf, congVan } from './helpers.js'

const names = (text: string): string[] => agencyRunAt(text, 0).mentions.map((m) => m.name)
const rest = (text: string): string => text.slice(agencyRunAt(text, 0).end).trim()
const task = (body: string, label: string) => {
  const t = letterOf(congVan(body, { date: '12/8/2025', issuer: 'ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH' })).tasks.find((x) => x.label === label)
  if (!t) throw new Error(`no task ${label}`)
  return { lead: t.lead.map((a) => a.name), support: t.support.map((a) => a.name) }
}

describe('the units of a commune named as a plural', () => {
  it('are an addressee alone, and the title of their leader stands for them', () => {
    expect(names('các khóm, ấp ra quân dọn vệ sinh')).toEqual(['Các khóm, ấp'])
    expect(names('Trưởng các thôn, bản rà soát hộ nghèo')).toEqual(['Các thôn, bản'])
    expect(names('Trưởng các buôn tuyên truyền người dân')).toEqual(['Các buôn'])
    expect(names('các tổ dân phố, khu dân cư khơi thông cống rãnh')).toEqual(['Các tổ dân phố, khu dân cư'])
  })

  it('are the lead or the support of a commune plan', () => {
    expect(task('1. Trạm Y tế xã chủ trì, phối hợp với các thôn, xóm tổ chức tiêm vắc xin.', '1')).toEqual({ lead: ['Trạm Y tế xã'], support: ['Các thôn, xóm'] })
    expect(task('1. Trưởng các khóm vận động nhân dân thu gom rác thải.', '1').lead).toEqual(['Các khóm'])
  })

  it('are no unit where the word starts a common noun, nor one unit named by its place', () => {
    expect(names('các bản đồ hiện trạng được cập nhật')).toEqual([])
    expect(names('các bản cam kết gửi về xã')).toEqual([])
    expect(names('thôn Tân Lập tổ chức')).toEqual([])
  })
})

describe('the sections and teams of a commune', () => {
  it('are heads of their own names, with the commune as locality', () => {
    expect(names('Bộ phận Tư pháp - Hộ tịch xã tiếp nhận hồ sơ')).toEqual(['Bộ phận Tư pháp - Hộ tịch xã'])
    expect(names('Bộ phận tiếp nhận và trả kết quả phường hướng dẫn thủ tục')).toEqual(['Bộ phận tiếp nhận và trả kết quả phường'])
    expect(names('Tổ Công nghệ số cộng đồng xã hướng dẫn người dân')).toEqual(['Tổ Công nghệ số cộng đồng xã'])
    expect(names('Tiểu ban nội dung chuẩn bị văn kiện')).toEqual(['Tiểu ban nội dung'])
  })

  it('leave the verb "Tổ chức" alone, inside a name too', () => {
    expect(names('Tổ chức tập huấn cho cán bộ')).toEqual([])
    expect(names('Ban Tuyên huấn - Tổ chức tham mưu')).toEqual(['Ban Tuyên huấn - Tổ chức'])
  })
})

describe('mass organisations listed with one locality after the last', () => {
  it('are each the body of that locality', () => {
    expect(names('Đoàn Thanh niên, Hội Nông dân xã vận động hội viên')).toEqual(['Đoàn Thanh niên xã', 'Hội Nông dân xã'])
    expect(names('Hội Cựu chiến binh, Hội Chữ thập đỏ và Đoàn Thanh niên phường ra quân')).toEqual([
      'Hội Cựu chiến binh phường',
      'Hội Chữ thập đỏ phường',
      'Đoàn Thanh niên phường',
    ])
  })

  it('do not take the locality of a body of another kind, nor lose their own', () => {
    expect(names('Hội Liên hiệp Phụ nữ, Sở Y tế tỉnh phối hợp')).toEqual(['Hội Liên hiệp Phụ nữ', 'Sở Y tế tỉnh'])
    expect(names('Đoàn Thanh niên và UBND xã triển khai')).toEqual(['Đoàn Thanh niên', 'Ủy ban nhân dân xã'])
    expect(names('Hội Nông dân tỉnh, Hội Cựu chiến binh huyện tham gia')).toEqual(['Hội Nông dân tỉnh', 'Hội Cựu chiến binh huyện'])
  })
})

describe('a closed list of localities after a plural', () => {
  it('ends at a lower-case word that is no qualifier, whatever the verb', () => {
    expect(names('Ủy ban nhân dân các xã, phường nạo vét kênh mương nội đồng')).toEqual(['Ủy ban nhân dân các xã, phường'])
    expect(rest('UBND các xã, thị trấn gieo cấy đúng khung lịch thời vụ')).toBe('gieo cấy đúng khung lịch thời vụ')
  })

  it('keeps the qualifiers of its localities, its relations and a restrictive clause', () => {
    expect(names('UBND các xã biên giới tuần tra địa bàn')).toEqual(['Ủy ban nhân dân các xã biên giới'])
    expect(names('Ủy ban nhân dân các phường nội thành chỉnh trang đô thị')).toEqual(['Ủy ban nhân dân các phường nội thành'])
    expect(names('UBND các xã, phường trên địa bàn tỉnh khơi thông dòng chảy')).toEqual(['Ủy ban nhân dân các xã, phường trên địa bàn tỉnh'])
    expect(names('UBND các xã có đê bao rà soát')).toEqual(['Ủy ban nhân dân các xã có đê bao'])
  })

  it('is the support of the item, not a name running to the deadline', () => {
    expect(task('1. Công ty Thủy lợi vận hành cống; phối hợp với UBND các xã, phường khơi thông dòng chảy.', '1').support).toEqual(['Ủy ban nhân dân các xã, phường'])
  })
})

describe('a body named by its task', () => {
  it('takes the task verb and object when a scope, a locality or the sentence verb closes them', () => {
    expect(names('Hội đồng đánh giá kết quả rèn luyện cấp khoa họp xét')).toEqual(['Hội đồng đánh giá kết quả rèn luyện cấp khoa'])
    expect(names('Hội đồng xét tốt nghiệp cấp trường họp xét')).toEqual(['Hội đồng xét tốt nghiệp cấp trường'])
    expect(names('Hội đồng kiểm kê tài sản tổ chức kiểm kê')).toEqual(['Hội đồng kiểm kê tài sản'])
    expect(names('Hội đồng nghiệm thu cấp cơ sở đánh giá')).toEqual(['Hội đồng nghiệm thu cấp cơ sở'])
    expect(names('Tổ công tác rà soát thủ tục hành chính báo cáo Chủ tịch')).toEqual(['Tổ công tác rà soát thủ tục hành chính'])
  })

  it('leaves the verb to the sentence before a comma, a preposition, a duty or the end', () => {
    expect(names('Hội đồng đánh giá hồ sơ, xếp loại')).toEqual(['Hội đồng'])
    expect(names('Hội đồng xem xét hồ sơ.')).toEqual(['Hội đồng'])
    expect(names('Tổ công tác kiểm tra tại hiện trường')).toEqual(['Tổ công tác'])
    expect(names('Hội đồng có trách nhiệm tư vấn')).toEqual(['Hội đồng'])
    expect(names('Đoàn kiểm tra làm việc với các đơn vị')).toEqual(['Đoàn kiểm tra'])
  })
})

describe('a known name needs its capitals after a capitalised head', () => {
  it('is the head and the verb where the lower-case word starts a predicate', () => {
    expect(names('các cơ quan, đơn vị thuộc Bộ xây dựng kế hoạch chi tiết')).toEqual(['Các cơ quan, đơn vị thuộc Bộ'])
    expect(rest('các phòng thuộc Sở xây dựng dự toán năm 2026')).toBe('xây dựng dự toán năm 2026')
  })

  it('is still the known name in capitals, all in lower case, or where the word is no verb', () => {
    expect(names('các đơn vị thuộc Bộ Xây dựng thực hiện')).toEqual(['Các đơn vị thuộc Bộ Xây dựng'])
    expect(names('BỘ XÂY DỰNG')).toEqual(['Bộ Xây dựng'])
    expect(names('các sở xây dựng hướng dẫn')).toEqual(['Các Sở Xây dựng'])
    expect(names('Sở Tài nguyên và môi trường chủ trì')).toEqual(['Sở Tài nguyên và Môi trường'])
    expect(rest('các đơn vị thuộc Bộ công an rà soát')).toBe('rà soát')
  })
})

describe('a comma inside a name in lower case', () => {
  it('joins parts of name words that a conjunction closes', () => {
    expect(names('Cục Văn hóa cơ sở, gia đình và thư viện chủ trì')).toEqual(['Cục Văn hóa cơ sở, gia đình và thư viện'])
    expect(names('Vụ Khoa học, công nghệ và môi trường thẩm định')).toEqual(['Vụ Khoa học, công nghệ và môi trường'])
    expect(names('Phòng Kinh tế, hạ tầng và đô thị huyện lập hồ sơ')).toEqual(['Phòng Kinh tế, hạ tầng và đô thị huyện'])
  })

  it('separates agencies where a head, a collective, a verb or no conjunction follows it', () => {
    expect(names('Sở Tài chính, kho bạc nhà nước và cơ quan thuế phối hợp')[0]).toBe('Sở Tài chính')
    expect(names('Sở Y tế, bệnh viện và trung tâm y tế tuyên truyền')[0]).toBe('Sở Y tế')
    expect(names('Phòng Văn hóa, thông tin tổ chức tuyên truyền')).toEqual(['Phòng Văn hóa'])
    expect(names('Phòng Giáo dục, hướng dẫn và kiểm tra các trường')).toEqual(['Phòng Giáo dục'])
    expect(names('Sở Y tế, các trạm y tế xã và nhân viên y tế thôn')[0]).toBe('Sở Y tế')
  })
})

describe("the issuer's own head written alone inside a name", () => {
  it('closes the name before a lower-case word that continues no known name', () => {
    expect(names('Văn phòng Bộ tổng hợp ý kiến')).toEqual(['Văn phòng Bộ'])
    expect(rest('Thanh tra Sở thanh tra việc chấp hành')).toBe('thanh tra việc chấp hành')
    expect(names('Các đơn vị sự nghiệp công lập thuộc Sở tự chủ kinh phí')).toEqual(['Các đơn vị sự nghiệp công lập thuộc Sở'])
  })

  it('goes on into a known name, with or without its capitals', () => {
    expect(names('Văn phòng Bộ Tài chính tổng hợp')[0]).toMatch(/^Văn phòng Bộ Tài chính/u)
    expect(names('Thanh tra Sở tài chính thanh tra')[0]).toMatch(/^Thanh tra Sở tài chính/iu)
  })
})

describe('public service units and the 2025 names', () => {
  it('reads the sections of schools and hospitals and a school named after a person', () => {
    expect(names('Bộ môn Hóa sinh chuẩn bị đề thi')).toEqual(['Bộ môn Hóa sinh'])
    expect(names('Khoa Y tế công cộng giảng dạy học phần')).toEqual(['Khoa Y tế công cộng'])
    expect(names('Trường Trung học phổ thông chuyên Lê Quý Đôn tuyển sinh')).toEqual(['Trường Trung học phổ thông chuyên Lê Quý Đôn'])
    expect(names('Cục Biến đổi khí hậu Quý II/2026')).toEqual(['Cục Biến đổi khí hậu']) // a time word still ends a name
  })

  it('ends a name at its numbered region', () => {
    expect(names('Chi cục Thuế khu vực XV thu nợ thuế')).toEqual(['Chi cục Thuế khu vực XV'])
    expect(names('Thuế cơ sở 2 tỉnh Đắk Lắk kiểm tra')).toEqual(['Thuế cơ sở 2 tỉnh Đắk Lắk'])
  })

  it('reads the plural Party and ministry collectives written short', () => {
    expect(names('Các chi, đảng bộ trực thuộc quán triệt nghị quyết')).toEqual(['Các chi, đảng bộ trực thuộc'])
    expect(names('Các cục, vụ, đơn vị thuộc Bộ triển khai')).toEqual(['Các cục, vụ, đơn vị thuộc Bộ'])
    expect(names('các chi phí phát sinh')).toEqual([])
  })
})

describe('names the letter prints whole shorten a reading that runs into an unknown verb', () => {
  const letter = [
    'Kính gửi:',
    '- Phòng Đào tạo;',
    '- Khoa Khoa học cơ bản.',
    '',
    '| STT | Nội dung | Chủ trì |',
    '| 1 | Rà soát học bạ | Phòng Công tác học sinh sinh viên |',
    '| 2 | Tổng kết | Trung tâm Thông tin và Cục Văn thư |',
    '',
    '1. Phòng Kế hoạch tổng hợp là đầu mối theo dõi.',
  ].join('\n')
  const run = (sentence: string) => withLetterNames(letter, () => names(sentence))

  it('cuts at the name of an address block, a table cell or a name before its role word', () => {
    expect(names('Phòng Đào tạo duyệt đề thi')).toEqual(['Phòng Đào tạo duyệt đề thi']) // alone: no way to tell
    expect(run('Phòng Đào tạo duyệt đề thi')).toEqual(['Phòng Đào tạo'])
    expect(run('Khoa Khoa học cơ bản xếp lịch thi')).toEqual(['Khoa Khoa học cơ bản'])
    expect(run('Phòng Công tác học sinh sinh viên gặp mặt tân sinh viên')).toEqual(['Phòng Công tác học sinh sinh viên'])
    expect(run('Phòng Kế hoạch tổng hợp tập huấn cho điều dưỡng')).toEqual(['Phòng Kế hoạch tổng hợp'])
  })

  it('keeps a longer body closed by its own locality, and never lengthens a reading by a cell', () => {
    expect(run('Phòng Đào tạo huyện tổ chức')).toEqual(['Phòng Đào tạo huyện'])
    expect(run('Phòng Đào tạo nghề cấp trường xét duyệt')).toEqual(['Phòng Đào tạo nghề cấp trường'])
    expect(run('Trung tâm Thông tin chủ trì')).toEqual(['Trung tâm Thông tin'])
  })
})

describe('a plural head spelt out after a colon', () => {
  it('names one body of the head per item, known or not, and shares the last locality', () => {
    expect(names('các Vụ: Kế hoạch - Tài chính, Pháp chế và Tổ chức cán bộ thẩm định')).toEqual(['Vụ Kế hoạch - Tài chính', 'Vụ Pháp chế', 'Vụ Tổ chức cán bộ'])
    expect(names('các Phòng: Kinh tế, Văn hóa - Xã hội xã tham mưu')).toEqual(['Phòng Kinh tế xã', 'Phòng Văn hóa - Xã hội xã'])
    expect(names('các Cục: Thuế, Hải quan phối hợp')).toEqual(['Cục Thuế', 'Cục Hải quan'])
  })

  it('keeps "và" inside a single item and stops before another body', () => {
    expect(names('các Vụ: Khoa học và Công nghệ thẩm định')).toEqual(['Vụ Khoa học và Công nghệ'])
    expect(names('các Vụ: Pháp chế, Thi đua - Khen thưởng, Sở Nội vụ phối hợp')).toEqual(['Vụ Pháp chế', 'Vụ Thi đua - Khen thưởng', 'Sở Nội vụ'])
  })
})

describe('compounds and numbers inside names', () => {
  it('reads a head word that opens a compound after "và" and acronyms joined by a slash', () => {
    expect(names('Cục Quản lý đê điều và Phòng, chống thiên tai chủ trì')).toEqual(['Cục Quản lý đê điều và Phòng, chống thiên tai'])
    expect(names('Trung tâm Phòng, chống HIV/AIDS tỉnh tuyên truyền')).toEqual(['Trung tâm Phòng, chống HIV/AIDS tỉnh'])
    expect(names('Sở Y tế và Phòng Y tế huyện kiểm tra')).toEqual(['Sở Y tế', 'Phòng Y tế huyện'])
  })

  it('reads the number of a unit named after a common noun, and a level already in the name', () => {
    expect(names('Thuế cơ sở 12 và Thuế cơ sở 13 phối hợp')).toEqual(['Thuế cơ sở 12', 'Thuế cơ sở 13'])
    expect(names('Tỉnh đoàn, Hội Nông dân tỉnh tổ chức')).toEqual(['Tỉnh đoàn', 'Hội Nông dân tỉnh'])
  })
})

describe('places of the Central Highlands and mass organisations written short', () => {
  it('reads a place whose word holds an apostrophe, alone and in an enumeration', () => {
    expect(names("Ủy ban nhân dân xã Đắk R'Moan triển khai")).toEqual(["Ủy ban nhân dân xã Đắk R'Moan"])
    expect(names("UBND các huyện: Cư M'gar, Krông Búk phối hợp")).toEqual(["Ủy ban nhân dân huyện Cư M'gar", 'Ủy ban nhân dân huyện Krông Búk'])
  })

  it('reads the youth union and the front by their short names', () => {
    expect(names('Đoàn TNCS Hồ Chí Minh xã ra quân')).toEqual(['Đoàn TNCS Hồ Chí Minh xã'])
    expect(names('UBMTTQVN xã giám sát')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam xã'])
  })
})

describe('a list of collective nouns', () => {
  it('shares the head word of a compound noun with the items after it', () => {
    expect(names('Các trường Mầm non, Tiểu học, THCS trên địa bàn xã chủ động phòng dịch')).toEqual(['Các trường Mầm non, Tiểu học, THCS trên địa bàn xã'])
    expect(names('các cơ sở giáo dục, đào tạo phối hợp')).toEqual(['Các cơ sở giáo dục, đào tạo'])
  })

  it('ends before a body named after the comma, but keeps a head that is a noun of the list', () => {
    expect(names('các cơ quan, Sở Y tế phối hợp')).toEqual(['Các cơ quan', 'Sở Y tế'])
    expect(names('các trường tiểu học, Công an xã phối hợp')).toEqual(['Các trường tiểu học', 'Công an xã'])
    expect(names('các cơ sở y tế, UBND các xã phối hợp')).toEqual(['Các cơ sở y tế', 'Ủy ban nhân dân các xã'])
    expect(names('Các Sở, Ban, Ngành tỉnh phối hợp')).toEqual(['Các Sở, Ban, Ngành tỉnh'])
    expect(names('các Viện nghiên cứu, Trường Đại học có liên quan')).toEqual(['Các Viện nghiên cứu, Trường Đại học có liên quan'])
  })
})

describe('universities', () => {
  it('reads the national and regional universities and a member school with its parent', () => {
    expect(names('Đại học Quốc gia Hà Nội chỉ đạo')).toEqual(['Đại học Quốc gia Hà Nội'])
    expect(names('Trường Đại học Bách khoa - Đại học Đà Nẵng tuyển sinh')).toEqual(['Trường Đại học Bách khoa - Đại học Đà Nẵng'])
    expect(names('Đại học chính quy năm 2025')).toEqual([])
  })

  it('keeps a noun whose last syllable is a function word inside the name', () => {
    expect(names('Phòng Quản trị - Thiết bị bố trí phòng thi')).toEqual(['Phòng Quản trị - Thiết bị'])
  })
})

describe('the titles of section heads', () => {
  it('stand for their sections', () => {
    expect(names('Trưởng khoa các khoa lâm sàng phân công điều dưỡng')).toEqual(['Các khoa lâm sàng'])
    expect(names('Trưởng trạm Trạm Y tế xã tổ chức tiêm chủng')).toEqual(['Trạm Y tế xã'])
  })
})

describe('a Party committee inside a name', () => {
  it('is the owner that closes the name before a lower-case word', () => {
    expect(names('Ban Tuyên giáo Huyện ủy mở lớp bồi dưỡng')).toEqual(['Ban Tuyên giáo Huyện ủy'])
    expect(rest('Văn phòng Tỉnh ủy tổng hợp ý kiến')).toBe('tổng hợp ý kiến')
  })

  it('still takes its locality, its place and a body after it', () => {
    expect(names('Ban Thường vụ Đảng ủy xã Ea Kao chỉ đạo')).toEqual(['Ban Thường vụ Đảng ủy xã Ea Kao'])
    expect(names('Ban Tổ chức Thành ủy Hà Nội thẩm định')).toEqual(['Ban Tổ chức Thành ủy Hà Nội'])
    expect(names('Văn phòng Đảng ủy Ủy ban nhân dân tỉnh tổng hợp')[0]).toMatch(/^Văn phòng Đảng ủy Ủy ban nhân dân tỉnh/u)
  })
})

describe('mass organisations listed with a plural locality after the last', () => {
  it('share the plural locality whole', () => {
    expect(names('Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên các xã vận động')).toEqual(['Hội Nông dân các xã', 'Hội Cựu chiến binh các xã', 'Đoàn Thanh niên các xã'])
    expect(names('Hội Nông dân, Đoàn Thanh niên các xã, phường vận động')).toEqual(['Hội Nông dân các xã, phường', 'Đoàn Thanh niên các xã, phường'])
  })
})

describe('an address line wrapped inside a name', () => {
  it('never shortens a reading elsewhere', () => {
    const letter = ['Kính gửi:', '- Trung tâm Dịch vụ nông nghiệp', '  thị trấn Phú Hòa;', '- Phòng Kinh tế', '- Ban Quản lý chợ', '', '1. Nội dung.'].join('\n')
    const run = (sentence: string) => withLetterNames(letter, () => names(sentence))
    expect(run('Trung tâm Dịch vụ nông nghiệp thị trấn Phú Hòa hướng dẫn')).toEqual(['Trung tâm Dịch vụ nông nghiệp thị trấn Phú Hòa'])
    expect(run('Trung tâm Dịch vụ nông nghiệp huyện duyệt hồ sơ')).toEqual(['Trung tâm Dịch vụ nông nghiệp huyện'])
    expect(run('Phòng Kinh tế duyệt đề thi')).toEqual(['Phòng Kinh tế']) // a bullet after it closes the entry
  })
})
