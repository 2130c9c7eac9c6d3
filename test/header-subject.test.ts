/** The trích yếu of a công văn that a converter broke with a blank line before its last words. */
import { describe, expect, it } from 'vitest'
import { letterOf } from './helpers.js'

const head = (between: string) =>
  letterOf(`BỘ XÂY DỰNG\n\nSố: 812/BXD-KHCN\nV/v góp ý dự thảo Thông tư hướng dẫn\n\n${between}\n\nKính gửi: Ủy ban nhân dân các tỉnh.\n\nBộ Xây dựng đề nghị các địa phương góp ý.\n\nHà Nội, ngày 12 tháng 5 năm 2025`).document

describe('a subject broken by a blank line', () => {
  it('goes on with the short lines right above "Kính gửi"', () => {
    expect(head('quản lý chất lượng\ncông trình xây dựng').subject).toBe('góp ý dự thảo Thông tư hướng dẫn quản lý chất lượng công trình xây dựng')
  })

  it('does not take a mark, a date or a sentence standing there', () => {
    expect(head('KHẨN').subject).toBe('góp ý dự thảo Thông tư hướng dẫn')
    expect(head('Hà Nội, ngày 12 tháng 5 năm 2025').subject).toBe('góp ý dự thảo Thông tư hướng dẫn')
    expect(head('Thực hiện chỉ đạo của Thủ tướng').subject).toBe('góp ý dự thảo Thông tư hướng dẫn')
  })
})

describe('an addressee of office holders', () => {
  const recipients = (line: string) =>
    letterOf(`BỘ XÂY DỰNG\n\nSố: 812/BXD-KHCN\nV/v góp ý\n\nHà Nội, ngày 12 tháng 5 năm 2025\n\nKính gửi:\n${line}\n\nBộ Xây dựng đề nghị các địa phương góp ý.`).document.recipients.map((r) => r.name)

  it('stays one entry as printed when a title heads an enumeration of bodies', () => {
    expect(recipients('- Giám đốc các Sở: Xây dựng, Tài chính, Nội vụ.')).toEqual(['Giám đốc các Sở: Xây dựng, Tài chính, Nội vụ'])
  })

  it('while an enumeration of the bodies themselves gives one entry per body', () => {
    expect(recipients('- Các Sở: Xây dựng, Tài chính, Nội vụ.')).toEqual(['Sở Xây dựng', 'Sở Tài chính', 'Sở Nội vụ'])
  })
})
