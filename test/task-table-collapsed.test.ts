/**
 * Task tables whose column gaps a PDF → text converter lost: cells glued into one line by the
 * rejoining of hard-wrapped lines, cells run together one space apart in text columns, pages
 * whose columns stand elsewhere than under the header. Wordings are made up for these tests.
 */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from './helpers.js'
import type { Task } from '../src/schema/letter.js'

const names = (list: { name: string }[]) => list.map((a) => a.name)
const byLabel = (ts: Task[], label: string) => {
  const t = ts.find((x) => x.label === label)
  expect(t, label).toBeDefined()
  return t!
}
/** A letter whose appendix (after the signature) holds the given lines. */
const withAppendix = (heading: string, table: string[]) =>
  letterOf(congVan('1. Các đơn vị thực hiện các nội dung tại Phụ lục kèm theo.') + ['', heading, '(Kèm theo Kế hoạch số 31/KH-UBND)', '', ...table, ''].join('\n')).tasks

describe('cells printed one a line, two of them glued into one line', () => {
  const table = [
    '| STT | Công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |',
    '| --- | --- | --- | --- | --- |',
    '1',
    'Kiểm kê đàn gia súc trên địa bàn.',
    'Sở Nông nghiệp và Môi trường',
    'Cục Thống kê tỉnh',
    'Quý II/2027',
    '2',
    'Lập bản đồ vùng chăn nuôi tập trung.',
    'Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các xã',
    'Sở Khoa học và Công nghệ, Sở Tài chính và các đơn vị liên quan',
    'Quý IV/2027',
  ]

  it('parts a lead cell and the support cell glued after it, where the row has a cell too few', () => {
    const ts = withAppendix('PHỤ LỤC', table)
    const r2 = byLabel(ts, 'PL.2')
    expect(names(r2.lead)).toEqual(['Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân các xã'])
    expect(names(r2.support)).toEqual(['Sở Khoa học và Công nghệ', 'Sở Tài chính', 'Các đơn vị liên quan'])
    expect(r2.deadline?.date).toBe('2027-12-31')
  })

  it('leaves a row with one line a cell as it is', () => {
    const r1 = byLabel(withAppendix('PHỤ LỤC', table), 'PL.1')
    expect(names(r1.lead)).toEqual(['Sở Nông nghiệp và Môi trường'])
    expect(names(r1.support)).toEqual(['Cục Thống kê tỉnh'])
    expect(r1.deadline?.date).toBe('2027-06-30')
  })

  it('gives the lines a page break printed after a row back to the cells it cut, in column order', () => {
    const ts = withAppendix('PHỤ LỤC', [
      '| STT | Công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |',
      '| --- | --- | --- | --- | --- |',
      '1',
      'Điều tra hiện trạng rừng ngập mặn và đề xuất',
      'Trường Đại học Lâm nghiệp, Viện',
      'Sở Tài chính',
      'Quý I/2028',
      'phương án phục hồi.',
      'Sinh thái rừng',
      '2',
      'Báo cáo kết quả.',
      'Sở Nông nghiệp và Môi trường',
      'Sở Tài chính',
      'Quý II/2028',
    ])
    const r1 = byLabel(ts, 'PL.1')
    expect(names(r1.lead)).toEqual(['Trường Đại học Lâm nghiệp', 'Viện Sinh thái rừng'])
    expect(r1.deadline?.date).toBe('2028-03-31')
    expect(names(byLabel(ts, 'PL.2').lead)).toEqual(['Sở Nông nghiệp và Môi trường'])
  })

  it('does not part a list of agencies wrapped after a comma', () => {
    const ts = withAppendix('PHỤ LỤC', [
      '| STT | Công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |',
      '| --- | --- | --- | --- | --- |',
      '1',
      'Lập bản đồ vùng chăn nuôi tập trung.',
      'Sở Nông nghiệp và Môi trường,',
      'Sở Xây dựng',
      'Quý IV/2027',
    ])
    const r1 = byLabel(ts, 'PL.1')
    expect(names(r1.lead)).toEqual(['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng'])
    expect(r1.support).toEqual([])
  })
})

