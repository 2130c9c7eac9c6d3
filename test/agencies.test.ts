/**
 * The agency phrase reader (src/readers/agencies.ts): a head, its proper name and its qualifiers,
 * ending where the predicate starts. Each case is a phrase from a real letter of the shared
 * corpus (the letter is named in a comment) or from docs/domain.md; every class has cases from at
 * least two sources and negative cases.
 */
import { describe, expect, it } from 'vitest'
import { agencyRunAt, agenciesAt } from '../src/readers/agencies.js'
import { rules } from '../src/lexicon/index.js'

/** The canonical names read from the start of a phrase. */
const names = (text: string): string[] => agencyRunAt(text, 0).mentions.map((m) => m.name)
/** Where the run of agencies ends: the predicate the phrase goes on with. */
const rest = (text: string): string => text.slice(agencyRunAt(text, 0).end).trim()

describe('a name ends where the predicate starts', () => {
  it('stops before a role verb, also one broken over two lines', () => {
    expect(names('Sở Khoa học và Công nghệ chủ trì phối hợp với các đơn vị có liên quan')).toEqual(['Sở Khoa học và Công nghệ']) // 036
    expect(names('Ủy ban nhân dân các tỉnh, thành phố hướng\ndẫn các tổ chức, cá nhân')).toEqual(['Ủy ban nhân dân các tỉnh, thành phố']) // 025
    expect(rest('Ủy ban nhân dân các tỉnh, thành phố hướng\ndẫn các tổ chức')).toMatch(/^hướng\s+dẫn/u)
  })

  it('stops before predicate words that follow a locality or a collective', () => {
    expect(names('Ban Quản lý các Khu công nghiệp tỉnh đầu tư, hoàn thiện đồng bộ hạ tầng')).toEqual(['Ban Quản lý các Khu công nghiệp tỉnh']) // 036
    expect(names('đơn vị thi công tiến hành ngay việc tu sửa')).toEqual(['Đơn vị thi công']) // 109
    expect(names('các cơ quan, đơn vị, địa phương, chủ đầu tư trên địa bàn tỉnh quản lý chặt chẽ các chương trình')).toEqual([
      'Các cơ quan, đơn vị, địa phương, chủ đầu tư trên địa bàn tỉnh',
    ]) // quang-ngai-1468
  })

  it('stops before a capitalised predicate word where a paragraph was joined into one line', () => {
    expect(names('Ủy ban nhân dân các xã, phường Theo chức năng, nhiệm vụ, phạm vi quản lý')).toEqual(['Ủy ban nhân dân các xã, phường']) // 028
    expect(names('Ủy ban nhân dân các xã, phường\n            Theo chức năng')).toEqual(['Ủy ban nhân dân các xã, phường'])
  })

  it('keeps a predicate word that is written inside a name', () => {
    expect(names('Sở Kế hoạch và\nĐầu tư chủ trì')).toEqual(['Sở Kế hoạch và Đầu tư']) // quang-ngai-1468
    expect(names('Sở Xây dựng chủ trì, phối hợp với Công an tỉnh')).toEqual(['Sở Xây dựng']) // 028
    expect(names('Ủy ban Kiểm tra Tỉnh ủy thường xuyên kiểm tra, giám sát')).toEqual(['Ủy ban Kiểm tra Tỉnh ủy']) // 035
  })

  it('ends a name at a line holding only a page number', () => {
    const text = 'Phòng Quản lý công nghiệp\n                                         2\n\n      Chủ trì, phối hợp' // 018
    expect(names(text)).toEqual(['Phòng Quản lý công nghiệp'])
  })

  it('ends a name at a table’s column gap, a time column, a person or a document named after "và"', () => {
    expect(names('Ủy ban nhân dân     16 Xây dựng Kịch bản biến đổi khí hậu')).toEqual(['Ủy ban nhân dân']) // 035
    expect(names('Cục Biến đổi khí hậu Quý II/2026')).toEqual(['Cục Biến đổi khí hậu']) // 032
    expect(names('Học viện Kỹ thuật mật mã thuộc Ban Cơ yếu Chính phủ và Quyết định số 563')).toEqual(['Học viện Kỹ thuật mật mã thuộc Ban Cơ yếu Chính phủ']) // 116
    expect(names('Vụ Kế hoạch - Tài chính và Thủ trưởng các cơ quan, đơn vị có liên quan')).toEqual(['Vụ Kế hoạch - Tài chính', 'Các cơ quan, đơn vị có liên quan']) // 032
    expect(names('Khoa CNTT - Hướng dẫn sinh viên đăng ký đề tài')).toEqual(['Khoa CNTT']) // 110
    expect(names('Sở Tài chính Đồng chí Nguyễn Văn A')).toEqual(['Sở Tài chính'])
  })

  it('reads a locality written with a capital, but not the Party committee of a place', () => {
    expect(names('Ủy ban nhân dân Thành phố kết quả triển khai thực hiện')).toEqual(['Ủy ban nhân dân Thành phố']) // 123
    expect(names('Ban Tuyên giáo Huyện ủy chủ trì')).toEqual(['Ban Tuyên giáo Huyện ủy']) // domain.md §3
    expect(names('Phòng Đào tạo chủ trì')).toEqual(['Phòng Đào tạo']) // 110
  })

  it('ends a name at a new line that starts another head, as in a task table cell', () => {
    expect(names('Cục Lâm nghiệp và Kiểm lâm\nVụ Pháp chế; các cơ quan, đơn vị có liên quan')).toEqual(['Cục Lâm nghiệp và Kiểm lâm']) // 032
  })
})

