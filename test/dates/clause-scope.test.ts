/**
 * Dates are left out of a deadline only inside the phrase that governs them: a "sau khi …"
 * clause (the awaited event), a state's period ("có hiệu lực từ", "phát sinh từ", "đi công tác")
 * and a plan's horizon ("Chiến lược đến năm 2030"). Other dates of the same sentence stay the
 * work's. Letter dated 22/3/2024 (helpers.ts).
 */
import { describe, expect, it } from 'vitest'
import { deadlineOf } from './helpers.js'

const dateOf = (text: string): string | null => deadlineOf(text)?.date ?? null

describe('a "sau khi …" clause times only the dates inside it', () => {
  it('keeps the date of the work after the comma that closes the clause', () => {
    expect(dateOf('Sau khi được phê duyệt, Sở Tài chính hoàn thành trước ngày 30/6/2024.')).toBe('2024-06-30')
  })
  it('keeps a period of the work after the clause', () => {
    expect(dateOf('Sau khi thẩm định xong, trình UBND tỉnh trong tháng 5/2024.')).toBe('2024-05-31')
  })
  it('ends the clause where a completion cue begins, with no comma', () => {
    expect(dateOf('Sau khi Bộ Tài chính ban hành hướng dẫn chậm nhất ngày 15/5/2024 trình UBND tỉnh.')).toBe('2024-05-15')
  })
  it('leaves out a date inside the clause: it dates the awaited event', () => {
    expect(dateOf('Ngay sau khi Nghị quyết được HĐND tỉnh thông qua vào tháng 7/2024, Sở Nội vụ triển khai thực hiện.')).toBeNull()
  })
  it('reads a completion verb that opens the clause as the awaited event, not as a cue of the work', () => {
    expect(dateOf('Sau khi hoàn thành việc kiểm kê vào tháng 6/2024, Sở Tài chính tổng hợp kết quả.')).toBeNull()
  })
  it('does not end the clause at the comma inside a body\'s name (", khóa XVII")', () => {
    expect(dateOf('Phê duyệt ngay sau khi danh mục được HĐND tỉnh, khóa XVII thông qua vào tháng 7/2024.')).toBeNull()
  })
})

describe('a state phrase governs only its own dates', () => {
  it('leaves out the date a decision takes effect', () => {
    expect(dateOf('Quyết định có hiệu lực từ ngày 01/7/2024.')).toBeNull()
  })
  it('leaves out a fronted period whose clause is an absence', () => {
    expect(dateOf('Từ ngày 10/4/2024 đến hết ngày 12/4/2024, Giám đốc Sở đi công tác tại Hà Nội.')).toBeNull()
  })
  it('leaves out a pilot period after its heading', () => {
    expect(dateOf('Thời gian thí điểm: 03 năm, từ năm 2024 đến hết năm 2026.')).toBeNull()
  })
  it('keeps the date of the work before a purpose clause about taking effect', () => {
    expect(dateOf('Sở Tư pháp hoàn thành trước ngày 30/5/2024 để Quy chế có hiệu lực từ ngày 01/6/2024.')).toBe('2024-05-30')
  })
  it('keeps a report date after the day costs start to arise', () => {
    expect(dateOf('Sở Tài chính thanh toán chi phí phát sinh từ ngày 01/4/2024, báo cáo UBND tỉnh chậm nhất ngày 31/5/2024.')).toBe('2024-05-31')
  })
  it('keeps the dates of a fronted period whose clause is work, not a state', () => {
    expect(dateOf('Từ ngày 01/5/2024, Sở Y tế triển khai thực hiện, báo cáo trước ngày 30/6/2024.')).toBe('2024-06-30')
  })
})

describe('"đến năm N" after a plan is its horizon', () => {
  it('takes the completion period of drafting a scheme, not the scheme\'s horizon', () => {
    expect(dateOf('Sở Nông nghiệp xây dựng Đề án phát triển lâm nghiệp đến năm 2030, hoàn thành trong quý III/2024.')).toBe('2024-09-30')
  })
  it('gives no deadline when a programme\'s horizon is the only year', () => {
    expect(dateOf('Sở Công Thương triển khai Chương trình phát triển năng lượng đến năm 2030.')).toBeNull()
  })
  it('still reads work carried on a roadmap until a year as due at its end', () => {
    expect(deadlineOf('Các nhiệm vụ được thực hiện theo lộ trình đến năm 2030.')).toMatchObject({ date: '2030-12-31', resolution: expect.stringMatching(/^until/) })
  })
  it('lets an explicitly cued date outrank a bare "thực hiện đến năm N"', () => {
    expect(dateOf('Tiếp tục triển khai thực hiện đến năm 2025, báo cáo kết quả trước ngày 15/12/2024.')).toBe('2024-12-15')
  })
  it('keeps "hoàn thành … đến năm N" as an explicit completion date', () => {
    expect(dateOf('Hoàn thành dứt điểm đến năm 2025, báo cáo kết quả trước ngày 15/12/2024.')).toBe('2025-12-31')
  })
})

describe('a state phrase\'s clause ends at a comma that starts other work', () => {
  it('keeps the period of the work after the date a decree takes effect', () => {
    expect(dateOf('Sở Tài chính hướng dẫn thực hiện Nghị định có hiệu lực từ ngày 01/7/2024, triển khai trong tháng 7/2024.')).toBe('2024-07-31')
  })
})
