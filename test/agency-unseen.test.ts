/**
 * Agency phrases in wordings no corpus letter prints (the classes a probe of unseen letters showed),
 * each with the negative cases that bound the rule. Every sentence here is written for this test.
 */
import { describe, expect, it } from 'vitest'
import { agencyRunAt, harvestLetterNames, withLetterNames } from '../src/readers/agencies.js'

const names = (text: string): string[] => agencyRunAt(text, 0).mentions.map((m) => m.name)
const rest = (text: string): string => text.slice(agencyRunAt(text, 0).end).trim()

describe('a hyphen between two name parts in title case', () => {
  it('keeps the name whole where the second part is also a document type or a verb', () => {
    expect(names('Phòng Tài nguyên - Kế hoạch thị xã lập hồ sơ')).toEqual(['Phòng Tài nguyên - Kế hoạch thị xã'])
    expect(names('Ban Tuyên huấn - Tổ chức tham mưu')).toEqual(['Ban Tuyên huấn - Tổ chức'])
    expect(names('Trung tâm Dịch vụ - Hỗ trợ doanh nghiệp tỉnh tư vấn')).toEqual(['Trung tâm Dịch vụ - Hỗ trợ doanh nghiệp tỉnh'])
  })

  it('still ends at a dash after an acronym and before a numbered document', () => {
    expect(names('Khoa KTĐT - Hướng dẫn học viên làm đồ án')).toEqual(['Khoa KTĐT'])
    expect(names('Phòng Kinh tế - Kế hoạch số 15 của huyện')).toEqual(['Phòng Kinh tế'])
  })
})

describe('a known name after a plural, in any case', () => {
  it('reads the whole gazetteer name, not the words before a predicate word inside it', () => {
    expect(names('các sở nông nghiệp và môi trường hướng dẫn')).toEqual(['Các Sở Nông nghiệp và Môi trường'])
    expect(names('các sở văn hóa, thể thao và du lịch tổ chức')).toEqual(['Các Sở Văn hóa, Thể thao và Du lịch'])
  })

  it('reads a head after a comma as a word of the next known name', () => {
    expect(names('các Sở Y tế, Khoa học và Công nghệ phối hợp')).toEqual(['Sở Y tế', 'Sở Khoa học và Công nghệ'])
    expect(names('Thủ trưởng các Bộ: Ngoại giao, Công an hướng dẫn')).toEqual(['Bộ Ngoại giao', 'Bộ Công an']) // a head that is a known name's word
    expect(names('các Bộ Tài chính, Công an tỉnh phối hợp')[1]).toBe('Công an tỉnh') // its own reading is longer
    expect(names('các Sở Y tế, Bộ Tài chính phối hợp')).toEqual(['Các Sở Y tế', 'Bộ Tài chính']) // a head with a name of its own
  })
})

describe('a plural list of units after a body', () => {
  it('is one collective, with a closing "trực thuộc"', () => {
    expect(names('Ban Tổ chức các quận ủy, thị ủy thẩm định')).toEqual(['Ban Tổ chức các quận ủy, thị ủy'])
    expect(names('Ủy ban Kiểm tra các đảng ủy, chi bộ trực thuộc giám sát')).toEqual(['Ủy ban Kiểm tra các đảng ủy, chi bộ trực thuộc'])
    expect(names('Chi hội các xóm, bản vận động hội viên')).toEqual(['Chi hội các xóm, bản'])
    expect(names('các huyện đoàn, quận đoàn tổ chức')).toEqual(['Các huyện đoàn, quận đoàn'])
  })

  it('leaves a list of localities alone to the plural locality', () => {
    expect(names('Công an các huyện, thị xã kiểm tra')).toEqual(['Công an các huyện, thị xã'])
  })
})

describe('a proper name in title case closes the name', () => {
  it('ends at a lower-case word no list names', () => {
    expect(names('Đài Truyền hình Việt Nam phát sóng chương trình')).toEqual(['Đài Truyền hình Việt Nam'])
    expect(rest('Báo Lào Cai đăng tải tin bài')).toBe('đăng tải tin bài')
    expect(names('Trường Đại học Sư phạm Hà Nội biên tập giáo trình')).toEqual(['Trường Đại học Sư phạm Hà Nội'])
  })

  it('ends at a comma before another body', () => {
    expect(names('Hội Nông dân Việt Nam, Trung ương Hội Liên hiệp Phụ nữ Việt Nam phối hợp')).toEqual([
      'Hội Nông dân Việt Nam',
      'Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
    ])
  })

  it('keeps "Trung ương" and a body named inside the name', () => {
    expect(names('Bệnh viện Nhi Trung ương tiếp nhận')).toEqual(['Bệnh viện Nhi Trung ương'])
    expect(names('Học viện Kỹ thuật mật mã thuộc Ban Cơ yếu Chính phủ chủ trì')).toEqual(['Học viện Kỹ thuật mật mã thuộc Ban Cơ yếu Chính phủ'])
  })
})

