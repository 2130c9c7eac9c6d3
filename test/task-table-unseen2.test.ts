/**
 * Task tables in layouts no development set prints: a DOCX with merged cells (written on the fly
 * by LibreOffice from HTML with rowspan and colspan), doer cells that mark their names' roles
 * ("Sở A (chủ trì); các sở, ngành liên quan"), "Sản phẩm" and "Cấp trình" columns, bodies the
 * agency reader does not know, and a table continued on a second page with its header printed
 * again. Each case gives the rows expected (label, lead, support, deadline), each agency's span
 * pointing at the text of its cell.
 */
import { describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs'
import { execFileSync, spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { letterOf, tableRowsOf, type TableRow } from './helpers.js'
import { parseFile } from '../src/parse-file.js'
import { loadFile } from '../src/load/index.js'
import { htmlToText } from '../src/load/html.js'

const rowsOf = tableRowsOf

const HEAD = ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI', '', 'Số: 215/KH-UBND', '', 'Quảng Ngãi, ngày 10 tháng 3 năm 2026', '', 'KẾ HOẠCH', 'Triển khai nhiệm vụ chuyển đổi số năm 2026', '', 'I. MỤC ĐÍCH', '', 'Bảo đảm triển khai đồng bộ.', '', 'II. NHIỆM VỤ CỤ THỂ', '']
const TAIL = ['', 'III. TỔ CHỨC THỰC HIỆN', '', 'Các cơ quan, đơn vị triển khai thực hiện./.', '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Nguyễn Văn An', '']
const plan = (table: string[]): string => [...HEAD, ...table, ...TAIL].join('\n')

describe('the HTML and DOCX loader keeps a table\'s grid', () => {
  it('leaves the positions a rowspan covers empty, so the cells after them stay in their columns', () => {
    const text = htmlToText(
      '<table><tr><th>STT</th><th>Nội dung</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời hạn</th></tr>' +
        '<tr><td>1</td><td>Rà soát</td><td rowspan="2">Sở Tài chính</td><td>Sở Xây dựng</td><td rowspan="3">Quý II/2026</td></tr>' +
        '<tr><td>2</td><td>Lập danh mục</td><td>Sở Nội vụ</td></tr>' +
        '<tr><td>3</td><td>Công khai</td><td>Văn phòng UBND tỉnh</td><td></td></tr></table>',
      { findBody: false },
    )
    expect(text.split('\n').filter((l) => l.startsWith('|'))).toEqual([
      '| STT | Nội dung | Chủ trì | Phối hợp | Thời hạn |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Rà soát | Sở Tài chính | Sở Xây dựng | Quý II/2026 |',
      '| 2 | Lập danh mục |  | Sở Nội vụ |  |',
      '| 3 | Công khai | Văn phòng UBND tỉnh |  |  |',
    ])
  })

  it('joins a cell\'s paragraphs and lines with a break that keeps the words apart', () => {
    const text = htmlToText(
      '<table><tr><th>STT</th><th>Nội dung</th><th>Phối hợp</th></tr><tr><td>1</td><td>Rà soát<br>hồ sơ</td><td><p>Sở Xây dựng</p><p>Công an tỉnh</p></td></tr></table>',
      { findBody: false },
    )
    expect(text).toContain('| 1 | Rà soát <br>hồ sơ | Sở Xây dựng <br>Công an tỉnh |')
  })

  it('reads two agencies printed as two paragraphs of one cell as two, not one name run together', () => {
    const src = plan([
      '| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Rà soát hồ sơ đất đai | Sở Tài chính | Sở Xây dựng <br>Công an tỉnh | Quý II/2026 |',
      // A name broken over two paragraphs after "và" stays one name.
      '| 2 | Lập danh mục dự án | Sở Nông nghiệp và <br>Môi trường | Sở Tài chính, <br>Sở Xây dựng | Quý III/2026 |',
    ])
    expect(rowsOf(letterOf(src), src, 'II.')).toEqual([
      { label: 'II.1', lead: ['Sở Tài chính'], support: ['Sở Xây dựng', 'Công an tỉnh'], deadline: '2026-06-30' },
      { label: 'II.2', lead: ['Sở Nông nghiệp và Môi trường'], support: ['Sở Tài chính', 'Sở Xây dựng'], deadline: '2026-09-30' },
    ])
  })
})

describe('raw HTML tables inside a Markdown letter', () => {
  it('reads a two-row header whose doer heading spans two columns over "Chủ trì" and "Phối hợp"', () => {
    const src = plan([
      '<table>',
      '<tr><th rowspan="2">STT</th><th rowspan="2">Nội dung nhiệm vụ</th><th colspan="2">Đơn vị thực hiện</th><th rowspan="2">Thời gian hoàn thành</th></tr>',
      '<tr><th>Chủ trì</th><th>Phối hợp</th></tr>',
      '<tr><td>1</td><td>Rà soát hồ sơ đất đai</td><td>Sở Tài chính</td><td>Sở Xây dựng</td><td>Quý II/2026</td></tr>',
      '<tr><td>2</td><td>Lập danh mục dự án</td><td>Sở Nội vụ</td><td>Công an tỉnh</td><td>Quý III/2026</td></tr>',
      '</table>',
    ])
    expect(rowsOf(letterOf(src), src, 'II.')).toEqual([
      { label: 'II.1', lead: ['Sở Tài chính'], support: ['Sở Xây dựng'], deadline: '2026-06-30' },
      { label: 'II.2', lead: ['Sở Nội vụ'], support: ['Công an tỉnh'], deadline: '2026-09-30' },
    ])
  })

  it('puts back the places a rowspan covers, so a merged lead and time carry down and the row\'s own cell stays its support', () => {
    const src = plan([
      '<table>',
      '<tr><th>STT</th><th>Nội dung</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian hoàn thành</th></tr>',
      '<tr><td>1</td><td>Rà soát hồ sơ đất đai</td><td rowspan="2">Sở Tài chính</td><td>Sở Xây dựng</td><td rowspan="2">Quý II/2026</td></tr>',
      '<tr><td>2</td><td>Lập danh mục dự án</td><td>Sở Nội vụ</td></tr>',
      '<tr><td>3</td><td>Công khai danh mục</td><td>Văn phòng UBND tỉnh</td><td><p>Sở Khoa học và Công nghệ</p><p>Công an tỉnh</p></td><td>Tháng 9/2026</td></tr>',
      '</table>',
    ])
    expect(rowsOf(letterOf(src), src, 'II.')).toEqual([
      { label: 'II.1', lead: ['Sở Tài chính'], support: ['Sở Xây dựng'], deadline: '2026-06-30' },
      { label: 'II.2', lead: ['Sở Tài chính'], support: ['Sở Nội vụ'], deadline: '2026-06-30' },
      { label: 'II.3', lead: ['Văn phòng Ủy ban nhân dân tỉnh'], support: ['Sở Khoa học và Công nghệ', 'Công an tỉnh'], deadline: '2026-09-30' },
    ])
  })
})

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0

describe.skipIf(!soffice)('a DOCX with merged cells, written by LibreOffice from HTML (soffice headless; .ci/run installs it)', () => {
  it('reads a two-row header, a lead cell merged over two rows, a time cell merged over three and a cell of two paragraphs', async () => {
    const d = mkdtempSync(join(tmpdir(), 'congvan-tables2-'))
    try {
      const html = [
        '<html><body>',
        '<p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI</p><p>Số: 215/KH-UBND</p><p>Quảng Ngãi, ngày 10 tháng 3 năm 2026</p>',
        '<p><b>KẾ HOẠCH</b></p><p><b>Triển khai nhiệm vụ chuyển đổi số năm 2026</b></p><p><b>I. NHIỆM VỤ CỤ THỂ</b></p>',
        '<table border="1">',
        '<tr><th rowspan="2">STT</th><th rowspan="2">Nội dung nhiệm vụ</th><th colspan="2">Đơn vị thực hiện</th><th rowspan="2">Thời gian hoàn thành</th></tr>',
        '<tr><th>Chủ trì</th><th>Phối hợp</th></tr>',
        '<tr><td>1</td><td>Rà soát hồ sơ đất đai</td><td rowspan="2">Sở Nông nghiệp và Môi trường</td><td><p>Sở Xây dựng</p><p>Công an tỉnh</p></td><td rowspan="3">Quý II/2026</td></tr>',
        '<tr><td>2</td><td>Lập danh mục dự án chậm tiến độ</td><td>Sở Tài chính</td></tr>',
        '<tr><td>3</td><td>Công khai danh mục trên Cổng thông tin điện tử</td><td>Văn phòng UBND tỉnh</td><td><p>Sở Khoa học và Công nghệ</p><p>UBND các xã, phường</p></td></tr>',
        '<tr><td>4</td><td>Tổng kết, báo cáo kết quả</td><td>Sở Nội vụ</td><td></td><td>Trước ngày 15/12/2026</td></tr>',
        '</table>',
        '<p><b>II. TỔ CHỨC THỰC HIỆN</b></p><p>Các cơ quan, đơn vị triển khai thực hiện./.</p>',
        '<p>Nơi nhận:</p><p>- Như trên;</p><p>- Lưu: VT.</p><p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Nguyễn Văn An</p>',
        '</body></html>',
      ].join('\n')
      writeFileSync(join(d, 'plan.html'), html)
      const profile = join(d, 'profile')
      mkdirSync(profile)
      execFileSync('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', d, join(d, 'plan.html')], { env: { ...process.env, HOME: profile }, stdio: 'ignore', timeout: 120_000 })
      const file = join(d, 'plan.docx')
      expect(existsSync(file)).toBe(true)
      const letter = await parseFile(file)
      const source = (await loadFile(file)).raw
      expect(letter.source.encoding).toBe('docx')
      expect(rowsOf(letter, source, 'I.')).toEqual([
        { label: 'I.1', lead: ['Sở Nông nghiệp và Môi trường'], support: ['Sở Xây dựng', 'Công an tỉnh'], deadline: '2026-06-30' },
        // The merged lead cell and the merged time cell carry down; the support is the row's own.
        { label: 'I.2', lead: ['Sở Nông nghiệp và Môi trường'], support: ['Sở Tài chính'], deadline: '2026-06-30' },
        { label: 'I.3', lead: ['Văn phòng Ủy ban nhân dân tỉnh'], support: ['Sở Khoa học và Công nghệ', 'Ủy ban nhân dân các xã, phường'], deadline: '2026-06-30' },
        { label: 'I.4', lead: ['Sở Nội vụ'], support: [], deadline: '2026-12-15' },
      ])
    } finally {
      rmSync(d, { recursive: true, force: true })
    }
  }, 180_000)
})

describe('doer cells that mark the roles of their names', () => {
  it('gives the lead to the name marked "(chủ trì)" in one "Đơn vị thực hiện" column and the support to the others', () => {
    const src = plan([
      '| STT | Nội dung công việc | Đơn vị thực hiện | Thời gian hoàn thành |',
      '| --- | --- | --- | --- |',
      '| 1 | Xây dựng đề án đô thị thông minh | Sở Khoa học và Công nghệ (chủ trì); các sở, ngành liên quan | Quý II/2026 |',
      '| 2 | Ban hành quy chế khai thác dữ liệu dùng chung | Văn phòng UBND tỉnh (chủ trì), Công an tỉnh, Sở Tư pháp | Tháng 6/2026 |',
      '| 3 | Kiểm tra an toàn thông tin | Công an tỉnh chủ trì, Sở Khoa học và Công nghệ phối hợp | Quý IV/2026 |',
      '| 4 | Bồi dưỡng kỹ năng số | Sở Nội vụ; Trường Chính trị tỉnh | Năm 2026 |',
    ])
    expect(rowsOf(letterOf(src), src, 'II.')).toEqual([
      { label: 'II.1', lead: ['Sở Khoa học và Công nghệ'], support: ['Các sở, ngành liên quan'], deadline: '2026-06-30' },
      { label: 'II.2', lead: ['Văn phòng Ủy ban nhân dân tỉnh'], support: ['Công an tỉnh', 'Sở Tư pháp'], deadline: '2026-06-30' },
      { label: 'II.3', lead: ['Công an tỉnh'], support: ['Sở Khoa học và Công nghệ'], deadline: '2026-12-31' },
      // Unmarked, every name of the doer column leads.
      { label: 'II.4', lead: ['Sở Nội vụ', 'Trường Chính trị tỉnh'], support: [], deadline: '2026-12-31' },
    ])
  })

  it('reads "Sở A (chủ trì)" in a lead column as Sở A, and leaves the "Sản phẩm" and "Cấp trình" columns out of the doers', () => {
    const src = plan([
      '| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Cấp trình | Thời hạn |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| 1 | Xây dựng đề án đô thị thông minh | Sở Khoa học và Công nghệ (chủ trì) | Các sở, ngành liên quan | Đề án | UBND tỉnh | Quý II/2026 |',
      '| 2 | Xây dựng Nghị quyết về chính sách hỗ trợ | Sở Tài chính | Sở Tư pháp; Sở Nội vụ | Nghị quyết | HĐND tỉnh | Tháng 7/2026 |',
      '| 3 | Sơ kết 6 tháng thực hiện | Văn phòng UBND tỉnh | Các sở, ban, ngành, UBND các xã, phường | Báo cáo | Ban Thường vụ Tỉnh ủy | Trước ngày 15/7/2026 |',
    ])
    expect(rowsOf(letterOf(src), src, 'II.')).toEqual([
      { label: 'II.1', lead: ['Sở Khoa học và Công nghệ'], support: ['Các sở, ngành liên quan'], deadline: '2026-06-30' },
      { label: 'II.2', lead: ['Sở Tài chính'], support: ['Sở Tư pháp', 'Sở Nội vụ'], deadline: '2026-07-31' },
      { label: 'II.3', lead: ['Văn phòng Ủy ban nhân dân tỉnh'], support: ['Các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường'], deadline: '2026-07-15' },
    ])
  })
})

describe('bodies the agency reader does not know, in doer cells', () => {
  it('reads a capitalised name printed alone where the cell parts it, and not a phrase that names no body nor a person', () => {
    const src = plan([
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Hỗ trợ vốn vay cho hợp tác xã | Quỹ Hỗ trợ phát triển hợp tác xã tỉnh | Sở Tài chính; Liên minh Hợp tác xã tỉnh | Hằng năm |',
      '| 2 | Trồng rừng thay thế | Sở Nông nghiệp và Môi trường | Quỹ Bảo vệ và Phát triển rừng tỉnh, Sở Tài chính | Năm 2027 |',
      '| 3 | Tuyên truyền chính sách | Sở Văn hóa, Thể thao và Du lịch | Theo chức năng, nhiệm vụ | Thường xuyên |',
      '| 4 | Đôn đốc tiến độ | Sở Xây dựng | Nguyễn Văn Bình | Quý III/2026 |',
    ])
    expect(rowsOf(letterOf(src), src, 'II.')).toEqual([
      { label: 'II.1', lead: ['Quỹ Hỗ trợ phát triển hợp tác xã tỉnh'], support: ['Sở Tài chính', 'Liên minh Hợp tác xã tỉnh'], deadline: null },
      { label: 'II.2', lead: ['Sở Nông nghiệp và Môi trường'], support: ['Quỹ Bảo vệ và Phát triển rừng tỉnh', 'Sở Tài chính'], deadline: '2027-12-31' },
      { label: 'II.3', lead: ['Sở Văn hóa, Thể thao và Du lịch'], support: [], deadline: null },
      { label: 'II.4', lead: ['Sở Xây dựng'], support: [], deadline: '2026-09-30' },
    ])
  })
})

describe('a table continued on a second page with its header printed again', () => {
  const rows: TableRow[] = [
    { label: 'II.1', lead: ['Sở Khoa học và Công nghệ'], support: ['Viễn thông Quảng Ngãi'], deadline: '2026-03-31' },
    { label: 'II.2', lead: ['Sở Tư pháp'], support: ['Ủy ban nhân dân các xã, phường'], deadline: '2026-06-30' },
    { label: 'II.3', lead: ['Văn phòng Ủy ban nhân dân tỉnh'], support: ['Sở Khoa học và Công nghệ'], deadline: '2026-09-30' },
    { label: 'II.4', lead: ['Sở Nội vụ'], support: ['Trường Chính trị tỉnh'], deadline: '2026-12-31' },
  ]

  it('reads the rows of both pipe tables on, under the section that holds the first', () => {
    const header = ['| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |', '| --- | --- | --- | --- | --- |']
    const src = plan([
      ...header,
      '| 1 | Rà soát hạ tầng mạng | Sở Khoa học và Công nghệ | Viễn thông Quảng Ngãi | Quý I/2026 |',
      '| 2 | Số hóa hồ sơ hộ tịch | Sở Tư pháp | UBND các xã, phường | Quý II/2026 |',
      '',
      '8',
      '',
      ...header,
      '| 3 | Triển khai nền tảng họp trực tuyến | Văn phòng UBND tỉnh | Sở Khoa học và Công nghệ | Tháng 9/2026 |',
      '| 4 | Đào tạo kỹ năng số cho cán bộ | Sở Nội vụ | Trường Chính trị tỉnh | Năm 2026 |',
    ])
    const letter = letterOf(src)
    expect(rowsOf(letter, src, 'II.')).toEqual(rows)
    expect(letter.tasks.map((t) => t.label)).toContain('III')
  })

  it('reads a text-column table (pdftotext -layout) over two pages, and the item after it as the letter\'s own, not a row', () => {
    const head = [
      ' STT          Nội dung nhiệm vụ             Cơ quan chủ trì       Cơ quan phối hợp      Thời gian',
      '                                                                                       hoàn thành',
    ]
    const src = plan([
      ...head,
      '  1    Rà soát hạ tầng mạng viễn thông      Sở Khoa học và        Viễn thông Quảng      Quý I/2026',
      '       tại các xã vùng cao                  Công nghệ             Ngãi',
      '  2    Số hóa hồ sơ hộ tịch                 Sở Tư pháp            UBND các xã,          Quý II/2026',
      '                                                                  phường',
      '',
      '                                                 3',
      '',
      ...head,
      '  3    Triển khai nền tảng họp trực         Văn phòng UBND        Sở Khoa học và        Tháng 9/2026',
      '       tuyến đến cấp xã                     tỉnh                  Công nghệ',
      '  4    Đào tạo kỹ năng số cho cán bộ        Sở Nội vụ             Trường Chính trị      Năm 2026',
      '                                                                  tỉnh',
    ])
    const letter = letterOf(src)
    expect(rowsOf(letter, src, 'II.')).toEqual(rows)
    // "III. TỔ CHỨC THỰC HIỆN" after the table is the plan's section III, and the last row stops before it.
    expect(letter.tasks.map((t) => t.label)).toEqual(['I', 'II', 'II.1', 'II.2', 'II.3', 'II.4', 'III'])
    expect(letter.tasks.find((t) => t.label === 'II.4')!.text).not.toContain('TỔ CHỨC')
  })
})
