/** Public holidays named in a deadline (rules/holidays.json, named); the letter is dated 22/3/2024. */
import { describe, expect, it } from 'vitest'
import { VIHolidayParser } from '../../src/dates/parsers/VIHolidayParser.js'
import { deadlineOf, runParser, ymd } from './helpers.js'

describe('VIHolidayParser', () => {
  it.each([
    ['hoàn thành trước Quốc khánh 2/9', 'Quốc khánh 2/9', '2024-09-02'],
    ['trước dịp Quốc khánh', 'dịp Quốc khánh', '2024-09-02'],
    ['trước ngày Giải phóng miền Nam 30/4', 'ngày Giải phóng miền Nam 30/4', '2024-04-30'],
    ['trước ngày Quốc tế Lao động 1/5', 'ngày Quốc tế Lao động 1/5', '2024-05-01'],
    ['trước Giỗ Tổ Hùng Vương năm 2025', 'Giỗ Tổ Hùng Vương năm 2025', '2025-04-07'],
  ])('reads %s as its day', (text, matched, day) => {
    const [r] = runParser(new VIHolidayParser(), text)
    expect([r.text, ymd(r.start)]).toEqual([matched, day])
  })
  it('takes the next year when the holiday is already past on the letter date', () => {
    expect(ymd(runParser(new VIHolidayParser(), 'trước Tết Dương lịch')[0].start)).toBe('2025-01-01')
  })
  it.each(['Quốc hội', 'lao động việc làm', 'Quốc khánh Lào'])('declines %s', (text) => {
    const r = runParser(new VIHolidayParser(), text)
    expect(r.filter((x) => x.text === text)).toEqual([])
  })
  it('gives a deadline only with a cue: a holiday named as an occasion is not one', () => {
    expect(deadlineOf('hoàn thành trước Quốc khánh 2/9')?.date).toBe('2024-09-02')
    expect(deadlineOf('treo cờ nhân dịp kỷ niệm Quốc khánh')?.date ?? null).toBeNull()
  })
})
