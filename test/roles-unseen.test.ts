/**
 * Roles read from the grammar of the sentence and of the letter's structure, in wordings no
 * corpus letter prints (other provinces, Party committees, ministries, public service units):
 * forms after the signature, a unit that only sends, the sentence on difficulties, the receiver
 * of a report, and the headings and forms of a lead in a plan. Each class has counterexamples
 * that must keep their roles.
 */
import { describe, expect, it } from 'vitest'
import { congVan, letterOf, type LetterParts } from './helpers.js'

/** A letter of a Sở around a body, with what is printed after the signature (forms, appendices). */
const letter = (body: string, o: LetterParts = {}): string => congVan(body, { issuer: 'UBND TỈNH THANH HÓA\nSỞ NỘI VỤ', ref: '512/SNV-VP', place: 'Thanh Hóa', date: '12/5/2025', to: 'Các phòng, đơn vị thuộc Sở.', signer: 'GIÁM ĐỐC', signerName: 'Lê Văn Hùng', after: '', ...o })

type Read = { lead: string[]; support: string[]; reportTo: string[] }
const read = (text: string): Map<string, Read> =>
  new Map(letterOf(text).tasks.map((t) => [t.label, { lead: t.lead.map((a) => a.name), support: t.support.map((a) => a.name), reportTo: t.reportTo.map((a) => a.name) }]))
const labels = (text: string): string[] => letterOf(text).tasks.map((t) => t.label)

/** A Sở's letter asking its units for a report (the usual home of a form after the signature). */
const reportRequest =
  'Thực hiện Kế hoạch số 25/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025, để có cơ sở tổng hợp báo cáo Ủy ban nhân dân tỉnh đúng thời gian quy định, Sở Nội vụ đề nghị các phòng, đơn vị thực hiện một số nội dung sau:\n\n' +
  '1. Các phòng, đơn vị tổng hợp kết quả thực hiện, báo cáo Sở Nội vụ trước ngày 30/5/2025 (theo Mẫu số 01 kèm theo).\n2. Văn phòng Sở theo dõi, đôn đốc.'

