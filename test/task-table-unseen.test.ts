/**
 * Task tables in layouts and wordings no corpus letter prints: each case is a small table as a
 * converter leaves it (Markdown pipe rows, an HTML page, pdftotext -layout columns with cells
 * set at the top or centred), and the rows it must give (label, lead, support, deadline), each
 * agency's span pointing at the text of its cell.
 */
import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { letterOf, congVan, docOf, tableRowsOf } from './helpers.js'
import { parseFile } from '../src/parse-file.js'
import { columnRoles, unnumberedTables, withUnnumberedTables } from '../src/extract/task-table.js'

const rowsOf = tableRowsOf

/** A letter whose appendix (after the signature) holds the given lines. */
const withAppendix = (heading: string, table: string[]): string =>
  congVan('1. Các đơn vị thực hiện nhiệm vụ tại Phụ lục kèm theo.') + ['', heading, '(Kèm theo Kế hoạch số 215/KH-UBND)', '', ...table, ''].join('\n')

describe('pipe tables as Markdown converters write them', () => {
  it('reads a two-row header, section rows, a lead cell of two agencies parted by <br> or a dash, and leaves the product column alone', () => {
    const src = withAppendix('PHỤ LỤC I', [
      '| TT | Nhiệm vụ | Đơn vị thực hiện | | Thời hạn | Hình thức văn bản |',
      '| --- | --- | --- | --- | --- | --- |',
      '| | | Chủ trì | Phối hợp | | |',
      '| I | Công tác chuẩn bị | | | | |',
      '| 1 | Rà soát quy chế phối hợp | Phòng Pháp chế<br>Văn phòng Sở | Phòng Tổ chức cán bộ | Quý I/2026 | Quyết định của Giám đốc Sở |',
      '| 2 | Cập nhật cơ sở dữ liệu đê điều | Trung tâm Dữ liệu - Phòng Kỹ thuật | Các Chi cục | 2025-2026 | Cơ sở dữ liệu |',
      '| II | Công tác ứng phó | | | | |',
      '| 1 | Trực ban phòng, chống thiên tai | Văn phòng Sở | | Thường xuyên | Báo cáo ngày |',
    ])
    const rows = rowsOf(letterOf(src), src, 'PLI')
    expect(rows).toEqual([
      { label: 'PLI.I', lead: [], support: [], deadline: null },
      { label: 'PLI.I.1', lead: ['Phòng Pháp chế', 'Văn phòng Sở'], support: ['Phòng Tổ chức cán bộ'], deadline: '2026-03-31' },
      { label: 'PLI.I.2', lead: ['Trung tâm Dữ liệu', 'Phòng Kỹ thuật'], support: ['Các Chi cục'], deadline: '2026-12-31' },
      { label: 'PLI.II', lead: [], support: [], deadline: null },
      { label: 'PLI.II.1', lead: ['Văn phòng Sở'], support: [], deadline: null },
    ])
  })

  it('reads the second header row a DOCX converter moved left (rowspan cells dropped) and a section row printed across the table', () => {
    // What mammoth → HTML → pipe rows leaves of <th rowspan=2>STT</th>… <th colspan=2>Đơn vị thực hiện</th>.
    const src = withAppendix('PHỤ LỤC', [
      '| STT | Tên nhiệm vụ | Đơn vị thực hiện |  | Thời gian hoàn thành | Sản phẩm |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Chủ trì | Phối hợp |  |  |  |  |',
      '| I. NHIỆM VỤ THƯỜNG XUYÊN |  |  |  |  |  |',
      '| 1 | Theo dõi diễn biến mực nước các sông chính | Trung tâm Điều hành thông tin phòng chống thiên tai | Phòng Quản lý đê điều; Văn phòng Cục | Thường xuyên | Bản tin |',
      '| II. NHIỆM VỤ TRỌNG TÂM |  |  |  |  |  |',
      '| 1 | Đánh giá an toàn hồ chứa | Phòng Quản lý hồ chứa, Phòng Kỹ thuật |  | Quý III/2025 | Báo cáo đánh giá |',
    ])
    const letter = letterOf(src)
    const rows = rowsOf(letter, src, 'PL')
    expect(rows).toEqual([
      { label: 'PL.I', lead: [], support: [], deadline: null },
      { label: 'PL.I.1', lead: ['Trung tâm Điều hành thông tin phòng chống thiên tai'], support: ['Phòng Quản lý đê điều', 'Văn phòng Cục'], deadline: null },
      { label: 'PL.II', lead: [], support: [], deadline: null },
      { label: 'PL.II.1', lead: ['Phòng Quản lý hồ chứa', 'Phòng Kỹ thuật'], support: [], deadline: '2025-09-30' },
    ])
    expect(letter.tasks.find((t) => t.label === 'PL.I.1')?.deadline?.kind).toBe('ongoing')
  })

  it('keeps a cell one agency when lower-case words that open no new name follow a comma or the name itself', () => {
    const src = withAppendix('PHỤ LỤC', [
      '| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Tổ chức hội chợ sách quốc gia | Cục Văn hóa cơ sở, gia đình và thư viện | Các Sở Văn hóa, Thể thao và Du lịch | Tháng 10/2026 |',
      '| 2 | Sửa đổi quy chế quản lý lực lượng hộ đê | Phòng Pháp chế, thanh tra và kiểm tra | Chi cục Thủy lợi các tỉnh ven biển; Văn phòng Cục | Năm 2026 |',
      '| 3 | Tập huấn nghiệp vụ | Trung tâm Đào tạo, bồi dưỡng nghiệp vụ | Phòng Tổ chức cán bộ, chủ trì tổng hợp | Hằng năm |',
    ])
    const rows = rowsOf(letterOf(src), src, 'PL')
    expect(rows.map((r) => [r.label, r.lead, r.support])).toEqual([
      ['PL.1', ['Cục Văn hóa cơ sở, gia đình và thư viện'], ['Các Sở Văn hóa, Thể thao và Du lịch']],
      ['PL.2', ['Phòng Pháp chế, thanh tra và kiểm tra'], ['Chi cục Thủy lợi các tỉnh ven biển', 'Văn phòng Cục']],
      // A role word after the name ends it: ", chủ trì tổng hợp" is no part of the name.
      ['PL.3', ['Trung tâm Đào tạo, bồi dưỡng nghiệp vụ'], ['Phòng Tổ chức cán bộ']],
    ])
    expect(rows.map((r) => r.deadline)).toEqual(['2026-10-31', '2026-12-31', null])
  })

  it('parts names a converter ran together in a cell only where a new one of the same rank or a collective opens', () => {
    const src = withAppendix('PHỤ LỤC', [
      '| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Tiến độ |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Kiểm tra vật tư dự phòng | Phòng Kỹ thuật Phòng Kế hoạch - Tài chính | Văn phòng Cục Các cơ quan báo chí | Quý II/2025 |',
      '| 2 | Tổng kết công tác năm | Văn phòng Cục | Các đơn vị thuộc các Bộ có liên quan | Năm 2025 |',
      '| 3 | Quán triệt nghị quyết | Đảng ủy Ủy ban nhân dân tỉnh | Văn phòng Hội đồng nhân dân tỉnh | Tháng 6/2025 |',
    ])
    const rows = rowsOf(letterOf(src), src, 'PL')
    expect(rows.map((r) => [r.label, r.lead, r.support])).toEqual([
      ['PL.1', ['Phòng Kỹ thuật', 'Phòng Kế hoạch - Tài chính'], ['Văn phòng Cục', 'Các cơ quan báo chí']],
      ['PL.2', ['Văn phòng Cục'], ['Các đơn vị thuộc các Bộ có liên quan']],
      ['PL.3', ['Đảng ủy Ủy ban nhân dân tỉnh'], ['Văn phòng Hội đồng nhân dân tỉnh']],
    ])
  })
})