describe('text columns of a PDF laid out page by page', () => {
  // Page 2 prints its columns well left of page 1 (and of the header), then page 3 prints the header again.
  const rows = [
    '                                              Cơ quan            Người phụ trách         Thời hạn',
    'STT    Nội dung công việc                     chủ trì            chỉ đạo                 hoàn thành',
    '',
    '       Khảo sát hiện trạng hệ thống kênh      Ban Quản lý dự án  Trần Văn Bình,',
    '1      tưới nội đồng và các trạm bơm điện     thủy lợi tỉnh      Phó Giám đốc            Quý I/2027',
    '       trên địa bàn các xã vùng trũng thấp',
    '\f',
    '   Lập phương án cải tạo              Trung tâm Dịch vụ       Nguyễn Thị Hoa,',
    '2  kênh tưới tiêu                     nông nghiệp tỉnh        Phó Giám đốc       Quý II/2027',
    '   nội đồng',
    '',
    '   Đo đạc, cắm mốc hành lang          Văn phòng Đăng ký       Nguyễn Văn Tùng,',
    '3  bảo vệ công trình                  đất đai tỉnh            Phó Giám đốc       Quý III/2027',
    '',
    '\f                                              Cơ quan            Người phụ trách         Thời hạn',
    'STT    Nội dung công việc                     chủ trì            chỉ đạo                 hoàn thành',
    '',
    '       Bàn giao công trình cho đơn vị          Ban Quản lý dự án Phan Văn Long,',
    '4      quản lý khai thác                       thủy lợi tỉnh     Phó Giám đốc            Quý IV/2027',
  ]
  const ts = withAppendix('PHỤ LỤC', rows)

  it('finds the columns of each page where that page prints them', () => {
    expect(names(byLabel(ts, 'PL.2').lead)).toEqual(['Trung tâm Dịch vụ nông nghiệp tỉnh'])
    expect(names(byLabel(ts, 'PL.3').lead)).toEqual(['Văn phòng Đăng ký đất đai tỉnh'])
    expect(byLabel(ts, 'PL.3').deadline?.date).toBe('2027-09-30')
  })

  it("ends a page's last row before the header printed again on the next page", () => {
    expect(names(byLabel(ts, 'PL.1').lead)).toEqual(['Ban Quản lý dự án thủy lợi tỉnh'])
    expect(names(byLabel(ts, 'PL.3').lead)).toEqual(['Văn phòng Đăng ký đất đai tỉnh'])
  })

  it("opens the next column at a capitalised word printed one space after a cell, past that column's edge", () => {
    // "Ban Quản lý dự án Phan Văn Long,": the person in charge starts one space after the lead cell.
    expect(names(byLabel(ts, 'PL.4').lead)).toEqual(['Ban Quản lý dự án thủy lợi tỉnh'])
    expect(byLabel(ts, 'PL.4').deadline?.date).toBe('2027-12-31')
  })
})

describe('text columns whose lines the rejoining of wrapped lines put together', () => {
  it('places the words of a rejoined line where their own line prints them', () => {
    const ts = withAppendix('PHỤ LỤC', [
      '                                              Cơ quan          Người phụ trách           Thời hạn',
      'STT    Nội dung công việc                     chủ trì          chỉ đạo                   hoàn thành',
      '',
      '       Khảo sát hiện trạng hệ thống           Ban Quản lý',
      '1      kênh tưới nội đồng                     dự án thủy lợi   Ông Trần Văn Bình, Phó    Quý I/2027',
      '                                              tỉnh',
      '                                                               Giám đốc Sở',
      '',
      '       Lập danh mục công trình                Trung tâm        Bà Lê Thị Hoa, Phó',
      '2      cần nâng cấp                           Dịch vụ          Giám đốc Sở               Quý II/2027',
      '                                              nông nghiệp',
    ])
    // "tỉnh" and "Giám đốc Sở" are rejoined into one line: the title stays in the person's column.
    expect(names(byLabel(ts, 'PL.1').lead)).toEqual(['Ban Quản lý dự án thủy lợi tỉnh'])
    expect(names(byLabel(ts, 'PL.2').lead)).toEqual(['Trung tâm Dịch vụ nông nghiệp'])
  })
})

