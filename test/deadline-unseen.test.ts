/**
 * Deadline wordings that none of the corpus, probe or heldout letters prints, read by the
 * conventions of the corpus README (a period counted from the letter's own date gives the
 * computed date, the day of signing not counted; an event the letter does not date gives no
 * date; recurring wording gives none), each with counterexamples that must not be read the
 * same way. Every case is item 2 of a small công văn dated 10/12/2025 (a Wednesday) unless
 * it says otherwise.
 */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from './helpers.js'

const DATE = '10/12/2025'
const letter = (body: string, date = DATE) => letterOf(congVan(body, { date }))
const item = (sentence: string, date = DATE) => {
  const t = letter(`1. Sở Nội vụ rà soát danh mục.\n\n2. ${sentence}`, date).tasks.find((x) => x.label === '2')
  if (!t) throw new Error('no task 2')
  return t
}
const deadline = (sentence: string, date = DATE) => item(sentence, date).deadline?.date ?? null

describe('a period counted from the letter itself gives the computed date', () => {
  it('counts a bare "trong N ngày kể từ ngày ký văn bản này" from the letter, the day of signing not counted', () => {
    expect(deadline('Sở Tài chính gửi báo cáo trong 10 ngày kể từ ngày ký văn bản này.')).toBe('2025-12-20')
  })
  it('counts "trong 07 ngày kể từ ngày ban hành Kế hoạch này" the same way', () => {
    expect(deadline('Phòng Kế hoạch lập dự toán, trình Giám đốc phê duyệt trong 07 ngày kể từ ngày ban hành Kế hoạch này.')).toBe('2025-12-17')
  })
  it('counts working days from the signing past the weekend', () => {
    expect(deadline('Sở Tài chính báo cáo trong thời hạn 05 ngày làm việc kể từ ngày ký Công văn này.')).toBe('2025-12-17')
  })
  it('counts a month to the same day of the next month', () => {
    expect(deadline('Sở Tài chính hoàn thành trong vòng một tháng kể từ ngày ký Kế hoạch này.')).toBe('2026-01-10')
  })
  it("ends a month counted from 31 January on February's last day", () => {
    expect(deadline('Sở Tài chính hoàn thành trong vòng một tháng kể từ ngày ký.', '31/01/2026')).toBe('2026-02-28')
  })
  it('counts weeks as seven days each', () => {
    expect(deadline('Sở Tài chính hoàn thành trong 02 tuần kể từ ngày ký.')).toBe('2025-12-24')
  })
  it('counts from a day the item prints ("kể từ ngày 01/01/2026")', () => {
    expect(deadline('Sở Tài chính hoàn thành trong thời hạn 30 ngày kể từ ngày 01/01/2026.')).toBe('2026-01-31')
  })
  it('gives no date when the signing is of another paper ("kể từ ngày ký hợp đồng")', () => {
    const t = item('Nhà thầu nộp bảo lãnh trong 10 ngày kể từ ngày ký hợp đồng.')
    expect(t.deadline).toMatchObject({ kind: 'relative', date: null })
  })
  it('gives no date when the issue is of a cited decision ("kể từ ngày ban hành Quyết định số …")', () => {
    expect(deadline('Sở Tài chính trình UBND tỉnh trong 10 ngày kể từ ngày ban hành Quyết định số 123/QĐ-UBND.')).toBeNull()
  })
  it('gives no date when counted from receipt ("kể từ ngày nhận được văn bản này")', () => {
    expect(deadline('Sở Tài chính báo cáo kết quả trong 15 ngày kể từ ngày nhận được văn bản này.')).toBeNull()
  })
  it('reads "chậm nhất 03 ngày làm việc sau khi …" as relative to the event, with no date', () => {
    expect(item('Sở Nội vụ báo cáo chậm nhất 03 ngày làm việc sau khi kết thúc hội nghị.').deadline).toMatchObject({ kind: 'relative', date: null, anchor: 'kết thúc hội nghị' })
  })
  it('counts "trong 10 ngày tới" from the letter', () => {
    expect(deadline('Sở Tài chính rà soát, báo cáo trong 10 ngày tới.')).toBe('2025-12-20')
  })
  it('gives no date for "trong những ngày tới" nor for a horizon "trong 5 năm tới" (counterexamples)', () => {
    expect(deadline('Sở Tài chính theo dõi sát diễn biến trong những ngày tới.')).toBeNull()
    expect(deadline('Phấn đấu trong 5 năm tới tỷ lệ hộ nghèo giảm 2%.')).toBeNull()
  })
  it('does not take a bare duration with no anchor ("tổ chức trong 03 ngày") for a deadline', () => {
    expect(item('Sở Văn hóa tổ chức hội chợ trong 03 ngày.').deadline).toBeNull()
  })
})