describe('names with a hyphen or a comma inside come whole', () => {
  it('reads a hyphenated name, with or without spaces around the hyphen', () => {
    expect(names('Sở Lao động - Thương binh và Xã hội chủ trì')).toEqual(['Sở Lao động - Thương binh và Xã hội']) // 013
    expect(names('Giao Sở Lao động -Thương binh và Xã hội chủ trì'.slice(5))).toEqual(['Sở Lao động - Thương binh và Xã hội']) // 123
    expect(names('Đài Phát thanh - Truyền hình Hậu Giang thực hiện')).toEqual(['Đài Phát thanh - Truyền hình Hậu Giang']) // 105
  })

  it('keeps a comma phrase of the name (khám, chữa bệnh; tham mưu, giúp việc)', () => {
    expect(names('Cục Quản lý Khám, chữa bệnh là đầu mối hướng dẫn thực hiện')).toEqual(['Cục Quản lý Khám, chữa bệnh']) // 124
    expect(names('Các cơ sở khám bệnh, chữa bệnh thuộc các Bộ, ngành phối hợp')).toEqual(['Các cơ sở khám bệnh, chữa bệnh thuộc các Bộ, ngành']) // 119
    expect(names('Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy; các chi bộ, đảng bộ cơ sở')).toEqual([
      'Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy',
      'Các chi bộ, đảng bộ cơ sở',
    ]) // 006
  })

  it('still splits a list of heads at its commas', () => {
    expect(names('Sở Y tế, Sở Tài chính phối hợp')).toEqual(['Sở Y tế', 'Sở Tài chính'])
    expect(names('Cục Biến đổi khí hậu, Vụ Hợp tác quốc tế, Vụ Pháp chế và các đơn vị có liên quan')).toEqual([
      'Cục Biến đổi khí hậu',
      'Vụ Hợp tác quốc tế',
      'Vụ Pháp chế',
      'Các đơn vị có liên quan',
    ]) // 032
  })
})

