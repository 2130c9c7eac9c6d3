/** Tasks: marker shapes, continuation, tables, role phrases, enumerations, collectives, inheritance. */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from './helpers.js'
import type { Task } from '../src/schema/letter.js'

const tasks = (body: string) => letterOf(congVan(body)).tasks
const labels = (body: string) => tasks(body).map((t) => t.label)
const names = (list: { name: string }[]) => list.map((a) => a.name)
const byLabel = (ts: Task[], label: string) => ts.find((t) => t.label === label)!

describe('item markers', () => {
  it('reads "1.", "**1.**", Markdown headings and ordered lists alike', () => {
    expect(labels('**1.** Một.\n\n#### 2. Về hai\n\na) Việc a.\n\n## 3. Sở Tài chính:\n\n4. Bốn.')).toEqual(['1', '2', '2.a', '3', '4'])
  })
  it('keeps đ as its own letter and skips f, j, w, z', () => {
    expect(labels('1. Nhóm:\na) A.\nb) B.\nc) C.\nd) D.\nđ) Đ.\ne) E.\ng) G.')).toEqual(['1', '1.a', '1.b', '1.c', '1.d', '1.đ', '1.e', '1.g'])
  })
  it('reads Roman sections, Điều and dotted sub-items into label paths', () => {
    expect(labels('I. MỤC ĐÍCH\n1. Một.\nII. NỘI DUNG\n1. Tăng cường\n1.1. Tổ chức.\n1.2. Nâng cao.\n2. Hai.')).toEqual(['I', 'I.1', 'II', 'II.1', 'II.1.1', 'II.1.2', 'II.2'])
    expect(labels('Điều 1. Ban hành.\n\nĐiều 2. Thi hành.')).toEqual(['Điều 1', 'Điều 2'])
  })
  it('finds a dotted marker glued to the end of its parent line', () => {
    expect(labels('1. Tăng cường sự lãnh đạo 1.1.\nTổ chức nghiên cứu.\n1.2. Nâng cao vai trò.')).toEqual(['1', '1.1', '1.2'])
  })
  it('does not take a wrapped line that starts with a number for an item', () => {
    expect(labels('1. Sở Tài chính chủ trì rà soát theo Nghị định\n2026 của Chính phủ và báo cáo kết quả\n30/8/2026 đã nêu.\n2. Sở Y tế.')).toEqual(['1', '2'])
  })
  it('does not take a number out of sequence for an item', () => {
    expect(labels('1. Một.\n5. Năm.\n2. Hai.')).toEqual(['1', '2'])
  })
  it('keeps bullets inside their item: they are not tasks', () => {
    const ts = tasks('1. Các nội dung:\n- Sở Tài chính rà soát;\n+ Sở Y tế kiểm tra.\n2. Hai.')
    expect(ts.map((t) => t.label)).toEqual(['1', '2'])
    expect(names(ts[0].lead)).toEqual(['Sở Tài chính', 'Sở Y tế'])
  })
  it('makes a body without numbered items one task "0"', () => {
    const ts = tasks('Giao Sở Công Thương chủ trì, phối hợp với các cơ quan, đơn vị, địa phương triển khai thực hiện.')
    expect(ts.map((t) => t.label)).toEqual(['0'])
    expect(names(ts[0].lead)).toEqual(['Sở Công Thương'])
  })
  it('leaves the closing formula out of the last item', () => {
    const ts = tasks('1. Sở Y tế rà soát.\n\nYêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.')
    expect(ts).toHaveLength(1)
    expect(names(ts[0].lead)).toEqual(['Sở Y tế'])
    expect(ts[0].text).not.toContain('Yêu cầu')
  })
})

describe('continuation across page breaks', () => {
  it('joins a paragraph that starts in lower case to the item before it, with its deadline', () => {
    const ts = tasks('1. Sở Kế hoạch và Đầu tư hoàn chỉnh kế hoạch;\n\n**hoàn thành trong tháng 4/2024** theo chỉ đạo.\n\n2. Hai.')
    expect(byLabel(ts, '1').deadline?.date).toBe('2024-04-30')
    expect(byLabel(ts, '2').deadline).toBeNull()
  })
})

