/**
 * Roles read from the sentence, not only from cue verbs (issue 12, item 2): a decision's
 * articles, subjects that act without a cue verb, the issuer that only asks, collectives that
 * stand for the Kính gửi list, and closing formulas. Each construct is tested in the wording of
 * a corpus letter and in a synthetic wording no corpus letter prints.
 */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from './helpers.js'

type Read = { lead: string[]; support: string[] }
const read = (text: string): Map<string, Read> =>
  new Map(letterOf(text).tasks.map((t) => [t.label, { lead: t.lead.map((a) => a.name), support: t.support.map((a) => a.name) }]))
const tasksOf = (body: string, opts: { issuer?: string } = {}) => read(congVan(body, { date: '10/4/2025', ...opts }))

describe("a decision's articles give work to staff posts: the post stands for its agency", () => {
  it('reads the agency after "thuộc" in "Giao nhiệm vụ cho Phó Trưởng phòng … và Chuyên viên thuộc Phòng X" (024)', () => {
    const t = tasksOf(
      'Điều 1. Giao nhiệm vụ lập biên bản vi phạm hành chính\n      Giao nhiệm vụ cho Phó Trưởng phòng được phân công phụ trách lĩnh vực\nkhoáng sản và Chuyên viên thuộc Phòng Quản lý công nghiệp khi thực hiện nhiệm vụ công vụ có thẩm quyền lập biên bản vi phạm hành chính.\nĐiều 2. Trách nhiệm của Phó Trưởng phòng được phân công phụ trách\nlĩnh vực khoáng sản và Chuyên viên được giao nhiệm vụ\n      1. Việc lập biên bản vi phạm hành chính phải tuân thủ đúng trình tự, thủ tục.\n      2. Kịp thời báo cáo Giám đốc Sở để chuyển hồ sơ vụ việc.\nĐiều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.',
    )
    expect(t.get('Điều 1')!.lead).toEqual(['Phòng Quản lý công nghiệp'])
    // The later article names the same posts without their agency: they still stand for it.
    expect(t.get('Điều 2')!.lead).toEqual(['Phòng Quản lý công nghiệp'])
    expect(t.get('Điều 2.1')!.lead).toEqual(['Phòng Quản lý công nghiệp'])
    expect(t.get('Điều 3')!.lead).toEqual([])
  })
  it('reads "Giao cho công chức thuộc Phòng Y" and a later "Trách nhiệm của công chức được phân công"', () => {
    const t = tasksOf(
      'Điều 1. Phân công kiểm tra hồ sơ đất đai\n    Giao cho công chức thuộc Phòng Tài nguyên và Môi trường huyện khi tiếp nhận hồ sơ có thẩm quyền kiểm tra thực địa.\nĐiều 2. Trách nhiệm của công chức được phân công\n1. Lập biên bản kiểm tra theo mẫu.\n2. Báo cáo Chủ tịch UBND huyện kết quả kiểm tra.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.',
    )
    expect(t.get('Điều 1')!.lead).toEqual(['Phòng Tài nguyên và Môi trường huyện'])
    expect(t.get('Điều 2.2')!.lead).toEqual(['Phòng Tài nguyên và Môi trường huyện'])
  })
  it('gives no agency to a post that no earlier article tied to one', () => {
    const t = tasksOf('Điều 1. Trách nhiệm của chuyên viên được phân công\n1. Lập biên bản kiểm tra theo mẫu.\n2. Lưu hồ sơ theo quy định.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.')
    expect(t.get('Điều 1.1')!.lead).toEqual([])
  })
})

