/**
 * Roles from the sentence: who an item tells to act (lead), who coordinates (support), and the
 * agencies it only recounts, reports to or tells the doer to direct (neither). Each case is a
 * sentence shaped like one of the shared corpus letters, inside a small letter.
 */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from './helpers.js'
import type { Task } from '../src/schema/letter.js'

const tasks = (body: string) => letterOf(congVan(body)).tasks
const names = (list: { name: string }[]) => list.map((a) => a.name)
const task = (body: string, label = '0'): Task => {
  const t = tasks(body).find((x) => x.label === label)
  if (!t) throw new Error(`no task ${label}`)
  return t
}
const leadOf = (body: string, label?: string) => names(task(body, label).lead)
const supportOf = (body: string, label?: string) => names(task(body, label).support)

describe('the subject of the sentence leads', () => {
  it('takes the subject that follows an adverbial opener and a comma (a ministry letter on health insurance)', () => {
    const t = task('Định kỳ hoặc đột xuất, Bộ Y tế sẽ phối hợp với các cơ quan, đơn vị có liên quan tổ chức kiểm tra việc thực hiện chính sách.')
    expect(names(t.lead)).toEqual(['Bộ Y tế'])
    expect(names(t.support)).toEqual(['Các cơ quan, đơn vị có liên quan'])
  })
  it('takes the subject after "Căn cứ …," and after "nếu … thì" (a customs guidance letter)', () => {
    expect(leadOf('Căn cứ văn bản đề nghị của doanh nghiệp vận chuyển, Sở Công Thương nếu chấp nhận thì thực hiện như sau: hướng dẫn doanh nghiệp khai báo.')).toEqual(['Sở Công Thương'])
    expect(leadOf('Nếu hệ thống của cảng gửi xác nhận cho tất cả các tờ khai thì Sở Tài chính kiểm tra hiệu lực của các tờ khai liên quan.')).toEqual(['Sở Tài chính'])
  })
  it('reads the doer of a passive "do X chủ trì", not the issuer of "do X ban hành"', () => {
    expect(leadOf('Việc rà soát hồ sơ do Sở Nội vụ chủ trì thực hiện trong quý II năm 2024.')).toEqual(['Sở Nội vụ'])
    expect(leadOf('Các nội dung được thực hiện theo Quyết định số 12/QĐ-UBND do Bộ Tài chính ban hành.')).toEqual([])
  })
  it('keeps the object of "Giao" when what it is told to do is "có ý kiến" (a Government Office letter)', () => {
    expect(leadOf('Giao Bộ Tài chính, Bộ Tư pháp có ý kiến đối với đề xuất của Ủy ban nhân dân tỉnh, gửi Bộ Xây dựng tổng hợp.')).toEqual(['Bộ Tài chính', 'Bộ Tư pháp'])
  })
  it('reads "Ủy quyền cho" a leader as an assignment to the leader\'s agency (a decision on delegation)', () => {
    expect(leadOf('Điều 1. Ủy quyền cho Giám đốc Sở Công Thương thành lập Đoàn thẩm định cơ sở đủ điều kiện an toàn thực phẩm.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.', 'Điều 1')).toEqual(['Sở Công Thương'])
  })
  it('lets an agency that only "phối hợp" lead when the item names no other doer', () => {
    expect(leadOf('1. Cục Biến đổi khí hậu phối hợp thực hiện các nhiệm vụ liên quan đến hệ thống đăng ký quốc gia.\n2. Hai.', '1')).toEqual(['Cục Biến đổi khí hậu'])
  })
})