describe('task tables', () => {
  const table = [
    '1. Nội dung chính.',
    '',
    'Nơi nhận:',
    '- Như trên.',
    '',
    'KT. BỘ TRƯỞNG',
    'THỨ TRƯỞNG',
    '',
    'Lê Công Thành',
    '',
    'PHỤ LỤC II',
    '',
    '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
    '| --- | --- | --- | --- | --- |',
    '| 1. | Hoàn thiện dự thảo Nghị định. | Cục Biến đổi khí hậu | Vụ Pháp chế, các đơn vị có liên quan | Tháng 8/2024 |',
    '| 2. | Thiết lập hệ thống. | Sở Tài chính; Sở Y tế | Cục Viễn thám quốc gia | 2024 - 2025 |',
  ].join('\n')
  it('labels appendix rows by their STT under the appendix number, with lead, support and deadline', () => {
    const ts = letterOf(table).tasks
    expect(ts.map((t) => t.label)).toEqual(['1', 'PLII.1', 'PLII.2'])
    const r1 = byLabel(ts, 'PLII.1')
    expect(names(r1.lead)).toEqual(['Cục Biến đổi khí hậu'])
    expect(names(r1.support)).toEqual(['Vụ Pháp chế', 'Các đơn vị có liên quan'])
    expect([r1.deadline?.date, r1.deadline?.kind, r1.deadline?.start]).toEqual(['2024-08-31', 'within-period', '2024-08-01'])
    const r2 = byLabel(ts, 'PLII.2')
    expect(names(r2.lead)).toEqual(['Sở Tài chính', 'Sở Y tế'])
    expect(r2.deadline?.date).toBe('2025-12-31')
  })
})

describe('role phrases', () => {
  it('takes the subject of "chủ trì, phối hợp với" as lead and the rest as support', () => {
    const t = tasks('1. Sở Giao thông vận tải chủ trì, phối hợp với cơ quan, đơn vị có liên quan khẩn trương tham mưu.')[0]
    expect([names(t.lead), names(t.support)]).toEqual([['Sở Giao thông vận tải'], ['Cơ quan, đơn vị có liên quan']])
  })
  it('takes the one before "phối hợp với" as lead', () => {
    const t = tasks('1. Văn phòng UBND tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch hoàn chỉnh đề án.')[0]
    expect([names(t.lead), names(t.support)]).toEqual([['Văn phòng Ủy ban nhân dân tỉnh'], ['Sở Văn hóa, Thể thao và Du lịch']])
  })
  it.each([
    ['giao', '1. Giao Sở Nông nghiệp và Môi trường chủ trì xây dựng kế hoạch.'],
    ['yêu cầu', '1. Yêu cầu Sở Nông nghiệp và Môi trường xây dựng kế hoạch.'],
    ['đề nghị', '1. Đề nghị Sở Nông nghiệp và Môi trường xây dựng kế hoạch.'],
    ['tham mưu', '1. Sở Nông nghiệp và Môi trường tham mưu UBND tỉnh ban hành kế hoạch.'],
    ['chịu trách nhiệm', '1. Sở Nông nghiệp và Môi trường chịu trách nhiệm rà soát.'],
  ])('reads the agency that "%s" names as lead', (_, body) => {
    expect(names(tasks(body)[0].lead)).toEqual(['Sở Nông nghiệp và Môi trường'])
  })
  it('reads "giao nhiệm vụ cho", "giao:" and "phối hợp cùng"', () => {
    expect(names(tasks('1. Giao nhiệm vụ cho Sở Y tế kiểm tra.')[0].lead)).toEqual(['Sở Y tế'])
    expect(names(tasks('1. Giao: Sở Y tế kiểm tra.')[0].lead)).toEqual(['Sở Y tế'])
    expect(names(tasks('1. Sở Y tế phối hợp cùng Công an tỉnh kiểm tra.')[0].support)).toEqual(['Công an tỉnh'])
  })
  it('reads an agency sent something "để … phối hợp" as support', () => {
    const t = tasks('1. Sở Y tế kiểm tra, đồng thời gửi Sở Tài chính để theo dõi, phối hợp xử lý; báo cáo UBND tỉnh.')[0]
    expect([names(t.support), names(t.reportTo)]).toEqual([['Sở Tài chính'], ['Ủy ban nhân dân tỉnh']])
  })
  it('reads "cùng" as support', () => {
    expect(names(tasks('1. Sở Y tế cùng với Công an tỉnh kiểm tra.')[0].support)).toEqual(['Công an tỉnh'])
  })
  it('makes agencies only reported to reportTo, not lead', () => {
    const t = tasks('1. Sở Tài chính tổng hợp, báo cáo UBND tỉnh và trình Thủ tướng Chính phủ.')[0]
    expect([names(t.lead), names(t.reportTo)]).toEqual([['Sở Tài chính'], ['Ủy ban nhân dân tỉnh', 'Thủ tướng Chính phủ']])
  })
  it('does not make an agency that only recounts ("đã") or a law that assigns a lead', () => {
    expect(tasks('1. Bộ Tài chính đã nghiêm túc thực hiện ý kiến chỉ đạo.')[0].lead).toEqual([])
    expect(tasks('1. Luật Bảo vệ môi trường năm 2020 giao Bộ Tài chính chủ trì thành lập thị trường.')[0].lead).toEqual([])
  })
  it('does not make the assigner a lead: "UBND thành phố đề nghị các cơ quan …"', () => {
    expect(names(tasks('1. Ủy ban nhân dân thành phố Hà Nội đề nghị các cơ quan, đơn vị của Trung ương treo cờ.')[0].lead)).toEqual(['Các cơ quan, đơn vị của Trung ương'])
  })
  it('says an item without an agency applies to the recipients, without copying them', () => {
    const t = tasks('1. Tăng cường công tác quản lý các nguồn thu.')[0]
    expect([t.lead, t.assignees]).toEqual([[], 'recipients'])
  })
  it('reads a support list that runs over semicolons', () => {
    const t = tasks('1. Rà soát.\n- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan; Ủy ban nhân dân các huyện, thành phố.')[0]
    expect([names(t.lead), names(t.support)]).toEqual([['Sở Nội vụ'], ['Liên đoàn Lao động tỉnh', 'Các sở, ngành liên quan', 'Ủy ban nhân dân các huyện, thành phố']])
  })
})