describe('rows whose column gaps the converter lost', () => {
  const table = [
    'STT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời hạn',
    '1 Rà soát quy hoạch vùng nguyên liệu Sở Nông nghiệp và Môi trường Sở Tài chính, Sở Xây dựng Quý II/2027',
    '2 Tổ chức tập huấn cho các hợp tác xã Liên minh Hợp tác xã tỉnh Ủy ban nhân dân các xã Tháng 9/2027',
    '3 Xây dựng cơ sở dữ liệu giống cây trồng Sở Khoa học và Công nghệ Các đơn vị liên quan Thường xuyên',
    '  Kiểm tra việc chấp hành quy định Sở Công Thương Công an tỉnh,',
    '4 về an toàn thực phẩm tại chợ Sở Y tế Năm 2027',
    '  đầu mối',
  ]

  it('labels each row by its STT and reads the time at the end of its line', () => {
    const ts = withAppendix('PHỤ LỤC', table)
    expect(ts.map((t) => t.label)).toEqual(['1', 'PL.1', 'PL.2', 'PL.3', 'PL.4'])
    expect(byLabel(ts, 'PL.1').deadline?.date).toBe('2027-06-30')
    expect(byLabel(ts, 'PL.2').deadline?.date).toBe('2027-09-30')
    expect(byLabel(ts, 'PL.3').deadline?.kind).toBe('ongoing')
    expect(byLabel(ts, 'PL.4').deadline?.date).toBe('2027-12-31')
  })

  it('takes the first run of agencies after the task for the lead, and the agencies after it for support', () => {
    const ts = withAppendix('PHỤ LỤC', table)
    expect(names(byLabel(ts, 'PL.1').lead)).toEqual(['Sở Nông nghiệp và Môi trường'])
    expect(names(byLabel(ts, 'PL.1').support)).toEqual(['Sở Tài chính', 'Sở Xây dựng'])
    expect(names(byLabel(ts, 'PL.3').lead)).toEqual(['Sở Khoa học và Công nghệ'])
    expect(names(byLabel(ts, 'PL.3').support)).toEqual(['Các đơn vị liên quan'])
  })

  it('reads a row printed over several lines, the support cell going on below the lead', () => {
    const r4 = byLabel(withAppendix('PHỤ LỤC', table), 'PL.4')
    expect(names(r4.lead)).toEqual(['Sở Công Thương'])
    expect(names(r4.support)).toEqual(['Công an tỉnh', 'Sở Y tế'])
  })

  it('ends the lead with a line of a few lower-case words that completes its name', () => {
    const ts = withAppendix('PHỤ LỤC', [
      'STT Nội dung công việc Đơn vị chủ trì Thời hạn',
      '  Khảo sát hiện trạng kênh tưới nội đồng Ban Quản lý dự án',
      '1 trên địa bàn các xã vùng trũng Quý I/2028',
      '  thủy lợi tỉnh',
      '2 Nghiệm thu các hạng mục đã hoàn thành Sở Xây dựng Quý II/2028',
    ])
    expect(names(byLabel(ts, 'PL.1').lead)).toEqual(['Ban Quản lý dự án thủy lợi tỉnh'])
    expect(byLabel(ts, 'PL.1').deadline?.date).toBe('2028-03-31')
  })

  it('does not take an agency the task names after a preposition for the lead', () => {
    const ts = withAppendix('PHỤ LỤC', [
      'STT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời hạn',
      '1 Góp ý dự thảo quy chế chi tiêu nội bộ của Sở Tài chính Sở Nội vụ Sở Tư pháp Quý III/2027',
      '2 Báo cáo kết quả thực hiện Sở Nội vụ Các sở, ngành Tháng 12/2027',
    ])
    expect(names(byLabel(ts, 'PL.1').lead)).toEqual(['Sở Nội vụ'])
    expect(names(byLabel(ts, 'PL.1').support)).toEqual(['Sở Tư pháp'])
  })

  it('does not take a page number between two rows for a row', () => {
    const ts = withAppendix('PHỤ LỤC', [
      'STT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời hạn',
      '1 Rà soát quy hoạch vùng nguyên liệu Sở Nông nghiệp và Môi trường Sở Tài chính Quý II/2027',
      '7',
      '2 Báo cáo kết quả thực hiện Sở Nông nghiệp và Môi trường Các sở, ngành Tháng 12/2027',
    ])
    expect(ts.map((t) => t.label)).toEqual(['1', 'PL.1', 'PL.2'])
  })

  it('reads a collapsed table inside the body under the item that holds it', () => {
    const body = ['1. Mục đích: bảo đảm thống nhất.', '2. Nhiệm vụ cụ thể:', 'STT Nhiệm vụ Cơ quan chủ trì Thời gian', '1 Rà soát thủ tục hành chính Văn phòng UBND tỉnh Quý I/2027', '2 Công bố danh mục thủ tục Sở Tư pháp Quý II/2027', '3. Tổ chức thực hiện: các đơn vị báo cáo kết quả.'].join('\n')
    const ts = letterOf(congVan(body)).tasks
    expect(ts.map((t) => t.label)).toEqual(['1', '2', '2.1', '2.2', '3'])
    expect(names(byLabel(ts, '2.2').lead)).toEqual(['Sở Tư pháp'])
  })
})

