/**
 * Task tables: columns found from the header row whatever its wording, rows labelled by their
 * STT (sections, group rows, appendix numbers), merged cells, and the forms converters leave a
 * table in (pipe rows, one cell per line, text columns of a PDF converted with its layout).
 */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from './helpers.js'
import { columnRoles } from '../src/extract/task-table.js'
import type { Task } from '../src/schema/letter.js'

const names = (list: { name: string }[]) => list.map((a) => a.name)
const byLabel = (ts: Task[], label: string) => {
  const t = ts.find((x) => x.label === label)
  expect(t, label).toBeDefined()
  return t!
}
/** A letter whose appendix (after the signature) holds the given lines. */
const withAppendix = (heading: string, table: string[]) =>
  letterOf(congVan('1. Các cơ quan, đơn vị thực hiện nhiệm vụ tại Phụ lục kèm theo.') + ['', heading, '(Kèm theo Kế hoạch số 09/KH-UBND)', '', ...table, ''].join('\n')).tasks

describe('header roles', () => {
  it('reads each header cell\'s role from its wording', () => {
    expect(columnRoles(['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm'])).toEqual(['stt', 'task', 'lead', 'support', 'deadline', 'product'])
    expect(columnRoles(['TT', 'Nhiệm vụ cụ thể', 'Cơ quan, tổ chức đảng chủ trì', 'Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc', 'Thời gian thực hiện'])).toEqual(['stt', 'task', 'lead', 'person', 'deadline'])
    expect(columnRoles(['Số TT', 'Tên nhiệm vụ', 'Cơ quan thực hiện', 'Tiến độ', 'Ghi chú'])).toEqual(['stt', 'task', 'lead', 'deadline', null])
  })
})

describe('pipe tables', () => {
  it('labels appendix rows under their section row, the section row being a task of its own', () => {
    const ts = withAppendix('PHỤ LỤC 2', [
      '| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |',
      '| --- | --- | --- | --- | --- |',
      '| I | Các nhiệm vụ cần làm ngay trong năm 2026 | | | |',
      '| 1 | Ban hành kế hoạch thực hiện. | Sở Tài chính | Sở Nội vụ | Trước ngày 15/10/2026 |',
      '| 2 | Rà soát cơ chế, chính sách. | Sở Tư pháp | | Quý IV/2026 |',
      '| II | Nhiệm vụ theo lộ trình đến năm 2030 | | | |',
      '| 1 | Xây dựng quy hoạch. | Sở Xây dựng | | 2026 - 2030 |',
    ])
    expect(ts.map((t) => t.label)).toEqual(['1', 'PL2.I', 'PL2.I.1', 'PL2.I.2', 'PL2.II', 'PL2.II.1'])
    expect(names(byLabel(ts, 'PL2.I.1').lead)).toEqual(['Sở Tài chính'])
    expect(names(byLabel(ts, 'PL2.I.1').support)).toEqual(['Sở Nội vụ'])
    expect(byLabel(ts, 'PL2.I.1').deadline?.date).toBe('2026-10-15')
    expect(byLabel(ts, 'PL2.II.1').deadline?.date).toBe('2030-12-31')
  })
  it('hangs letter rows under the numbered row above them and reads every lead of a cell', () => {
    const ts = withAppendix('PHỤ LỤC', [
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Tuyên truyền, phổ biến Nghị định | | | |',
      '| a) | Tổ chức hội nghị phổ biến. | Sở Tư pháp; Sở Nội vụ | Các cơ quan, đơn vị có liên quan | Quý III/2026 |',
      '| b) | Tổ chức hội thảo chuyên đề. | Sở Tư pháp | | Quý IV/2026 |',
      '| 2 | Theo dõi thi hành pháp luật. | Sở Tư pháp | | Thường xuyên |',
    ])
    expect(ts.map((t) => t.label)).toEqual(['1', 'PL.1', 'PL.1.a', 'PL.1.b', 'PL.2'])
    expect(names(byLabel(ts, 'PL.1.a').lead)).toEqual(['Sở Tư pháp', 'Sở Nội vụ'])
    expect(byLabel(ts, 'PL.1').lead).toEqual([])
  })
  it('carries a merged lead or time cell down to the rows below it, but not into the next group', () => {
    const ts = withAppendix('PHỤ LỤC', [
      '| TT | Nội dung công việc | Đơn vị thực hiện | Thời hạn hoàn thành |',
      '| --- | --- | --- | --- |',
      '| 1 | Rà soát hồ sơ. | Sở Công Thương | Tháng 6/2026 |',
      '| 2 | Kiểm tra thực tế. | | |',
      '| II | Báo cáo | | |',
      '| 1 | Tổng hợp kết quả. | | |',
    ])
    const r2 = byLabel(ts, 'PL.2')
    expect(names(r2.lead)).toEqual(['Sở Công Thương'])
    expect(r2.deadline?.date).toBe('2026-06-30')
    expect(byLabel(ts, 'PL.II.1').lead).toEqual([])
  })
  it('does not read a leader in charge as the lead agency', () => {
    const ts = withAppendix('PHỤ LỤC I', [
      '| TT | Nhiệm vụ | Cơ quan chủ trì | Cá nhân phụ trách chỉ đạo | Thời hạn |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Xây dựng kế hoạch. | Sở Nội vụ | Phó Chủ tịch UBND tỉnh | 2026 - 2027 |',
    ])
    expect(names(byLabel(ts, 'PLI.1').lead)).toEqual(['Sở Nội vụ'])
    expect(byLabel(ts, 'PLI.1').deadline?.date).toBe('2027-12-31')
  })
  it('leaves a schedule table without an STT or a doer column alone', () => {
    const ts = withAppendix('PHỤ LỤC', ['| Thời gian | Nội dung | Ghi chú |', '| --- | --- | --- |', '| 13/11/2026 | Đề xuất đề tài. | |'])
    expect(ts.map((t) => t.label)).toEqual(['1'])
  })
  it('labels a body table under the item that holds it', () => {
    const body = ['I. MỤC ĐÍCH', '1. Bảo đảm thống nhất.', 'II. NHIỆM VỤ CỤ THỂ', '', '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |', '| --- | --- | --- | --- |', '| 1 | Rà soát. | Sở Y tế | Năm 2026 |', '| 2 | Kiểm tra. | Sở Tài chính | Năm 2027 |'].join('\n')
    const ts = letterOf(congVan(body)).tasks
    expect(ts.map((t) => t.label)).toEqual(['I', 'I.1', 'II', 'II.1', 'II.2'])
    expect(names(byLabel(ts, 'II.2').lead)).toEqual(['Sở Tài chính'])
  })
})