describe('a form or template printed after the signature assigns nothing', () => {
  it('reads no task from the numbered lines of a "Biểu mẫu" outline after a district Party committee\'s signature', () => {
    const text = letter(reportRequest, {
      issuer: 'ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY LỤC NAM',
      ref: '245-CV/HU',
      place: 'Lục Nam',
      after: 'Biểu mẫu 02\n(Kèm theo Công văn số 245-CV/HU ngày 12/5/2025 của Huyện ủy)\n\nĐẢNG ỦY XÃ ………\nI. ĐẶC ĐIỂM TÌNH HÌNH\n1. Thuận lợi\n2. Khó khăn\nII. KẾT QUẢ THỰC HIỆN\n1. Công tác lãnh đạo, chỉ đạo: Ban Thường vụ Đảng ủy xã chủ trì …\n2. Kết quả cụ thể\nIII. PHƯƠNG HƯỚNG, NHIỆM VỤ\n',
    })
    expect(labels(text)).toEqual(['1', '2'])
  })
  it('reads no task from a "MẪU BÁO CÁO" printed under a "PHỤ LỤC" heading', () => {
    const text = letter(reportRequest, { after: 'PHỤ LỤC\nMẪU BÁO CÁO TÌNH HÌNH THỰC HIỆN\n(Kèm theo Công văn số 512/SNV-VP ngày 12/5/2025 của Sở Nội vụ)\n\n1. Tình hình triển khai.\n2. Kết quả đạt được: Phòng Tổ chức cán bộ phối hợp với …\n3. Đề xuất.\n' })
    expect(labels(text)).toEqual(['1', '2'])
  })
  it('reads no task from an "ĐỀ CƯƠNG BÁO CÁO" with Roman sections', () => {
    const text = letter(reportRequest, { after: 'ĐỀ CƯƠNG BÁO CÁO\nSơ kết 6 tháng đầu năm 2025\n(Kèm theo Công văn số 512/SNV-VP ngày 12/5/2025)\n\nI. KẾT QUẢ ĐẠT ĐƯỢC\n1. Công tác tuyên truyền\n2. Công tác kiểm tra\nII. TỒN TẠI, HẠN CHẾ\nIII. KIẾN NGHỊ, ĐỀ XUẤT\n' })
    expect(labels(text)).toEqual(['1', '2'])
  })
  it('reads no task from the rows of a form\'s table, even with a "Đơn vị chủ trì" column', () => {
    const text = letter(reportRequest, { after: 'Mẫu 01\n\nBIỂU TỔNG HỢP SỐ LIỆU\n\n| STT | Nội dung | Đơn vị chủ trì | Số lượng | Ghi chú |\n| --- | --- | --- | --- | --- |\n| 1 | Số văn bản ban hành | | | |\n| 2 | Số cuộc kiểm tra | | | |\n' })
    expect(labels(text)).toEqual(['1', '2'])
  })
  it('reads no task from a hospital plan\'s "Phụ lục 01: MẪU BÁO CÁO …" table', () => {
    const text = letter(reportRequest, { after: 'Phụ lục 01: MẪU BÁO CÁO KẾT QUẢ CẢI TIẾN CHẤT LƯỢNG\n(Kèm theo Kế hoạch số 312/KH-BVĐKKVHN ngày 05/3/2025)\n\n| STT | Nội dung cải tiến | Khoa/phòng chủ trì | Kết quả | Ghi chú |\n| --- | --- | --- | --- | --- |\n| 1 | Giảm thời gian chờ | Khoa Khám bệnh | | |\n' })
    expect(labels(text)).toEqual(['1', '2'])
  })
  it('reads no task from a template known by its placeholder letterhead ("TÊN CƠ QUAN, ĐƠN VỊ") with no "Mẫu" word', () => {
    const text = letter(reportRequest, { after: '(Kèm theo Công văn số 512/SNV-VP ngày 12/5/2025 của Sở Nội vụ)\nTÊN CƠ QUAN, ĐƠN VỊ\n\nKẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH\n1. Công tác chỉ đạo, điều hành: Thủ trưởng cơ quan chủ trì …\n2. Kết quả cụ thể.\n' })
    expect(labels(text)).toEqual(['1', '2'])
  })
  it('keeps the tasks of a "KẾ HOẠCH … (Kèm theo Quyết định …)" attached after a decision\'s signature', () => {
    const text = letter(
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác dân vận năm 2025.\n\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n\nĐiều 3. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này./.',
      {
        ref: '88/QĐ-SNV',
        title: 'QUYẾT ĐỊNH\nBan hành Kế hoạch thực hiện công tác dân vận năm 2025',
        to: null,
        after: 'KẾ HOẠCH\nThực hiện công tác dân vận năm 2025\n(Kèm theo Quyết định số 88/QĐ-SNV ngày 12/5/2025 của Sở Nội vụ)\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. NHIỆM VỤ\n1. Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở tổ chức tập huấn trong tháng 7/2025.\n2. Thanh tra Sở kiểm tra việc thực hiện quy chế dân chủ.\n',
      },
    )
    const t = read(text)
    expect([...t.keys()]).toEqual(['Điều 1', 'Điều 2', 'Điều 3', 'I', 'I.1', 'II', 'II.1', 'II.2'])
    expect(t.get('II.1')).toMatchObject({ lead: ['Văn phòng Sở'], support: ['Thanh tra Sở'] })
  })
  it('keeps the rows of a "PHỤ LỤC" task table, and drops only the form printed after it', () => {
    const text = letter(reportRequest, {
      after:
        'PHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n(Kèm theo Công văn số 512/SNV-VP ngày 12/5/2025)\n\n| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n| --- | --- | --- | --- | --- |\n| 1 | Rà soát vị trí việc làm | Văn phòng Sở | Thanh tra Sở | Tháng 6/2025 |\n| 2 | Kiểm tra công vụ | Thanh tra Sở | Văn phòng Sở | Quý III/2025 |\n\n' +
        'PHỤ LỤC II\nMẪU BÁO CÁO KẾT QUẢ\n\n1. Kết quả rà soát.\n2. Kiến nghị.\n',
    })
    const t = read(text)
    expect([...t.keys()]).toEqual(['1', '2', 'PLI.1', 'PLI.2'])
    expect(t.get('PLI.1')).toMatchObject({ lead: ['Văn phòng Sở'], support: ['Thanh tra Sở'] })
  })
})

const cmd = 'Thực hiện chỉ đạo của Bộ Chỉ huy Quân sự tỉnh tại Công văn số 1520/BCH-TM ngày 05/5/2025 về việc góp ý dự thảo Quy chế làm việc của cơ quan quân sự địa phương nhiệm kỳ 2025 - 2030, cơ quan thông báo một số nội dung như sau:\n\n'
const education = { issuer: 'UBND TỈNH QUẢNG TRỊ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO', ref: '930/SGDĐT-VP', place: 'Quảng Trị' }

