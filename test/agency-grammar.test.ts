/**
 * Agency phrases as a grammar (issue 12 item 1): a head, its name, the qualifiers and clauses that
 * belong to the name, ending where the sentence's predicate starts. Each class has cases from at
 * least two letters of the shared corpus (named in a comment) or docs/domain.md, and sentences in
 * wordings no corpus letter prints (marked "unseen"), with the negative cases that bound the rule.
 */
import { describe, expect, it } from 'vitest'
import { agencyRunAt } from '../src/readers/agencies.js'
import { properCaseUpper } from '../src/readers/names.js'

const names = (text: string): string[] => agencyRunAt(text, 0).mentions.map((m) => m.name)
const rest = (text: string): string => text.slice(agencyRunAt(text, 0).end).trim()

describe('relative qualifiers after a head belong to the name, bounded by the predicate', () => {
  it('keeps "đang quản lý …" when the sentence goes on with its own predicate', () => {
    expect(names('Cục Hải quan đang quản lý kho ngoại quan gia hạn 01 lần không quá 12 tháng')).toEqual(['Cục Hải quan đang quản lý kho ngoại quan']) // 121 task 11
    expect(names('Chi cục Hải quan đang quản lý địa điểm thu gom hàng lẻ gia hạn một lần')).toEqual(['Chi cục Hải quan đang quản lý địa điểm thu gom hàng lẻ']) // 121 task 12
    expect(names('Chi cục Kiểm lâm đang quản lý khu rừng tổ chức tuần tra')).toEqual(['Chi cục Kiểm lâm đang quản lý khu rừng']) // unseen
  })

  it('leaves "đang …" out when it is the predicate itself', () => {
    expect(names('Sở Y tế đang quản lý hồ sơ.')).toEqual(['Sở Y tế']) // unseen
    expect(rest('Sở Y tế đang triển khai kế hoạch tiêm chủng')).toBe('đang triển khai kế hoạch tiêm chủng') // unseen
  })

  it('reads a name written in lower case when a relative clause, a scope or a locality follows it', () => {
    expect(names('Chi cục hải quan nơi đăng ký tờ khai hướng dẫn người khai')).toEqual(['Chi cục hải quan nơi đăng ký tờ khai']) // 120 I.2
    expect(names('Phòng tài nguyên huyện chủ trì')).toEqual(['Phòng tài nguyên huyện']) // unseen
    expect(names('Phòng tài nguyên chủ trì')).toEqual([]) // a bare lower-case phrase stays a phrase
  })

  it('keeps a restrictive clause of a collective subject up to its duty predicate', () => {
    const text = 'các cơ quan được phân công chủ trì thực hiện nhiệm vụ tại Kế hoạch này có trách nhiệm đề xuất danh mục' // 032 III.3
    expect(names(text)).toEqual(['Các cơ quan được phân công chủ trì thực hiện nhiệm vụ tại Kế hoạch này'])
    expect(rest(text)).toMatch(/^có trách nhiệm/u)
    expect(names('các đơn vị được giao quản lý công trình chịu trách nhiệm bảo trì')).toEqual(['Các đơn vị được giao quản lý công trình']) // unseen
    expect(names('các đơn vị đang sử dụng tài sản công có trách nhiệm kê khai')).toEqual(['Các đơn vị đang sử dụng tài sản công']) // unseen
  })

  it('leaves the clause out when no duty predicate follows within the sentence', () => {
    expect(names('các đơn vị đang triển khai dự án.')).toEqual(['Các đơn vị']) // unseen
    expect(names('các đơn vị được giao nhiệm vụ khẩn trương triển khai.')).toEqual(['Các đơn vị được giao nhiệm vụ']) // unseen
  })
})

describe('a role word after a collective names its role when no object follows', () => {
  it('reads "các cơ quan chủ trì" as one collective', () => {
    expect(names('các cơ quan chủ trì trong tổ chức thực hiện Kế hoạch này')).toEqual(['Các cơ quan chủ trì']) // 036 V.8
    expect(names('các đơn vị phối hợp có trách nhiệm cung cấp thông tin')).toEqual(['Các đơn vị phối hợp']) // unseen
  })

  it('leaves the role word to the predicate when it has an object or a partner', () => {
    expect(rest('các cơ quan chủ trì, phối hợp với Sở Tài chính')).toMatch(/^chủ trì, phối hợp/u) // unseen
    expect(names('các đơn vị chủ trì thực hiện nhiệm vụ')).toEqual(['Các đơn vị']) // unseen
    expect(names('Sở Xây dựng chủ trì, phối hợp với Công an tỉnh')).toEqual(['Sở Xây dựng']) // 028
  })
})