describe('qualifiers that belong to the name stay', () => {
  it('keeps a scope: cấp tỉnh, cấp xã, trong và ngoài tỉnh', () => {
    expect(names('UBND cấp xã chủ trì, phối hợp với các Sở, ban ngành')).toEqual(['Ủy ban nhân dân cấp xã']) // 036
    expect(names('Ủy ban nhân dân cấp xã xem xét, quyết định')).toEqual(['Ủy ban nhân dân cấp xã']) // 123
    expect(names('Các sở, ban, ngành cấp tỉnh theo chức năng nhiệm vụ')).toEqual(['Các sở, ban, ngành cấp tỉnh']) // 027
    expect(names('các cơ sở giáo dục nghề nghiệp trong và ngoài tỉnh tổ chức đào tạo')).toEqual(['Các cơ sở giáo dục nghề nghiệp trong và ngoài tỉnh']) // 036
  })

  it('keeps the provinces a body stands in: các tỉnh, thành phố trực thuộc Trung ương', () => {
    expect(names('Sở Y tế các tỉnh, thành phố trực thuộc Trung ương; Bảo hiểm xã hội Việt Nam')).toEqual([
      'Sở Y tế các tỉnh, thành phố trực thuộc Trung ương',
      'Bảo hiểm xã hội Việt Nam',
    ]) // 119
    expect(names('BHXH tỉnh, thành phố và các cơ quan, đơn vị có liên quan:')).toEqual(['Bảo hiểm xã hội tỉnh, thành phố', 'Các cơ quan, đơn vị có liên quan']) // 119
  })

  it('keeps a relative clause opened by "nơi"', () => {
    expect(names('Chi cục Hải quan nơi đăng ký tờ khai thực hiện')).toEqual(['Chi cục Hải quan nơi đăng ký tờ khai']) // 120
    expect(names('Chi cục Hải quan nơi hàng hóa được vận chuyển đến chủ trì')).toEqual(['Chi cục Hải quan nơi hàng hóa được vận chuyển đến']) // 120
    expect(names('Cơ quan hải quan nơi làm thủ tục hải quan kiểm tra')).toEqual(['Cơ quan hải quan nơi làm thủ tục hải quan']) // 121
  })

  it('keeps "có liên quan" across a line break and the body a collective belongs to', () => {
    expect(names('các sở, ngành, địa phương có liên\nquan tổ chức hướng dẫn')).toEqual(['Các sở, ngành, địa phương có liên quan']) // 028
    expect(names('Các Bệnh viện, Viện có giường bệnh trực thuộc Bộ Y tế phối hợp')).toEqual(['Các Bệnh viện, Viện có giường bệnh trực thuộc Bộ Y tế']) // 119
  })

  it('keeps compounds that hold a predicate word: quản lý trực tiếp, thứ cấp, đăng ký đầu tư', () => {
    expect(names('Cơ quan quản lý trực tiếp cơ sở giáo dục có trách nhiệm')).toEqual(['Cơ quan quản lý trực tiếp cơ sở giáo dục']) // 107
    expect(names('các nhà đầu tư thứ cấp thực hiện công tác GPMB')).toEqual(['Các nhà đầu tư thứ cấp']) // 036
    expect(names('Sở Hoàng Văn Thuận trực tiếp chỉ đạo')).not.toContain('Sở Hoàng Văn Thuận trực tiếp') // 018
  })

  it('leaves a verb out: "cấp" that issues, "có" that opens the predicate', () => {
    expect(names('Sở Y tế cấp giấy phép hoạt động')).toEqual(['Sở Y tế'])
    expect(names('các đơn vị có văn bản gửi Sở Tài chính')).toEqual(['Các đơn vị'])
  })
})