describe('a unit that only sends what the letter carries is no doer of the addressees\' task', () => {
  it('gives no lead to a department that sends a draft to the units for comment', () => {
    const t = read(letter(cmd + '1. Phòng Chính trị - Tổ chức gửi Dự thảo Quy chế tới các cơ quan, đơn vị để nghiên cứu, góp ý.\n2. Các cơ quan, đơn vị gửi ý kiến góp ý bằng văn bản về Phòng Chính trị - Tổ chức trước ngày 20/5/2025.', { issuer: 'UBND TỈNH NINH BÌNH\nBAN CHỈ HUY QUÂN SỰ HUYỆN GIA VIỄN', ref: '215/BCH-CT', place: 'Gia Viễn', to: 'Các cơ quan, đơn vị thuộc Ban Chỉ huy.' }))
    expect(t.get('1')!.lead).toEqual([])
    expect(t.get('2')).toMatchObject({ lead: ['Các cơ quan, đơn vị'], support: [], reportTo: ['Phòng Chính trị - Tổ chức'] })
  })
  it('reads the ones asked after "Văn phòng Sở gửi kèm theo Công văn này …, đề nghị …", not the office', () => {
    const t = read(letter(cmd + '1. Văn phòng Sở gửi kèm theo Công văn này Dự thảo Quy chế chi tiêu nội bộ năm 2025, đề nghị các phòng chuyên môn nghiên cứu, có ý kiến tham gia gửi về Văn phòng Sở trước ngày 25/5/2025.\n2. Phòng Kế hoạch - Tài chính tổng hợp, hoàn thiện Quy chế.', education))
    expect(t.get('1')).toMatchObject({ lead: ['Các phòng chuyên môn'], support: [] })
  })
  it('gives no lead to a unit named after the issuer that sends attachments ("Ban Tổ chức Huyện ủy gửi kèm …")', () => {
    const t = read(letter('1. Ban Tổ chức Huyện ủy gửi kèm Hướng dẫn số 05-HD/BTCHU về quy trình nhân sự.\n2. Các chi bộ tổ chức hội nghị.', { issuer: 'ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY LỤC NAM', ref: '245-CV/HU', place: 'Lục Nam', to: 'Các chi, đảng bộ trực thuộc.' }))
    expect(t.get('1')!.lead).toEqual([])
    expect(t.get('2')!.lead).toEqual(['Các chi bộ'])
  })
  it('gives no lead to the office of a Party committee that sends the draft attached to this letter', () => {
    const t = read(letter('1. Văn phòng Đảng ủy gửi kèm theo Công văn này dự thảo Báo cáo chính trị trình Đại hội để các chi bộ tổ chức thảo luận, góp ý.\n2. Các chi bộ tổng hợp ý kiến, gửi về Văn phòng Đảng ủy trước ngày 25/4/2025.', { issuer: 'ĐẢNG BỘ HUYỆN THẠCH HÀ\nĐẢNG ỦY XÃ THẠCH LẠC', ref: '57-CV/ĐU', place: 'Thạch Lạc', to: 'Các chi bộ trực thuộc Đảng ủy.' }))
    expect(t.get('1')!.lead).toEqual([])
    expect(t.get('2')).toMatchObject({ lead: ['Các chi bộ'], reportTo: ['Văn phòng Đảng ủy'] })
  })
  it('gives no lead to an office that forwards another body\'s letter to the units "để biết, thực hiện"', () => {
    const t = read(letter(cmd + '1. Văn phòng Sở sao gửi Công văn số 123/UBND-VX của UBND tỉnh đến các phòng, đơn vị để biết, thực hiện.\n2. Phòng Kế hoạch - Tài chính tổng hợp, hoàn thiện Quy chế.', education))
    expect(t.get('1')!.lead).toEqual([])
    expect(t.get('2')!.lead).toEqual(['Phòng Kế hoạch - Tài chính'])
  })
  it('still reads units that send their own reports as doers', () => {
    const t = read(letter(cmd + '1. Phòng Kế hoạch - Tài chính tổng hợp số liệu, gửi báo cáo về Văn phòng Sở trước ngày 30/5/2025.\n2. Thanh tra Sở gửi kết quả thanh tra về Giám đốc Sở trước ngày 15/7/2025.', education))
    expect(t.get('1')!.lead).toEqual(['Phòng Kế hoạch - Tài chính'])
    expect(t.get('2')!.lead).toEqual(['Thanh tra Sở'])
  })
  it('still reads a department told to circulate a draft "để lấy ý kiến, hoàn thiện, trình" as its doer', () => {
    const t = read(letter(cmd + '1. Sở Kế hoạch và Đầu tư gửi dự thảo đến các sở, ngành để lấy ý kiến, hoàn thiện, trình UBND tỉnh trước ngày 30/6/2025.\n2. Sở Tài chính bố trí kinh phí.', { issuer: 'ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH', ref: '3310/UBND-KT', place: 'Bình Định', to: 'Các sở, ban, ngành tỉnh.' }))
    expect(t.get('1')!.lead).toEqual(['Sở Kế hoạch và Đầu tư'])
  })
})

const binhDinh = { issuer: 'ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH', ref: '3310/UBND-KT', place: 'Bình Định', to: 'Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố.' }
const directive = 'Thực hiện Công văn số 2150/BXD-KTXD ngày 02/5/2025 của Bộ Xây dựng về việc quản lý giá vật liệu xây dựng, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n\n'
const inBinhDinh = (body: string) => read(letter(directive + body, binhDinh))

