/**
 * Which date of an item is its deadline: the latest completion date outside a purpose clause;
 * never a cited document's date or a day already past on the letter's date (22/3/2024), which
 * are reported; "đến năm 2030" only after the work it ends.
 */
import { describe, expect, it } from 'vitest'
import { docOf } from '../helpers.js'
import { findDeadline, droppedDates, type DeadlineContext } from '../../src/dates/deadline.js'
import { deadlineOf, LETTER_DATE } from './helpers.js'

const ctxOf = (text: string, citationDates: Array<[number, number]> = []): DeadlineContext => {
  const doc = docOf(text)
  return { letterDate: LETTER_DATE, citationDates, doc }
}

describe('choosing the completion date', () => {
  it('takes the latest of several completion dates set for the item\'s parts', () => {
    const text = '- Nghiệm thu, bàn giao công trình trong tháng 7/2024.\n- Sửa chữa tuyến kè xong trước ngày 30/5/2024.\n- Hoàn thành dự án trong Quý IV năm 2024.'
    expect(deadlineOf(text)?.date).toBe('2024-12-31')
  })
  it('leaves out a date in a purpose clause that follows the item\'s own date', () => {
    expect(deadlineOf('tham mưu UBND tỉnh trước ngày 30/4/2024 để trình Hội đồng nhân dân tỉnh xem xét trong Quý III/2024')?.date).toBe('2024-04-30')
    expect(deadlineOf('báo cáo trước ngày 15/4/2024 nhằm phục vụ hội nghị sơ kết trong tháng 6/2024')?.date).toBe('2024-04-15')
  })
  it('keeps the other dates as milestones', () => {
    const doc = docOf('xây dựng dự thảo trước ngày 15/4/2024; hoàn thành trước ngày 30/4/2024')
    const r = findDeadline(doc.text, 0, { letterDate: LETTER_DATE, citationDates: [], doc })
    expect([r.deadline?.date, r.milestones.map((m) => m.date)]).toEqual(['2024-04-30', ['2024-04-15']])
  })
  it('reads "trước năm 2026" as due the last day before that year', () => {
    expect(deadlineOf('hoàn thành trước năm 2026')).toMatchObject({ date: '2025-12-31', kind: 'before' })
    expect(deadlineOf('hoàn thành trước quý III/2024')).toMatchObject({ date: '2024-06-30', kind: 'before' })
  })
})

describe('dates that are never the deadline', () => {
  it('drops a day before the letter\'s date and says why', () => {
    const ctx = ctxOf('đề nghị ban hành hướng dẫn trước ngày 05/02/2024')
    const r = findDeadline(ctx.doc.text, 0, ctx)
    expect(r.deadline?.date ?? null).toBeNull()
    expect(droppedDates(ctx).map((d) => [d.reason, d.date])).toEqual([['before-letter', '2024-02-05']])
  })
  it('drops a cited document\'s date and says why', () => {
    const text = 'hoàn thành Kế hoạch số 12/KH-UBND ngày 10/5/2024 trước ngày 30/6/2024'
    const at = text.indexOf('10/5/2024')
    const ctx = ctxOf(text, [[at, at + 9]])
    const r = findDeadline(ctx.doc.text, 0, ctx)
    expect(r.deadline?.date).toBe('2024-06-30')
    expect(droppedDates(ctx).map((d) => d.reason)).toEqual(['citation'])
  })
  it('keeps a period that is still running on the letter\'s date', () => {
    expect(deadlineOf('hoàn thành trong quý I/2024')?.date).toBe('2024-03-31')
  })
  it('reads "đến năm 2030" only after the work it ends', () => {
    expect(deadlineOf('Nhiệm vụ thực hiện theo lộ trình đến năm 2030')?.date).toBe('2030-12-31')
    expect(deadlineOf('hoàn thiện dự thảo Kế hoạch giảm phát thải trong lĩnh vực chất thải đến năm 2030')?.date ?? null).toBeNull()
    expect(deadlineOf('Phấn đấu đến năm 2030, tỷ lệ hộ dân được cấp nước sạch đạt 95%')?.date ?? null).toBeNull()
    expect(deadlineOf('triển khai thực hiện đến năm 2030, tầm nhìn đến năm 2045')?.date ?? null).toBeNull()
  })
  it('does not take the date of the event a "sau khi" clause waits for', () => {
    expect(deadlineOf('phê duyệt ngay sau khi danh mục dự án được thông qua tại kỳ họp (dự kiến tổ chức vào tháng 7/2024).')?.date ?? null).toBeNull()
    expect(deadlineOf('tổ chức triển khai sau khi Nghị định được ban hành trong quý II/2024')?.date ?? null).toBeNull()
  })
  it('does not take the end of a validity or an authorization for a deadline', () => {
    expect(deadlineOf('Thời hạn ủy quyền: kể từ ngày Quyết định này có hiệu lực thi hành cho đến hết ngày 31 tháng 12 năm 2024.')?.date ?? null).toBeNull()
  })
})
