/**
 * A weekday printed between the cue and the date ("trước ngày thứ 4, 25/12/2024") leaves the cue
 * in force; an ordinal session ("Kỳ họp thứ Sáu") is no weekday.
 */
import { describe, expect, it } from 'vitest'
import { congVan, letterOf } from '../helpers.js'

const deadlineOf = (body: string) => letterOf(congVan(body, { date: '2/12/2024' })).tasks[0].deadline?.date ?? null

describe('a weekday between the cue and the date', () => {
  it('keeps the cue inside brackets, with the weekday as a digit', () => {
    expect(deadlineOf('1. Đề nghị các đơn vị góp ý bằng văn bản gửi về Sở (qua Phòng Pháp chế trước ngày thứ 4, 25/12/2024).')).toBe('2024-12-25')
  })

  it('keeps "chậm nhất" with a weekday written out', () => {
    expect(deadlineOf('1. Các phòng gửi báo cáo về Văn phòng, chậm nhất ngày thứ Sáu, 20/12/2024.')).toBe('2024-12-20')
  })

  it('gives a session named by its ordinal no deadline (the weekday reading does not make a cue of it)', () => {
    expect(deadlineOf('1. Sở Tư pháp tham dự Kỳ họp thứ Sáu, 20/12/2024 của Hội đồng nhân dân tỉnh.')).toBeNull()
  })
})
