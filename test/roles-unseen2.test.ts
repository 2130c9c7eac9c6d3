/**
 * Structure and roles in wordings the blind synthetic sets showed the parser had not met, each
 * class checked on sentences of our own (other bodies, other work) with counterexamples that
 * must keep their reading: Party numbering with a stuck dash ("1-", "a-"), a role in brackets
 * after "phối hợp với", closing formulas ended by a plain full stop, the issuer's request that
 * opens a clause after ";" or ". ", a resolution's supervision clause, an inspection's finding
 * of what a body failed to do, and a report whose owner sends it.
 */
import { describe, expect, it } from 'vitest'
import { congVan, letterOf, type LetterParts } from './helpers.js'

/** A letter of a provincial committee around a body. */
const letter = (body: string, o: LetterParts = {}): string => congVan(body, { issuer: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH', ref: '318/UBND-TH', place: 'Hà Tĩnh', date: '12/3/2026', to: 'Các sở, ban, ngành cấp tỉnh.', signer: 'CHỦ TỊCH', signerName: 'Trần Văn Nam', ...o })

/** A Party committee's letter: its numbering prints a dash stuck to the number. */
const party = (body: string) => letter(body, { issuer: 'ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NAM ĐÀN', ref: '245-CV/HU', place: 'Nam Đàn', signer: 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ' })

type Read = { lead: string[]; support: string[]; deadline: string | null }
const read = (text: string): Map<string, Read> =>
  new Map(letterOf(text).tasks.map((t) => [t.label, { lead: t.lead.map((a) => a.name), support: t.support.map((a) => a.name), deadline: t.deadline?.date ?? null }]))
const labels = (text: string): string[] => letterOf(text).tasks.map((t) => t.label)

describe('Party numbering with a dash stuck to the number opens items and sub-items', () => {
  it('reads "1-", "2-" under "II-" as items of the section, each with its own doer and deadline', () => {
    const t = read(party('I- TÌNH HÌNH CHUNG\nCác chi bộ đã tổ chức sinh hoạt đúng định kỳ.\n\nII- NHIỆM VỤ\n1- Ban Tổ chức Huyện ủy hướng dẫn các chi bộ kiểm điểm, hoàn thành trước ngày 20/12/2026.\n2- Ủy ban Kiểm tra Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy kiểm tra việc thu nộp đảng phí, báo cáo trước ngày 25/12/2026.'))
    expect([...t.keys()]).toEqual(['I', 'II', 'II.1', 'II.2'])
    expect(t.get('II.1')).toEqual({ lead: ['Ban Tổ chức Huyện ủy'], support: [], deadline: '2026-12-20' })
    expect(t.get('II.2')).toEqual({ lead: ['Ủy ban Kiểm tra Huyện ủy'], support: ['Văn phòng Huyện ủy'], deadline: '2026-12-25' })
  })
  it('reads "a-", "b-" under "1-" as its điểm, under the heading\'s doer', () => {
    const t = read(party('1- Các đảng ủy cơ sở:\na- Tổ chức hội nghị quán triệt Nghị quyết trong tháng 01/2027.\nb- Rà soát, bổ sung quy hoạch cán bộ.\n2- Văn phòng Huyện ủy tổng hợp kết quả.'))
    expect([...t.keys()]).toEqual(['1', '1.a', '1.b', '2'])
    expect(t.get('1.a')!.lead).toEqual(['Các đảng ủy cơ sở'])
    expect(t.get('1.a')!.deadline).toEqual('2027-01-31')
    expect(t.get('2')!.lead).toEqual(['Văn phòng Huyện ủy'])
  })
  it('keeps a spaced dash ("3 - Điều 61") and a range ("1-2 ngày") at a line start as text, not items', () => {
    const text = letter('1. Sở Nông nghiệp và Môi trường rà soát các quy định tại khoản\n3 - Điều 61 Luật Lâm nghiệp, thời gian xử lý\n1-2 ngày làm việc.\n2. Sở Tư pháp thẩm định.')
    expect(labels(text)).toEqual(['1', '2'])
  })
})

describe('a role printed in brackets after "phối hợp với" marks its object only', () => {
  it('makes the bracketed "(chủ trì)" the lead and the subject before "phối hợp với" a supporter', () => {
    const t = read(party('1- Văn phòng Huyện ủy phối hợp với Ban Tuyên giáo Huyện ủy (chủ trì) tham mưu tổ chức hội nghị sơ kết.\n2- Trung tâm Chính trị huyện tổ chức lớp bồi dưỡng.'))
    expect(t.get('1')).toMatchObject({ lead: ['Ban Tuyên giáo Huyện ủy'], support: ['Văn phòng Huyện ủy'] })
  })
  it('reads "(cơ quan chủ trì)" after the object of "phối hợp với" the same way in a state letter', () => {
    const t = read(letter('1. Sở Tài chính phối hợp với Sở Nội vụ (cơ quan chủ trì) rà soát biên chế các đơn vị sự nghiệp.\n2. Sở Y tế báo cáo.'))
    expect(t.get('1')).toMatchObject({ lead: ['Sở Nội vụ'], support: ['Sở Tài chính'] })
  })
  it('keeps the subject as lead when no bracket marks the one it coordinates with', () => {
    const t = read(letter('1. Sở Tài chính phối hợp với Sở Nội vụ rà soát biên chế các đơn vị sự nghiệp.\n2. Sở Y tế báo cáo.'))
    expect(t.get('1')).toMatchObject({ lead: ['Sở Tài chính'], support: ['Sở Nội vụ'] })
  })
})

describe('a closing formula ended by a plain full stop assigns no work', () => {
  it('keeps "X thông báo để … biết, thực hiện." out of the last item', () => {
    const t = read(party('1- Ban Tổ chức Huyện ủy hướng dẫn các chi bộ.\n2- Việc tổng hợp kết quả báo cáo Ban Thường vụ Huyện ủy định kỳ hằng quý.\n\nVăn phòng Huyện ủy thông báo để các chi bộ, cơ quan, đơn vị biết, thực hiện.'))
    expect(t.get('2')!.lead).toEqual([])
  })
  it('keeps a request to collectives to "nghiêm túc triển khai thực hiện." out of the last item', () => {
    const t = read(letter('1. Sở Xây dựng kiểm tra các công trình.\n2. Việc tổng hợp báo cáo thực hiện hằng tháng.\n\nĐề nghị Công an tỉnh và các sở, ngành liên quan nghiêm túc triển khai thực hiện.'))
    expect(t.get('2')!.lead).toEqual([])
  })
  it('still reads a sentence that only mentions a notice ("Căn cứ thông báo của A, B thực hiện …") as work', () => {
    const t = read(letter('1. Sở Xây dựng kiểm tra các công trình.\n2. Về cập nhật dữ liệu.\n\nCăn cứ thông báo của Sở Công Thương, Sở Tài chính thực hiện việc cập nhật giá.'))
    expect(t.get('2')!.lead).toEqual(['Sở Tài chính'])
  })
  it('still reads a plain request to one named agency after the last item as that item\'s work', () => {
    const t = read(letter('1. Sở Xây dựng kiểm tra các công trình.\n2. Về công tác tiêm chủng.\n\nĐề nghị Sở Y tế tổ chức thực hiện.'))
    expect(t.get('2')!.lead).toEqual(['Sở Y tế'])
  })
})

describe('the issuer\'s request that opens a clause after ";" or ". " names a lead', () => {
  it('adds the agency "yêu cầu"d after ";" to the subject that leads the item', () => {
    const t = read(letter('1. Các sở, ban, ngành theo chức năng, nhiệm vụ phối hợp chặt chẽ với chủ đầu tư; yêu cầu Công an tỉnh bảo đảm an ninh, trật tự tại khu vực thi công.\n2. Sở Xây dựng báo cáo.'))
    expect(t.get('1')!.lead).toEqual(['Các sở, ban, ngành', 'Công an tỉnh'])
  })
  it('adds the agency "Đề nghị"d in a new sentence', () => {
    const t = read(letter('1. Sở Giao thông vận tải hướng dẫn các bến xe bố trí thêm xe. Đề nghị Bộ Chỉ huy Quân sự tỉnh hỗ trợ lực lượng.\n2. Sở Xây dựng báo cáo.'))
    expect(t.get('1')!.lead).toEqual(['Sở Giao thông vận tải', 'Bộ Chỉ huy Quân sự tỉnh'])
  })
  it('does not make a lead of those the doer itself urges after a comma', () => {
    const t = read(letter('1. Sở Xây dựng chủ trì kiểm tra, yêu cầu các nhà thầu khắc phục ngay các tồn tại.\n2. Sở Tài chính báo cáo.'))
    expect(t.get('1')!.lead).toEqual(['Sở Xây dựng'])
  })
  it('makes one asked after ";" only to coordinate a supporter, not a lead', () => {
    const t = read(letter('1. Sở Y tế chủ trì tổ chức tiêm chủng; đề nghị Tỉnh đoàn phối hợp thực hiện.\n2. Sở Tài chính báo cáo.'))
    expect(t.get('1')).toMatchObject({ lead: ['Sở Y tế'], support: ['Tỉnh đoàn'] })
  })
})

describe('a resolution\'s supervision clause is its closing formula', () => {
  const resolution = (article3: string) =>
    letter(`Điều 1. Thông qua kết quả giám sát chuyên đề.\n\nĐiều 2. Tổ chức thực hiện\n\n${article3}`, { issuer: 'HỘI ĐỒNG NHÂN DÂN\nHUYỆN CAN LỘC', ref: '15/NQ-HĐND', place: 'Can Lộc', signer: 'CHỦ TỊCH' })
  it('gives no lead to "Thường trực HĐND, các Ban … giám sát việc thực hiện Nghị quyết này"', () => {
    const t = read(resolution('1. Giao Ủy ban nhân dân huyện tổ chức thực hiện, báo cáo kết quả trước ngày 30/11/2026.\n\n2. Thường trực Hội đồng nhân dân huyện, các Ban của Hội đồng nhân dân huyện, các Tổ đại biểu và đại biểu Hội đồng nhân dân huyện giám sát việc thực hiện Nghị quyết này.'))
    expect(t.get('Điều 2.1')!.lead).toEqual(['Ủy ban nhân dân huyện'])
    expect(t.get('Điều 2.2')!.lead).toEqual([])
  })
  it('keeps supervision listed with other work ("theo dõi, kiểm tra, giám sát việc thực hiện Chỉ thị") as work', () => {
    const t = read(party('1- Ủy ban Kiểm tra Huyện ủy phối hợp với Văn phòng Huyện ủy theo dõi, kiểm tra, giám sát việc thực hiện Chỉ thị; định kỳ báo cáo Ban Thường vụ.\n2- Các chi bộ thực hiện.'))
    expect(t.get('1')).toMatchObject({ lead: ['Ủy ban Kiểm tra Huyện ủy'], support: ['Văn phòng Huyện ủy'] })
  })
})

describe('an inspection\'s finding of what a body failed to do gives it no work', () => {
  const conclusion = (body: string) => letter(body, { issuer: 'THANH TRA TỈNH HÀ TĨNH', ref: '12/KL-TTr', signer: 'CHÁNH THANH TRA' })
  it('gives no lead to "X chưa thực hiện đầy đủ …" nor to "X không chấp hành nghiêm …"', () => {
    const t = read(conclusion('I. KẾT LUẬN\n\nBan Quản lý dự án huyện chưa thực hiện đầy đủ chế độ báo cáo định kỳ theo quy định.\n\nII. KIẾN NGHỊ\n\n1. Ủy ban nhân dân xã không chấp hành nghiêm quy định về quản lý đất công trong năm 2024.\n\n2. Sở Tài chính kiểm tra, thu hồi số tiền sai phạm.'))
    expect(t.get('I')!.lead).toEqual([])
    expect(t.get('II.1')!.lead).toEqual([])
    expect(t.get('II.2')!.lead).toEqual(['Sở Tài chính'])
  })
  it('keeps a doer whose negation is only a relative clause ("Các đơn vị chưa báo cáo khẩn trương gửi …")', () => {
    const t = read(conclusion('1. Các đơn vị chưa báo cáo khẩn trương gửi báo cáo về Thanh tra tỉnh trước ngày 30/4/2026.\n\n2. Sở Tài chính tổng hợp.'))
    expect(t.get('1')).toMatchObject({ lead: ['Các đơn vị'], deadline: '2026-04-30' })
  })
  it('keeps a prohibition ("không thực hiện thu các khoản …") as the doer\'s work', () => {
    const t = read(letter('1. Ủy ban nhân dân các xã không thực hiện thu các khoản ngoài quy định.\n2. Sở Tài chính kiểm tra.'))
    expect(t.get('1')!.lead).toEqual(['Ủy ban nhân dân các xã'])
  })
})

describe('a report whose owner sends it names the owner as the doer', () => {
  it('reads "Báo cáo của các Bộ, ngành, địa phương gửi về …" as the senders\' work', () => {
    const t = read(letter('1. Nội dung báo cáo\n\nTheo đề cương kèm theo.\n\n2. Thời hạn báo cáo\n\nBáo cáo của các Bộ, ngành, địa phương gửi về Bộ Nội vụ trước ngày 10/4/2026.', { issuer: 'BỘ NỘI VỤ', ref: '12/BNV-TCBC', place: 'Hà Nội', signer: 'BỘ TRƯỞNG' }))
    expect(t.get('2')).toMatchObject({ lead: ['Các Bộ, ngành, địa phương'], deadline: '2026-04-10' })
  })
  it('reads "Hồ sơ đề nghị của Ủy ban nhân dân các xã nộp về …" the same way', () => {
    const t = read(letter('1. Hồ sơ đề nghị của Ủy ban nhân dân các xã nộp về Sở Nội vụ trước ngày 15/5/2026.\n2. Sở Nội vụ thẩm định.'))
    expect(t.get('1')!.lead).toEqual(['Ủy ban nhân dân các xã'])
  })
  it('gives no lead to the owner of a report that is not sent ("Báo cáo của Sở Y tế cho thấy …")', () => {
    const t = read(letter('1. Báo cáo của Sở Y tế cho thấy tình hình dịch bệnh còn diễn biến phức tạp.\n2. Sở Y tế tổ chức tiêm chủng.'))
    expect(t.get('1')!.lead).toEqual([])
  })
})

describe('a collective in brackets right after the names restates them, naming no one new', () => {
  it('reads "Đề nghị UBND các huyện: A, B (các địa phương làm điểm …)" as the named bodies only', () => {
    const t = read(letter('1. Đề nghị Ủy ban nhân dân các huyện: Can Lộc, Đức Thọ (các địa phương làm điểm xây dựng nông thôn mới kiểu mẫu) gửi báo cáo trước ngày 31/3/2026.\n2. Sở Tài chính tổng hợp.'))
    expect(t.get('1')).toMatchObject({ lead: ['Ủy ban nhân dân huyện Can Lộc', 'Ủy ban nhân dân huyện Đức Thọ'], deadline: '2026-03-31' })
  })
  it('reads a gloss after one body\'s name ("Sở Y tế (các đơn vị thuộc ngành)") as that body', () => {
    const t = read(letter('1. Giao Sở Y tế (các đơn vị thuộc ngành y tế) tổ chức tiêm chủng mở rộng.\n2. Sở Tài chính tổng hợp.'))
    expect(t.get('1')!.lead).toEqual(['Sở Y tế'])
  })
  it('keeps a named body in the bracket ("Bộ Tài chính (Cục Quản lý công sản)") as one of its own', () => {
    const t = read(letter('1. Sở Tài chính phối hợp với Bộ Tài chính (Cục Quản lý công sản) rà soát tài sản công.\n2. Sở Y tế báo cáo.'))
    expect(t.get('1')!.support).toEqual(['Bộ Tài chính', 'Cục Quản lý công sản'])
  })
})

describe('a generic role with the named body that fills it in brackets is that body', () => {
  it('reads "Đơn vị tư vấn giám sát (Công ty …) có trách nhiệm …" as the firm', () => {
    const t = read(letter('1. Đơn vị tư vấn giám sát (Công ty Cổ phần Tư vấn Xây dựng Hồng Lĩnh) có trách nhiệm bố trí đủ nhân sự tại công trường.\n2. Sở Xây dựng kiểm tra.'))
    expect(t.get('1')!.lead).toEqual(['Công ty Cổ phần Tư vấn Xây dựng Hồng Lĩnh'])
  })
  it('reads "Đơn vị thi công (Công ty TNHH …) khẩn trương …" as the firm', () => {
    const t = read(letter('1. Đơn vị thi công (Công ty TNHH Xây dựng Thành Đạt) khẩn trương khắc phục các tồn tại, hoàn thành trước ngày 15/4/2026.\n2. Sở Xây dựng kiểm tra.'))
    expect(t.get('1')).toMatchObject({ lead: ['Công ty TNHH Xây dựng Thành Đạt'], deadline: '2026-04-15' })
  })
  it('keeps the collective when the bracket holds no body ("Các sở, ngành (theo danh sách kèm theo)")', () => {
    const t = read(letter('1. Các sở, ngành (theo danh sách kèm theo) rà soát, báo cáo số liệu.\n2. Sở Xây dựng kiểm tra.'))
    expect(t.get('1')!.lead).toEqual(['Các sở, ngành'])
  })
})