describe('periodic reports', () => {
  it('reads "trước ngày 15 của tháng đầu quý sau" as a quarterly recurrence, not as a date', () => {
    const t = item('Phòng Tổng hợp báo cáo Thống đốc trước ngày 15 của tháng đầu quý sau.')
    expect(t.deadline).toMatchObject({ kind: 'recurring', date: null, recurrence: { frequency: 'quarterly', day: 15 } })
  })
  it('reads "ngày 10 của tháng sau tháng báo cáo" as monthly', () => {
    expect(item('Các đơn vị gửi số liệu trước ngày 10 của tháng sau tháng báo cáo.').deadline).toMatchObject({ kind: 'recurring', recurrence: { frequency: 'monthly' } })
  })
  it('reads the same cell of a task table as recurring', () => {
    const body = [
      '1. Phân công thực hiện:',
      '',
      '| STT | Nội dung | Cơ quan chủ trì | Thời hạn |',
      '|---|---|---|---|',
      '| 1 | Tổng hợp kết quả, báo cáo UBND tỉnh | Sở Tài chính | Trước ngày 15 của tháng đầu quý sau |',
      '| 2 | Kiểm tra việc thực hiện | Sở Nội vụ | Tháng 9/2026 |',
    ].join('\n')
    const tasks = letter(body).tasks
    expect(tasks.find((t) => t.label === '1.1')?.deadline?.date ?? null).toBeNull()
    expect(tasks.find((t) => t.label === '1.2')?.deadline?.date).toBe('2026-09-30')
  })
  it('still reads "trong quý sau" as the next quarter (counterexample)', () => {
    expect(deadline('Sở Tài chính hoàn thành trong quý sau.')).toBe('2026-03-31')
  })
  it('still reads "trước ngày 15/01 năm sau" as a date (counterexample)', () => {
    expect(deadline('Sở Tài chính báo cáo trước ngày 15/01 năm sau.')).toBe('2026-01-15')
  })
})

describe('a day printed with the month named from the letter', () => {
  it('reads "trước ngày 20 tháng này" as that day of this month', () => {
    expect(deadline('Sở Tài chính báo cáo UBND tỉnh trước ngày 20 tháng này.')).toBe('2025-12-20')
  })
  it('reads "chậm nhất ngày 05 của tháng tới" as that day of next month', () => {
    expect(deadline('Sở Tài chính báo cáo chậm nhất ngày 05 của tháng tới.')).toBe('2026-01-05')
  })
  it('still reads "trong tháng tới" as the whole month, due at its end (counterexample)', () => {
    expect(deadline('Sở Tài chính báo cáo trong tháng tới.')).toBe('2026-01-31')
  })
})

describe('OCR damage', () => {
  it('reads a stray space inside the day ("chậm nhât là ngày 3 1/12/2025")', () => {
    expect(deadline('Các đơn vị gửi hồ sơ đến Kho bạc chậm nhât là ngày 3 1/12/2025.')).toBe('2025-12-31')
  })
  it('reads the same damage in a day written in words ("ngày 2 0 tháng 12 năm 2025")', () => {
    expect(deadline('Sở Tài chính báo cáo trước ngày 2 0 tháng 12 năm 2025.')).toBe('2025-12-20')
  })
  it('reads the stray space in a time column after its cue ("Trước 3 1/01/2026"), not as 1/01', () => {
    const body = ['1. Phân công:', '', '| STT | Nội dung | Chủ trì | Thời hạn |', '|---|---|---|---|', '| 1 | Tổng hợp số liệu | Sở Tài chính | Trước 3 1/01/2026 |'].join('\n')
    expect(letter(body).tasks.find((t) => t.label === '1.1')?.deadline?.date).toBe('2026-01-31')
  })
  it('reads "truoc ngay" with every mark lost as "trước ngày"', () => {
    expect(item('Sở Tài chính báo cáo truoc ngay 31/12/2025.').deadline).toMatchObject({ date: '2025-12-31', kind: 'before' })
  })
  it('reads no day out of two numbers that make none ("ngày 4 1/12/2025" is no 41st)', () => {
    expect(deadline('Sở Tài chính báo cáo trước ngày 4 1/12/2025.', '10/11/2025')).toBe('2025-12-01')
  })
})

describe('holidays', () => {
  it('takes the day printed in brackets after the holiday over the holiday', () => {
    expect(deadline('Sở Xây dựng khởi công các dự án trước Tết Nguyên đán Bính Ngọ 2026 (trước ngày 10 tháng 02 năm 2026).')).toBe('2026-02-10')
  })
  it('takes the printed day when the holiday is the bracket ("trước ngày 25/01/2026 (trước Tết Nguyên đán)")', () => {
    expect(deadline('Sở Xây dựng hoàn thành trước ngày 25/01/2026 (trước Tết Nguyên đán).')).toBe('2026-01-25')
  })
  it("reads Tết with its can-chi year name as the lunar new year's day", () => {
    expect(item('Sở Xây dựng hoàn thành trước Tết Nguyên đán Bính Ngọ 2026.').deadline).toMatchObject({ date: '2026-02-17', text: 'Tết Nguyên đán Bính Ngọ 2026' })
  })
  it('keeps the later of two separate dates when no bracket joins them (counterexample)', () => {
    expect(deadline('Sở Xây dựng báo cáo trước Tết Nguyên đán 2026; hoàn thành trước ngày 31/3/2026.')).toBe('2026-03-31')
  })
})