describe('agency names', () => {
  it('expands enumerations: "UBND các huyện: Tư Nghĩa, Nghĩa Hành và thị xã Đức Phổ"', () => {
    const t = tasks('1. Ban Quản lý dự án đầu tư xây dựng các công trình Giao thông tỉnh chủ trì, phối hợp UBND các huyện: Tư Nghĩa, Nghĩa Hành và thị xã Đức Phổ tập trung giải phóng mặt bằng.')[0]
    expect(names(t.lead)).toEqual(['Ban Quản lý dự án đầu tư xây dựng các công trình Giao thông tỉnh'])
    expect(names(t.support)).toEqual(['Ủy ban nhân dân huyện Tư Nghĩa', 'Ủy ban nhân dân huyện Nghĩa Hành', 'Ủy ban nhân dân thị xã Đức Phổ'])
  })
  it('expands "các Bộ: Tài chính, Tư pháp" and "các Bộ Tài nguyên và Môi trường, Tư pháp"', () => {
    expect(names(tasks('1. Bộ Công Thương phối hợp với các Bộ: Tài chính, Tư pháp rà soát.')[0].support)).toEqual(['Bộ Tài chính', 'Bộ Tư pháp'])
    expect(names(tasks('1. Bộ Công Thương phối hợp chặt chẽ với các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Tư pháp để hoàn thiện.')[0].support)).toEqual([
      'Bộ Tài nguyên và Môi trường',
      'Bộ Nông nghiệp và Phát triển nông thôn',
      'Bộ Tư pháp',
    ])
  })
  it('keeps names with commas and "và" whole', () => {
    const t = tasks('1. Sở Văn hóa, Thể thao và Du lịch, Sở Lao động - Thương binh và Xã hội và Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi tập trung thực hiện.')[0]
    expect(names(t.lead)).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Lao động - Thương binh và Xã hội', 'Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi'])
  })
  it('expands abbreviations to one canonical name, keeping the printed form', () => {
    const t = tasks('1. Sở KH&ĐT chủ trì, phối hợp với Sở LĐ-TB&XH, Sở TN&MT và VPUB thực hiện.')[0]
    expect(names(t.lead)).toEqual(['Sở Kế hoạch và Đầu tư'])
    expect(names(t.support)).toEqual(['Sở Lao động - Thương binh và Xã hội', 'Sở Tài nguyên và Môi trường', 'Văn phòng Ủy ban nhân dân tỉnh'])
    expect(t.lead[0].printed).toBe('Sở KH&ĐT')
  })
  it('keeps collective addressees as one entry', () => {
    expect(names(tasks('1. Các sở, ban, ngành, UBND các huyện, thị xã, thành phố và cơ quan, đơn vị có liên quan triển khai.')[0].lead)).toEqual([
      'Các sở, ban, ngành',
      'Ủy ban nhân dân các huyện, thị xã, thành phố',
      'Cơ quan, đơn vị có liên quan',
    ])
  })
  it('reads a leader title as its agency: "Giám đốc Sở Tài chính" → Sở Tài chính', () => {
    expect(names(tasks('1. Giao Giám đốc Sở Tài chính rà soát.')[0].lead)).toEqual(['Sở Tài chính'])
  })
})