describe('rows without a number of their own', () => {
  it('gives bullet rows and rows under a merged STT cell to the numbered row above them', () => {
    const src = withAppendix('PHỤ LỤC', [
      '| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Tuyên truyền Luật Đê điều | | | |',
      '| - | Tổ chức hội nghị phổ biến | Phòng Pháp chế | Văn phòng Cục | Quý I/2026 |',
      '| - | Phát hành tài liệu hỏi đáp | Trung tâm Dữ liệu | | Quý II/2026 |',
      '| 2 | Kiểm tra việc thi hành | Phòng Kỹ thuật | | Năm 2026 |',
      '|  | Báo cáo kết quả kiểm tra | Văn phòng Cục | | |',
    ])
    expect(rowsOf(letterOf(src), src, 'PL')).toEqual([
      // The row's time is its own, else the last its bullets print (the work is done by then).
      { label: 'PL.1', lead: ['Phòng Pháp chế', 'Trung tâm Dữ liệu'], support: ['Văn phòng Cục'], deadline: '2026-06-30' },
      { label: 'PL.2', lead: ['Phòng Kỹ thuật', 'Văn phòng Cục'], support: [], deadline: '2026-12-31' },
    ])
  })
})

describe('a number column without its heading', () => {
  it('takes the column of row numbers for the STT when its header cell is empty', () => {
    const src = withAppendix('PHỤ LỤC', [
      '|  | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Tổ chức hội nghị phổ biến | Phòng Pháp chế | Văn phòng Cục | Quý I/2026 |',
      '| 2 | Kiểm tra việc thi hành | Phòng Kỹ thuật | | Năm 2026 |',
    ])
    expect(rowsOf(letterOf(src), src, 'PL')).toEqual([
      { label: 'PL.1', lead: ['Phòng Pháp chế'], support: ['Văn phòng Cục'], deadline: '2026-03-31' },
      { label: 'PL.2', lead: ['Phòng Kỹ thuật'], support: [], deadline: '2026-12-31' },
    ])
  })
})

