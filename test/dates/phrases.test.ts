/**
 * The phrase corpus (duckling-style): phrases that must give a deadline, with its date, kind,
 * the text of the span and where it starts; and phrases that must give none. The letter is
 * dated 22/3/2024 (see helpers.ts).
 */
import { describe, expect, it } from 'vitest'
import { deadlineOf } from './helpers.js'

type Row = [phrase: string, date: string | null, kind: string, text: string]

const ABSOLUTE: Row[] = [
  ['hoàn thành trước ngày 30/4/2024', '2024-04-30', 'before', '30/4/2024'],
  ['báo cáo UBND tỉnh trước ngày 30/4/2024.', '2024-04-30', 'before', '30/4/2024'],
  ['trước ngày 15/5/2024', '2024-05-15', 'before', '15/5/2024'],
  ['gửi về Sở trước ngày 05/10/2026', '2026-10-05', 'before', '05/10/2026'],
  ['Thời gian hoàn thành xong\ntrước ngày 05/10/2026.', '2026-10-05', 'before', '05/10/2026'],
  ['trước ngày\n15/4/2026', '2026-04-15', 'before', '15/4/2026'],
  ['chậm nhất ngày 15/5/2024', '2024-05-15', 'by', '15/5/2024'],
  ['chậm nhất vào ngày 20/6/2024', '2024-06-20', 'by', '20/6/2024'],
  ['Chậm nhất là ngày 01/7/2024', '2024-07-01', 'by', '01/7/2024'],
  ['đến ngày 31/12/2024', '2024-12-31', 'by', '31/12/2024'],
  ['đảm bảo đến ngày 31/12/2024 giải ngân đạt 100%', '2024-12-31', 'by', '31/12/2024'],
  ['đến hết ngày 30/6/2024', '2024-06-30', 'by', '30/6/2024'],
  ['hạn chót ngày 10/4/2024', '2024-04-10', 'by', '10/4/2024'],
  ['thời hạn: 10/4/2024', '2024-04-10', 'by', '10/4/2024'],
  ['trước 17 giờ 00 ngày 25/3/2024', '2024-03-25', 'before', '17 giờ 00 ngày 25/3/2024'],
  ['trước 14 giờ, ngày 05/12/2024', '2024-12-05', 'before', '14 giờ, ngày 05/12/2024'],
  ['hoàn thành ngày 30 tháng 4 năm 2024', '2024-04-30', 'by', 'ngày 30 tháng 4 năm 2024'],
  ['trình Thủ tướng Chính phủ xem xét, quyết định trước ngày 20 tháng 10 năm 2024', '2024-10-20', 'before', 'ngày 20 tháng 10 năm 2024'],
  ['trước ngày 30-4-2024', '2024-04-30', 'before', '30-4-2024'],
  ['trước ngày 30.4.2024', '2024-04-30', 'before', '30.4.2024'],
  ['trước ngày 15/4', '2024-04-15', 'before', '15/4'],
  ['trước ngày 15/01', '2025-01-15', 'before', '15/01'],
  ['chậm nhất ngày 15 tháng 5', '2024-05-15', 'by', 'ngày 15 tháng 5'],
  ['tổ chức vào ngày 10/5/2024', '2024-05-10', 'on', '10/5/2024'],
  ['nộp hồ sơ trước ngày 02/4/2024', '2024-04-02', 'before', '02/4/2024'],
  ['hoàn thành, tham mưu UBND tỉnh trước ngày 30/4/2024 để trình Ban cán sự đảng cho ý kiến trong Quý II/2024', '2024-04-30', 'before', '30/4/2024'],
  ['báo cáo kết quả thực hiện trước ngày 30/9/2026 (theo mẫu)', '2026-09-30', 'before', '30/9/2026'],
  ['kết thúc trước ngày 31/5/2024', '2024-05-31', 'before', '31/5/2024'],
  ['xong trước ngày 10/6/2024', '2024-06-10', 'before', '10/6/2024'],
  ['hoàn tất trước ngày 1/8/2024', '2024-08-01', 'before', '1/8/2024'],
  ['gửi Sở Tài chính trước ngày 15/11/2024', '2024-11-15', 'before', '15/11/2024'],
  ['tới ngày 20/5/2024', '2024-05-20', 'by', '20/5/2024'],
  ['- Thời gian: ngày 15/5/2024.', '2024-05-15', 'by', '15/5/2024'],
]