describe('inheritance', () => {
  it('makes an agency heading the lead of each sub-item that names no doer of its own', () => {
    const ts = tasks('1. Tăng cường quản lý.\n2. Sở Kế hoạch và Đầu tư:\na) Tiếp tục rà soát.\nb) Sở Tài chính chủ trì thẩm định.\nc) Chủ trì, phối hợp với Cục Thuế tỉnh rà soát.')
    expect(names(byLabel(ts, '2.a').lead)).toEqual(['Sở Kế hoạch và Đầu tư'])
    expect(byLabel(ts, '2.a').assignees).toBe('inherited')
    expect(names(byLabel(ts, '2.b').lead)).toEqual(['Sở Tài chính'])
    expect([names(byLabel(ts, '2.c').lead), names(byLabel(ts, '2.c').support)]).toEqual([['Sở Kế hoạch và Đầu tư'], ['Cục Thuế tỉnh']])
    expect(byLabel(ts, '1').lead).toEqual([])
  })
  it('lets listed agencies stand for the collective they are introduced by ("gồm:")', () => {
    const ts = tasks('1. Công tác tuyên truyền.\n2. Các sở quản lý chuyên ngành\nGiao các sở quản lý chuyên ngành gồm:\n- Sở Công Thương (đối với hạ tầng thương mại);\n- Sở Xây dựng (đối với hạ tầng đô thị).\nCó trách nhiệm:\na) Rà soát tài sản.')
    expect(names(byLabel(ts, '2').lead)).toEqual(['Sở Công Thương', 'Sở Xây dựng'])
    expect(names(byLabel(ts, '2.a').lead)).toEqual(['Sở Công Thương', 'Sở Xây dựng'])
  })
})

describe('provenance', () => {
  it('gives each task its label path, parent, text and span, and the citations in it', () => {
    const l = letterOf(congVan('1. Về đầu tư\n\na) Quản lý chặt chẽ.\n\nb) Đẩy nhanh giải ngân theo Chỉ thị số 01/CT-UBND ngày 03/01/2024.'))
    const t = byLabel(l.tasks, '1.b')
    expect([t.parent, t.citations]).toEqual(['1', [l.citations[0].id]])
    expect(t.text.startsWith('b) Đẩy nhanh')).toBe(true)
    expect(l.citations[0].occurrences[0].task).toBe('1.b')
  })
})

describe('letter markers with a dot', () => {
  it('reads "a." and "b." like "a)" and "b)"', () => {
    expect(labels('1. Các sở:\na. Sở Tài chính rà soát.\nb. Sở Y tế kiểm tra.')).toEqual(['1', '1.a', '1.b'])
  })
})

