/**
 * Ordinary wordings of provincial letters that no corpus letter prints in this form: guards
 * against rules fitted to one letter's sentence (closing formulas, "sau khi", recounted
 * documents, descriptive predicates, state periods, a plan's horizon). Each case is an item
 * of a small công văn dated 10/4/2025.
 */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from './helpers.js'

const task = (body: string, label: string) => {
  const t = letterOf(congVan(body, { date: '10/4/2025' })).tasks.find((x) => x.label === label)
  if (!t) throw new Error(`no task ${label}`)
  return { lead: t.lead.map((a) => a.name), support: t.support.map((a) => a.name), deadline: t.deadline?.date ?? null }
}
const items = (last: string) => `1. Sở Nội vụ rà soát danh mục công trình.\n\n2. ${last}`

describe('a last item that ends like the closing formula still assigns its work', () => {
  it('keeps the lead and support of "… chủ trì, phối hợp với … triển khai thực hiện./."', () => {
    expect(task(items('Sở Xây dựng chủ trì, phối hợp với Sở Y tế hướng dẫn các chủ đầu tư triển khai thực hiện./.'), '2')).toMatchObject({ lead: ['Sở Xây dựng'], support: ['Sở Y tế'] })
  })
  it('keeps "Giao Sở X chủ trì, phối hợp với Sở Y … triển khai thực hiện./."', () => {
    expect(task(items('Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng theo dõi, đôn đốc các chủ đầu tư triển khai thực hiện./.'), '2')).toMatchObject({ lead: ['Sở Tài chính'], support: ['Sở Xây dựng'] })
  })
})

describe('roles', () => {
  it('reads the agency given work after a recounted instruction of the chairman', () => {
    expect(task(items('Chủ tịch UBND tỉnh đã có ý kiến chỉ đạo, giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát, đề xuất phương án.'), '2')).toMatchObject({ lead: ['Sở Xây dựng'], support: ['Sở Tài chính'] })
  })
  it('reads a subject described as the lead unit ("là đơn vị chủ trì")', () => {
    expect(task(items('Sở Xây dựng là đơn vị chủ trì, phối hợp với Sở Y tế tổ chức kiểm tra.'), '2')).toMatchObject({ lead: ['Sở Xây dựng'], support: ['Sở Y tế'] })
  })
  it('reads a subject given the work in the passive ("được … giao chủ trì")', () => {
    expect(task(items('Sở Xây dựng được UBND tỉnh giao chủ trì thẩm định hồ sơ.'), '2').lead).toEqual(['Sở Xây dựng'])
  })
})

describe('deadlines', () => {
  it('keeps the date of the work when an earlier clause starts with "Sau khi"', () => {
    expect(task(items('Sau khi rà soát, Sở Xây dựng tổng hợp, báo cáo UBND tỉnh trước ngày 30/6/2025.'), '2').deadline).toBe('2025-06-30')
  })
  it('keeps the date of the work when a later clause says when a decision takes effect', () => {
    expect(task(items('Sở Tư pháp trình UBND tỉnh ban hành trước ngày 15/6/2025 để Quyết định có hiệu lực từ ngày 01/7/2025.'), '2').deadline).toBe('2025-06-15')
  })
  it('keeps the completion date when the item also names the day its files start', () => {
    expect(task(items('Sở Tài chính xử lý các hồ sơ phát sinh từ ngày 01/5/2025, hoàn thành trước ngày 30/9/2025.'), '2').deadline).toBe('2025-09-30')
  })
  it("does not take a plan's horizon (\"Chiến lược đến năm 2030\") for the deadline of drafting it", () => {
    expect(task(items('Sở Xây dựng xây dựng Kế hoạch thực hiện Chiến lược đến năm 2030, trình UBND tỉnh trong tháng 5/2025.'), '2').deadline).toBe('2025-05-31')
  })
})