describe('the issuer that asks or sends is not the doer: the one asked is', () => {
  it('reads the one asked after "trân trọng đề nghị", not the issuer before it', () => {
    const t = tasksOf('1. Sở Nội vụ rà soát danh mục.\n\n2. UBND tỉnh trân trọng đề nghị Sở Tài chính xem xét, bố trí kinh phí.')
    expect(t.get('2')!.lead).toEqual(['Sở Tài chính'])
  })
  it('reads "Bộ … kính đề nghị Bộ Xây dựng quan tâm, hướng dẫn" the same way', () => {
    const t = tasksOf('1. Bộ Nông nghiệp và Môi trường kính đề nghị Bộ Xây dựng quan tâm, hướng dẫn các địa phương.\n\n2. Các Sở rà soát.', { issuer: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG' })
    expect(t.get('1')!.lead).toEqual(['Bộ Xây dựng'])
  })
  it('gives no lead to the issuer that sends its attachments (015 task 2)', () => {
    const t = tasksOf(
      '1. Các Sở rà soát thủ tục.\n\n2. Tập trung tổ chức thực hiện Nghị định số 49/2026/NĐ-CP. Bộ Nông nghiệp và Môi trường gửi các thủ tục hành chính về đất đai đã được rà soát hoàn thiện để tham khảo trong quá trình tổ chức thực hiện Nghị định.',
      { issuer: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG' },
    )
    expect(t.get('2')!.lead).toEqual([])
  })
  it('still reads another agency that sends as the doer ("Sở Y tế gửi báo cáo về UBND tỉnh")', () => {
    const t = tasksOf('1. Ủy ban nhân dân tỉnh gửi kèm danh mục để các đơn vị tham khảo.\n\n2. Sở Y tế gửi báo cáo về Ủy ban nhân dân tỉnh trước ngày 15/5/2025.')
    expect(t.get('1')!.lead).toEqual([])
    expect(t.get('2')!.lead).toEqual(['Sở Y tế'])
  })
})

/** A công văn to several addressees, with what follows the Kính gửi list given. */
const toMany = (recipients: string[], afterList: string, body: string) =>
  [
    'BỘ Y TẾ',
    '',
    'Số: 627/BYT-BH',
    'V/v hướng dẫn thực hiện',
    '',
    'Hà Nội, ngày 27 tháng 01 năm 2021',
    '',
    'Kính gửi:',
    ...recipients.map((r, k) => `- ${r}${k === recipients.length - 1 ? '.' : ';'}`),
    afterList,
    '',
    body,
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    'KT. BỘ TRƯỞNG',
    'THỨ TRƯỞNG',
    '',
    'Trần Văn Thuấn',
    '',
  ].join('\n')

describe('a name the letter gives its Kính gửi list stands for those recipients, written out', () => {
  const health = ['Sở Y tế các tỉnh, thành phố trực thuộc Trung ương', 'Các Bệnh viện, Viện có giường bệnh trực thuộc Bộ Y tế', 'Các cơ sở khám bệnh, chữa bệnh thuộc các Bộ, ngành']
  it('expands "Thủ trưởng các đơn vị" after "(Sau đây gọi chung là các đơn vị)" (119 4.a, 5)', () => {
    const t = read(toMany(health, '(Sau đây gọi chung là các đơn vị)', '1. Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp với Bảo hiểm xã hội tỉnh rà soát hồ sơ.\n2. Bộ Y tế đề nghị Bảo hiểm xã hội Việt Nam chỉ đạo, phối hợp với các đơn vị trên địa bàn triển khai thực hiện.'))
    expect(t.get('1')!.lead).toEqual(health)
    expect(t.get('1')!.support).toEqual(['Bảo hiểm xã hội tỉnh'])
    expect(t.get('2')!.lead).toEqual(['Bảo hiểm xã hội Việt Nam'])
    expect(t.get('2')!.support).toEqual(health)
  })
  it('expands an abbreviated name defined for the list ("(Sau đây viết tắt là BHXH các tỉnh)", 014)', () => {
    const bhxh = ['Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương', 'Bảo hiểm xã hội Bộ Quốc phòng', 'Bảo hiểm xã hội Công an nhân dân']
    const t = read(toMany(bhxh, '(Sau đây viết tắt là BHXH các tỉnh)', '1. Rà soát số giường bệnh.\n- BHXH các tỉnh có văn bản kiến nghị cơ quan quản lý nhà nước xử lý vi phạm theo quy định.\n2. Một số lưu ý khác.'))
    expect(t.get('1')!.lead).toEqual(bhxh)
  })
  it('expands a synthetic "(gọi tắt là các sở)" and leaves other agencies of the item alone', () => {
    const t = read(toMany(['Sở Tài chính', 'Sở Xây dựng', 'Sở Nội vụ'], '(gọi tắt là các sở)', '1. Các sở chủ trì, phối hợp với Công an tỉnh kiểm tra các công trình.\n2. Kho bạc Nhà nước tỉnh kiểm soát chi.'))
    expect(t.get('1')!.lead).toEqual(['Sở Tài chính', 'Sở Xây dựng', 'Sở Nội vụ'])
    expect(t.get('1')!.support).toEqual(['Công an tỉnh'])
    expect(t.get('2')!.lead).toEqual(['Kho bạc Nhà nước tỉnh'])
  })
  it('expands the name given to a single addressee ("(sau đây gọi tắt là Công ty)")', () => {
    const t = read(toMany(['Công ty cổ phần Khoáng sản Văn Bàn'], '(sau đây gọi tắt là Công ty)', '1. Đề nghị Công ty hoàn thiện hồ sơ cấp phép.\n2. Sở Tài chính thẩm định.'))
    expect(t.get('1')!.lead).toEqual(['Công ty cổ phần Khoáng sản Văn Bàn'])
    expect(t.get('2')!.lead).toEqual(['Sở Tài chính'])
  })
  it('keeps "các đơn vị" as printed when the letter defines no name for its list', () => {
    const t = read(toMany(health, '', '1. Đề nghị Thủ trưởng các đơn vị chủ trì rà soát hồ sơ.\n2. Các Sở rà soát.'))
    expect(t.get('1')!.lead).toEqual(['Các đơn vị'])
  })
})

describe('the closing formula assigns no work, also when its subject is a list over ";"', () => {
  it('gives no lead to "Chánh Văn phòng …; Giám đốc, Thủ trưởng các Sở … chịu trách nhiệm thi hành Quyết định này" (115)', () => {
    const t = tasksOf(
      'Điều 1. Giao Sở Xây dựng chủ trì kiểm tra hệ thống thoát nước.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc, Thủ trưởng các Sở, ban, ngành Thành phố, Chủ tịch Ủy ban nhân dân các xã, phường và các đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.',
    )
    expect(t.get('Điều 1')!.lead).toEqual(['Sở Xây dựng'])
    expect(t.get('Điều 3')!.lead).toEqual([])
  })
  it('undoes a whole enumeration that ends "… trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm thực hiện Nghị quyết" (109)', () => {
    const t = tasksOf(
      'Điều 1. Giao Sở Tài chính tham mưu bố trí kinh phí.\nĐiều 2. Trách nhiệm thi hành\n1. Ủy ban nhân dân tỉnh, Giám đốc các sở, ngành: Nông nghiệp và Phát triển nông thôn; Văn hóa, Thể thao và Du lịch; Ban Dân tộc tỉnh; Công an tỉnh trong\nphạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm thực hiện Nghị quyết.\n2. Thường trực Hội đồng nhân dân tỉnh tổ chức giám sát chuyên đề về đất đai.',
    )
    expect(t.get('Điều 2.1')!.lead).toEqual([])
    expect(t.get('Điều 2.2')!.lead).toEqual(['Thường trực Hội đồng nhân dân tỉnh'])
  })
  it('keeps a list over ";" whose closing predicate is real work (synthetic)', () => {
    const t = tasksOf('1. Sở Tài chính; Sở Xây dựng; Sở Nội vụ rà soát, báo cáo kết quả trước ngày 30/5/2025.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual(['Sở Tài chính', 'Sở Xây dựng', 'Sở Nội vụ'])
  })
  it("does not hand a heading's doer to a sub-item that is the closing formula", () => {
    const t = tasksOf(
      '1. Sở Xây dựng:\na) Kiểm tra các công trình trên địa bàn.\nb) Các cơ quan, đơn vị trực thuộc Sở trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm tổ chức thực hiện Kế hoạch này.\n\n2. Sở Tài chính bố trí kinh phí.',
    )
    expect(t.get('1.a')!.lead).toEqual(['Sở Xây dựng'])
    expect(t.get('1.b')!.lead).toEqual([])
  })
})

describe('a heading collective that its sub-items break down is not the heading\'s doer', () => {
  it('gives no lead to "Điều 3. Trách nhiệm của các đơn vị liên quan" whose items each name their doer (123)', () => {
    const t = tasksOf(
      'Điều 1. Phê duyệt chính sách hỗ trợ đào tạo.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Trách nhiệm của các đơn vị liên quan\n\n1. Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tổ chức triển khai.\n\n2. Giao Ủy ban nhân dân các quận, huyện, thị xã tổ chức triển khai thực hiện chính sách.',
    )
    expect(t.get('Điều 3')!.lead).toEqual([])
    expect(t.get('Điều 3.1')!.lead).toEqual(['Sở Lao động - Thương binh và Xã hội'])
  })
  it('keeps the heading collective as the doer of sub-items that name none (synthetic)', () => {
    const t = tasksOf('1. Trách nhiệm của các cơ quan chuyên môn thuộc UBND tỉnh\na) Rà soát thủ tục hành chính thuộc lĩnh vực quản lý.\nb) Sở Tư pháp tổng hợp kết quả.\n\n2. Sở Tài chính bố trí kinh phí.')
    expect(t.get('1')!.lead).toEqual(['Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh'])
    expect(t.get('1.a')!.lead).toEqual(['Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh'])
    expect(t.get('1.b')!.lead).toEqual(['Sở Tư pháp'])
  })
})

describe('a bare "đơn vị" told to act is the addressee, whose name is not copied in', () => {
  it('gives no lead for "đề nghị đơn vị làm thủ tục điều chỉnh giấy phép" (014 task 1)', () => {
    const t = tasksOf('1. Rà soát việc kê thêm giường\n- Đối với các cơ sở đã mở rộng quy mô nhưng chưa điều chỉnh giấy phép hoạt động, đề nghị đơn vị làm thủ tục điều chỉnh giấy phép hoạt động theo đúng quy định.\n\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual([])
  })
  it('keeps "các đơn vị liên quan" and a partner "phối hợp với đơn vị" (synthetic)', () => {
    const t = tasksOf('1. Yêu cầu đơn vị khẩn trương hoàn thiện hồ sơ, phối hợp với các đơn vị liên quan.\n\n2. Đề nghị các đơn vị liên quan rà soát.')
    expect(t.get('1')!.lead).toEqual([])
    expect(t.get('1')!.support).toEqual(['Các đơn vị liên quan'])
    expect(t.get('2')!.lead).toEqual(['Các đơn vị liên quan'])
  })
})

describe('a subject printed with no comma after its adverbial or heading still leads', () => {
  it('reads "Đối với hàng … để xuất khẩu Chi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn …" (120 II.6)', () => {
    const t = tasksOf('1. Đối với hàng nhập khẩu đã thông quan nhưng doanh nghiệp bán cho doanh nghiệp khác ngay tại cảng để xuất khẩu Chi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn người khai hải quan thực hiện như sau:\n- Người khai hải quan đăng ký tờ khai xuất.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual(['Chi cục Hải quan nơi lưu giữ hàng hóa'])
  })
  it('reads a subject after a document symbol ("… Thông tư 38/2015/TT-BTC Chi cục Hải quan … hướng dẫn", 120 II.11)', () => {
    const t = tasksOf('1. Trường hợp người khai hải quan đề nghị hủy tờ khai theo quy định tại khoản 7 Điều 52 Thông tư 38/2015/TT-BTC Chi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn người khai hải quan thực hiện việc hủy tờ khai.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual(['Chi cục Hải quan nơi lưu giữ hàng hóa'])
  })
  it('reads a heading run into its sentence ("2. Khai báo … chung container Chi cục hải quan … hướng dẫn …", 120 I.2)', () => {
    const t = tasksOf('1. Các Sở rà soát.\n\n2. Khai báo nhiều tờ khai XK, NK chung container Chi cục hải quan nơi đăng ký tờ khai hướng dẫn người khai khai báo như sau:\na) Trường hợp hàng đóng trong một container.\nb) Trường hợp khác.')
    expect(t.get('2')!.lead).toEqual(['Chi cục hải quan nơi đăng ký tờ khai'])
    expect(t.get('2.a')!.lead).toEqual(['Chi cục hải quan nơi đăng ký tờ khai'])
  })
  it('reads synthetic wordings: "Đối với hồ sơ nộp trực tuyến Sở Tư pháp kiểm tra, …", "Trường hợp … Chi cục Thuế khu vực I thông báo …"', () => {
    const t = tasksOf('1. Đối với hồ sơ nộp trực tuyến Sở Tư pháp kiểm tra, xác nhận trong ngày.\n\n2. Trường hợp doanh nghiệp chưa hoàn thành nghĩa vụ thuế Chi cục Thuế khu vực I thông báo cho doanh nghiệp.')
    expect(t.get('1')!.lead).toEqual(['Sở Tư pháp'])
    expect(t.get('2')!.lead).toEqual(['Chi cục Thuế khu vực I'])
  })
  it('does not take an object, a possessor or a title\'s agency for a subject', () => {
    const t = tasksOf(
      '1. Thành lập Tổ công tác liên ngành thực hiện kiểm tra các dự án.\n\n2. Khi có văn bản đề nghị của Bộ trưởng Bộ Tài chính hướng dẫn thủ tục, các Sở rà soát.\n\n3. Căn cứ Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 10-NQ/TW, Sở Nội vụ tổng hợp.\n\n4. Chủ tịch UBND tỉnh ủy quyền đồng chí Nguyễn Văn An, Phó Chủ tịch Thường trực UBND tỉnh thực hiện nhiệm vụ của Chủ tịch.',
    )
    expect(t.get('1')!.lead).toEqual([])
    expect(t.get('2')!.lead).toEqual(['Các Sở'])
    expect(t.get('3')!.lead).toEqual(['Sở Nội vụ'])
    expect(t.get('4')!.lead).toEqual([])
  })
})

describe('the closing formula that asks the addressee named in Kính gửi assigns no work', () => {
  const toCompany = (body: string) =>
    [
      'UBND TỈNH LÀO CAI',
      'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      '',
      'Số: 6795/SNNMT-KS',
      'V/v thực hiện các quy định của pháp luật',
      '',
      'Lào Cai, ngày 17 tháng 7 năm 2026',
      '',
      'Kính gửi: Công ty cổ phần Khoáng sản Văn Bàn',
      '',
      body,
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      '',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      '',
      'Nguyễn Văn Bình',
      '',
    ].join('\n')
  it('gives no lead for "Sở X yêu cầu <the addressee> nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn vướng mắc …" (030 2.6)', () => {
    const t = read(toCompany('1. Thực hiện cắm mốc khu vực khai thác.\n\n2. Xây dựng các công trình xử lý chất thải.\n     Sở Nông nghiệp và Môi trường yêu cầu Công ty cổ phần Khoáng sản Văn Bàn nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn vướng mắc kịp thời phản ánh về Sở Nông nghiệp và Môi trường để được hướng dẫn thực hiện đúng quy định của pháp luật./.'))
    expect(t.get('2')!.lead).toEqual([])
  })
  it('keeps an agency other than the addressee asked to carry the work out ("… yêu cầu Sở Xây dựng triển khai thực hiện./.")', () => {
    const t = read(toCompany('1. Thực hiện cắm mốc khu vực khai thác.\n\n2. Sở Nông nghiệp và Môi trường yêu cầu Ủy ban nhân dân xã Văn Bàn triển khai thực hiện./.'))
    expect(t.get('2')!.lead).toEqual(['Ủy ban nhân dân xã Văn Bàn'])
  })
})

describe('"X có văn bản đề nghị Y …": the one who writes the request is the doer', () => {
  it('reads BHXH, not the facilities written to, in 014 2.4 (with the defined name expanded)', () => {
    const bhxh = ['Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương', 'Bảo hiểm xã hội Bộ Quốc phòng', 'Bảo hiểm xã hội Công an nhân dân']
    const t = read(
      toMany(
        bhxh,
        '(Sau đây viết tắt là BHXH các tỉnh)',
        '1. Rà soát số giường.\n2. Để bảo đảm việc sử dụng nguồn kinh phí hợp lý, hiệu quả, nâng cao trách nhiệm của cơ sở khám bệnh, chữa bệnh, BHXH các tỉnh có văn bản đề nghị các cơ sở khám bệnh, chữa bệnh sớm xây dựng hướng dẫn chẩn đoán và điều trị.\nĐề nghị BHXH các tỉnh chủ động phối hợp với các cơ sở khám bệnh, chữa bệnh triển khai thực hiện theo hướng dẫn nêu trên. Nếu có khó khăn, vướng mắc, báo cáo BHXH Việt Nam để kịp thời xem xét, giải quyết./.',
      ),
    )
    expect(t.get('2')!.lead).toEqual(bhxh)
    // The closing request and the sentence on difficulties after it assign nothing.
    expect(t.get('2')!.support).toEqual([])
  })
  it('reads a synthetic "Sở Tài chính có văn bản yêu cầu các chủ đầu tư …"', () => {
    const t = tasksOf('1. Sở Tài chính có văn bản yêu cầu các chủ đầu tư hoàn thiện hồ sơ quyết toán.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual(['Sở Tài chính'])
  })
})

describe('after a heading of agencies, a subject that opens the next line leads too', () => {
  it('reads "Các cấp ủy, tổ chức đảng chủ động …" under "2. Các cơ quan …; các chi bộ, đảng bộ cơ sở" (006)', () => {
    const t = tasksOf('1. Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy; các chi\n   bộ, đảng bộ cơ sở\n         Các cấp ủy, tổ chức đảng chủ động tổ chức nghiên cứu, quán triệt các nội dung Kết luận.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual(['Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy', 'Các chi bộ, đảng bộ cơ sở', 'Các cấp ủy, tổ chức đảng'])
  })
  it('reads a synthetic "1. Sở Tài chính; Sở Xây dựng\\n Ủy ban nhân dân các xã chủ động rà soát …"', () => {
    const t = tasksOf('1. Sở Tài chính; Sở Xây dựng\n   Ủy ban nhân dân các xã chủ động rà soát các công trình trên địa bàn.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual(['Sở Tài chính', 'Sở Xây dựng', 'Ủy ban nhân dân các xã'])
  })
})

describe('an agency the doer is told to direct is not a lead, also where a bullet makes it a subject', () => {
  it('keeps only UBND tỉnh under "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:" (109 Điều 2.4)', () => {
    const t = tasksOf(
      '1. Về lĩnh vực Tư pháp: Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:\n- Tăng cường kỷ luật, kỷ cương trong toàn ngành.\n- Nhằm tiếp tục thực hiện đơn giản hóa thủ tục hành chính, Công an tỉnh nghiên cứu, tăng cường ứng dụng công nghệ thông tin.\n\n2. Các Sở rà soát.',
    )
    expect(t.get('1')!.lead).toEqual(['Ủy ban nhân dân tỉnh'])
  })
  it('keeps only the director in a synthetic "Sở Y tế đôn đốc các bệnh viện …; các bệnh viện báo cáo …"', () => {
    const t = tasksOf('1. Sở Y tế đôn đốc các bệnh viện công lập rà soát danh mục thuốc; các bệnh viện công lập báo cáo kết quả trước ngày 30/6/2025.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual(['Sở Y tế'])
  })
  it('keeps a directed agency that is the only one named ("Chỉ đạo Sở Tài chính …" under no doer)', () => {
    const t = tasksOf('1. Chỉ đạo Sở Tài chính, Sở Xây dựng phối hợp rà soát; Sở Tài chính tổng hợp báo cáo.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual(['Sở Tài chính'])
  })
})

describe('the issuer that replies only informs', () => {
  it('gives no lead for "Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện." (120 III.4)', () => {
    const t = tasksOf('1. Các Sở rà soát.\n\n2. Về thời gian thực hiện song song hai quy trình.\nTổng cục Hải quan trả lời các đơn vị được biết, thực hiện.', { issuer: 'BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN' })
    expect(t.get('2')!.lead).toEqual([])
  })
})

describe('subjects after an aside, and subjects only answerable', () => {
  it('reads "… (theo quy định tại khoản 2 Điều 3, Thông tư …) thì Ủy ban nhân dân cấp xã xem xét, quyết định …" (123 Điều 1.3.b)', () => {
    const t = tasksOf('1. Các Sở rà soát.\n\n2. Riêng những người đã được hỗ trợ đào tạo nhưng bị mất việc làm (theo quy định tại khoản 2 Điều 3, Thông tư số 152/2016/TT-BTC ngày 17/10/2016 của Bộ Tài chính) thì Ủy ban nhân dân cấp xã xem xét, quyết định tiếp tục hỗ trợ đào tạo.')
    expect(t.get('2')!.lead).toEqual(['Ủy ban nhân dân cấp xã'])
  })
  it('still leaves out the subject after a clause that opens with what a law provides', () => {
    const t = tasksOf('1. Các Sở rà soát.\n\n2. Theo quy định tại khoản 3 Điều 41 của Luật số 42/2024/QH15, Chi cục Hải quan kiểm tra hồ sơ.')
    expect(t.get('2')!.lead).toEqual([])
  })
  it('gives no lead to the penalty clause "Thủ trưởng các cơ sở … chịu trách nhiệm trước pháp luật … nếu để …" (119 4.b), but "Giám đốc Sở X chịu trách nhiệm trước Chủ tịch UBND tỉnh về <work>" assigns that work', () => {
    const t = tasksOf(
      '1. Định kỳ hoặc đột xuất, Bộ Y tế sẽ phối hợp với các cơ quan, đơn vị có liên quan tổ chức kiểm tra. Thủ trưởng các cơ sở khám bệnh, chữa bệnh chịu trách nhiệm trước pháp luật và trước Bộ trưởng Bộ Y tế nếu để đơn vị mình thực hiện không đúng các quy định.\n\n2. Sở Tài chính bố trí kinh phí. Giám đốc Sở Xây dựng chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ dự án.',
    )
    expect(t.get('1')!.lead).toEqual(['Bộ Y tế'])
    expect(t.get('2')!.lead).toEqual(['Sở Tài chính', 'Sở Xây dựng'])
  })
})

describe('a bullet "Yêu cầu X …" under the item\'s doer is the doer urging X', () => {
  it('keeps only the doer in "Đề nghị UBND tỉnh chỉ đạo …: + Yêu cầu đơn vị thi công tiến hành ngay …" (109 Điều 2.3.b)', () => {
    // The heading line names the doer; the body's bullets are read knowing it.
    const t = tasksOf('1. Đề nghị UBND tỉnh chỉ đạo các ngành chức năng thực hiện các cam kết sau:\n- Chỉ đạo Sở Nông nghiệp và Phát triển nông thôn:\n+ Thực hiện việc nghiệm thu công trình.\n+ Yêu cầu đơn vị thi công tiến hành ngay việc tu sửa công trình.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual(['Ủy ban nhân dân tỉnh'])
  })
  it('still reads "Yêu cầu Sở X …" as the lead of an item that names no other doer (synthetic)', () => {
    const t = tasksOf('1. Yêu cầu Sở Xây dựng kiểm tra an toàn các công trình trước mùa mưa bão.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual(['Sở Xây dựng'])
  })
})

describe('the letter\'s own conclusion from a provision assigns; a recounted provision does not', () => {
  it('reads "Theo quy định này, việc cấp … sẽ do đơn vị quản lý nhà nước … tổ chức thẩm định" (019 task 3)', () => {
    const t = tasksOf('1. Các Sở rà soát.\n\n2. Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm\n\nKhoản 9, Điều 36 Nghị định số 15/2018/NĐ-CP quy định cơ sở kinh doanh nhiều loại sản phẩm do ngành Công Thương quản lý. Theo quy định này, việc cấp Giấy chứng nhận cho đối tượng nêu trên sẽ do đơn vị quản lý nhà nước về an toàn thực phẩm thuộc ngành Công Thương tổ chức thẩm định, cấp Giấy chứng nhận.')
    expect(t.get('2')!.lead).toEqual(['Đơn vị quản lý nhà nước về an toàn thực phẩm thuộc ngành Công Thương'])
  })
  it('reads a synthetic "Theo quy định nêu trên, hồ sơ sẽ do Sở Tư pháp tiếp nhận, kiểm tra"', () => {
    const t = tasksOf('1. Các Sở rà soát.\n\n2. Theo quy định nêu trên, hồ sơ đăng ký sẽ do Sở Tư pháp tiếp nhận, kiểm tra.')
    expect(t.get('2')!.lead).toEqual(['Sở Tư pháp'])
  })
  it('reads no doer from a past "do X tổ chức" ("Hội nghị do Sở Nội vụ tổ chức ngày 05/3/2025 đã thống nhất …")', () => {
    const t = tasksOf('1. Các Sở rà soát.\n\n2. Hội nghị do Sở Nội vụ tổ chức ngày 05/3/2025 đã thống nhất nhiều nội dung.')
    expect(t.get('2')!.lead).toEqual([])
  })
})

describe('"thông báo" informs only when the issuer says it', () => {
  it('reads "Sau khi Ủy ban nhân dân tỉnh phê duyệt, Sở Nội vụ thông báo kết quả …" as work for Sở Nội vụ (synthetic)', () => {
    const t = tasksOf('1. Các Sở rà soát.\n\n2. Sau khi Ủy ban nhân dân tỉnh phê duyệt, Sở Nội vụ thông báo kết quả cho các cơ quan, đơn vị.')
    expect(t.get('2')!.lead).toEqual(['Sở Nội vụ'])
  })
  it('gives no lead to the issuer that announces ("Ủy ban nhân dân tỉnh thông báo kết luận …")', () => {
    const t = tasksOf('1. Ủy ban nhân dân tỉnh thông báo kết luận của Chủ tịch UBND tỉnh tại cuộc họp.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual([])
  })
})

describe('"X hướng dẫn Y thực hiện như sau:": the guided Y, subject of the steps that follow, is not a lead', () => {
  it('keeps only the Chi cục in 120 II.6', () => {
    const t = tasksOf('1. Đối với hàng nhập khẩu đã thông quan nhưng bán ngay tại cảng để xuất khẩu Chi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn người khai hải quan và doanh nghiệp cảng thực hiện như sau:\n- Sau khi tờ khai nhập được thông quan, người khai hải quan đăng ký tờ khai xuất.\n- Khi người khai hải quan xuất trình tờ khai, doanh nghiệp cảng thực hiện theo trình tự như sau:\n+ Kiểm tra thông tin container.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual(['Chi cục Hải quan nơi lưu giữ hàng hóa'])
  })
  it('keeps a public body guided "như sau" that the steps then name as their doer ("Sở Tư pháp hướng dẫn Ủy ban nhân dân cấp xã thực hiện như sau: - Ủy ban nhân dân cấp xã niêm yết …"); only private parties guided so are no leads', () => {
    const t = tasksOf('1. Sở Tư pháp hướng dẫn Ủy ban nhân dân cấp xã thực hiện như sau:\n- Ủy ban nhân dân cấp xã niêm yết công khai thủ tục.\n- Lưu trữ hồ sơ.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toEqual(['Sở Tư pháp', 'Ủy ban nhân dân cấp xã'])
  })
  it('keeps an agency guided without "như sau" that is then given work of its own (006-like)', () => {
    const t = tasksOf('1. Ban Tuyên giáo hướng dẫn các cấp ủy, tổ chức đảng triển khai thực hiện; các cấp ủy, tổ chức đảng chủ động tổ chức quán triệt.\n\n2. Các Sở rà soát.')
    expect(t.get('1')!.lead).toContain('Các cấp ủy, tổ chức đảng')
  })
})

describe('"có ý kiến" is work asked of the subject, unless it conveys an opinion ("có ý kiến như sau:")', () => {
  it('reads "Sở Tư pháp có ý kiến bằng văn bản …" and "…, Sở Tài chính có ý kiến trong 05 ngày" as leads (synthetic)', () => {
    const t = tasksOf('1. Khi nhận được hồ sơ của Sở Xây dựng đề nghị thẩm định, Sở Tài chính có ý kiến trong 05 ngày.\n\n2. Sở Tư pháp có ý kiến bằng văn bản gửi Sở Nội vụ trước ngày 15/5/2025.')
    expect(t.get('1')!.lead).toEqual(['Sở Tài chính'])
    expect(t.get('2')!.lead).toEqual(['Sở Tư pháp'])
  })
  it('gives no lead to "…, Thủ tướng Chính phủ có ý kiến như sau:" but to the agency it tasks (031)', () => {
    const t = tasksOf('1. Trên cơ sở các nội dung phía Bạn đề nghị tại cuộc tiếp, Thủ tướng Chính phủ có ý kiến như sau:\nBộ Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan liên quan khẩn trương trao đổi với phía Singapore.\n\n2. Các Bộ rà soát.')
    expect(t.get('1')!.lead).toEqual(['Bộ Tài nguyên và Môi trường'])
  })
})

describe('coordinating subjects after the lead, and the passive "được giao cho"', () => {
  it('reads "Sở Y tế chủ trì, Sở Công Thương và Công an tỉnh phối hợp …" as one lead and two supports (synthetic)', () => {
    const t = tasksOf('1. Sở Y tế chủ trì, Sở Công Thương phối hợp kiểm tra an toàn thực phẩm.\n\n2. Giao Sở Y tế chủ trì, Sở Công Thương và Công an tỉnh phối hợp tổ chức kiểm tra.\n\n3. Việc kiểm tra do Sở Y tế chủ trì, Sở Công Thương phối hợp.')
    for (const l of ['1', '2', '3']) expect(t.get(l)!.lead).toEqual(['Sở Y tế'])
    expect(t.get('1')!.support).toEqual(['Sở Công Thương'])
    expect(t.get('2')!.support).toEqual(['Sở Công Thương', 'Công an tỉnh'])
    expect(t.get('3')!.support).toEqual(['Sở Công Thương'])
  })
  it('takes no agency from "rõ cơ quan chủ trì, cơ quan phối hợp" (003 task 3)', () => {
    const t = tasksOf('1. Bộ Tài chính hoàn thiện dự thảo theo phương châm: rõ nhiệm vụ, rõ cơ quan chủ trì, cơ quan phối hợp, rõ trách nhiệm.\n\n2. Các Bộ rà soát.')
    expect(t.get('1')!.support).toEqual([])
  })
  it('reads the assignee of "… được giao cho Phòng Kinh tế huyện thực hiện", not one assigned by another document', () => {
    const t = tasksOf('1. Nhiệm vụ rà soát quy hoạch được giao cho Phòng Kinh tế huyện thực hiện trong quý II/2025.\n\n2. Tiếp tục thực hiện các nhiệm vụ được giao cho Sở Xây dựng tại Quyết định số 12/QĐ-UBND.\n\n3. Các nhiệm vụ đã được giao cho Sở Y tế cần hoàn thành.')
    expect(t.get('1')!.lead).toEqual(['Phòng Kinh tế huyện'])
    expect(t.get('2')!.lead).toEqual([])
    expect(t.get('3')!.lead).toEqual([])
  })
})