describe('a table printed one cell a line, header included', () => {
  const table = [
    'STT',
    'Nội dung công việc',
    'Đơn vị chủ trì',
    'Đơn vị phối hợp',
    'Thời hạn hoàn thành',
    '1',
    'Rà soát quy hoạch vùng nguyên liệu',
    'Sở Nông nghiệp và Môi trường',
    'Sở Tài chính, Sở Xây dựng',
    'Quý II/2027',
    '2',
    'Tổ chức tập huấn nghiệp vụ cho cán bộ',
    'quản lý hợp tác xã',
    'Sở Nội vụ',
    'Tháng 9/2027',
    '3',
    'Tổng kết, đánh giá kết quả thực hiện',
    'Sở Kế hoạch và Đầu tư',
    'Các sở, ngành',
    'Tháng 12/2027',
  ]

  it('reads the header from its lines and each row from the lines under its STT', () => {
    const ts = withAppendix('PHỤ LỤC', table)
    expect(ts.map((t) => t.label)).toEqual(['1', 'PL.1', 'PL.2', 'PL.3'])
    expect(names(byLabel(ts, 'PL.1').lead)).toEqual(['Sở Nông nghiệp và Môi trường'])
    expect(names(byLabel(ts, 'PL.1').support)).toEqual(['Sở Tài chính', 'Sở Xây dựng'])
    expect(byLabel(ts, 'PL.1').deadline?.date).toBe('2027-06-30')
    expect(names(byLabel(ts, 'PL.3').support)).toEqual(['Các sở, ngành'])
  })

  it('joins a cell wrapped onto a line in lower case and places a row without its support cell by content', () => {
    const r2 = byLabel(withAppendix('PHỤ LỤC', table), 'PL.2')
    expect(names(r2.lead)).toEqual(['Sở Nội vụ'])
    expect(r2.support).toEqual([])
    expect(r2.deadline?.date).toBe('2027-09-30')
  })
})

describe('a header laid out in columns over rows printed one cell a line', () => {
  it('reads the rows as cells one a line, with a header cell that overflowed onto a line of its own', () => {
    const ts = withAppendix('PHỤ LỤC', [
      '  STT    Nội dung công việc    Đơn vị chủ trì      Đơn vị phối hợp',
      '',
      'Thời hạn hoàn thành',
      '1',
      'Rà soát quy hoạch vùng nguyên liệu',
      'Sở Nông nghiệp và Môi trường',
      'Sở Tài chính, Sở Xây dựng',
      'Quý II/2027',
      '2',
      'Tổng kết, đánh giá kết quả thực hiện',
      'Sở Kế hoạch và Đầu tư',
      'Các sở, ngành',
      'Tháng 12/2027',
    ])
    expect(ts.map((t) => t.label)).toEqual(['1', 'PL.1', 'PL.2'])
    expect(names(byLabel(ts, 'PL.1').lead)).toEqual(['Sở Nông nghiệp và Môi trường'])
    expect(names(byLabel(ts, 'PL.1').support)).toEqual(['Sở Tài chính', 'Sở Xây dựng'])
    expect(byLabel(ts, 'PL.2').deadline?.date).toBe('2027-12-31')
  })
})