describe('periods that set no deadline', () => {
  it('does not read "chuyển nguồn ngân sách sang năm 2026" as due in 2026', () => {
    expect(deadline('Phối hợp với Phòng Kế toán thực hiện xét chuyển nguồn ngân sách sang năm 2026.')).toBeNull()
  })
  it('reads the date of the work when the item also moves funds "sang năm 2026"', () => {
    expect(deadline('Sở Tài chính hoàn thành việc chuyển nguồn sang năm 2026 trước ngày 31/01/2026.')).toBe('2026-01-31')
  })
  it('does not read "trong những ngày cuối năm" (the days an arrangement holds) as a deadline', () => {
    expect(deadline('Bố trí cán bộ làm việc cả ngày thứ Bảy, Chủ nhật trong những ngày cuối năm để kiểm soát chi.')).toBeNull()
  })
  it('still reads "hoàn thành trong những ngày đầu tháng 01/2026" by its completion cue (counterexample)', () => {
    expect(deadline('Sở Tài chính hoàn thành trong những ngày đầu tháng 01/2026.')).toBe('2026-01-10')
  })
  it("keeps a plan's purpose-and-frame section's period as a milestone, not its deadline", () => {
    const body = [
      'I. MỤC TIÊU, THỜI GIAN, PHẠM VI',
      '',
      '- Đạt tỷ lệ trên 95% trẻ trong diện được tiêm.',
      '- Thời gian tổ chức tiêm: từ ngày 02/3/2026 đến ngày 30/4/2026.',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Trung tâm Y tế tổ chức tiêm từ ngày 02/3/2026 đến ngày 30/4/2026.',
    ].join('\n')
    const tasks = letter(body).tasks
    const frame = tasks.find((t) => t.label === 'I')!
    expect(frame.deadline).toBeNull()
    expect(frame.milestones.map((m) => m.date)).toContain('2026-04-30')
    expect(tasks.find((t) => t.label === 'II.1')?.deadline?.date).toBe('2026-04-30')
  })
})

describe('other deadline forms', () => {
  it('reads a meeting the doer is to hold on a day ("tổ chức hội nghị vào ngày 20/12/2025") as due that day', () => {
    expect(item('Sở Tài chính tổ chức hội nghị tổng kết vào ngày 20/12/2025.').deadline).toMatchObject({ date: '2025-12-20', kind: 'on' })
  })
  it('still reads no deadline in a reported meeting ("Tại hội nghị ngày 20/12/2025, …") (counterexample)', () => {
    expect(deadline('Tại hội nghị ngày 20/12/2025, Sở Tài chính đã báo cáo tình hình.')).toBeNull()
  })
  it('takes the completion date over the day of the meeting the item also holds', () => {
    expect(deadline('Sở Tài chính tổ chức hội nghị vào ngày 26/12/2025, báo cáo kết quả trước ngày 31/12/2025.')).toBe('2025-12-31')
  })
  it('reads the day after an hour ("trước 16 giờ ngày 15/01/2026") with its time', () => {
    expect(item('Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước 16 giờ ngày 15/01/2026.').deadline).toMatchObject({ date: '2026-01-15', time: '16:00' })
  })
  it('gives a day without a year the letter\'s year ("xong trước 30/6")', () => {
    expect(deadline('Sở Xây dựng rà soát các công trình, xong trước 30/6.')).toBe('2026-06-30')
  })
  it('reads "trong tháng này" as the current month, due at its end', () => {
    expect(deadline('Sở Y tế tổ chức kiểm tra trong tháng này.')).toBe('2025-12-31')
  })
  it('reads "đến hết ngày 31/12/2025"', () => {
    expect(deadline('Sở Công Thương thực hiện đến hết ngày 31/12/2025.')).toBe('2025-12-31')
  })
  it('gives no date for "trong thời hạn 15 ngày" with no anchor', () => {
    expect(item('Sở Tư pháp thẩm định hồ sơ trong thời hạn 15 ngày.').deadline).toMatchObject({ kind: 'relative', date: null })
  })
  it('takes the last step of "hoàn thành trước ngày 31/12/2025 và báo cáo trước ngày 05/01/2026"', () => {
    const t = item('Sở Tài chính hoàn thành trước ngày 31/12/2025 và báo cáo trước ngày 05/01/2026.')
    expect(t.deadline?.date).toBe('2026-01-05')
    expect(t.milestones.map((m) => m.date)).toEqual(['2025-12-31'])
  })
  it('does not take the budget year of "dự toán năm 2025" over the date of the work', () => {
    expect(deadline('Các đơn vị gửi hồ sơ các khoản chi thuộc dự toán năm 2025 trước ngày 20/12/2025.')).toBe('2025-12-20')
  })
})
