/**
 * A period that qualifies a noun ("các văn bản cần soạn thảo trong năm 2025", "báo cáo kết quả
 * năm 2024") dates a thing the item names, not the work it asks: a date set with a cue wins over
 * it, and it still stands when it is the item's only date. Letter date 22/3/2024.
 */
import { describe, expect, it } from 'vitest'
import { deadlineOf } from './helpers.js'

describe('a period inside a noun phrase', () => {
  it('loses to a "trước ngày" date even when it ends later', () => {
    expect(deadlineOf('Các phòng đăng ký những đề tài cần nghiên cứu trong năm 2025, gửi phiếu đăng ký về Phòng Khoa học trước ngày 15/5/2024.')?.date).toBe('2024-05-15')
    expect(deadlineOf('Rà soát các công trình dự kiến khởi công trong quý III/2024 và báo cáo Sở Xây dựng chậm nhất ngày 10/4/2024.')?.date).toBe('2024-04-10')
  })

  it('loses to a cue date when it follows a noun of a report or a list', () => {
    expect(deadlineOf('Tổng hợp danh mục nhiệm vụ khoa học năm 2025 gửi Sở trước ngày 30/6/2024.')?.date).toBe('2024-06-30')
  })

  it('is still the deadline when the item sets no other date', () => {
    expect(deadlineOf('Triển khai các nội dung được giao trong quý II/2024.')?.date).toBe('2024-06-30')
  })

  it('does not weaken a clause that asks to complete the work in the period', () => {
    expect(deadlineOf('Các huyện cần hoàn thành trong quý IV/2024 việc cắm mốc; gửi báo cáo tiến độ trước ngày 30/4/2024.')?.date).toBe('2024-12-31')
  })

  it('does not weaken a period after the work verb itself', () => {
    expect(deadlineOf('Sở Tài chính tổ chức thực hiện trong tháng 8/2024; báo cáo kết quả trước ngày 15/5/2024.')?.date).toBe('2024-08-31')
  })
})