describe('an HTML page', () => {
  it('reads a header of two rows (colspan over the agency columns, rowspan beside) and a time column headed "Tiến độ"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-tables-'))
    try {
      const head = congVan('1. Các đơn vị thực hiện nhiệm vụ tại Phụ lục kèm theo.')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => `<p>${l}</p>`)
        .join('\n')
      const table = [
        '<p>PHỤ LỤC</p><p>PHÂN CÔNG NHIỆM VỤ</p>',
        '<table border="1"><thead>',
        '<tr><th rowspan="2">TT</th><th rowspan="2">Nội dung</th><th colspan="2">Phân công thực hiện</th><th rowspan="2">Tiến độ</th><th rowspan="2">Hình thức văn bản</th></tr>',
        '<tr><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th></tr>',
        '</thead><tbody>',
        '<tr><td>1</td><td>Hướng dẫn địa phương lập kế hoạch duy tu đê</td><td>Phòng Quản lý đê điều</td><td>Chi cục Thủy lợi các tỉnh</td><td>Tháng 4/2025</td><td>Văn bản hướng dẫn</td></tr>',
        '<tr><td>2</td><td>Tổng kết công tác năm</td><td>Văn phòng Cục</td><td>Các phòng, đơn vị thuộc Cục</td><td>Hằng năm</td><td>Báo cáo</td></tr>',
        '</tbody></table>',
      ].join('\n')
      const path = join(dir, 'ke-hoach.html')
      writeFileSync(path, `<html><head><meta charset="utf-8"></head><body>${head}\n${table}</body></html>`)
      const letter = await parseFile(path)
      const t1 = letter.tasks.find((t) => t.label === 'PL.1')
      const t2 = letter.tasks.find((t) => t.label === 'PL.2')
      expect(t1?.lead.map((a) => a.name)).toEqual(['Phòng Quản lý đê điều'])
      expect(t1?.support.map((a) => a.name)).toEqual(['Chi cục Thủy lợi các tỉnh'])
      expect(t1?.deadline?.date).toBe('2025-04-30')
      expect(t2?.support.map((a) => a.name)).toEqual(['Các phòng, đơn vị thuộc Cục'])
      expect(t2?.deadline?.kind).toBe('recurring')
      // The product column names no agency.
      expect(letter.tasks.flatMap((t) => [...t.lead, ...t.support]).map((a) => a.name)).not.toContain('Văn bản hướng dẫn')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('text columns (pdftotext -layout)', () => {
  it('reads rows set at the top of their cells from their STT line down, wrapped cells joined', () => {
    const src = withAppendix('PHỤ LỤC II', [
      '                             Cơ quan      Cơ quan     Thời gian   Hình thức',
      'STT            Tên đề án     chủ trì      phối hợp    trình       văn bản',
      '1              Đề án         Phòng        Chi cục     Quý         Quyết',
      '               nâng cấp      Quản lý đê   Thủy lợi    II/2026     định của',
      '               hệ thống      điều         các tỉnh                Bộ trưởng',
      '               đê biển                    ven biển;',
      '               khu vực                    Văn phòng',
      '               Bắc Trung                  Cục',
      '               Bộ giai',
      '               đoạn',
      '               2026-2030',
      '2              Đề án ứng     Trung tâm    Phòng Kỹ    Tháng       Đề án',
      '               dụng viễn     Dữ liệu và   thuật,      9/2026',
      '               thám          Chuyển       Phòng Kế',
      '               trong giám    đổi số       hoạch - Tài',
      '               sát sạt lở                 chính',
      '               bờ sông',
      '3              Sửa đổi       Phòng        Phòng Tổ    Năm 2026    Thông tư',
      '               quy chế       Pháp chế,    chức cán',
      '               quản lý lực   thanh tra    bộ',
      '               lượng         và kiểm',
      '               quản lý đê    tra',
      '               nhân dân',
    ])
    expect(rowsOf(letterOf(src), src, 'PL')).toEqual([
      { label: 'PLII.1', lead: ['Phòng Quản lý đê điều'], support: ['Chi cục Thủy lợi các tỉnh ven biển', 'Văn phòng Cục'], deadline: '2026-06-30' },
      { label: 'PLII.2', lead: ['Trung tâm Dữ liệu và Chuyển đổi số'], support: ['Phòng Kỹ thuật', 'Phòng Kế hoạch - Tài chính'], deadline: '2026-09-30' },
      { label: 'PLII.3', lead: ['Phòng Pháp chế, thanh tra và kiểm tra'], support: ['Phòng Tổ chức cán bộ'], deadline: '2026-12-31' },
    ])
  })

  it('reads a header of two rows (a heading over "Đơn vị chủ trì" and "Đơn vị phối hợp") over centred rows, a time set just before its column', () => {
    const src = withAppendix('PHỤ LỤC', [
      '                                            Phân công thực hiện',
      '                                                                                           Hình thức',
      ' TT           Nội dung                                                          Tiến độ',
      '                                                                                            văn bản',
      '                                   Đơn vị chủ trì        Đơn vị phối hợp',
      '',
      '      Hướng dẫn địa phương lập Phòng Quản lý          Chi cục Thủy lợi các tỉnh Tháng     Văn bản',
      '1',
      '      kế hoạch duy tu đê       đê điều                Văn phòng Cục             4/2025    hướng dẫn',
      '',
      '                                 Phòng Kỹ thuật',
      '      Kiểm tra công tác chuẩn bị                Ban Chỉ huy phòng,             Quý        Biên bản',
      '2                                Phòng Kế hoạch',
      '      vật tư dự phòng                           chống thiên tai các tỉnh       II/2025    kiểm tra',
      '                                 - Tài chính',
      '',
      '                                                      Các phòng, đơn vị thuộc',
      '3     Tổng kết công tác năm      Văn phòng Cục                                Hằng năm Báo cáo',
      '                                                      Cục',
    ])
    const letter = letterOf(src)
    expect(rowsOf(letter, src, 'PL')).toEqual([
      { label: 'PL.1', lead: ['Phòng Quản lý đê điều'], support: ['Chi cục Thủy lợi các tỉnh', 'Văn phòng Cục'], deadline: '2025-04-30' },
      { label: 'PL.2', lead: ['Phòng Kỹ thuật', 'Phòng Kế hoạch - Tài chính'], support: ['Ban Chỉ huy phòng, chống thiên tai các tỉnh'], deadline: '2025-06-30' },
      { label: 'PL.3', lead: ['Văn phòng Cục'], support: ['Các phòng, đơn vị thuộc Cục'], deadline: null },
    ])
    expect(letter.tasks.find((t) => t.label === 'PL.3')?.deadline?.kind).toBe('recurring')
  })

  it('keeps a centred row whole when the line halfway to the next STT ends its lead, and a heading across the columns takes no doer', () => {
    const src = withAppendix('PHỤ LỤC', [
      'TT   Nội dung                            Cơ quan chủ trì     Thời gian',
      'II   Nhiệm vụ thực hiện đến năm 2030 của toàn ngành',
      '                                         Đảng ủy HĐND',
      '     Rà soát cơ chế quản lý ngân sách',
      ' 1                                       tỉnh; Đảng ủy       2026 - 2027',
      '     chi sự nghiệp môi trường',
      '                                         UBND tỉnh',
      '     Rà soát chính sách ưu đãi đầu tư    Sở Tài chính',
      ' 2   xanh, tuần hoàn, phát thải thấp                         2027 - 2030',
      '     của toàn tỉnh',
    ])
    expect(rowsOf(letterOf(src), src, 'PL')).toEqual([
      { label: 'PL.II', lead: [], support: [], deadline: null },
      { label: 'PL.II.1', lead: ['Đảng ủy Hội đồng nhân dân tỉnh', 'Đảng ủy Ủy ban nhân dân tỉnh'], support: [], deadline: '2027-12-31' },
      { label: 'PL.II.2', lead: ['Sở Tài chính'], support: [], deadline: '2030-12-31' },
    ])
  })
})

describe('text columns whose first row starts above its STT', () => {
  it('does not take the first row\'s lines under a left-aligned task heading for the header', () => {
    const src = withAppendix('PHỤ LỤC', [
      'TT   Nội dung                                       Cơ quan chủ trì     Thời gian',
      '     Huy động, phân bổ và triển khai hiệu quả các',
      '     nguồn lực từ đầu tư công, vốn vay ODA và các Đảng ủy UBND',
      ' 1   nguồn lực hợp pháp khác để thực hiện các    tỉnh                 2026 - 2030',
      '     dự án về bảo vệ môi trường',
      '',
      '     Rà soát, hoàn thiện cơ chế, chính sách quản lý  Sở Tài chính     2027 - 2030',
      ' 2   ngân sách chi sự nghiệp bảo vệ môi trường',
    ])
    expect(rowsOf(letterOf(src), src, 'PL')).toEqual([
      { label: 'PL.1', lead: ['Đảng ủy Ủy ban nhân dân tỉnh'], support: [], deadline: '2030-12-31' },
      { label: 'PL.2', lead: ['Sở Tài chính'], support: [], deadline: '2030-12-31' },
    ])
  })
})

describe('OCR text (the spaces between columns lost)', () => {
  it('parts the lead from the support where two names run together, and leaves a wrapped word of the task out of the lead', () => {
    const src = withAppendix('PHỤ LỤC', [
      'STT Nhiệm vụ Đơn vị chủ trì Đơn vị phối hợp Thời hạn',
      '1 Rà soát, đánh giá hiện trạng các Phòng Quản lý đê điều Chi cục Thủy lợi Quý I/2025',
      'tuyến đê xung yếu',
      '2 Xây dựng bản đồ số hệ thống đê Trung tâm Dữ liệu Phòng Kỹ thuật Tháng 6/2025',
      'điều',
      '3 Tuyên truyền nâng cao nhận thức Văn phòng Cục Các cơ quan báo chí Thường xuyên',
      'cộng đồng về phòng, chống thiên tai',
    ])
    expect(rowsOf(letterOf(src), src, 'PL')).toEqual([
      { label: 'PL.1', lead: ['Phòng Quản lý đê điều'], support: ['Chi cục Thủy lợi'], deadline: '2025-03-31' },
      { label: 'PL.2', lead: ['Trung tâm Dữ liệu'], support: ['Phòng Kỹ thuật'], deadline: '2025-06-30' },
      { label: 'PL.3', lead: ['Văn phòng Cục'], support: ['Các cơ quan báo chí'], deadline: null },
    ])
  })
})

describe('header wordings', () => {
  it('takes the agency that advises, drafts or answers for a row as its lead, and a roadmap column as its time', () => {
    expect(columnRoles(['STT', 'Tên văn bản', 'Cơ quan soạn thảo', 'Cơ quan phối hợp', 'Lộ trình', 'Cấp trình'])).toEqual(['stt', 'task', 'lead', 'support', 'deadline', null])
    expect(columnRoles(['TT', 'Nhiệm vụ', 'Đơn vị tham mưu', 'Thời hạn'])).toEqual(['stt', 'task', 'lead', 'deadline'])
    expect(columnRoles(['TT', 'Nội dung', 'Cơ quan thẩm định', 'Trách nhiệm'])).toEqual(['stt', 'task', null, 'lead'])
  })
})

describe('a table that numbers no rows', () => {
  it('gives its lead and support cells to the item that holds it, not rows of their own', () => {
    const src = congVan(
      [
        'I. NỘI DUNG VÀ PHÂN CÔNG',
        '',
        '| Thời gian | Nội dung công việc | Bộ phận thực hiện | Phối hợp |',
        '| --- | --- | --- | --- |',
        '| 10/02/2025 | Chuẩn bị cây giống, địa điểm | Ban Chỉ huy Quân sự xã | |',
        '| 12/02/2025 | Tổ chức lễ phát động | Văn phòng HĐND và UBND xã; Đoàn Thanh niên xã | Hội Nông dân xã |',
        '| 15/02/2025 | Tổng hợp kết quả, báo cáo | Bộ phận Văn hóa - Xã hội xã | |',
        '',
        'II. TỔ CHỨC THỰC HIỆN',
        '',
        'Các ban, ngành, đoàn thể xã triển khai thực hiện.',
      ].join('\n'),
    )
    const doc = docOf(src)
    const [table] = unnumberedTables(doc)
    expect(unnumberedTables(doc)).toHaveLength(1)
    expect(table.roles.lead.map((a) => a.name)).toEqual(['Ban Chỉ huy Quân sự xã', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã', 'Đoàn Thanh niên xã', 'Bộ phận Văn hóa - Xã hội xã'])
    expect(table.roles.support.map((a) => a.name)).toEqual(['Hội Nông dân xã'])
    for (const a of table.roles.lead) expect(doc.text.slice(a.start, a.end)).toBe(a.printed)
    // Inside the item that holds it the table adds its doers; outside, nothing.
    const none = { lead: [], support: [], reportTo: [] }
    expect(withUnnumberedTables(doc, none, 0, table.start).lead).toEqual([])
    expect(withUnnumberedTables(doc, none, table.start - 1, table.end).lead).toHaveLength(4)
    // No row is a task: the letter's tasks are its two sections.
    expect(letterOf(src).tasks.map((t) => t.label)).toEqual(['I', 'II'])
  })
})
