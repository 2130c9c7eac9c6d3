/** A lead-in's date holds for its sub-items that set no timing of their own (src/resolve/deadlines.ts). */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from '../helpers.js'
import type { Task } from '../../src/schema/letter.js'

const tasks = (body: string) => letterOf(congVan(body)).tasks
const due = (ts: Task[], label: string) => ts.find((t) => t.label === label)?.deadline?.date ?? null

describe('deadlines inherited from a lead-in', () => {
  it('gives each sub-item without a date of its own the lead-in\'s date', () => {
    const ts = tasks('1. Sở Tài chính hoàn thành các nội dung sau trong quý III/2024:\na) Rà soát định mức chi.\nb) Xây dựng dự thảo quy định.\n\n2. Sở Y tế báo cáo kết quả.')
    expect([due(ts, '1'), due(ts, '1.a'), due(ts, '1.b'), due(ts, '2')]).toEqual(['2024-09-30', '2024-09-30', '2024-09-30', null])
    expect(ts.find((t) => t.label === '1.a')!.deadline!.resolution).toMatch(/inherited from the lead-in of 1/)
  })
  it('keeps a sub-item\'s own date, and its own "thường xuyên"', () => {
    const ts = tasks('1. Các nhiệm vụ cần làm ngay trong năm 2024:\na) Ban hành kế hoạch trước ngày 30/4/2024.\nb) Thường xuyên kiểm tra, đôn đốc.\nc) Tổ chức hội nghị quán triệt.')
    expect([due(ts, '1.a'), due(ts, '1.b'), due(ts, '1.c')]).toEqual(['2024-04-30', null, '2024-12-31'])
  })
  it('passes the date down more than one level', () => {
    const ts = tasks('I. CÁC NHIỆM VỤ HOÀN THÀNH TRONG THÁNG 6/2024\n1. Về đầu tư công:\na) Giải ngân vốn đầu tư công.\nII. CÁC NHIỆM VỤ THƯỜNG XUYÊN\n1. Kiểm tra, đôn đốc.')
    expect([due(ts, 'I.1'), due(ts, 'I.1.a'), due(ts, 'II.1')]).toEqual(['2024-06-30', '2024-06-30', null])
  })
  it('reports a date dropped because it is before the letter\'s date', () => {
    const l = letterOf(congVan('1. Sở Xây dựng đã đề nghị hoàn thành trước ngày 15/01/2024 nhưng chưa thực hiện.'))
    expect(l.diagnostics.some((d) => d.ruleId === 'deadline/before-letter-date')).toBe(true)
  })
})
