/** Header fields as converters print them: "left | right" lines, markup inside a date, a title run into its subject. */
import { describe, expect, it } from 'vitest'
import { letterOf } from './helpers.js'

const doc = (text: string) => letterOf(text).document

describe('a header printed as "left | right" lines', () => {
  it('reads the issuer, the number and the date from either side of the pipe', () => {
    const d = doc('SỞ Y TẾ TỈNH KIÊN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỆNH VIỆN ĐA KHOA TỈNH | Độc lập - Tự do - Hạnh phúc\nSố: 88/BV-KHTH | Rạch Giá, ngày 03 tháng 3 năm 2025\nV/v bảo đảm thuốc\n\nKính gửi: Các khoa.\n\nNội dung.')
    expect([d.issuer?.name.toLowerCase(), d.ref, d.place, d.date]).toEqual(['bệnh viện đa khoa tỉnh kiên giang', '88/BV-KHTH', 'Rạch Giá', '2025-03-03'])
  })

  it('joins a name wrapped on the left while the right holds the date', () => {
    const d = doc('BỘ TƯ PHÁP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC KIỂM TRA VĂN BẢN | Độc lập - Tự do - Hạnh phúc\nQUY PHẠM PHÁP LUẬT | Hà Nội, ngày 14 tháng 4 năm 2025\nSố: 51/KTrVB-VP\nV/v rà soát\n\nKính gửi: Các Sở Tư pháp.\n\nNội dung.')
    expect(d.issuer?.name.toLowerCase()).toBe('cục kiểm tra văn bản quy phạm pháp luật')
  })
})

describe('markup and long title lines', () => {
  it('reads a date whose month a converter wrapped in emphasis marks', () => {
    expect(doc('BỘ TƯ PHÁP\n\nSố: 51/BTP-VP\n\nHà Nội, ngày 14 tháng* *4 năm 2025\n\nNội dung.').date).toBe('2025-04-14')
  })

  it('keeps a type title run into a long subject in the header', () => {
    const subject = 'V/V BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ QUỐC GIA TRÊN ĐỊA BÀN TỈNH TRONG GIAI ĐOẠN TỚI, ĐỊNH HƯỚNG ĐẾN CÁC NĂM SAU VÀ CÁC NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU CỦA CÁC SỞ, NGÀNH'
    const d = doc(`ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 77/QĐ-UBND\nGia Lai, ngày 04 tháng 5 năm 2025\n\nQUYẾT ĐỊNH ${subject}\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nĐiều 1. Ban hành kế hoạch.`)
    expect(d.type).toBe('Quyết định')
    expect(d.subject?.toLowerCase()).toMatch(/^ban hành kế hoạch thực hiện chương trình chuyển đổi số/)
  })
})

describe("a Party letter's subject under its number", () => {
  it('is read in lower case after the date and the Party name placed between them', () => {
    const d = doc('TỈNH ỦY KHÁNH HÒA\n*\nSố 310-CV/TU\n|\nĐẢNG CỘNG SẢN VIỆT NAM\nNha Trang, ngày 11 tháng 6 năm 2025\n|\n\nvề việc chuẩn bị đại hội chi bộ\n\nKính gửi: Các huyện ủy.\n\nNội dung.')
    expect(d.subject).toBe('chuẩn bị đại hội chi bộ')
  })

  it('is not taken from a body line further down', () => {
    const d = doc('TỈNH ỦY KHÁNH HÒA\n*\nSố 310-CV/TU\n\nNha Trang, ngày 11 tháng 6 năm 2025\n\nKính gửi: Các huyện ủy.\n\nvề việc chuẩn bị đại hội chi bộ, đề nghị các huyện ủy thực hiện.')
    expect(d.subject).toBeNull()
  })
})

describe('a subject whose wrapped words were run on after the date', () => {
  it('goes on with the lower-case rest after the date on its line', () => {
    const d = doc('BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 812/BXD-KHCN | Độc lập - Tự do - Hạnh phúc\nV/v góp ý dự thảo Thông tư hướng dẫn | Hà Nội, ngày 12 tháng 5 năm 2025\nquản lý chất lượng công trình\n\nKính gửi: Các Sở Xây dựng.\n\nNội dung.')
    expect(d.subject).toBe('góp ý dự thảo Thông tư hướng dẫn quản lý chất lượng công trình')
    expect(d.date).toBe('2025-05-12')
  })
})