describe("a plan's label lines", () => {
  it('reads "Đơn vị chủ trì:" as lead and "Đơn vị phối hợp:" as support', () => {
    const t = task('1. Rà soát quy hoạch:\n- Đơn vị chủ trì: Sở Tài chính.\n- Đơn vị phối hợp: Sở Y tế, Sở Xây dựng.\n2. Hai.', '1')
    expect(names(t.lead)).toEqual(['Sở Tài chính'])
    expect(names(t.support)).toEqual(['Sở Y tế', 'Sở Xây dựng'])
  })
  it('reads "Trách nhiệm chỉ đạo thực hiện:" as the lead of a programme item (a Party programme)', () => {
    expect(leadOf('1. Đẩy mạnh chuyển đổi số.\n- Rà soát, cập nhật cơ sở dữ liệu môi trường.\nTrách nhiệm chỉ đạo thực hiện: Sở Nông nghiệp và Môi trường.\n2. Hai.', '1')).toEqual(['Sở Nông nghiệp và Môi trường'])
  })
})

describe('support', () => {
  it('reads "kết hợp với" as coordination, and the directed agency as neither (a health ministry letter)', () => {
    const t = task('1. Chỉ đạo Sở Tư pháp kết hợp với Công an tỉnh và Sở Y tế thực hiện việc cấp phiếu lý lịch tư pháp.\n2. Hai.', '1')
    expect(names(t.lead)).toEqual([])
    expect(names(t.support)).toEqual(['Công an tỉnh', 'Sở Y tế'])
  })
  it('reads the agencies listed after "phối hợp giữa các cơ quan:" as support (a provincial inspection letter)', () => {
    expect(supportOf('1. Các sở, ngành:\n- Tăng cường phối hợp giữa các cơ quan: Sở Công Thương, Sở Xây dựng và Công an tỉnh trong công tác thanh tra.\n2. Hai.', '1')).toEqual(['Sở Công Thương', 'Sở Xây dựng', 'Công an tỉnh'])
  })
  it('splits "Sở A cùng Sở B" into a lead and a support', () => {
    const t = task('Sở Tài chính cùng Sở Y tế thực hiện kiểm tra việc sử dụng kinh phí.')
    expect(names(t.lead)).toEqual(['Sở Tài chính'])
    expect(names(t.support)).toEqual(['Sở Y tế'])
  })
  it('reads a clause subject that only "phối hợp" after a lead as support', () => {
    const t = task('Sở Tài chính chủ trì rà soát; Sở Xây dựng phối hợp thực hiện.')
    expect(names(t.lead)).toEqual(['Sở Tài chính'])
    expect(names(t.support)).toEqual(['Sở Xây dựng'])
  })
})

describe('agencies that are neither lead nor support', () => {
  it('does not take what a law provides for an assignment (a letter of recommendations)', () => {
    expect(leadOf('Theo quy định tại điểm d khoản 2 Điều 13 Nghị định số 105/2025/NĐ-CP, Cục Đăng kiểm Việt Nam thực hiện việc kiểm tra điều kiện an toàn.')).toEqual([])
  })
  it('does not take what an agency did for an assignment', () => {
    expect(leadOf('Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành Thông tư số 15/2026/TT-BCT về phân cấp thủ tục hành chính.')).toEqual([])
  })
  it('does not take praised agencies, nor a list of them that runs over ";" (a council resolution)', () => {
    expect(leadOf('Điều 1. Hội đồng nhân dân tỉnh đánh giá cao sự nghiêm túc của Ủy ban nhân dân tỉnh; Sở Tài chính; Công an tỉnh trong việc trả lời ý kiến chất vấn.\n\nĐiều 2. Hai.', 'Điều 1')).toEqual([])
  })
  it('keeps an agency reported to out of lead and support', () => {
    const t = task('Sở Y tế tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2024.')
    expect(names(t.lead)).toEqual(['Sở Y tế'])
    expect(names(t.support)).toEqual([])
    expect(names(t.reportTo)).toEqual(['Ủy ban nhân dân tỉnh'])
  })
  it('keeps agencies the doer directs out of the lead, also the second of a list', () => {
    expect(leadOf('Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính, Sở Nội vụ thực hiện rà soát biên chế.')).toEqual(['Ủy ban nhân dân tỉnh'])
  })
  it('gives no role to the closing formula of a decision\'s last article', () => {
    expect(leadOf('Điều 1. Giao Sở Xây dựng chủ trì thực hiện.\n\nĐiều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, ban, ngành và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.', 'Điều 2')).toEqual([])
  })
  it('lets a list that runs over ";" share the closing predicate that ends it (a provincial letter)', () => {
    expect(leadOf('1. Tổ chức thực hiện\nThủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; người đứng đầu các cơ quan, đơn vị có liên quan chịu trách nhiệm tổ\nchức triển khai thực hiện nghiêm túc các nội dung nêu trên.\n2. Hai.', '1')).toEqual([])
    expect(leadOf('Sở Nội vụ; Sở Tài chính; Sở Y tế chủ trì thực hiện rà soát.')).toEqual(['Sở Nội vụ', 'Sở Tài chính', 'Sở Y tế'])
  })
  it("gives no role to a directive's 'thực hiện nghiêm Chỉ thị này', but keeps the office that follows it up", () => {
    expect(leadOf('1. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh tổ chức triển khai và chỉ đạo các cơ quan, đơn vị thuộc phạm vi quản lý thực hiện nghiêm Chỉ thị này.\nVăn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao.\n2. Hai.', '1')).toEqual(['Văn phòng Chính phủ'])
  })
  it('gives no role to a leader who delegates to a person', () => {
    expect(leadOf('Giám đốc Sở Tài chính ủy quyền đồng chí Nguyễn Văn An, Phó Giám đốc Sở thực hiện nhiệm vụ của Giám đốc.')).toEqual([])
  })
})