describe('a word processor\'s table printed by a PDF to text converter keeping the layout', () => {
  // As pdftotext -layout prints a table LibreOffice wrote to PDF: "STT" one space before the
  // task's heading, the task's cells wrapped full to their column's edge.
  const table = [
    '                                                                                   Thời gian hoàn',
    'STT Nội dung nhiệm vụ                       Cơ quan chủ trì   Cơ quan phối hợp',
    '                                                                                   thành',
    '    Khảo sát nhu cầu đào tạo nghề cho lao                     Ủy ban nhân dân các',
    '1                                           Sở Nội vụ                             Quý II/2027',
    '    động nông thôn tại các xã                                 xã, phường',
    '    Xây dựng chương trình bồi dưỡng kỹ      Sở Khoa học và',
    '2                                                             Sở Nội vụ            Tháng 8/2027',
    '    năng số cho cán bộ cấp xã               Công nghệ',
    '    Đánh giá kết quả thực hiện và đề xuất                     Các sở, ngành liên',
    '3                                           Sở Tài chính                           Năm 2027',
    '    giải pháp cho giai đoạn sau                               quan',
  ]

  // The same converter on a table whose task column is wrapped full: its only uncrossed positions
  // are at its far left, and the lead's name runs on one space after the task's text.
  const dense = [
    '                                                                                    Thời gian',
    'STT Nội dung nhiệm vụ                   Cơ quan chủ trì   Cơ quan phối hợp',
    '                                                                                    hoàn thành',
    '',
    '     Xây dựng cơ sở dữ liệu vùng trồng Sở Nông nghiệp     Sở Khoa học và Công nghệ;',
    '1                                                                                   Quý III/2027',
    '     cây ăn quả có múi trên địa bàn tỉnh và Môi trường    Ủy ban nhân dân các xã',
    '',
    '     Cấp mã số vùng trồng cho các hợp Sở Nông nghiệp                                Tháng',
    '2                                                         Sở Công Thương',
    '     tác xã đủ điều kiện xuất khẩu    và Môi trường                                 10/2027',
    '',
    '     Tập huấn kỹ năng bán hàng trên sàn                Hội Nông dân tỉnh, Tỉnh',
    '3                                       Sở Công Thương                              Năm 2027',
    '     thương mại điện tử cho nông dân                   đoàn',
    '',
    '     Bố trí kinh phí thực hiện các nhiệm',
    '4                                        Sở Tài chính     Các sở, ngành liên quan   Hằng năm',
    '     vụ của Kế hoạch',
  ]

  it('finds the edge of a column wrapped full where the next column\'s cells start, and keeps "và" with the name it joins', () => {
    const ts = withAppendix('PHỤ LỤC', dense)
    expect(ts.map((t) => t.label)).toEqual(['1', 'PL.1', 'PL.2', 'PL.3', 'PL.4'])
    expect(names(byLabel(ts, 'PL.1').lead)).toEqual(['Sở Nông nghiệp và Môi trường'])
    expect(names(byLabel(ts, 'PL.1').support)).toEqual(['Sở Khoa học và Công nghệ', 'Ủy ban nhân dân các xã'])
    expect(names(byLabel(ts, 'PL.2').lead)).toEqual(['Sở Nông nghiệp và Môi trường'])
    expect(byLabel(ts, 'PL.2').deadline?.date).toBe('2027-10-31')
    expect(names(byLabel(ts, 'PL.3').support)).toEqual(['Hội Nông dân tỉnh', 'Tỉnh đoàn'])
  })

  it('reads the header with its STT heading one space before the task\'s, and the cells under each', () => {
    const ts = withAppendix('PHỤ LỤC', table)
    expect(ts.map((t) => t.label)).toEqual(['1', 'PL.1', 'PL.2', 'PL.3'])
    expect(names(byLabel(ts, 'PL.1').lead)).toEqual(['Sở Nội vụ'])
    expect(names(byLabel(ts, 'PL.1').support)).toEqual(['Ủy ban nhân dân các xã, phường'])
    expect(names(byLabel(ts, 'PL.2').lead)).toEqual(['Sở Khoa học và Công nghệ'])
    expect(names(byLabel(ts, 'PL.2').support)).toEqual(['Sở Nội vụ'])
    expect(byLabel(ts, 'PL.2').deadline?.date).toBe('2027-08-31')
    expect(names(byLabel(ts, 'PL.3').support)).toEqual(['Các sở, ngành liên quan'])
  })
})
