/** A day with a year named from the letter's date: "ngày 31 tháng 01 năm sau", "31/12 năm nay". */
import { describe, expect, it } from 'vitest'
import { deadlineOf } from './helpers.js'

describe('VIRelativeYearRefiner', () => {
  it.each([
    ['giải ngân hết kế hoạch vốn trước ngày 31 tháng 01 năm sau', '2024-11-20', '2025-01-31', 'ngày 31 tháng 01 năm sau'],
    ['hoàn thành trước 31/12 năm nay', '2024-03-22', '2024-12-31', '31/12 năm nay'],
    ['báo cáo trước ngày 15/01 năm sau', '2024-02-10', '2025-01-15', '15/01 năm sau'],
  ])('reads %s (letter dated %s)', (text, letterDate, date, matched) => {
    const d = deadlineOf(text, 'body', letterDate)
    expect([d?.date, d?.text]).toEqual([date, matched])
  })
  it('leaves a day that prints its own year alone', () => {
    expect(deadlineOf('trước ngày 15/01/2026, kế hoạch năm sau')?.date).toBe('2026-01-15')
  })
  it('keeps a year printed in digits after the day', () => {
    expect(deadlineOf('trước ngày 30/6 năm 2024')?.date).toBe('2024-06-30')
  })
})