describe('heads the reader knows', () => {
  it('reads Party bodies of agencies as agencies', () => {
    expect(names('Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo')).toEqual(['Đảng ủy Ủy ban nhân dân tỉnh']) // 035
    expect(names('Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh\n      - Lãnh đạo, chỉ đạo')).toEqual(['Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh']) // 035
    expect(names('Ban xây dựng đảng Đảng ủy chủ trì')).toEqual(['Ban xây dựng đảng Đảng ủy']) // 006
  })

  it('keeps Party collectives apart from the state’s', () => {
    expect(names('Các cấp ủy, tổ chức đảng, cơ quan, đơn vị căn cứ chức năng')).toEqual(['Các cấp ủy, tổ chức đảng', 'Cơ quan, đơn vị']) // 035
    expect(names('Các cấp ủy, tổ chức đảng chủ động tổ chức nghiên cứu')).toEqual(['Các cấp ủy, tổ chức đảng']) // 006
  })

  it('reads bodies outside the ministries and departments', () => {
    expect(names('Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ động nghiên cứu')).toEqual(['Vườn quốc gia Hoàng Liên', 'Các Công ty Lâm nghiệp']) // 027
    expect(names('Bảo hiểm xã hội Việt Nam chủ trì')).toEqual(['Bảo hiểm xã hội Việt Nam']) // 119
    expect(names('Ban Quản lý khu\nKinh tế và các cơ quan đơn vị liên quan thực hiện')).toEqual(['Ban Quản lý khu Kinh tế', 'Các cơ quan đơn vị liên quan']) // 036
  })

  it('reads a head whatever the case of its later words, but not a lower-case verb', () => {
    expect(names('Tổng Công ty Tân Cảng Sài Gòn rà soát')).toEqual(['Tổng Công ty Tân Cảng Sài Gòn']) // 120
    expect(names('Ban quản lý dự án tỉnh chủ trì')).toEqual(['Ban quản lý dự án tỉnh'])
    expect(names('thanh tra chấp hành pháp luật về lao động')).toEqual([]) // 013
  })

  it('writes printed abbreviations in full', () => {
    expect(names('Cục Hải quan TP Hồ Chí Minh chủ trì')).toEqual(['Cục Hải quan thành phố Hồ Chí Minh']) // 120
    expect(names('Sở NN&MT chủ trì')).toEqual(['Sở Nông nghiệp và Môi trường']) // domain.md §5.2
    expect(names('BHXH các tỉnh chủ động phối hợp')).toEqual(['Bảo hiểm xã hội các tỉnh']) // 014
  })

  it('does not rename what the letter prints (a body before the 2025 reorganisation keeps its name)', () => {
    expect(names('Sở Tài nguyên và Môi trường phối hợp')).toEqual(['Sở Tài nguyên và Môi trường']) // quang-ngai-1468
    expect(names('Bộ Kế hoạch và Đầu tư chủ trì')).toEqual(['Bộ Kế hoạch và Đầu tư']) // domain.md §5.1
  })
})

describe('enumerations after a plural head expand, collective addressees stay one', () => {
  it('expands "các Bộ: A, B" and "Các Bộ A, B" into one ministry each', () => {
    expect(names('các Bộ: Công an, Tài chính, Xây dựng, Tư pháp, Nông nghiệp và Môi trường có ý kiến')).toEqual([
      'Bộ Công an',
      'Bộ Tài chính',
      'Bộ Xây dựng',
      'Bộ Tư pháp',
      'Bộ Nông nghiệp và Môi trường',
    ]) // 101
    expect(names('Các Bộ: Công Thương, Giao thông vận tải, Xây dựng:')).toEqual(['Bộ Công Thương', 'Bộ Giao thông vận tải', 'Bộ Xây dựng']) // 010
    expect(names('các Bộ Công Thương, Giao thông vận tải, Xây dựng chủ trì')).toEqual(['Bộ Công Thương', 'Bộ Giao thông vận tải', 'Bộ Xây dựng']) // issue 12
  })

  it('expands the communes or districts named after UBND', () => {
    expect(names('UBND các huyện: Tư Nghĩa, Nghĩa Hành và thị xã Đức Phổ')).toEqual([
      'Ủy ban nhân dân huyện Tư Nghĩa',
      'Ủy ban nhân dân huyện Nghĩa Hành',
      'Ủy ban nhân dân thị xã Đức Phổ',
    ]) // corpus README
  })

  it('keeps a collective addressee as one entry', () => {
    expect(names('UBND các huyện, thị xã, thành phố thực hiện')).toEqual(['Ủy ban nhân dân các huyện, thị xã, thành phố'])
    expect(names('Ủy ban nhân dân các huyện, thị, thành phố vận động nhân dân')).toEqual(['Ủy ban nhân dân các huyện, thị, thành phố']) // 114
    expect(names('các sở, ban, ngành và các đơn vị khác có liên quan')).toEqual(['Các sở, ban, ngành và các đơn vị khác có liên quan']) // 036
    expect(names('Các cơ quan, đơn vị và doanh nghiệp triển khai')).toEqual(['Các cơ quan, đơn vị và doanh nghiệp'])
    expect(names('chính quyền địa phương, các cơ quan liên quan phối hợp')).toEqual(['Chính quyền địa phương', 'Các cơ quan liên quan']) // 004, 121
  })

  it('starts a new addressee at ", các" and after a named body', () => {
    expect(names('các cơ quan, đơn vị thuộc Bộ và các cơ quan, đơn vị có liên quan')).toEqual(['Các cơ quan, đơn vị thuộc Bộ', 'Các cơ quan, đơn vị có liên quan']) // 032
    expect(names('Ủy ban nhân dân xã Văn Chấn và các cơ quan, đơn vị có liên quan tổ chức')).toEqual([
      'Ủy ban nhân dân xã Văn Chấn',
      'Các cơ quan, đơn vị có liên quan',
    ]) // 002
  })
})