describe('Party bodies of agencies and table cells that run into the next column', () => {
  it('ends a name at a person’s title from the column beside', () => {
    expect(names('Đảng ủy UBND Tỉnh ủy viên, Phó Chủ tịch')).toEqual(['Đảng ủy Ủy ban nhân dân']) // 035 PL2.II.16
    expect(names('Sở Tài chính Ủy viên Ban Thường vụ')).toEqual(['Sở Tài chính']) // unseen
  })

  it('does not take the next agency or a collective for the place after a locality unit', () => {
    expect(names('UBND tỉnh Đảng ủy HĐND tỉnh')).toEqual(['Ủy ban nhân dân tỉnh']) // 035 PL2.II.9
    expect(names('Đảng ủy UBND tỉnh Cơ quan, tổ chức phụ trách')).toEqual(['Đảng ủy Ủy ban nhân dân tỉnh']) // 035 PL1.8
    expect(names('UBND tỉnh Sở Tài chính')).toEqual(['Ủy ban nhân dân tỉnh']) // unseen
  })

  it('still reads places that begin with a head’s syllable', () => {
    expect(names('UBND thành phố Hội An chỉ đạo')).toEqual(['Ủy ban nhân dân thành phố Hội An']) // unseen
    expect(names('UBND huyện Trường Sa chủ trì')).toEqual(['Ủy ban nhân dân huyện Trường Sa']) // unseen
  })

  it('keeps the body a staff office serves across a line break', () => {
    expect(names('Các cơ quan chuyên trách tham mưu, giúp việc\n      Đảng ủy Ủy ban nhân dân tỉnh,')).toEqual([
      'Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy Ủy ban nhân dân tỉnh',
    ]) // 006
  })

  it('cases a Party committee named by its place, not a committee of bodies', () => {
    expect(properCaseUpper('HUYỆN ỦY NAM ĐÀN')).toBe('Huyện ủy Nam Đàn') // domain.md
    expect(properCaseUpper('TỈNH ỦY LÀO CAI')).toBe('Tỉnh ủy Lào Cai') // 035
    expect(properCaseUpper('ĐẢNG ỦY CÁC CƠ QUAN TỈNH')).toBe('Đảng ủy các cơ quan tỉnh') // unseen
  })
})

describe('localities', () => {
  it('reads a place written with a hyphen whole', () => {
    expect(names('Sở Tài chính tỉnh Bà Rịa - Vũng Tàu chủ trì')).toEqual(['Sở Tài chính tỉnh Bà Rịa - Vũng Tàu']) // domain.md §5.3
    expect(names('UBND tỉnh Bà Rịa - Vũng Tàu chỉ đạo')).toEqual(['Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu']) // domain.md §5.3
  })

  it('does not run a hyphen into the next agency or a capitalised verb', () => {
    expect(names('Ủy ban nhân dân tỉnh Lào Cai - Sở Tài chính')).toEqual(['Ủy ban nhân dân tỉnh Lào Cai']) // unseen
    expect(names('UBND huyện Bảo Yên - Hướng dẫn các xã')).toEqual(['Ủy ban nhân dân huyện Bảo Yên']) // unseen
  })

  it('gives a body found at every level the locality of the collective it is named with', () => {
    expect(names('Ủy ban MTTQ Việt Nam và các tổ chức chính trị xã hội tỉnh: Căn cứ chức năng')).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Các tổ chức chính trị xã hội tỉnh',
    ]) // 013 III.4
    expect(names('Hội Nông dân và các đoàn thể huyện vận động')).toEqual(['Hội Nông dân huyện', 'Các đoàn thể huyện']) // unseen
  })

  it('leaves a department as printed, and a body that has its own locality', () => {
    expect(names('Sở Nội vụ và các cơ quan chuyên môn tỉnh rà soát')).toEqual(['Sở Nội vụ', 'Các cơ quan chuyên môn tỉnh']) // unseen
    expect(names('Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh Lào Cai phối hợp')[0]).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh') // 036
  })

  it('reads an abbreviation’s dot as a space', () => {
    expect(names('Cục Hải quan TP.Hồ Chí Minh hướng dẫn')).toEqual(['Cục Hải quan thành phố Hồ Chí Minh']) // 120 III
    expect(names('UBND TP.Đà Nẵng chỉ đạo')).toEqual(['Ủy ban nhân dân thành phố Đà Nẵng']) // unseen
  })
})

