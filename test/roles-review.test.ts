/**
 * Defects a reviewer proved in the previous round's role rules, each as a class tested in
 * wordings no corpus letter prints, and the --explain trace of the roles stage.
 */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from './helpers.js'
import { explainSource } from '../src/pipeline.js'
import { loadText } from '../src/load/index.js'

type Read = { lead: string[]; support: string[] }
const read = (text: string): Map<string, Read> =>
  new Map(letterOf(text).tasks.map((t) => [t.label, { lead: t.lead.map((a) => a.name), support: t.support.map((a) => a.name) }]))
const tasksOf = (body: string) => read(congVan(body, { date: '10/4/2025' }))

describe('"có ý kiến" assigns; only "X có văn bản đề nghị Y" makes the writer X the doer', () => {
  it('reads the one asked after "Chủ tịch UBND tỉnh có ý kiến đề nghị", not the issuer', () => {
    const t = tasksOf('Về nội dung này, Chủ tịch UBND tỉnh có ý kiến đề nghị Sở Xây dựng chủ trì, phối hợp với Sở Tài chính kiểm tra hiện trạng, báo cáo trước ngày 15/5/2025.')
    expect(t.get('0')!.lead).toEqual(['Sở Xây dựng'])
    expect(t.get('0')!.support).toEqual(['Sở Tài chính'])
  })
  it('reads the one given work after "Sở X có ý kiến giao Y"', () => {
    const t = tasksOf('1. Sở Nội vụ có ý kiến giao Trung tâm Y tế huyện Sơn Tịnh rà soát quy trình tiếp nhận.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual(['Trung tâm Y tế huyện Sơn Tịnh'])
  })
  it('reads the one asked when the issuer itself "có văn bản đề nghị" (the letter is the request)', () => {
    const t = tasksOf('1. Về kiến nghị của cử tri, UBND tỉnh có văn bản đề nghị Sở Giao thông vận tải kiểm tra tuyến đường.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual(['Sở Giao thông vận tải'])
  })
  it('still makes another agency that writes the request the doer ("Sở X có văn bản đề nghị Bộ Y")', () => {
    const t = tasksOf('1. Trên cơ sở kết quả kiểm tra, Sở Xây dựng có văn bản đề nghị Bộ Xây dựng hướng dẫn việc áp dụng định mức.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual(['Sở Xây dựng'])
  })
})

describe('a staff post stands only for the agency of its own phrase, or of an earlier one when marked as the same people', () => {
  it('gives a later bare "viên chức" no agency from an earlier "viên chức của X"', () => {
    const t = tasksOf('1. Yêu cầu viên chức của Trung tâm Y tế huyện Sơn Tịnh kiểm tra hồ sơ bệnh án.\n2. Đề nghị viên chức phối hợp với Sở Y tế cập nhật dữ liệu.')
    expect(t.get('1')!.lead).toEqual(['Trung tâm Y tế huyện Sơn Tịnh'])
    expect(t.get('2')!.lead).toEqual([])
    expect(t.get('2')!.support).toEqual(['Sở Y tế'])
  })
  it('gives "Yêu cầu Cán bộ tiếp dân" no agency from an earlier "Cán bộ thuộc Phòng X"', () => {
    const t = tasksOf('1. Giao Cán bộ thuộc Phòng Tư pháp huyện thẩm tra hồ sơ.\n2. Yêu cầu Cán bộ tiếp dân ghi sổ theo dõi.')
    expect(t.get('1')!.lead).toEqual(['Phòng Tư pháp huyện'])
    expect(t.get('2')!.lead).toEqual([])
  })
  it('reads the earlier agency back for "Yêu cầu Cán bộ được giao …"', () => {
    const t = tasksOf('1. Giao Cán bộ thuộc Phòng Tư pháp huyện thẩm tra hồ sơ.\n2. Yêu cầu Cán bộ được giao nhiệm vụ lập biên bản.')
    expect(t.get('2')!.lead).toEqual(['Phòng Tư pháp huyện'])
  })
})

describe('a collective heading keeps its lead unless it is "Trách nhiệm của <collective>" broken down by its sub-items', () => {
  it('keeps "Các phòng, ban chuyên môn:" as the lead of its item over sub-items that name their doers', () => {
    const t = tasksOf('1. Các phòng, ban chuyên môn:\na) Phòng Nội vụ huyện rà soát biên chế.\nb) Phòng Tài chính - Kế hoạch huyện thẩm định dự toán.\nc) Các phòng còn lại chủ động cập nhật số liệu.')
    expect(t.get('1')!.lead).toEqual(['Các phòng, ban chuyên môn'])
    expect(t.get('1.a')!.lead).toEqual(['Phòng Nội vụ huyện'])
  })
  it('keeps a collective heading with its own verb, named without the verb', () => {
    const t = tasksOf('1. Các cơ quan, đơn vị có liên quan triển khai kế hoạch:\n1.1. Sở Công Thương kiểm tra thị trường.\n1.2. Sở Y tế giám sát an toàn thực phẩm.')
    expect(t.get('1')!.lead).toEqual(['Các cơ quan, đơn vị có liên quan'])
  })
  it('clears "Trách nhiệm của các phòng, ban" whose sub-items each name the doer', () => {
    const t = tasksOf('1. Trách nhiệm của các phòng, ban chuyên môn\n1.1. Phòng Nội vụ huyện rà soát biên chế.\n1.2. Phòng Tài chính - Kế hoạch huyện thẩm định dự toán.\n2. Văn phòng HĐND và UBND huyện theo dõi.')
    expect(t.get('1')!.lead).toEqual([])
    expect(t.get('1.1')!.lead).toEqual(['Phòng Nội vụ huyện'])
  })
})

describe('role phrases in wordings the corpus does not print', () => {
  it('reads "với sự phối hợp của X" and "có sự phối hợp chặt chẽ của X" as support, never "dưới sự chỉ đạo của X"', () => {
    const t = tasksOf('1. Sở Giáo dục và Đào tạo tổ chức kỳ thi với sự phối hợp của Công an tỉnh, Sở Y tế và Điện lực tỉnh.\n2. Việc kiểm tra các cơ sở kinh doanh do Sở Y tế thực hiện, có sự phối hợp chặt chẽ của Công an tỉnh.\n3. Sở Xây dựng thẩm định dưới sự chỉ đạo của UBND tỉnh.')
    expect(t.get('1')!.support).toEqual(['Công an tỉnh', 'Sở Y tế', 'Điện lực tỉnh'])
    expect(t.get('2')!.lead).toEqual(['Sở Y tế'])
    expect(t.get('2')!.support).toEqual(['Công an tỉnh'])
    expect(t.get('3')!.support).toEqual([])
  })
  it('does not read the participants of an event ("sự kiện với sự tham gia của X") as support', () => {
    const t = tasksOf('1. Sở Du lịch tổ chức hội thảo với sự tham gia của Hiệp hội Du lịch tỉnh.')
    expect(t.get('1')!.lead).toEqual(['Sở Du lịch'])
    expect(t.get('1')!.support).toEqual([])
  })
  it('reads "Phân công X …" as handing X the work, also after the item has a doer', () => {
    const t = tasksOf('1. Phân công Sở Công Thương theo dõi diễn biến thị trường.\n2. Sở Tài chính bố trí kinh phí; phân công Kho bạc Nhà nước tỉnh kiểm soát chi.')
    expect(t.get('1')!.lead).toEqual(['Sở Công Thương'])
    expect(t.get('2')!.lead).toEqual(['Sở Tài chính', 'Kho bạc Nhà nước tỉnh'])
  })
  it('reads label lines in lower case after ";" ("Cơ quan chủ trì: X; cơ quan phối hợp: Y")', () => {
    const t = tasksOf('1. Cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: Sở Thông tin và Truyền thông.')
    expect(t.get('1')!.lead).toEqual(['Sở Khoa học và Công nghệ'])
    expect(t.get('1')!.support).toEqual(['Sở Thông tin và Truyền thông'])
  })
})

describe('a subject after an opening adverbial, with the verbs of ordinary work', () => {
  it('reads the subject after "Về …," and "Thực hiện …," whatever its verb', () => {
    const t = tasksOf('1. Về công tác dân vận, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động nhân dân tham gia.\n2. Về an ninh, Công an tỉnh nắm chắc tình hình địa bàn.\n3. Thực hiện Quyết định số 15/QĐ-UBND ngày 02/01/2025 của UBND tỉnh, Sở Y tế phê duyệt kế hoạch tiêm chủng.')
    expect(t.get('1')!.lead).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'])
    expect(t.get('2')!.lead).toEqual(['Công an tỉnh'])
    expect(t.get('3')!.lead).toEqual(['Sở Y tế'])
  })
  it('reads the subject after a comma with a verb such as "thẩm tra", "lãnh đạo", "hỗ trợ"', () => {
    const t = tasksOf('1. Theo kế hoạch năm, Sở Tài chính thẩm tra hồ sơ và trình UBND tỉnh.\n2. Tới đây, Sở Tư pháp hỗ trợ các xã hoàn thiện hồ sơ.')
    expect(t.get('1')!.lead).toEqual(['Sở Tài chính'])
    expect(t.get('2')!.lead).toEqual(['Sở Tư pháp'])
  })
  it('takes no subject from "Về phía X," nor from what an agency issued ("do Sở X cấp …, Sở Y cấp thay đổi …")', () => {
    const t = tasksOf('1. Hồ sơ gồm: giấy phép do Sở Công Thương cấp lần đầu ngày 05/01/2020, Sở Xây dựng cấp thay đổi ngày 14/8/2024.')
    expect(t.get('1')!.lead).toEqual([])
  })
  it('keeps the agency of a leader\'s title that wraps to the next line ("của Bộ trưởng / Bộ X hướng dẫn …") no subject', () => {
    const t = tasksOf('1. Rà soát theo Thông tư số 19/2025/TT-BNNMT ngày 19/6/2025 của Bộ trưởng\nBộ Nông nghiệp và Môi trường hướng dẫn chức năng, nhiệm vụ của cơ quan chuyên môn.')
    expect(t.get('1')!.lead).toEqual([])
  })
  it('keeps an agency after a verb that wraps to the next line as its object ("đề xuất\nUBND tỉnh thu hồi")', () => {
    const t = tasksOf('1. Sở Nông nghiệp và Môi trường rà soát các dự án chậm tiến độ để đề xuất\nUBND tỉnh thu hồi đất theo quy định.')
    expect(t.get('1')!.lead).toEqual(['Sở Nông nghiệp và Môi trường'])
  })
})

describe('a verb of holding after the subject only says which agency is meant', () => {
  it('reads "X đang quản lý/tạm giữ Y <doer verb>" as X doing the work', () => {
    const t = tasksOf('1. Sở Công Thương đang quản lý cụm công nghiệp Bình Nguyên rà soát hồ sơ đầu tư.\n2. Công an huyện đang tạm giữ phương tiện phối hợp với Phòng Tài chính - Kế hoạch huyện định giá tài sản.')
    expect(t.get('1')!.lead).toEqual(['Sở Công Thương'])
    expect(t.get('2')!.lead).toEqual(['Công an huyện'])
    expect(t.get('2')!.support).toEqual(['Phòng Tài chính - Kế hoạch huyện'])
  })
  it('still reads "X đang quản lý 12 dự án." and "X đang triển khai …" as recounted', () => {
    const t = tasksOf('1. Sở Xây dựng đang quản lý 12 dự án.\n2. Sở Y tế đang triển khai thí điểm mô hình bác sĩ gia đình.')
    expect(t.get('1')!.lead).toEqual([])
    expect(t.get('2')!.lead).toEqual([])
  })
})

describe('"đồng chí" before a leader\'s title: the title stands for its agency, a person named by name is skipped', () => {
  it('reads "Đồng chí Giám đốc Sở X …" and "Giao đồng chí Chủ tịch UBND huyện Y …" as the agencies', () => {
    const t = tasksOf('1. Đồng chí Giám đốc Sở Y tế chỉ đạo các bệnh viện tăng cường trực cấp cứu.\n2. Giao đồng chí Chủ tịch UBND huyện Sơn Tịnh kiểm tra hiện trường.\n3. Đồng chí Nguyễn Văn An, Giám đốc Sở Tài chính, chủ trì cuộc họp.')
    expect(t.get('1')!.lead).toEqual(['Sở Y tế'])
    expect(t.get('2')!.lead).toEqual(['Ủy ban nhân dân huyện Sơn Tịnh'])
    expect(t.get('3')!.lead).toEqual([])
  })
})

describe('roles printed in brackets after the agencies', () => {
  it('reads "X (chủ trì), Y, Z (phối hợp)" as X leading and Y, Z supporting', () => {
    const t = tasksOf('1. Xây dựng cơ sở dữ liệu hộ tịch: Sở Tư pháp (chủ trì), Sở Khoa học và Công nghệ, Công an tỉnh (phối hợp); hoàn thành trong quý IV/2025.')
    expect(t.get('1')!.lead).toEqual(['Sở Tư pháp'])
    expect(t.get('1')!.support).toEqual(['Sở Khoa học và Công nghệ', 'Công an tỉnh'])
  })
  it('reads "X: chủ trì; Y: phối hợp" the same way, but not "X: chủ trì thẩm định …" as a bare role', () => {
    const t = tasksOf('1. Xây dựng phần mềm quản lý: Sở Khoa học và Công nghệ: chủ trì; Sở Tài chính: phối hợp.')
    expect(t.get('1')!).toEqual({ lead: ['Sở Khoa học và Công nghệ'], support: ['Sở Tài chính'] })
  })
  it('gives no role for a bracket that only describes ("Sở Nội vụ (cơ quan thường trực) chủ trì")', () => {
    const t = tasksOf('1. Sở Nội vụ (cơ quan thường trực) chủ trì tổng hợp, phối hợp với Sở Tài chính.')
    expect(t.get('1')!.lead).toEqual(['Sở Nội vụ'])
    expect(t.get('1')!.support).toEqual(['Sở Tài chính'])
  })
})

describe('several subjects in one clause, and an agency named as the topic', () => {
  it('reads each subject after a comma that has its own doer verb', () => {
    const t = tasksOf('1. Sở Y tế chỉ đạo các bệnh viện sẵn sàng tiếp nhận người bệnh, Công an tỉnh bảo đảm an ninh trật tự, Sở Công Thương bảo đảm cung ứng hàng hóa thiết yếu.')
    expect(t.get('1')!.lead).toEqual(['Sở Y tế', 'Công an tỉnh', 'Sở Công Thương'])
  })
  it('keeps a later subject that only coordinates as support, and names directed agencies no lead', () => {
    const t = tasksOf('1. Sở Tài chính chủ trì thẩm định, Sở Xây dựng phối hợp.\n2. Sở Nội vụ chỉ đạo Phòng Nội vụ các huyện, Trung tâm Lưu trữ lịch sử tỉnh rà soát hồ sơ.')
    expect(t.get('1')!.lead).toEqual(['Sở Tài chính'])
    expect(t.get('1')!.support).toEqual(['Sở Xây dựng'])
    expect(t.get('2')!.lead).toEqual(['Sở Nội vụ'])
  })
  it('reads "Đối với X:" as X heading what follows, but not "Đối với hồ sơ …, Y …"', () => {
    const t = tasksOf('1. Đối với UBND các huyện:\n- Rà soát các điểm sạt lở.\n- Sơ tán dân khỏi vùng nguy hiểm.\n2. Đối với các sở, ngành: chủ động triển khai phương án.\n3. Đối với hồ sơ nộp trực tuyến, Sở Tư pháp kiểm tra tính hợp lệ.')
    expect(t.get('1')!.lead).toEqual(['Ủy ban nhân dân các huyện'])
    expect(t.get('2')!.lead).toEqual(['Các sở, ngành'])
    expect(t.get('3')!.lead).toEqual(['Sở Tư pháp'])
  })
})

describe('an agency described first, then given work', () => {
  it('reads "X là chủ đầu tư, có trách nhiệm …" and "X là cơ quan chuyên môn, chịu trách nhiệm …" as X leading', () => {
    const t = tasksOf('1. UBND huyện Sơn Tịnh là chủ đầu tư, có trách nhiệm lập hồ sơ thiết kế.\n2. Sở Giao thông vận tải là cơ quan chuyên môn, chịu trách nhiệm thẩm định thiết kế.\n3. Sở Nội vụ là thành viên Ban Chỉ đạo.')
    expect(t.get('1')!.lead).toEqual(['Ủy ban nhân dân huyện Sơn Tịnh'])
    expect(t.get('2')!.lead).toEqual(['Sở Giao thông vận tải'])
    expect(t.get('3')!.lead).toEqual([])
  })
  it('reads "Ủy quyền Giám đốc Sở X ký …" as Sở X given the work, never "được ủy quyền"', () => {
    const t = tasksOf('1. Ủy quyền Giám đốc Sở Xây dựng ký văn bản thẩm định.\n2. Văn bản được ủy quyền ký phải gửi Sở Tư pháp.')
    expect(t.get('1')!.lead).toEqual(['Sở Xây dựng'])
    expect(t.get('2')!.lead).toEqual([])
  })
})

describe('what was already assigned or done is recounted, with its partners', () => {
  it('gives no role to "X đã phối hợp với Y …" nor "UBND tỉnh đã giao X …"', () => {
    const t = tasksOf('1. Thời gian qua, Sở Công Thương đã phối hợp với Sở Y tế kiểm tra 120 cơ sở.\n2. Năm 2024, UBND tỉnh đã giao Sở Xây dựng chủ trì rà soát quy hoạch.\n3. Sở Y tế đang phối hợp với Bảo hiểm xã hội tỉnh giải quyết vướng mắc.')
    for (const label of ['1', '2', '3']) expect(t.get(label)!).toEqual({ lead: [], support: [] })
  })
  it('still reads the request that follows the recount ("… đã giao …. Đề nghị X tiếp tục phối hợp với Y")', () => {
    const t = tasksOf('1. UBND tỉnh đã giao Sở Xây dựng chủ trì rà soát quy hoạch. Đề nghị Sở Xây dựng tiếp tục phối hợp với Sở Tài chính hoàn thành trong tháng 6/2025.')
    expect(t.get('1')!).toEqual({ lead: ['Sở Xây dựng'], support: ['Sở Tài chính'] })
  })
})

describe('the closing formula that asks the addressee', () => {
  it('knows the addressee when the Kính gửi line prints its name shorter than the closing does', () => {
    const letter = congVan('1. Sở Xây dựng đã kiểm tra hiện trường công trình.\n2. Thực hiện các biện pháp bảo đảm an toàn lao động.\nSở Xây dựng yêu cầu Công ty cổ phần Xây dựng Sông Trà Quảng Ngãi nghiêm túc thực hiện./.', { issuer: 'UBND TỈNH QUẢNG NGÃI\nSỞ XÂY DỰNG' }).replace('Kính gửi: Các sở, ban, ngành tỉnh.', 'Kính gửi: Công ty cổ phần Xây dựng Sông Trà.')
    const t = read(letter)
    expect(t.get('2')!.lead).toEqual([])
  })
})

describe('--explain names the rule that gave each agency of an item its role, and why a task has no lead', () => {
  const LETTER = congVan(
    '1. Sở Công Thương chủ trì, phối hợp với Sở Xây dựng kiểm tra các cửa hàng xăng dầu, báo cáo UBND tỉnh trước ngày 30/6/2025.\n2. Đề nghị Sở Nội vụ chỉ đạo Trung tâm Phục vụ hành chính công rà soát thủ tục.\n3. Đề nghị đơn vị chủ động bố trí kinh phí.',
    { date: '10/4/2025' },
  )
  const roleLines = () => explainSource(loadText(LETTER)).explain.filter((l) => l.stage === 'roles')
  const about = (text: string) => roleLines().filter((l) => l.text === text)

  it('names the subject rule for the lead and the "phối hợp với" rule for the support, at their text', () => {
    expect(about('Sở Công Thương').map((l) => [l.ruleId, l.verdict])).toEqual([['roles/subject', 'kept']])
    expect(about('Sở Xây dựng').map((l) => [l.ruleId, l.verdict])).toEqual([['roles/support', 'kept']])
    expect(about('Sở Xây dựng')[0].message).toContain('as support')
  })
  it('names why an agency only reported to, or directed, is dropped', () => {
    expect(about('UBND tỉnh').map((l) => [l.ruleId, l.verdict])).toEqual([['roles/report-to', 'dropped']])
    const directed = roleLines().filter((l) => l.text?.startsWith('Trung tâm Phục vụ hành chính công'))
    expect(directed.map((l) => [l.ruleId, l.verdict])).toEqual([['roles/directs', 'dropped']])
  })
  it('says why task 3 has no lead: its only agency points back to the addressee', () => {
    const lines = explainSource(loadText(LETTER)).explain
    expect(lines.some((l) => l.ruleId === 'roles/addressee-anaphor' && l.verdict === 'dropped' && l.message.startsWith('task 3:'))).toBe(true)
    const why = lines.find((l) => l.ruleId === 'task/no-lead' && l.verdict === 'note')
    expect(why?.message).toMatch(/^task 3 has no lead: none of the agencies it names \(Đơn vị\)/)
  })
  it('leaves the letter unchanged', () => {
    expect(explainSource(loadText(LETTER)).letter.tasks).toEqual(letterOf(LETTER).tasks)
  })
})