describe('headings', () => {
  it('takes the agency that ends a heading after an adverbial as the doer of its sub-items (a health ministry letter)', () => {
    const ts = tasks('1. Để bảo đảm sử dụng quỹ hợp lý, hiệu quả, Bộ Y tế:\na) Tăng cường kiểm tra việc thực hiện chính sách;\nb) Tổ chức tập huấn cho các cơ sở.\n2. Hai.')
    expect(names(ts.find((t) => t.label === '1')!.lead)).toEqual(['Bộ Y tế'])
    expect(names(ts.find((t) => t.label === '1.b')!.lead)).toEqual(['Bộ Y tế'])
  })
  it('takes the owner of "Trách nhiệm của X" as the lead (a customs letter, a provincial letter)', () => {
    expect(leadOf('1. Trách nhiệm của Sở Tài chính:\n- Rà soát, tổng hợp nhu cầu kinh phí.\n2. Hai.', '1')).toEqual(['Sở Tài chính'])
    expect(leadOf('1. Trách nhiệm chung của các cơ quan, đơn vị\n- Thực hiện thanh tra, kiểm tra có trọng tâm.\n2. Hai.', '1')).toEqual(['Các cơ quan, đơn vị'])
  })
  it('reads the assignment a heading makes itself, and not the agency it tells the doer to direct (a council resolution, a ministry letter)', () => {
    const t = task('1. Về lĩnh vực tư pháp: Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Công an tỉnh:\n- Tăng cường kỷ luật, kỷ cương trong toàn ngành.\n2. Hai.', '1')
    expect(names(t.lead)).toEqual(['Ủy ban nhân dân tỉnh'])
    expect(leadOf('1. Đề nghị Thủ trưởng Sở Y tế chủ trì, phối hợp với Sở Tài chính:\n- Thường xuyên tổ chức quán triệt.\n2. Hai.', '1')).toEqual(['Sở Y tế'])
  })
  it('does not take a heading that only says what to do for an agency heading', () => {
    expect(leadOf('1. Nâng cao trách nhiệm của người đứng đầu\n- Thực hiện nghiêm quy định.\n2. Hai.', '1')).toEqual([])
  })
})