describe('collective addressees', () => {
  it('reads a collective written with an abbreviation of its words', () => {
    expect(names('Các cơ sở KCB thực hiện mã hóa')).toEqual(['Các cơ sở khám bệnh, chữa bệnh']) // 119 3.a
    expect(names('Các cơ sở KBCB thực hiện mã hóa')).toEqual(['Các cơ sở khám bệnh, chữa bệnh']) // 119 3.b
    expect(names('các cơ sở KCB BHYT triển khai')).toEqual(['Các cơ sở khám bệnh, chữa bệnh BHYT']) // 014
  })

  it('joins nouns of a list written without commas', () => {
    expect(names('các sở ban ngành và địa phương thực hiện Đề án')).toEqual(['Các sở ban ngành và địa phương']) // 036 II.5
    expect(names('các cơ quan đoàn thể và địa phương phối hợp')).toEqual(['Các cơ quan đoàn thể và địa phương']) // unseen
  })

  it('keeps investors apart from public bodies unless the list shares one qualifier', () => {
    expect(names('các Sở, ban ngành, nhà đầu tư thứ cấp thực hiện công tác GPMB')).toEqual(['Các Sở, ban ngành', 'Nhà đầu tư thứ cấp']) // 036 II.1
    expect(names('các Sở, ban ngành, chủ đầu tư kinh doanh hạ tầng thực hiện')).toEqual(['Các Sở, ban ngành', 'Chủ đầu tư kinh doanh hạ tầng']) // 036 II.3
    expect(names('các cơ quan, đơn vị, địa phương, chủ đầu tư trên địa bàn tỉnh quản lý chặt chẽ')).toEqual([
      'Các cơ quan, đơn vị, địa phương, chủ đầu tư trên địa bàn tỉnh',
    ]) // quang-ngai-1468
  })
})

describe('heads beyond ministries and departments', () => {
  it('reads teams, stations and branches', () => {
    expect(names('Đội Quản lý thị trường số 3 kiểm tra')).toEqual(['Đội Quản lý thị trường số 3']) // unseen
    expect(names('Hạt Kiểm lâm huyện chủ trì')).toEqual(['Hạt Kiểm lâm huyện']) // unseen
    expect(names('Trạm y tế xã tổ chức tiêm chủng')).toEqual(['Trạm y tế xã']) // unseen
    expect(names('Hạt giống được cung cấp')).toEqual([]) // a plain noun
  })
})

describe('the predicate ends the name', () => {
  it('stops a project board’s name at its verb, not at a later locality', () => {
    expect(names('Ban Quản lý dự án bàn giao mặt bằng cho UBND huyện Tư Nghĩa')).toEqual(['Ban Quản lý dự án']) // unseen
    expect(names('Ban Quản lý dự án đầu tư xây dựng tỉnh bàn giao mặt bằng cho UBND huyện')).toEqual(['Ban Quản lý dự án đầu tư xây dựng tỉnh']) // unseen
    expect(names('Ban Quản lý dự án đầu tư xây dựng các công trình Giao thông tỉnh chủ trì')).toEqual([
      'Ban Quản lý dự án đầu tư xây dựng các công trình Giao thông tỉnh',
    ]) // quang-ngai-1468
  })

  it('skips a person named after a leader’s title and goes on with the run', () => {
    expect(names('Giám đốc Sở Tài chính Nguyễn Văn An và Giám đốc Sở Y tế chủ trì')).toEqual(['Sở Tài chính', 'Sở Y tế']) // unseen
    expect(rest('Giám đốc Sở Tài chính Nguyễn Văn An chủ trì')).toBe('chủ trì') // unseen
    expect(names('UBND thành phố Hồ Chí Minh chỉ đạo')).toEqual(['Ủy ban nhân dân thành phố Hồ Chí Minh']) // 120: a place, not a person
  })
})