describe('an adverb that ends a name', () => {
  it('is a word of the name before a bracket, a scope or a comma and another head', () => {
    expect(names('Trung tâm Giáo dục thường xuyên tỉnh tuyển sinh')).toEqual(['Trung tâm Giáo dục thường xuyên tỉnh'])
    expect(names('Vụ Giáo dục thường xuyên, Vụ Giáo dục Mầm non phối hợp')).toEqual(['Vụ Giáo dục thường xuyên', 'Vụ Giáo dục Mầm non'])
  })

  it('is the predicate before a verb or before a comma and a verb', () => {
    expect(names('Phòng Giáo dục thường xuyên kiểm tra các trường')).toEqual(['Phòng Giáo dục'])
    expect(names('Ban Quản lý dự án thường xuyên, liên tục kiểm tra')).toEqual(['Ban Quản lý dự án'])
  })
})

describe('branches, bodies without a head word, leaders over a collective', () => {
  it('reads a branch with its place or numbered region', () => {
    expect(names('Ngân hàng Nhà nước chi nhánh Khu vực 5 kiểm tra')).toEqual(['Ngân hàng Nhà nước chi nhánh Khu vực 5'])
    expect(names('Ngân hàng Nhà nước chi nhánh hoạt động')).toEqual(['Ngân hàng Nhà nước'])
  })

  it('reads the market surveillance of a province, not the verb phrase', () => {
    expect(names('Quản lý thị trường thành phố kiểm tra')).toEqual(['Quản lý thị trường thành phố'])
    expect(names('quản lý thị trường tỉnh còn nhiều khó khăn')).toEqual([])
  })

  it('reads the collective a plain leader title stands for', () => {
    expect(names('Trưởng các phòng chuyên môn chịu trách nhiệm')).toEqual(['Các phòng chuyên môn'])
  })

  it('skips a person after a title by the shape of the name, whatever the family name', () => {
    expect(rest('Giám đốc Sở Tài chính Nông Văn Dũng chủ trì')).toBe('chủ trì')
    expect(rest('Giám đốc Sở Tài chính Rơ Châm Long chủ trì')).toBe('chủ trì')
  })
})

describe('bounds from a review of the previous rules', () => {
  it('joins an office only with bodies it serves', () => {
    expect(names('Văn phòng Huyện ủy và Ủy ban nhân dân huyện theo dõi')).toEqual(['Văn phòng Huyện ủy', 'Ủy ban nhân dân huyện'])
    expect(names('Văn phòng HĐND và UBND tỉnh theo dõi')).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh'])
  })

  it('shares a locality only from mass organisations with one locality', () => {
    expect(names('Hội Chữ thập đỏ và UBND các xã, phường vận động')[0]).toBe('Hội Chữ thập đỏ')
    expect(names('Đoàn Thanh niên và các hợp tác xã trên địa bàn huyện tham gia')[0]).toBe('Đoàn Thanh niên')
    expect(names('Hội Phụ nữ và các đoàn thể xã vận động')[0]).toBe('Hội Phụ nữ xã')
  })

  it('shares a scope the same way, never with a department', () => {
    expect(names('Hội Nông dân và các đoàn thể chính trị - xã hội cùng cấp vận động')[0]).toBe('Hội Nông dân cùng cấp')
    expect(names('Sở Nội vụ và các đoàn thể cùng cấp rà soát')[0]).toBe('Sở Nội vụ')
  })

  it('keeps a relative clause from running over a verb or cutting a compound', () => {
    expect(names('Chi cục Hải quan nơi mở tờ khai đưa hồ sơ lên hệ thống')).toEqual(['Chi cục Hải quan nơi mở tờ khai'])
    expect(names('Chi cục Hải quan nơi tiếp nhận hồ sơ đưa ra ý kiến')).toEqual(['Chi cục Hải quan nơi tiếp nhận hồ sơ'])
    expect(names('Ban Quản lý dự án đang quản lý công trình tiến hành nghiệm thu')).toEqual(['Ban Quản lý dự án đang quản lý công trình'])
  })
})