const PERIODS: Row[] = [
  ['hoàn thành trong tháng 4/2024', '2024-04-30', 'within-period', 'tháng 4/2024'],
  ['**hoàn thành trong tháng 4/2024** theo Công văn', '2024-04-30', 'within-period', 'tháng 4/2024'],
  ['phấn đấu hoàn thành trong tháng 10/2024', '2024-10-31', 'within-period', 'tháng 10/2024'],
  ['trong tháng 02/2028', '2028-02-29', 'within-period', 'tháng 02/2028'],
  ['hoàn thành tháng 10 năm 2024', '2024-10-31', 'within-period', 'tháng 10 năm 2024'],
  ['trong Quý II/2024', '2024-06-30', 'within-period', 'Quý II/2024'],
  ['hoàn thành trong quý 2 năm 2024', '2024-06-30', 'within-period', 'quý 2 năm 2024'],
  ['trong Quý IV/2024', '2024-12-31', 'within-period', 'Quý IV/2024'],
  ['Hoàn thành trong quý III/2025', '2025-09-30', 'within-period', 'quý III/2025'],
  ['trong quý I/2025', '2025-03-31', 'within-period', 'quý I/2025'],
  ['hoàn thành 6 tháng đầu năm 2024', '2024-06-30', 'within-period', '6 tháng đầu năm 2024'],
  ['trong 6 tháng cuối năm 2024', '2024-12-31', 'within-period', '6 tháng cuối năm 2024'],
  ['trong năm 2024', '2024-12-31', 'within-period', 'năm 2024'],
  ['giữ vững và nâng cao chỉ số chuyển đổi số trong năm 2024', '2024-12-31', 'within-period', 'năm 2024'],
  ['hoàn thành cuối năm 2024', '2024-12-31', 'within-period', 'cuối năm 2024'],
  ['đến hết năm 2025', '2025-12-31', 'within-period', 'năm 2025'],
  ['trong cả năm 2024', '2024-12-31', 'within-period', 'năm 2024'],
  ['treo cờ từ ngày 10/5/2026 đến hết ngày 14/5/2026', '2026-05-14', 'within-period', '10/5/2026 đến hết ngày 14/5/2026'],
  ['từ ngày 01/4/2024 đến ngày 30/4/2024', '2024-04-30', 'within-period', '01/4/2024 đến ngày 30/4/2024'],
  ['hoàn thành trước Tết Nguyên đán', '2025-01-29', 'before', 'Tết Nguyên đán'],
  ['trước Tết Nguyên đán 2026', '2026-02-17', 'before', 'Tết Nguyên đán 2026'],
  ['riêng năm 2025 hoàn thành trong quý II/2025', '2025-06-30', 'within-period', 'quý II/2025'],
  ['thực hiện xong trong tháng 12/2024', '2024-12-31', 'within-period', 'tháng 12/2024'],
  ['trình UBND tỉnh trong tháng 5/2024', '2024-05-31', 'within-period', 'tháng 5/2024'],
  ['báo cáo trong quý III/2024', '2024-09-30', 'within-period', 'quý III/2024'],
  ['giải ngân đạt trên 60% kế hoạch vốn trong quý III năm 2024', '2024-09-30', 'within-period', 'quý III năm 2024'],
]