describe('what ends a name in a table cell or a list', () => {
  it('ends a name at a date on the next line and at a bullet that opens a new line', () => {
    expect(names('Hội đồng chấm\n14/6/2025-15/6/2025  | Bảo vệ đồ án')).toEqual(['Hội đồng chấm']) // 110 II
    expect(names('Phòng  Đào tạo\n- Xét và lập danh sách sinh viên')).toEqual(['Phòng Đào tạo']) // 110 III.2
    expect(names('Phòng Kế hoạch - Tài chính\n- Rà soát lại nghĩa vụ')).toEqual(['Phòng Kế hoạch - Tài chính']) // 110 III.3: the name's own hyphen stays
    expect(names('Tổ công tác\n15/7/2025 hoàn thành')).toEqual(['Tổ công tác']) // unseen
  })

  it('reads faculties and other units of a school as collectives', () => {
    expect(names('Phòng Đào tạo, khoa chuyên ngành và các đơn vị khác trong các công tác tổ chức')).toEqual([
      'Phòng Đào tạo',
      'Khoa chuyên ngành',
      'Các đơn vị khác',
    ]) // 110 III.5
    expect(names('các khoa, phòng chức năng phối hợp')).toEqual(['Các khoa, phòng chức năng']) // unseen
  })

  it('reads a company by its legal form and name', () => {
    expect(names('Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô nghiêm túc thực hiện;')).toEqual([
      'Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô',
    ]) // 030
    expect(names('Công ty trách nhiệm hữu hạn một thành viên Môi trường đô thị thực hiện')).toEqual([
      'Công ty trách nhiệm hữu hạn một thành viên Môi trường đô thị',
    ]) // unseen
  })

  it('keeps a list of units written with a slash', () => {
    expect(names('Sở Công Thương các tỉnh/thành phố triển khai')).toEqual(['Sở Công Thương các tỉnh/thành phố']) // 019
    expect(names('Bảo hiểm xã hội các tỉnh/thành phố thực hiện')).toEqual(['Bảo hiểm xã hội các tỉnh/thành phố']) // unseen
  })
})

describe('an enumeration of localities shared by two titles', () => {
  it('names a bare head joined to the enumeration in each locality', () => {
    expect(names('Bí thư Tỉnh ủy và Chủ tịch UBND các tỉnh: Lào Cai, Yên Bái chỉ đạo')).toEqual([
      'Tỉnh ủy Lào Cai',
      'Tỉnh ủy Yên Bái',
      'Ủy ban nhân dân tỉnh Lào Cai',
      'Ủy ban nhân dân tỉnh Yên Bái',
    ]) // issue 12
    expect(names('Thường trực HĐND và UBND các huyện: Bát Xát, Sa Pa thực hiện')).toEqual([
      'Thường trực Hội đồng nhân dân huyện Bát Xát',
      'Thường trực Hội đồng nhân dân huyện Sa Pa',
      'Ủy ban nhân dân huyện Bát Xát',
      'Ủy ban nhân dân huyện Sa Pa',
    ]) // unseen
  })

  it('leaves a named body before the enumeration as it is', () => {
    expect(names('Sở Tài chính và UBND các huyện: Tư Nghĩa, Nghĩa Hành thực hiện')).toEqual([
      'Sở Tài chính',
      'Ủy ban nhân dân huyện Tư Nghĩa',
      'Ủy ban nhân dân huyện Nghĩa Hành',
    ]) // quang-ngai-1468 wording
    expect(names('Công an tỉnh và UBND các huyện: Bát Xát, Sa Pa')).toEqual(['Công an tỉnh', 'Ủy ban nhân dân huyện Bát Xát', 'Ủy ban nhân dân huyện Sa Pa']) // unseen
  })
})

describe('bodies named by what they serve or by their number', () => {
  it('reads an office of two or three bodies as one agency', () => {
    expect(names('Văn phòng HĐND và UBND huyện tổng hợp báo cáo')).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện']) // unseen
    expect(names('Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh tham mưu')).toEqual(['Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh']) // unseen
  })

  it('splits an office from another agency named after it', () => {
    expect(names('Văn phòng Bộ và Vụ Pháp chế phối hợp')).toEqual(['Văn phòng Bộ', 'Vụ Pháp chế']) // 032 wording
    expect(names('Văn phòng UBND tỉnh, Sở Tài chính theo dõi')).toEqual(['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Tài chính']) // unseen
    expect(names('Sở Nội vụ và HĐND tỉnh phối hợp')).toEqual(['Sở Nội vụ', 'Hội đồng nhân dân tỉnh']) // unseen
  })

  it('reads a committee named by its number before a locality, not a table row number', () => {
    expect(names('Ban Chỉ đạo 389 tỉnh chủ trì')).toEqual(['Ban Chỉ đạo 389 tỉnh']) // unseen
    expect(names('Ủy ban nhân dân     16 Xây dựng Kịch bản biến đổi khí hậu')).toEqual(['Ủy ban nhân dân']) // 035
  })

  it('reads state groups and utilities by their head', () => {
    expect(names('Tập đoàn Điện lực Việt Nam chủ trì')).toEqual(['Tập đoàn Điện lực Việt Nam']) // unseen
    expect(names('Điện lực Lào Cai bảo đảm cấp điện')).toEqual(['Điện lực Lào Cai']) // unseen
    expect(names('Ban An toàn giao thông tỉnh phối hợp')).toEqual(['Ban An toàn giao thông tỉnh']) // unseen
    expect(names('Đoàn ĐBQH tỉnh giám sát')).toEqual(['Đoàn Đại biểu Quốc hội tỉnh']) // unseen
  })
})