describe('tables a converter took apart', () => {
  it('reads a pipe header followed by one cell a line, with a header cell that overflowed', () => {
    const ts = withAppendix('PHỤ LỤC', [
      '| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |',
      '| --- | --- | --- | --- |',
      'Thời gian thực hiện',
      '1',
      'Tổ chức tuyên truyền, phổ biến',
      'a)',
      'Tổ chức hội nghị phổ biến Nghị định.',
      'Sở Nông nghiệp và Môi trường',
      'Các cơ quan, đơn vị có liên quan',
      'Quý III/2026',
      'b)',
      'Tổ chức các chương trình truyền thông.',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Nông nghiệp và Môi trường',
      'Thường xuyên',
      '2',
      'Theo dõi thi hành pháp luật.',
      'Sở Tư pháp',
      'Các sở, ngành',
      'Quý IV/2026',
    ])
    expect(ts.map((t) => t.label)).toEqual(['1', 'PL.1', 'PL.1.a', 'PL.1.b', 'PL.2'])
    expect(names(byLabel(ts, 'PL.1.a').lead)).toEqual(['Sở Nông nghiệp và Môi trường'])
    expect(byLabel(ts, 'PL.1.a').deadline?.date).toBe('2026-09-30')
    expect(names(byLabel(ts, 'PL.2').lead)).toEqual(['Sở Tư pháp'])
  })
  it('takes no time from the row above in a table set one cell a line, where cells are placed by count', () => {
    const ts = withAppendix('PHỤ LỤC', [
      '| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |',
      '| --- | --- | --- | --- |',
      '1',
      'Xây dựng thông tư.',
      'Sở Tư pháp',
      'Quý III/2026',
      '2',
      'Theo dõi thi hành.',
      'Sở Tư pháp',
    ])
    expect(byLabel(ts, 'PL.1').deadline?.date).toBe('2026-09-30')
    expect(byLabel(ts, 'PL.2').deadline).toBeNull()
  })
  it('reads a table printed as text columns, each cell over several lines around its STT', () => {
    const ts = withAppendix('PHỤ LỤC 2', [
      '                                                   Cơ quan                      Thời hạn',
      'TT             Nhiệm vụ cụ thể                     chủ trì                      thực hiện',
      '',
      'I    Các nhiệm vụ cần làm ngay',
      '',
      '     Xây dựng kế hoạch triển khai                  Sở Kế hoạch',
      '1    thực hiện chương trình của tỉnh               và Đầu tư                    Trước ngày',
      '     trên địa bàn                                                               15/10/2026',
      '',
      '     Rà soát, hoàn thiện cơ chế                    Sở Tài',
      '2    chính sách ưu đãi đầu tư                      chính                        2026 - 2027',
      '',
      'II   Nhiệm vụ theo lộ trình',
      '',
      '     Xây dựng quy hoạch bảo vệ                     Sở Xây                       2026 - 2030',
      '1    môi trường tỉnh                               dựng',
    ])
    expect(ts.map((t) => t.label)).toEqual(['1', 'PL2.I', 'PL2.I.1', 'PL2.I.2', 'PL2.II', 'PL2.II.1'])
    const r1 = byLabel(ts, 'PL2.I.1')
    expect(names(r1.lead)).toEqual(['Sở Kế hoạch và Đầu tư'])
    expect(r1.deadline?.date).toBe('2026-10-15')
    expect(names(byLabel(ts, 'PL2.I.2').lead)).toEqual(['Sở Tài chính'])
    expect(byLabel(ts, 'PL2.II.1').deadline?.date).toBe('2030-12-31')
  })
  it('does not take a line of text that starts with "TT" for a table header', () => {
    const ts = letterOf(congVan('1. Giao Sở Tài chính thực hiện.\nTT HĐND tỉnh giám sát việc thực hiện                    theo quy định.\n2. Báo cáo kết quả.')).tasks
    expect(ts.map((t) => t.label)).toEqual(['1', '2'])
  })
})