describe('names the letter prints whole where their end is clear', () => {
  const letter = [
    'Kính gửi:',
    '- Phòng Hành chính tổng hợp;',
    '- Trung tâm Dữ liệu thường trực;',
    '- Cục Quản lý A, Cục Quản lý B.',
    '',
    '1. Phòng Hành chính tổng hợp tập huấn cho cán bộ (qua Ban Thư ký thường trực).',
    '2. Ban Thư ký thường trực theo dõi tiến độ.',
    '3. Cục Quản lý A, Cục Quản lý B kiểm tra.',
    '4. Phòng Hành chính báo cáo kết quả.',
  ].join('\n')
  const run = (sentence: string) => withLetterNames(letter, () => names(sentence))

  it('completes a name read shorter elsewhere in the letter', () => {
    expect(names('Phòng Hành chính tổng hợp tập huấn cho cán bộ')).toEqual(['Phòng Hành chính']) // alone: a verb
    expect(run('Phòng Hành chính tổng hợp tập huấn cho cán bộ')).toEqual(['Phòng Hành chính tổng hợp'])
    expect(run('Ban Thư ký thường trực theo dõi tiến độ')).toEqual(['Ban Thư ký thường trực']) // from a bracket
  })

  it('keeps names listed in one entry apart and never shortens a reading', () => {
    expect(run('Cục Quản lý A, Cục Quản lý B kiểm tra')).toEqual(['Cục Quản lý A', 'Cục Quản lý B'])
    expect(run('Phòng Hành chính báo cáo kết quả')).toEqual(['Phòng Hành chính'])
    expect([...harvestLetterNames(letter).values()].flat().map((n) => n.folded)).not.toContain('cuc quan ly a, cuc quan ly b')
  })

  it('forgets the names after the letter', () => {
    withLetterNames(letter, () => names('Phòng Hành chính tổng hợp tập huấn'))
    expect(names('Phòng Hành chính tổng hợp tập huấn')).toEqual(['Phòng Hành chính'])
  })
})

describe('nouns of names in title case', () => {
  it('open no proper name that closes the name', () => {
    expect(names('Ban Quản lý Khu Du lịch quốc gia Sa Pa tổ chức')).toEqual(['Ban Quản lý Khu Du lịch quốc gia Sa Pa'])
    expect(names('Ban Quản lý Cụm Công nghiệp Bắc Duyên Hải cấp phép')).toEqual(['Ban Quản lý Cụm Công nghiệp Bắc Duyên Hải'])
  })

  it('while a place still closes it', () => {
    expect(rest('Ban Quản lý Dự án Thủy điện Sơn La giải phóng mặt bằng')).toBe('giải phóng mặt bằng')
  })
})

describe('a clause that picks the members of a plural collective', () => {
  it('belongs to the collective when the predicate follows it', () => {
    expect(names('UBND các phường có chợ đêm tổ chức kiểm tra')).toEqual(['Ủy ban nhân dân các phường có chợ đêm'])
    expect(names('các trường học có học sinh bán trú báo cáo số liệu')).toEqual(['Các trường học có học sinh bán trú'])
  })

  it('is the predicate itself where the opener starts one, or where no predicate follows', () => {
    expect(names('UBND các huyện có văn bản đề nghị')).toEqual(['Ủy ban nhân dân các huyện'])
    expect(names('UBND các xã có ý kiến bằng văn bản')).toEqual(['Ủy ban nhân dân các xã'])
    expect(names('Sở Y tế có văn bản hướng dẫn')).toEqual(['Sở Y tế']) // a named body is not restricted
  })
})

describe('a long name in lower case', () => {
  it('is read before a scope or a locality only when every word is in lower case', () => {
    expect(names('Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cấp huyện tuyển sinh')).toEqual(['Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cấp huyện'])
    expect(names('Báo cáo Chủ tịch UBND huyện kết quả kiểm tra.')).toEqual([]) // a verb and its object
  })
})

describe('a one-word head that is the first syllable of a common word', () => {
  it('opens no long lower-case name', () => {
    expect(names('Hội nghị sơ kết công tác dân vận khéo cấp tỉnh được tổ chức')).toEqual([])
    expect(names('Ban hành quy chế phối hợp giữa các lực lượng cấp huyện')).toEqual([])
  })
})