describe('after a scope or the body a collective belongs to, only known qualifiers go on', () => {
  it('stops at a verb no list names', () => {
    expect(names('Cấp ủy các cấp dự thảo nghị quyết đại hội')).toEqual(['Cấp ủy các cấp']) // binary/dang-uy-bcy-hd1277
    expect(names('Cơ quan cán bộ cùng cấp lưu trữ bản sao kết luận')).toEqual(['Cơ quan cán bộ cùng cấp']) // binary/dang-uy-bcy-hd1277
    expect(names('Các cơ quan, đơn vị thuộc Ban tổ chức đợt thi đua chào mừng đại hội')).toEqual(['Các cơ quan, đơn vị thuộc Ban tổ chức']) // binary/dang-uy-bcy-hd1277
    expect(names('các phòng, ban chuyên môn cấp huyện rà lại hồ sơ')).toEqual(['Các phòng, ban chuyên môn cấp huyện']) // unseen
  })

  it('keeps known qualifiers after them', () => {
    expect(names('các đơn vị trực thuộc UBND tỉnh có liên quan thực hiện')).toEqual(['Các đơn vị trực thuộc Ủy ban nhân dân tỉnh có liên quan']) // unseen
    expect(names('Các sở, ban, ngành cấp tỉnh theo chức năng nhiệm vụ')).toEqual(['Các sở, ban, ngành cấp tỉnh']) // 027
    expect(names('các cơ quan cùng cấp có liên quan phối hợp')).toEqual(['Các cơ quan cùng cấp có liên quan']) // unseen
  })
})

describe('enterprises and local government named as addressees', () => {
  it('reads an enterprise collective inside a sentence, with its qualifier', () => {
    expect(names('doanh nghiệp kinh doanh cảng, kho, bãi, chính quyền địa phương và cơ quan liên quan thực hiện tiêu hủy')).toEqual([
      'Doanh nghiệp kinh doanh cảng, kho, bãi',
      'Chính quyền địa phương',
      'Cơ quan liên quan',
    ]) // 121 14.3
    expect(names('doanh nghiệp cảng bằng văn bản hoặc trên hệ thống')).toEqual(['Doanh nghiệp cảng']) // 120 I.3.c
  })

  it('reads nothing from a sentence that opens on private parties', () => {
    expect(names('Doanh nghiệp chủ động rà soát hồ sơ')).toEqual([]) // unseen
    expect(names('Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ lấn chiếm')).toEqual([]) // 002
  })

  it('keeps local government apart from the category nouns after it', () => {
    expect(names('chính quyền địa phương và các cơ quan chức năng phối hợp')).toEqual(['Chính quyền địa phương', 'Các cơ quan chức năng']) // unseen
    expect(names('các sở ban ngành và địa phương thực hiện')).toEqual(['Các sở ban ngành và địa phương']) // 036 II.5
  })
})