describe('the sentence on difficulties names the receiver of a report, no lead or support', () => {
  it('reads "quá trình thực hiện có vướng mắc, kịp thời báo cáo Sở X để được hướng dẫn" after ";" as the closing sentence', () => {
    const t = inBinhDinh('1. UBND các huyện, thị xã, thành phố rà soát các công trình chậm tiến độ; quá trình thực hiện có vướng mắc, kịp thời báo cáo Sở Xây dựng để được hướng dẫn.\n2. Sở Tài chính bố trí kinh phí.')
    expect(t.get('1')).toMatchObject({ lead: ['Ủy ban nhân dân các huyện, thị xã, thành phố'], support: [] })
  })
  it('reads "Trường hợp phát sinh vướng mắc, đề nghị liên hệ Sở X (qua Phòng Y) để được giải đáp" the same way', () => {
    const t = inBinhDinh('1. Các chủ đầu tư cập nhật giá vật liệu theo công bố. Trường hợp phát sinh vướng mắc, đề nghị liên hệ Sở Xây dựng (qua Phòng Kinh tế xây dựng) để được giải đáp.\n2. Sở Tài chính bố trí kinh phí.')
    expect(t.get('1')).toMatchObject({ lead: ['Các chủ đầu tư'], support: [] })
  })
  it('reads "mọi khó khăn, vướng mắc phát sinh gửi về Sở X để được hướng dẫn" the same way', () => {
    const t = inBinhDinh('1. Ban Quản lý dự án đầu tư xây dựng tỉnh triển khai thi công đúng tiến độ; mọi khó khăn, vướng mắc phát sinh gửi về Sở Kế hoạch và Đầu tư để được hướng dẫn, giải quyết.\n2. Sở Tài chính bố trí kinh phí.')
    expect(t.get('1')).toMatchObject({ lead: ['Ban Quản lý dự án đầu tư xây dựng tỉnh'], support: [] })
  })
  it('leaves "Trường hợp có khó khăn, vướng mắc …, các đơn vị kịp thời báo cáo UBND tỉnh (qua Sở X)" after the last item out of it', () => {
    const t = inBinhDinh('1. Sở Xây dựng công bố giá.\n2. Sở Tài chính bố trí kinh phí.\n\nTrường hợp có khó khăn, vướng mắc vượt thẩm quyền, các đơn vị kịp thời báo cáo UBND tỉnh (qua Sở Xây dựng) để xem xét, chỉ đạo./.')
    expect(t.get('2')).toMatchObject({ lead: ['Sở Tài chính'], support: [] })
  })
  it('reads a Party committee\'s "Quá trình thực hiện, có vấn đề phát sinh, các cấp ủy báo cáo về …" after the last item as closing', () => {
    const t = read(letter('1. Các chi, đảng bộ tổ chức quán triệt Chỉ thị.\n2. Ban Tuyên giáo Huyện ủy hướng dẫn, kiểm tra.\n\nQuá trình thực hiện, có vấn đề phát sinh, các cấp ủy báo cáo về Ban Thường vụ Huyện ủy (qua Văn phòng Huyện ủy) để chỉ đạo.', { issuer: 'ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NAM ĐÀN', ref: '88-CV/HU', place: 'Nam Đàn', to: 'Các chi, đảng bộ trực thuộc Huyện ủy.' }))
    expect(t.get('2')).toMatchObject({ lead: ['Ban Tuyên giáo Huyện ủy'], support: [] })
  })
  it('keeps a conditional assignment "Khi có khó khăn về nguồn vốn, Sở X chủ trì …" as work', () => {
    const t = inBinhDinh('1. Sở Xây dựng công bố giá. Khi có khó khăn về nguồn vốn, Sở Tài chính chủ trì tham mưu UBND tỉnh bố trí.\n2. Sở Tài chính bố trí kinh phí.')
    expect(t.get('1')!.lead).toEqual(['Sở Xây dựng', 'Sở Tài chính'])
  })
  it('keeps a paragraph after the last item that assigns work under "Trường hợp có vướng mắc …" in that item', () => {
    const t = inBinhDinh('1. Sở Xây dựng công bố giá.\n2. Sở Tài chính bố trí kinh phí.\n\nTrường hợp có vướng mắc về mặt bằng, UBND huyện Tuy Phước chủ trì giải quyết dứt điểm trước ngày 30/6/2025.')
    expect(t.get('2')!.lead).toEqual(['Sở Tài chính', 'Ủy ban nhân dân huyện Tuy Phước'])
  })
  it('keeps an item whose work is to gather difficulties and propose solutions', () => {
    const t = inBinhDinh('1. Sở Xây dựng tổng hợp các khó khăn, vướng mắc của doanh nghiệp, phối hợp với Sở Tài chính đề xuất giải pháp tháo gỡ, báo cáo UBND tỉnh trước ngày 30/6/2025.\n2. Sở Tài chính bố trí kinh phí.')
    expect(t.get('1')).toMatchObject({ lead: ['Sở Xây dựng'], support: ['Sở Tài chính'], reportTo: ['Ủy ban nhân dân tỉnh'] })
  })
})

const phuYen = { issuer: 'ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN', ref: '1870/UBND-NC', place: 'Phú Yên', to: 'Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố.' }
const staffing = 'Thực hiện Công văn số 1234/BNV-CCVC ngày 05/5/2025 của Bộ Nội vụ về việc rà soát, sắp xếp đội ngũ công chức, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n\n'
const inPhuYen = (body: string) => read(letter(staffing + body, phuYen))