describe('a task table in the body', () => {
  it('labels its rows under the section that holds it and keeps them out of the section text', () => {
    const ts = tasks(
      [
        'I. MỤC ĐÍCH',
        '1. Đẩy mạnh chuyển đổi số.',
        'II. NHIỆM VỤ CỤ THỂ',
        '',
        '| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |',
        '| --- | --- | --- | --- | --- |',
        '| 1 | Xây dựng kho dữ liệu | Sở Y tế | Các sở, ngành | Quý II/2024 |',
        '| 2 | Số hóa hồ sơ | Văn phòng UBND tỉnh | Sở Nội vụ | Trước ngày 30/9/2024 |',
      ].join('\n'),
    )
    expect(ts.map((t) => t.label)).toEqual(['I', 'I.1', 'II', 'II.1', 'II.2'])
    expect(byLabel(ts, 'II').deadline).toBeNull()
    expect([names(byLabel(ts, 'II.2').lead), byLabel(ts, 'II.2').deadline?.date]).toEqual([['Văn phòng Ủy ban nhân dân tỉnh'], '2024-09-30'])
  })
})

describe('citation ↔ task links (src/resolve/links.ts)', () => {
  it('ties each mention to the smallest task holding it, returns new arrays and changes none of its inputs', async () => {
    const { linkCitations } = await import('../src/resolve/links.js')
    const { parseSource } = await import('../src/parse/index.js')
    const { loadText } = await import('../src/load/index.js')
    const text = congVan('1. Sở Tài chính:\na) Thực hiện Quyết định số 91/QĐ-UBND ngày 19/01/2024.\nb) Rà soát theo Nghị định số 178/2024/NĐ-CP và Quyết định số 91/QĐ-UBND.\n2. Sở Y tế báo cáo.')
    const l = letterOf(text)
    const doc = parseSource(loadText(text))
    // The links as the pipeline made them, then undone: every occurrence without its task, every task without citations.
    const bare = l.citations.map((c) => ({ ...c, occurrences: c.occurrences.map((o) => ({ ...o, task: null })) }))
    const tasksIn = l.tasks.map((t) => ({ ...t, citations: [] as string[] }))
    const starts = (o: { span: { start: { offset: number } } }) => [...doc.map].findIndex((raw) => raw >= o.span.start.offset)
    // In text order, as the citations stage gives them.
    const mentions = bare.flatMap((c) => c.occurrences.map((o) => ({ start: starts(o), end: starts(o) + 1, id: c.id, occurrence: o }))).sort((a, b) => a.start - b.start)
    const before = JSON.stringify([bare, tasksIn])
    const linked = linkCitations(doc, tasksIn, { numbered: bare, named: [], mentions })
    expect(JSON.stringify([bare, tasksIn])).toBe(before)
    expect(linked.citations).toEqual(l.citations)
    expect(linked.tasks.map((t) => [t.label, t.citations])).toEqual(l.tasks.map((t) => [t.label, t.citations]))
    const qd = linked.citations.find((c) => c.ref === '91/QĐ-UBND')!
    expect(qd.occurrences.map((o) => o.task)).toEqual(['1.a', '1.b'])
    expect(byLabel(linked.tasks, '1.b').citations).toHaveLength(2)
    expect(byLabel(linked.tasks, '2').citations).toEqual([])
  })
})

describe('a numbered item that is the closing formula', () => {
  it('keeps its text (and its parent keeps it too) but assigns no work and sets no deadline', () => {
    const l = letterOf(congVan('1. Tổ chức thực hiện\na) Sở Tài chính rà soát, báo cáo trước ngày 30/4/2024.\nb) Trong quá trình triển khai thực hiện, nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời có văn bản gửi Sở Tài chính để tổng hợp, tham mưu Ủy ban nhân dân tỉnh xem xét, giải quyết.\nYêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện nghiêm túc tổ chức triển khai thực hiện./.'))
    const b = byLabel(l.tasks, '1.b')
    expect(b.text).toContain('nếu phát sinh khó khăn')
    expect(b.text).not.toContain('nghiêm túc triển khai')
    expect(b.lead).toEqual([])
    expect(b.deadline).toBeNull()
    expect(byLabel(l.tasks, '1').text).toContain('nếu phát sinh khó khăn')
    expect(byLabel(l.tasks, '1.a').deadline?.date).toBe('2024-04-30')
  })
})