describe('bodies of the 2025 reorganisation and the Front', () => {
  it('reads a numbered region after a head', () => {
    expect(names('Kho bạc Nhà nước khu vực VIII thực hiện')).toEqual(['Kho bạc Nhà nước khu vực VIII']) // domain.md §5.2 (Chi cục Thuế khu vực)
    expect(names('Bảo hiểm xã hội khu vực XV phối hợp')).toEqual(['Bảo hiểm xã hội khu vực XV']) // unseen
    expect(names('Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 (Chi cục HQCK cảng SGKV 1) thực hiện')[0]).toBe('Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1') // 120 III
    expect(names('UBND tỉnh khu vực biên giới chỉ đạo')).toEqual(['Ủy ban nhân dân tỉnh']) // unseen: a region is numbered
  })

  it('reads the Front committee by its short forms', () => {
    // The short form stands for the committee's full name, "… Việt Nam" included (heldout3 r07 gold).
    expect(names('Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội tỉnh vận động')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Các tổ chức chính trị - xã hội tỉnh']) // unseen
    expect(names('UBMTTQ huyện giám sát')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam huyện']) // unseen
    expect(names('Ủy ban MTTQ Việt Nam và các tổ chức chính trị xã hội tỉnh:')[0]).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh') // 013
  })
})

describe('courts, procuracies, border posts and Party committees of bodies', () => {
  it('reads them by their heads, in either case of the later words', () => {
    expect(names('Tòa án nhân dân tỉnh phối hợp')).toEqual(['Tòa án nhân dân tỉnh']) // unseen
    expect(names('Viện kiểm sát nhân dân tỉnh phối hợp')).toEqual(['Viện kiểm sát nhân dân tỉnh']) // unseen
    expect(names('Viện Kiểm sát nhân dân tối cao hướng dẫn')).toEqual(['Viện Kiểm sát nhân dân tối cao']) // unseen
    expect(names('Đồn Biên phòng Bản Vược phối hợp')).toEqual(['Đồn Biên phòng Bản Vược']) // unseen
    expect(names('Đảng ủy các cơ quan Đảng tỉnh chỉ đạo')).toEqual(['Đảng ủy các cơ quan Đảng tỉnh']) // unseen (2025 Party bodies)
  })
})

describe('leaders named with their title', () => {
  it('reads the agency of a leader’s title, also after the person in apposition', () => {
    expect(names('đồng chí Nguyễn Văn An, Giám đốc Sở Tài chính chủ trì')).toEqual(['Sở Tài chính']) // unseen
    expect(names('Tổng Giám đốc Bảo hiểm xã hội Việt Nam chỉ đạo')).toEqual(['Bảo hiểm xã hội Việt Nam']) // 014 (its signer's title)
    expect(names('Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo')).toEqual(['Ngân hàng Nhà nước Việt Nam']) // unseen
    expect(names('Hiệu trưởng các trường học tổ chức')).toEqual(['Các trường học']) // unseen
  })

  it('reads no agency for a deputy who acts in person', () => {
    expect(names('đồng chí Đồng Văn Thanh, Phó Chủ tịch Thường trực UBND tỉnh thực hiện')).toEqual([]) // 108
  })
})

describe('a bracket after an agency', () => {
  it('reads a bare collective in brackets as the role of the named body before it', () => {
    expect(names('phối hợp với UBND huyện Hoàng Su Phì (chủ đầu tư) thực hiện'.slice(13))).toEqual(['Ủy ban nhân dân huyện Hoàng Su Phì']) // 109 Điều 2.3.b
    expect(names('Sở Nội vụ (cơ quan thường trực Ban Chỉ đạo) chủ trì')).toEqual(['Sở Nội vụ']) // unseen
  })

  it('reads it as the name of a vague collective before it', () => {
    expect(names('Sở, Ngành (cơ quan đăng ký đầu tư) trong việc thẩm định')).toEqual(['Cơ quan đăng ký đầu tư']) // 036 V.3
  })

  it('still adds a named body given in brackets', () => {
    expect(names('Bộ Nông nghiệp và Môi trường (Cục Lâm nghiệp và Kiểm lâm) chủ trì')).toEqual(['Bộ Nông nghiệp và Môi trường', 'Cục Lâm nghiệp và Kiểm lâm']) // 032
    expect(names('các đơn vị (các sở, ngành) thực hiện')).toEqual(['Các đơn vị', 'Các sở, ngành']) // unseen
  })
})

describe('heads written in lower case', () => {
  it('reads the people’s committee and council in lower case, and a plural head of known names', () => {
    expect(names('ủy ban nhân dân các huyện thực hiện')).toEqual(['Ủy ban nhân dân các huyện']) // unseen
    expect(names('hội đồng nhân dân các cấp giám sát')).toEqual(['Hội đồng nhân dân các cấp']) // unseen
    expect(names('các sở: Tài chính, Xây dựng chủ trì')).toEqual(['Sở Tài chính', 'Sở Xây dựng']) // unseen
    expect(names('ủy ban thẩm định chủ trì')).toEqual([]) // only the listed heads
  })
})