describe('leader titles stand for their agency; people do not', () => {
  it('reads the agency after a leader’s title', () => {
    expect(names('Giám đốc Sở Tài chính chủ trì')).toEqual(['Sở Tài chính']) // corpus README
    expect(names('Chủ tịch UBND các xã, phường chịu trách nhiệm toàn diện')).toEqual(['Ủy ban nhân dân các xã, phường']) // 004
    expect(names('Chi cục trưởng Chi cục Hải quan ban hành quyết định')).toEqual(['Chi cục Hải quan']) // 121
    expect(names('Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh; người đứng đầu các cơ quan, đơn vị có liên quan chịu trách nhiệm')).toEqual([
      'Các sở, ban, ngành, đoàn thể tỉnh',
      'Các cơ quan, đơn vị có liên quan',
    ]) // 028
  })

  it('reads the agency a title ends with ("Chánh Văn phòng", "Chánh Thanh tra")', () => {
    expect(names('Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc các Sở')).toEqual(['Văn phòng Ủy ban nhân dân Thành phố', 'Các Sở']) // 123
    expect(names('Chánh Thanh tra tỉnh chủ trì')).toEqual(['Thanh tra tỉnh']) // domain.md §5.2
  })

  it('reads no agency from a person or a deputy named in apposition', () => {
    expect(names('đồng chí Đồng Văn Thanh, Phó Chủ tịch Thường trực UBND tỉnh thực hiện')).toEqual([]) // 108
    expect(names('Phó Chủ tịch Thường trực UBND tỉnh thực hiện nhiệm vụ')).toEqual([]) // 108
  })
})

describe('what is not an agency', () => {
  it('reads nothing from private parties, places or plain words', () => {
    expect(names('Tổ chức, cá nhân hoạt động khai thác khoáng sản sử dụng đất')).toEqual([]) // 030
    expect(names('Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ lấn chiếm')).toEqual([]) // 002
    expect(names('tỉnh Lào Cai có nhiều khu vực khai thác')).toEqual([])
    expect(names('Khoa học công nghệ là động lực phát triển')).toEqual([])
    expect(names('Trường hợp cơ sở KCB tăng số giường bệnh')).toEqual([]) // 014
  })
})

describe('provenance', () => {
  it('gives each mention the span it was read from, within the text', () => {
    const text = 'Giao Sở Nông nghiệp và\nMôi trường chủ trì, phối hợp với Sở Xây dựng, Sở Công Thương'
    const run = agencyRunAt(text, 5)
    expect(run.mentions.map((m) => m.name)).toEqual(['Sở Nông nghiệp và Môi trường'])
    for (const m of run.mentions) expect(text.slice(m.start, m.end)).toBe(m.printed)
    const after = agenciesAt(text, text.indexOf('Sở Xây dựng'))
    expect(after[0].printed).toBe('Sở Xây dựng')
  })

  it('gives each expanded member of an enumeration its own printed part', () => {
    const text = 'các Bộ: Công an, Tư pháp chủ trì'
    const run = agencyRunAt(text, 0)
    expect(run.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Công an', 'Tư pháp'])
  })
})

describe('rules/agencies.json word lists', () => {
  const a = rules().agencies
  // Every word list of the file (an array of strings) is one the reader uses: each needs readings.
  const documented = Object.entries(a).filter(([, v]) => Array.isArray(v) && v.length > 0 && typeof v[0] === 'string').map(([k]) => k)
  it('has examples for every word list the reader uses', () => {
    expect(documented.length).toBeGreaterThan(40)
    for (const list of documented) expect(a.wordListExamples[list]?.examples.length ?? 0, list).toBeGreaterThan(0)
  })
  for (const [list, ex] of Object.entries(a.wordListExamples)) {
    it(`${list}: each example and counterexample is read as the rules say`, () => {
      for (const r of [...ex.examples, ...ex.counterexamples]) expect(names(r.text), r.text).toEqual(r.agencies)
    })
  }
})
