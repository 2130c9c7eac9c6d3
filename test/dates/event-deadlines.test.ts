/** Work reported at an event the letter dates elsewhere is due when the event is expected. */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from '../helpers.js'
import type { Task } from '../../src/schema/letter.js'

const tasks = (body: string) => letterOf(congVan(body)).tasks
const due = (ts: Task[], label: string) => ts.find((t) => t.label === label)?.deadline?.date ?? null

describe('deadlines from an event the letter dates', () => {
  it('takes the expected month of a session named in another item', () => {
    const ts = tasks(
      '1. Sở Tài nguyên và Môi trường trình danh mục dự án để thông qua tại Kỳ họp thứ Tám HĐND tỉnh (dự kiến tổ chức vào tháng 7/2024).\n2. Sở Xây dựng báo cáo kết quả kiểm tra tại Kỳ họp thứ Tám, HĐND tỉnh.\n3. Sở Y tế báo cáo kết quả tại Kỳ họp thứ Chín.',
    )
    expect([due(ts, '1'), due(ts, '2'), due(ts, '3')]).toEqual(['2024-07-31', '2024-07-31', null])
    expect(ts.find((t) => t.label === '2')!.deadline!.resolution).toMatch(/expected in/)
  })
  it('reads a conference numbered "lần thứ" with a day', () => {
    const ts = tasks('1. Văn phòng trình dự thảo báo cáo tại Hội nghị lần thứ 12 (dự kiến ngày 15/10/2024).\n2. Sở Nội vụ thực hiện thường xuyên.')
    expect([due(ts, '1'), due(ts, '2')]).toEqual(['2024-10-15', null])
  })
  it('does not date a session the letter gives no time for, nor one already held', () => {
    expect(due(tasks('1. Sở Tài chính báo cáo tại Kỳ họp thứ Sáu HĐND tỉnh.'), '1')).toBeNull()
    expect(due(tasks('1. Sở Tài chính báo cáo tại Kỳ họp thứ Năm (dự kiến tổ chức vào tháng 01/2024).'), '1')).toBeNull()
  })
})