describe('the receiver of a report is neither lead nor support', () => {
  it('reads "X thực hiện …; báo cáo kết quả về Y trước ngày …" with Y only reported to', () => {
    const t = inPhuYen('1. Sở Nội vụ rà soát số lượng công chức cấp xã; báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/6/2025.\n2. Sở Y tế thực hiện.')
    expect(t.get('1')).toEqual({ lead: ['Sở Nội vụ'], support: [], reportTo: ['Ủy ban nhân dân tỉnh'] })
  })
  it('reads "gửi kết quả về Y (qua Z)" with both Y and Z only reported to', () => {
    const t = inPhuYen('1. UBND các huyện thực hiện sắp xếp; gửi kết quả về Sở Nội vụ (qua Phòng Xây dựng chính quyền) trước ngày 15/6/2025.\n2. Sở Y tế thực hiện.')
    expect(t.get('1')).toEqual({ lead: ['Ủy ban nhân dân các huyện'], support: [], reportTo: ['Sở Nội vụ', 'Phòng Xây dựng chính quyền'] })
  })
  it('keeps the partner of "chủ trì, phối hợp với" while "kết quả gửi về Y (thông qua Z)" only receives', () => {
    const t = inPhuYen('1. Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh kiểm tra; kết quả gửi về Ủy ban nhân dân tỉnh (thông qua Văn phòng UBND tỉnh) trước ngày 10/7/2025.\n2. Sở Y tế thực hiện.')
    expect(t.get('1')).toMatchObject({ lead: ['Công an tỉnh'], support: ['Bộ Chỉ huy Quân sự tỉnh'] })
    expect(t.get('1')!.reportTo).toContain('Ủy ban nhân dân tỉnh')
  })
  it('still reads the one a copy is sent to "để phối hợp" as a support', () => {
    const t = inPhuYen('1. Sở Nội vụ thực hiện.\n2. Sở Y tế thực hiện; đồng gửi Sở Tài chính để phối hợp.')
    expect(t.get('2')).toMatchObject({ lead: ['Sở Y tế'], support: ['Sở Tài chính'] })
  })
})

/** A plan (no Kính gửi list) of a province, a district or a ministry. */
const plan = (issuer: string, ref: string, place: string, intro: string, body: string) =>
  read(letter(intro + body, { issuer, ref, place, title: 'KẾ HOẠCH\nTriển khai thực hiện nhiệm vụ năm 2025', to: null }))
const socTrang = (body: string) =>
  plan('ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG', '125/KH-UBND', 'Sóc Trăng', 'Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:\n\n', body)
