/**
 * Defects a second reviewer proved in this round's role rules, each as a class tested in
 * wordings no corpus letter prints.
 */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from './helpers.js'

type Read = { lead: string[]; support: string[] }
const read = (text: string): Map<string, Read> =>
  new Map(letterOf(text).tasks.map((t) => [t.label, { lead: t.lead.map((a) => a.name), support: t.support.map((a) => a.name) }]))
const tasksOf = (body: string) => read(congVan(body, { date: '10/4/2025' }))

describe('only the penalty clause of "chịu trách nhiệm trước" gives no work', () => {
  it('makes the subject of "chịu trách nhiệm trước X về <work>" the lead', () => {
    const t = tasksOf('1. Sở Công Thương chịu trách nhiệm trước Ủy ban nhân dân tỉnh về tiến độ cấp phép các cửa hàng xăng dầu.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual(['Sở Công Thương'])
  })
  it('makes the agency of a head answerable "trước Chủ tịch … về <work>" the lead', () => {
    const t = tasksOf('1. Giám đốc Sở Nông nghiệp và Phát triển nông thôn chịu trách nhiệm trước Chủ tịch UBND tỉnh về công tác phòng chống dịch tả lợn châu Phi.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual(['Sở Nông nghiệp và Phát triển nông thôn'])
  })
  it('gives no lead to one only answerable "trước pháp luật"', () => {
    const t = tasksOf('1. Ban Quản lý dự án đầu tư xây dựng tỉnh chịu trách nhiệm trước pháp luật nếu để xảy ra thất thoát vốn đầu tư.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual([])
  })
  it('gives no lead to one answerable "trước X khi để xảy ra" a failure', () => {
    const t = tasksOf('1. Sở Giao thông vận tải phải chịu trách nhiệm trước Chủ tịch UBND tỉnh khi để xảy ra ùn tắc kéo dài.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual([])
  })
})