describe('diagnostics', () => {
  it('reports a task that names no lead, with its span, and not one that does', () => {
    const letter = letterOf(congVan('1. Tăng cường công tác tuyên truyền.\n2. Sở Tài chính rà soát kinh phí.'))
    const noLead = letter.diagnostics.filter((d) => d.ruleId === 'task/no-lead')
    expect(noLead).toHaveLength(1)
    expect(noLead[0].message).toContain('Task 1')
    const t1 = letter.tasks.find((t) => t.label === '1')!
    expect(noLead[0].span).toEqual(t1.span)
  })
})

describe('sentences that close an item or a letter', () => {
  it('gives no role from the sentence on difficulties on, inside an item too (two provincial letters)', () => {
    const t = task('1. Sở Xây dựng rà soát hồ sơ. Trong quá trình triển khai thực hiện, nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời có văn bản gửi Sở Xây dựng để tổng hợp. Đồng thời gửi Sở Tài chính để theo dõi, phối hợp xử lý.\n2. Hai.', '1')
    expect(names(t.lead)).toEqual(['Sở Xây dựng'])
    expect(names(t.support)).toEqual([])
  })
  it('gives no role to a courteous closing that thanks or asks for attention (a ministry letter, a province to a ministry)', () => {
    expect(leadOf('1. Phối hợp với Bộ Nông nghiệp và Môi trường trong công tác phòng ngừa vi phạm.\n\nBộ Nông nghiệp và Môi trường trân trọng cảm ơn sự phối hợp chặt chẽ của Quý Ủy ban./.', '1')).toEqual([])
    expect(leadOf('1. Đề nghị Bộ Xây dựng có ý kiến chỉ đạo Cục Đăng kiểm Việt Nam tổ chức kiểm tra.\n\nỦy ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng quan tâm, sớm xem xét, chỉ đạo giải quyết./.', '1')).toEqual(['Bộ Xây dựng'])
  })
  it("does not take a request recounted from another body's letter for an assignment", () => {
    expect(leadOf('Cục Cảnh sát giao thông đã có Văn bản số 787/C06-P3 ngày 29/01/2026 đề nghị Cục Đăng kiểm Việt Nam ban hành văn bản hướng dẫn.')).toEqual([])
  })
})

describe('more assignments', () => {
  it('reads an approval that an agency act as its assignment (a Government Office letter)', () => {
    expect(leadOf('1. Đồng ý về chủ trương Ủy ban nhân dân tỉnh Quảng Nam nghiên cứu, lập Đề án thí điểm.\n2. Hai.', '1')).toEqual(['Ủy ban nhân dân tỉnh Quảng Nam'])
  })
  it('takes the subject after an adverbial that names another agency ("Căn cứ thông báo của A, B thực hiện")', () => {
    expect(leadOf('Căn cứ thông báo của Sở Công Thương, Sở Tài chính thực hiện việc cập nhật dữ liệu.')).toEqual(['Sở Tài chính'])
  })
  it('takes the agency of a conditional grant ("thì được X gia hạn")', () => {
    expect(leadOf('Trường hợp có lý do chính đáng thì được Sở Tài chính gia hạn một lần không quá 12 tháng.')).toEqual(['Sở Tài chính'])
  })
})