const RELATIVE: Row[] = [
  ['trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản', null, 'relative', 'trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản'],
  ['Trong thời hạn tối đa 05 ngày làm việc, kể từ ngày nhận được văn bản', null, 'relative', 'Trong thời hạn tối đa 05 ngày làm việc, kể từ ngày nhận được văn bản'],
  ['trong vòng 10 ngày kể từ ngày ký', '2024-04-01', 'relative', 'trong vòng 10 ngày kể từ ngày ký'],
  ['trong thời hạn 03 ngày làm việc kể từ ngày ký', '2024-03-27', 'relative', 'trong thời hạn 03 ngày làm việc kể từ ngày ký'],
  ['trong vòng 15 ngày kể từ ngày ban hành', '2024-04-06', 'relative', 'trong vòng 15 ngày kể từ ngày ban hành'],
  ['sau 10 ngày kể từ ngày nhận được hồ sơ', null, 'relative', 'sau 10 ngày kể từ ngày nhận được hồ sơ'],
  ['trong thời gian 30 ngày kể từ khi có quyết định', null, 'relative', 'trong thời gian 30 ngày kể từ khi có quyết định'],
  ['không quá 07 ngày làm việc', null, 'relative', 'không quá 07 ngày làm việc'],
  ['trong vòng 02 tuần kể từ ngày nhận văn bản', null, 'relative', 'trong vòng 02 tuần kể từ ngày nhận văn bản'],
  ['trong thời hạn 05 ngày làm việc kể từ ngày ký', '2024-03-29', 'relative', 'trong thời hạn 05 ngày làm việc kể từ ngày ký'],
]

const RECURRING: Row[] = [
  ['báo cáo trước ngày 15 hằng tháng', null, 'recurring', 'hằng tháng'],
  ['định kỳ hằng quý báo cáo UBND tỉnh', null, 'recurring', 'định kỳ'],
  ['báo cáo trước ngày 20 tháng cuối quý', null, 'recurring', 'tháng cuối quý'],
  ['Báo cáo 6 tháng: gửi Sở Tài chính trước ngày 05/7', null, 'recurring', 'Báo cáo 6 tháng'],
  ['định kỳ hàng năm (trước ngày 15/11) báo cáo kết quả', null, 'recurring', 'định kỳ'],
  ['gửi Bộ trước ngày 30 tháng 11 hằng năm', null, 'recurring', 'hằng năm'],
  ['Định kỳ từ ngày 1 đến ngày 5 hằng tháng', null, 'recurring', 'Định kỳ'],
  ['Sau mỗi đợt đồng bộ, kiểm tra dữ liệu', null, 'recurring', 'Sau mỗi đợt'],
  ['báo cáo hàng tháng', null, 'recurring', 'hàng tháng'],
  ['tổng hợp mỗi quý một lần', null, 'recurring', 'mỗi quý'],
]

const UNDATED: Row[] = [
  ['thường xuyên theo dõi, đôn đốc', null, 'ongoing', 'thường xuyên'],
  ['Thực hiện thường xuyên.', null, 'ongoing', 'thường xuyên'],
  ['thực hiện liên tục', null, 'ongoing', 'liên tục'],
  ['khẩn trương tham mưu UBND tỉnh', null, 'asap', 'khẩn trương'],
  ['Thực hiện ngay và có kết quả', null, 'asap', 'ngay'],
  ['kịp thời báo cáo những vấn đề phát sinh', null, 'asap', 'kịp thời'],
  ['với tinh thần khẩn trương nhất', null, 'asap', 'khẩn trương'],
  ['triển khai càng sớm càng tốt', null, 'asap', 'càng sớm càng tốt'],
]

const NEGATIVE: string[] = [
  'Quyết định số 91/QĐ-UBND ngày 19/01/2024 của UBND tỉnh',
  'Ngày 07 tháng 10 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp',
  'theo ý kiến chỉ đạo tại cuộc họp ngày 22 tháng 8 năm 2024',
  'Kế hoạch phát triển kinh tế - xã hội năm 2024',
  'giai đoạn 2021 - 2025',
  'Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050',
  'đến năm 2030, tầm nhìn đến năm 2045',
  'các chỉ tiêu đề ra năm 2024',
  'Báo Đấu thầu ngày 26 tháng 3 năm 2019 đưa tin',
  'có hiệu lực từ ngày 01/7/2025',
  'Luật Doanh nghiệp năm 2014',
  'kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025',
  'nhiệm kỳ 2026 - 2031',
  'Chỉ thị số 45-CT/TW, ngày 14/4/2025',
  'ngân sách năm 2024',
  'Phó Thủ tướng đã ký ngày 15/3/2024',
  'số liệu năm 2023',
  'trong 5 năm qua',
  'Hội nghị ngày 05/12/2023 đã thống nhất',
  'quy hoạch phân khu 1/2000',
  'xếp vị trí 81/100',
  'loại 1,2,3,4,9',
  'điện thoại 0904.896.868',
  'Điều 61 Luật Lâm nghiệp',
  'Chương trình làm việc năm 2024 của Tỉnh ủy',
  'tình hình thực hiện nhiệm vụ năm 2023',
  'năm học 2024 - 2025',
  'Đại hội đại biểu lần thứ XXI',
  'đến cuối nhiệm kỳ, tỷ lệ hộ nghèo giảm',
  'tại buổi làm việc ngày 10/3/2024',
  'Tết Dương lịch',
  'chi thường xuyên ngân sách',
]