const ministry = (body: string) =>
  plan('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '301/KH-BGDĐT', 'Hà Nội', 'Căn cứ Quyết định số 2080/QĐ-TTg ngày 22/12/2017 của Thủ tướng Chính phủ phê duyệt điều chỉnh, bổ sung Đề án dạy và học ngoại ngữ trong hệ thống giáo dục quốc dân giai đoạn 2017 - 2025, Bộ Giáo dục và Đào tạo ban hành Kế hoạch như sau:\n\n', body)

describe('the headings and forms of a lead in a plan\'s "Tổ chức thực hiện"', () => {
  it('hands "1. Sở X:", "2. Các sở, ban, ngành:" and "3. Đối với UBND các huyện …:" to their sub-items', () => {
    const t = socTrang('I. MỤC ĐÍCH\nNâng cao hiệu quả.\n\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Thông tin và Truyền thông:\na) Hướng dẫn các đơn vị triển khai nền tảng số.\nb) Phối hợp với Sở Tài chính tham mưu bố trí kinh phí.\n2. Các sở, ban, ngành:\na) Rà soát thủ tục hành chính trực tuyến.\n3. Đối với UBND các huyện, thị xã, thành phố:\na) Xây dựng kế hoạch chuyển đổi số cấp huyện.')
    expect(t.get('II.1.b')).toMatchObject({ lead: ['Sở Thông tin và Truyền thông'], support: ['Sở Tài chính'] })
    expect(t.get('II.2.a')!.lead).toEqual(['Các sở, ban, ngành'])
    expect(t.get('II.3.a')!.lead).toEqual(['Ủy ban nhân dân các huyện, thị xã, thành phố'])
  })
  it('reads headings in capitals ("2. UBND CÁC HUYỆN, THÀNH PHỐ") whole, as the lead of their sub-items', () => {
    const t = socTrang('I. MỤC TIÊU\nGiảm thiệt hại.\n\nII. TỔ CHỨC THỰC HIỆN\n1. SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG:\na) Kiểm tra an toàn hồ đập.\n2. UBND CÁC HUYỆN, THÀNH PHỐ\na) Chỉ đạo UBND các xã sơ tán dân.\nb) Bố trí lực lượng xung kích.\n3. TỔ CHỨC THỰC HIỆN\na) Sở Y tế bảo đảm thuốc men.')
    expect(t.get('II.1.a')!.lead).toEqual(['Sở Nông nghiệp và Môi trường'])
    expect(t.get('II.2.b')!.lead).toEqual(['Ủy ban nhân dân các huyện, thành phố'])
    expect(t.get('II.3')!.lead).toEqual([])
  })
  it('reads a collective heading "Các sở … căn cứ chức năng, nhiệm vụ:" as the collective alone', () => {
    const t = ministry('I. MỤC TIÊU\nNâng cao năng lực ngoại ngữ.\n\nII. TỔ CHỨC THỰC HIỆN\n1. Vụ Giáo dục Phổ thông có trách nhiệm:\na) Hướng dẫn các sở giáo dục và đào tạo triển khai chương trình.\n2. Các sở giáo dục và đào tạo căn cứ chức năng, nhiệm vụ:\na) Xây dựng kế hoạch của địa phương.\nb) Bố trí giáo viên.')
    expect(t.get('II.1.a')!.lead).toEqual(['Vụ Giáo dục Phổ thông'])
    expect(t.get('II.2.b')!.lead.map((x) => x.toLowerCase())).toEqual(['các sở giáo dục và đào tạo'])
  })
  it('reads a heading in capitals "TRÁCH NHIỆM CỦA CỤC NHÀ GIÁO …" as the lead of its sub-items', () => {
    const t = ministry('I. MỤC TIÊU\nNâng cao năng lực ngoại ngữ.\n\nII. TỔ CHỨC THỰC HIỆN\n1. Vụ Giáo dục Phổ thông theo dõi.\n2. TRÁCH NHIỆM CỦA CỤC NHÀ GIÁO VÀ CÁN BỘ QUẢN LÝ GIÁO DỤC\na) Bồi dưỡng giáo viên ngoại ngữ.\nb) Phối hợp với Vụ Giáo dục Phổ thông đánh giá năng lực giáo viên.')
    expect(t.get('II.2.a')!.lead.map((x) => x.toLowerCase())).toEqual(['cục nhà giáo và cán bộ quản lý giáo dục'])
    expect(t.get('II.2.b')!.support).toEqual(['Vụ Giáo dục Phổ thông'])
  })
  it('reads the standing body, the passive "do X chủ trì", "được giao cho X", "Giao cho X" and "Giao X làm đầu mối"', () => {
    const t = socTrang('I. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc các đơn vị triển khai Kế hoạch.\n2. Nhiệm vụ xây dựng kho dữ liệu dùng chung do Trung tâm Công nghệ thông tin tỉnh chủ trì thực hiện.\n3. Việc đào tạo kỹ năng số được giao cho Trường Chính trị tỉnh thực hiện trong năm 2025.\n4. Giao cho Sở Tài chính cân đối, bố trí kinh phí.\n5. Giao Văn phòng UBND tỉnh làm đầu mối tiếp nhận phản ánh, kiến nghị.')
    expect([1, 2, 3, 4, 5].map((k) => t.get(`I.${k}`)!.lead)).toEqual([['Sở Khoa học và Công nghệ'], ['Trung tâm Công nghệ thông tin tỉnh'], ['Trường Chính trị tỉnh'], ['Sở Tài chính'], ['Văn phòng Ủy ban nhân dân tỉnh']])
  })
  it('reads the passive "được giao cho X, hoàn thành …" and "do X chịu trách nhiệm" with their doer', () => {
    const t = socTrang('I. TỔ CHỨC THỰC HIỆN\n1. Nhiệm vụ số hóa hồ sơ được giao cho Trung tâm Phục vụ hành chính công tỉnh, hoàn thành trong quý III/2025.\n2. Việc thẩm định hồ sơ do Sở Xây dựng chịu trách nhiệm.\n3. Hội nghị sơ kết do Sở Nội vụ tổ chức ngày 05/3/2025 đã đánh giá kết quả.')
    expect(t.get('I.1')!.lead).toEqual(['Trung tâm Phục vụ hành chính công tỉnh'])
    expect(t.get('I.2')!.lead).toEqual(['Sở Xây dựng'])
    expect(t.get('I.3')!.lead).toEqual([])
  })
  it("reads a leader's title as its agency", () => {
    const t = socTrang('I. TỔ CHỨC THỰC HIỆN\n1. Giám đốc Sở Y tế chỉ đạo các bệnh viện triển khai bệnh án điện tử.\n2. Chủ tịch UBND các xã, phường chịu trách nhiệm triển khai nền tảng số cấp xã.\n3. Thủ trưởng các cơ quan, đơn vị quán triệt cán bộ, công chức thực hiện nghiêm Kế hoạch.')
    expect([1, 2, 3].map((k) => t.get(`I.${k}`)!.lead)).toEqual([['Sở Y tế'], ['Ủy ban nhân dân các xã, phường'], ['Các cơ quan, đơn vị']])
  })
  it('reads "Các đồng chí Giám đốc Sở X, Sở Y theo lĩnh vực phụ trách trực tiếp kiểm tra …" as those agencies leading', () => {
    const t = socTrang('I. TỔ CHỨC THỰC HIỆN\n1. Các đồng chí Giám đốc Sở Xây dựng, Sở Giao thông vận tải theo lĩnh vực phụ trách trực tiếp kiểm tra các công trình trọng điểm.\n2. Sở Y tế kiểm tra.')
    expect(t.get('I.1')!.lead).toEqual(['Sở Xây dựng', 'Sở Giao thông vận tải'])
  })
  it('reads the Front asked to coordinate as lead alone, and as support once a lead is named', () => {
    const t = socTrang('I. TỔ CHỨC THỰC HIỆN\n1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, vận động Nhân dân.\n2. Sở Thông tin và Truyền thông chủ trì triển khai; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.\n3. Báo Sóc Trăng chủ trì đưa tin, đề nghị Đài Phát thanh và Truyền hình tỉnh cùng tham gia phối hợp thực hiện.')
    expect(t.get('I.1')).toMatchObject({ lead: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], support: [] })
    expect(t.get('I.2')).toMatchObject({ lead: ['Sở Thông tin và Truyền thông'], support: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'] })
    expect(t.get('I.3')).toMatchObject({ lead: ['Báo Sóc Trăng'], support: ['Đài Phát thanh và Truyền hình tỉnh'] })
  })
  it('reads one asked to coordinate "phối hợp với <the lead>" once the lead is named as a support, and as the lead when none is', () => {
    const t = inPhuYen('1. Sở Công Thương chủ trì kiểm tra thị trường; đề nghị Công an tỉnh phối hợp với Sở Công Thương xử lý vi phạm.\n2. Giao Sở Y tế kiểm tra an toàn thực phẩm.\n- Đề nghị Liên đoàn Lao động tỉnh phối hợp với Sở Y tế tuyên truyền.\n3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với Sở Y tế tuyên truyền.')
    expect(t.get('1')).toMatchObject({ lead: ['Sở Công Thương'], support: ['Công an tỉnh'] })
    expect(t.get('2')).toMatchObject({ lead: ['Sở Y tế'], support: ['Liên đoàn Lao động tỉnh'] })
    expect(t.get('3')).toMatchObject({ lead: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], support: ['Sở Y tế'] })
  })
  it('reads a sub-item under "1. Sở Y tế:" that names only a coordinator as the heading\'s, with the coordinator in support', () => {
    const t = socTrang('I. MỤC TIÊU\nHoàn thành.\n\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\na) Chủ trì triển khai bệnh án điện tử.\nb) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.\nc) Sở Tài chính phối hợp bố trí kinh phí.\nd) Sở Nội vụ hướng dẫn sắp xếp nhân lực.\n2. Đề nghị Hội Nông dân tỉnh phối hợp vận động hội viên.')
    expect(t.get('II.1.b')).toMatchObject({ lead: ['Sở Y tế'], support: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'] })
    expect(t.get('II.1.c')).toMatchObject({ lead: ['Sở Y tế'], support: ['Sở Tài chính'] })
    expect(t.get('II.1.d')).toMatchObject({ lead: ['Sở Nội vụ'], support: [] })
    expect(t.get('II.2')).toMatchObject({ lead: ['Hội Nông dân tỉnh'], support: [] })
  })
  it('still gives no role to one the doer is asked to urge ("đề nghị X chỉ đạo …" keeps the asked one out of support)', () => {
    const t = socTrang('I. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì thẩm định, đề nghị Sở Tư pháp có ý kiến về hồ sơ.\n2. Sở Y tế thực hiện.')
    expect(t.get('I.1')).toMatchObject({ lead: ['Sở Nội vụ'], support: [] })
  })
  it('reads a later subject after ";" that only coordinates ("…; Phòng X cùng tham gia phối hợp …") as a support', () => {
    const t = socTrang('I. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí; Sở Xây dựng cùng tham gia phối hợp bảo đảm cơ sở vật chất.\n2. Sở Y tế thực hiện.')
    expect(t.get('I.1')).toMatchObject({ lead: ['Sở Tài chính'], support: ['Sở Xây dựng'] })
  })
})

const lak = { issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN LẮK', ref: '415/UBND-NN', place: 'Lắk', to: 'Các cơ quan, đơn vị; UBND các xã, thị trấn.' }
const forests = 'Thực hiện Chỉ thị số 05/CT-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh Đắk Lắk về tăng cường công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng mùa khô năm 2025, Ủy ban nhân dân huyện yêu cầu:\n\n'

describe('a bullet printed outside the one that introduced a nested list returns to the item that holds it', () => {
  it('gives "- Trường hợp …, đề nghị X chủ trì …" after "+ … sau:" / "(1)" / "(2)" to the item, not to (2) nor, through it, to (1)', () => {
    const t = read(letter(forests + '1. Về công tác bảo vệ rừng:\n- Về phòng cháy, chữa cháy rừng\n+ Tăng cường tuyên truyền trong cộng đồng dân cư.\n+ Thực hiện các biện pháp sau:\n(1) Làm đường băng cản lửa.\n(2) Bố trí lực lượng canh gác.\n- Trường hợp xảy ra cháy rừng, đề nghị Hạt Kiểm lâm huyện chủ trì huy động lực lượng chữa cháy.\n2. Phòng Tài chính - Kế hoạch bố trí kinh phí.', lak))
    expect(t.get('1')!.lead).toEqual(['Hạt Kiểm lâm huyện'])
    expect(t.get('1.1')!.lead).toEqual([])
    expect(t.get('1.2')!.lead).toEqual([])
  })
  it('keeps a bullet of the same kind as the one that introduced the list inside the list\'s last item', () => {
    const t = read(letter(forests + '1. Về công tác bảo vệ rừng:\n- Thực hiện các biện pháp sau:\n(1) Làm đường băng cản lửa.\n(2) Bố trí lực lượng canh gác:\n- Hạt Kiểm lâm huyện kiểm tra lực lượng canh gác.\n2. Phòng Tài chính - Kế hoạch bố trí kinh phí.', lak))
    expect(t.get('1')!.lead).toEqual([])
    expect(t.get('1.2')!.lead).toEqual(['Hạt Kiểm lâm huyện'])
  })
})

describe('a "Trách nhiệm của …" heading its sub-items break down is no doer of its own', () => {
  const decision = (article: string) =>
    read(letter(`Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp.\n\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n\n${article}`, { issuer: 'ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG', ref: '1203/QĐ-UBND', place: 'Tiền Giang', title: 'QUYẾT ĐỊNH\nBan hành Quy chế phối hợp quản lý cụm công nghiệp', to: null }))
  it('gives the heading no lead when one sub-item names its doer and the other is the closing formula', () => {
    const t = decision('Điều 3. Trách nhiệm của các cơ quan, đơn vị\n1. Sở Công Thương chủ trì, phối hợp với các sở, ngành hướng dẫn thực hiện Quy chế.\n2. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.')
    expect(t.get('Điều 3')!.lead).toEqual([])
    expect(t.get('Điều 3.1')!.lead).toEqual(['Sở Công Thương'])
    expect(t.get('Điều 3.2')!.lead).toEqual([])
  })
  it('keeps the heading collective as the doer of a sub-item that names none', () => {
    const t = decision('Điều 3. Trách nhiệm của các cơ quan, đơn vị\n1. Sở Công Thương chủ trì hướng dẫn thực hiện Quy chế.\n2. Tổ chức tập huấn cho cán bộ quản lý cụm công nghiệp.')
    expect(t.get('Điều 3.2')!.lead.map((x) => x.toLowerCase())).toEqual(['các cơ quan, đơn vị'])
  })
})

describe('a subject that assesses the work is its doer; an assessment the letter reports is none', () => {
  it('reads "Các sở, ban, ngành đánh giá tình hình thực hiện …" as their work, and "đánh giá cao …", "đánh giá: …" as none', () => {
    const t = inPhuYen('1. Các sở, ban, ngành đánh giá tình hình thực hiện dự toán thu, chi ngân sách 6 tháng đầu năm 2025, gửi về Sở Tài chính trước ngày 05/7/2025.\n2. Chủ tịch UBND tỉnh đánh giá cao sự nỗ lực của Sở Giao thông vận tải.\n3. Ủy ban nhân dân tỉnh đánh giá: các dự án trọng điểm cơ bản bảo đảm tiến độ.')
    expect(t.get('1')).toMatchObject({ lead: ['Các sở, ban, ngành'], reportTo: ['Sở Tài chính'] })
    expect(t.get('2')!.lead).toEqual([])
    expect(t.get('3')!.lead).toEqual([])
  })
})

describe('a later subject that only coordinates supports, whatever adverbial stands before "phối hợp"', () => {
  it('reads "theo chức năng, nhiệm vụ", "trong phạm vi quản lý" and "tích cực" before "phối hợp" as support', () => {
    const t = inPhuYen('1. Sở Y tế chủ trì kiểm tra; các sở, ngành theo chức năng, nhiệm vụ phối hợp thực hiện.\n2. Sở Xây dựng chủ trì, Sở Tài chính và Sở Nội vụ tích cực phối hợp triển khai.\n3. Sở Nội vụ chủ trì; UBND các huyện trong phạm vi quản lý phối hợp thực hiện.\n4. Sở Tư pháp chủ trì; Sở Tài chính tích cực phối hợp với Sở Tư pháp kiểm tra.')
    expect(t.get('1')).toMatchObject({ lead: ['Sở Y tế'], support: ['Các sở, ngành'] })
    expect(t.get('2')).toMatchObject({ lead: ['Sở Xây dựng'], support: ['Sở Tài chính', 'Sở Nội vụ'] })
    expect(t.get('3')).toMatchObject({ lead: ['Sở Nội vụ'], support: ['Ủy ban nhân dân các huyện'] })
    expect(t.get('4')!.lead).toEqual(['Sở Tư pháp', 'Sở Tài chính'])
  })
})