describe('a closing formula assigns no roles, so a sentence that assigns roles is no closing', () => {
  const last = (sentence: string) => task(`1. Sở Nội vụ rà soát biên chế.\n\n2. ${sentence}`, '2')
  it('keeps the lead and support of a last item ending "tổ chức thực hiện./."', () => {
    const t = last('Sở Công Thương chủ trì, phối hợp với Công an tỉnh tổ chức thực hiện./.')
    expect(names(t.lead)).toEqual(['Sở Công Thương'])
    expect(names(t.support)).toEqual(['Công an tỉnh'])
  })
  it('keeps a "có trách nhiệm" item that ends like the formula', () => {
    expect(names(last('Ủy ban nhân dân các xã, phường có trách nhiệm triển khai thực hiện./.').lead)).toEqual(['Ủy ban nhân dân các xã, phường'])
  })
  it('keeps an unnumbered "Giao X chủ trì …./." paragraph after the last item in that item', () => {
    const t = task('1. Sở Nội vụ rà soát biên chế.\n\nGiao Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai thực hiện./.', '1')
    expect(names(t.lead)).toEqual(['Sở Nội vụ', 'Sở Y tế'])
    expect(names(t.support)).toEqual(['Sở Tài chính'])
  })
  it('keeps a numbered last item whose one named agency "tổ chức triển khai thực hiện./."', () => {
    expect(names(last('Sở Văn hóa, Thể thao và Du lịch tổ chức triển khai thực hiện./.').lead)).toEqual(['Sở Văn hóa, Thể thao và Du lịch'])
  })
  it('still reads a numbered collective "… nghiêm túc triển khai thực hiện./." as the closing', () => {
    expect(names(last('Các sở, ban, ngành, địa phương nghiêm túc triển khai thực hiện./.').lead)).toEqual([])
  })
  it('reads "X yêu cầu <one named agency> triển khai thực hiện./." after the last item as that item\'s assignment', () => {
    expect(leadOf('1. Rà soát hồ sơ đất đai.\n\nỦy ban nhân dân tỉnh yêu cầu Sở Nông nghiệp và Môi trường triển khai thực hiện./.', '1')).toEqual(['Sở Nông nghiệp và Môi trường'])
    expect(leadOf('1. Rà soát hồ sơ đất đai.\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ban, ngành triển khai thực hiện./.', '1')).toEqual([])
  })
  it('still reads the collective closing after a last item as no work', () => {
    const t = task('1. Sở Nội vụ rà soát biên chế.\n\nYêu cầu Thủ trưởng các cơ quan, đơn vị liên quan phối hợp thực hiện./.', '1')
    expect(names(t.lead)).toEqual(['Sở Nội vụ'])
    expect(names(t.support)).toEqual([])
  })
})

describe('a recounted document, and an instruction the letter conveys', () => {
  it('reads "đã có ý kiến chỉ đạo giao X" as this letter conveying the work', () => {
    expect(leadOf('Phó Chủ tịch UBND tỉnh đã có ý kiến chỉ đạo giao Sở Nông nghiệp và Môi trường kiểm tra hiện trường.')).toEqual(['Sở Nông nghiệp và Môi trường'])
  })
  it('reads a new clause after a recounted letter as an assignment ("đã có Văn bản số …, UBND tỉnh giao X")', () => {
    expect(leadOf('Bộ Xây dựng đã có Văn bản số 12/BXD-KHCN ngày 02/4/2025 về việc rà soát quy hoạch, Ủy ban nhân dân tỉnh giao Sở Xây dựng tham mưu thực hiện.')).toEqual(['Sở Xây dựng'])
  })
  it("still gives no role to the object of a request inside the recounted letter's own clause", () => {
    expect(leadOf('Bộ Y tế đã có Công văn số 55/BYT-KCB ngày 01/3/2025 đề nghị Sở Y tế báo cáo số liệu.')).toEqual([])
  })
})

describe('a described or passive subject that is given a doer role leads', () => {
  it('reads a subject described as "là đơn vị thực hiện" as the lead', () => {
    expect(leadOf('Sở Tư pháp là đơn vị thực hiện việc rà soát văn bản quy phạm pháp luật.')).toEqual(['Sở Tư pháp'])
  })
  it('reads "được Chủ tịch UBND tỉnh phân công" as a lead', () => {
    expect(leadOf('Sở Nội vụ được Chủ tịch UBND tỉnh phân công theo dõi việc sắp xếp tổ chức bộ máy.')).toEqual(['Sở Nội vụ'])
  })
  it('still gives no role to a subject that is only described or acted on', () => {
    expect(leadOf('Sở Công Thương là cơ quan quản lý nhà nước về hóa chất trên địa bàn tỉnh.')).toEqual([])
    expect(leadOf('Ủy ban nhân dân huyện Bát Xát được cấp kinh phí hỗ trợ năm 2025.')).toEqual([])
  })
})