const check = ([phrase, date, kind, text]: Row) => {
  const d = deadlineOf(phrase)
  expect(d, phrase).not.toBeNull()
  expect([d!.date, d!.kind, d!.text, d!.span.start.offset]).toEqual([date, kind, text, phrase.indexOf(text)])
}

describe('deadline phrases', () => {
  it('has a corpus of at least 80 positive and 30 negative phrases', () => {
    expect(ABSOLUTE.length + PERIODS.length + RELATIVE.length + RECURRING.length + UNDATED.length).toBeGreaterThanOrEqual(80)
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(30)
  })
  describe('absolute dates', () => it.each(ABSOLUTE)('%s → %s (%s)', (...row) => check(row as Row)))
  describe('periods, due at their last day', () => it.each(PERIODS)('%s → %s (%s)', (...row) => check(row as Row)))
  describe('relative deadlines', () => it.each(RELATIVE)('%s → %s (%s)', (...row) => check(row as Row)))
  describe('recurring deadlines', () => it.each(RECURRING)('%s → %s (%s)', (...row) => check(row as Row)))
  describe('no date: ongoing, as soon as possible', () => it.each(UNDATED)('%s → %s (%s)', (...row) => check(row as Row)))
  describe('not deadlines', () =>
    it.each(NEGATIVE)('%s', (phrase) => {
      const d = deadlineOf(phrase)
      expect(d?.date ?? null, phrase).toBeNull()
    }))
})

describe('relative deadlines keep their parts', () => {
  it('keeps duration, unit, basis and anchor, and says the anchor is undated', () => {
    const d = deadlineOf('trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản')!
    expect([d.duration, d.unit, d.basis, d.anchor]).toEqual([5, 'day', 'working', 'nhận được văn bản'])
    expect(d.resolution).toContain('does not date')
  })
  it('skips weekends and public holidays when counting working days (30/4 and 1/5 2024)', () => {
    const d = deadlineOf('trong thời hạn 05 ngày làm việc kể từ ngày ký', 'body', '2024-04-26')!
    // 26/4 (Fri) → 29/4 Mon, 2/5 Thu, 3/5 Fri, 6/5 Mon, 7/5 Tue (30/4, 1/5 holidays; weekends skipped).
    expect(d.date).toBe('2024-05-07')
  })
})

describe('recurrence', () => {
  it('reads a monthly deadline with its day', () => {
    expect(deadlineOf('báo cáo trước ngày 15 hằng tháng')!.recurrence).toMatchObject({ frequency: 'monthly', day: 15 })
  })
  it('reads a quarterly deadline in the last month of the quarter', () => {
    expect(deadlineOf('báo cáo trước ngày 20 tháng cuối quý')!.recurrence).toMatchObject({ frequency: 'quarterly', day: 20 })
  })
})

describe('choosing among several dates', () => {
  it('takes the completion date and keeps the others as milestones', () => {
    const doc = 'xây dựng dự thảo trước ngày 15/4/2024; hoàn thành, trình UBND tỉnh trước ngày 30/4/2024'
    expect(deadlineOf(doc)!.date).toBe('2024-04-30')
  })
  it('reads a table cell as the deadline itself', () => {
    expect(deadlineOf('2024 - 2025', 'cell')!.date).toBe('2025-12-31')
    expect(deadlineOf('Tháng 8/2024', 'cell')!.date).toBe('2024-08-31')
  })
})
