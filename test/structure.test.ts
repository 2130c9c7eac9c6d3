/**
 * Item structure: every marker family of Vietnamese letters, nested by the order in which the
 * families appear, with the sequence guarding against numbers that are not items. Each body is
 * built on the shapes of at least two real letters of the corpus.
 */
import { describe, expect, it } from 'vitest'
import { letterOf, congVan } from './helpers.js'

const labels = (body: string) => letterOf(congVan(body)).tasks.map((t) => t.label)

describe('lower-case Roman numerals', () => {
  it('reads (i). (ii). (iii). set one a line under a lead-in as points of the item', () => {
    const body = [
      '1. Tình hình thực hiện.',
      '2. Khó khăn, vướng mắc.',
      '3. Kiến nghị',
      'Để tháo gỡ khó khăn, đề nghị Bộ Xây dựng:',
      '(i). Chỉ đạo ban hành văn bản hướng dẫn việc kiểm tra.',
      '(ii). Sớm chỉ đạo sửa đổi, bổ sung quy chuẩn kỹ thuật.',
      '(iii). Trong thời gian chờ sửa đổi, có ý kiến chỉ đạo.',
    ].join('\n')
    expect(labels(body)).toEqual(['1', '2', '3', '3.i', '3.ii', '3.iii'])
  })
  it('reads (i) (ii) without a dot, and i. ii. as well', () => {
    expect(labels('1. Chấp thuận.\n2. Yêu cầu chủ đầu tư:\n(i) Tuân thủ quy định.\n(ii) Không ảnh hưởng đến phạm vi bảo vệ đập.')).toEqual(['1', '2', '2.i', '2.ii'])
    expect(labels('1. Nhiệm vụ:\ni. Rà soát quy hoạch.\nii. Báo cáo kết quả.\n2. Tổ chức thực hiện.')).toEqual(['1', '1.i', '1.ii', '2'])
  })
  it('keeps an inline enumeration (i) … (ii) … inside its item, even when a line happens to start with it', () => {
    const body = [
      '1. Về nguồn nhân lực: (i) Đào tạo nguồn nhân lực chất lượng cao.',
      '(ii) Tổ chức bồi dưỡng cán bộ; (iii) Thu hút nguồn nhân lực.',
      '2. Sở Khoa học và Công nghệ chủ trì các nhiệm vụ. Cụ thể:',
      '(i) Rà soát trình độ công nghệ của doanh nghiệp; (ii)',
      'Tổ chức các chương trình hỗ trợ.',
    ].join('\n')
    expect(labels(body)).toEqual(['1', '2'])
  })
  it('keeps a list inline when a later member is printed mid-line, though an earlier one starts a line', () => {
    const body = ['1. Sở Khoa học và Công nghệ chủ trì. Cụ thể:', '(i) Rà soát trình độ công nghệ;', '(ii)', 'Tổ chức các chương trình hỗ trợ; (iii) Phối hợp chuyển đổi số.', '2. Báo cáo kết quả.'].join('\n')
    expect(labels(body)).toEqual(['1', '2'])
  })
  it('takes "i." after "h)" for the letter i, not the first Roman numeral', () => {
    const letters = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h'].map((l) => `${l}) Việc ${l}.`)
    expect(labels(['1. Cục có trách nhiệm:', ...letters, 'i) Việc i.', 'k) Việc k.'].join('\n')).slice(-3)).toEqual(['1.h', '1.i', '1.k'])
  })
})

describe('other families', () => {
  it('reads points numbered under a letter (a.1), b.1.) as the letter\'s children', () => {
    const body = ['1. Kiểm tra tại trụ sở', 'a) Thẩm quyền quyết định kiểm tra:', 'a.1) Cục trưởng quyết định trong phạm vi toàn quốc;', 'a.2) Chi cục trưởng quyết định trong địa bàn.', 'b) Thời hạn kiểm tra.'].join('\n')
    expect(labels(body)).toEqual(['1', '1.a', '1.a.1', '1.a.2', '1.b'])
    expect(labels('1. Nội dung:\na. Về hồ sơ:\na.1. Rà soát.\na.2. Bổ sung.\nb. Về thời hạn.')).toEqual(['1', '1.a', '1.a.1', '1.a.2', '1.b'])
  })
  it('nests numbers in brackets where they first appear', () => {
    expect(labels('1. Điều kiện:\n(1) Đủ điều kiện theo quy định.\n(2) Có nguyện vọng.\n2. Thời gian.')).toEqual(['1', '1.1', '1.2', '2'])
    expect(labels('I. NỘI DUNG\n1. Nhiệm vụ:\na) Rà soát:\n(1) Văn bản.\n(2) Quy trình.\nb) Báo cáo.')).toEqual(['I', 'I.1', 'I.1.a', 'I.1.a.1', 'I.1.a.2', 'I.1.b'])
  })
  it('reads deeper dotted numbers (1.1.1.) under their dotted parent', () => {
    expect(labels('1. Mục tiêu\n1.1. Chung\n1.1.1. Về kinh tế.\n1.1.2. Về xã hội.\n1.2. Cụ thể.')).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2'])
  })
  it('keeps a plan printed inside an article under it (Điều 1.I.1)', () => {
    const body = ['Điều 1. Giao nhiệm vụ như sau:', 'I. MỤC ĐÍCH', '1. Bảo đảm thống nhất.', 'II. NHIỆM VỤ', '1. Tuyên truyền.', '2. Kiểm tra.', 'Điều 2. Quyết định có hiệu lực.'].join('\n')
    expect(labels(body)).toEqual(['Điều 1', 'Điều 1.I', 'Điều 1.I.1', 'Điều 1.II', 'Điều 1.II.1', 'Điều 1.II.2', 'Điều 2'])
  })
  it('reads an article whose number a converter moved to the next line ("Điều" / "1. …")', () => {
    expect(labels('Điều\n1. Ban hành kèm theo Quyết định này Quy định.\n\nĐiều\n2. Quyết định có hiệu lực.\n\nĐiều\n3. Các sở thi hành.')).toEqual(['Điều 1', 'Điều 2', 'Điều 3'])
    expect(labels('**Điều**\n**1.** Giao nhiệm vụ:\n1. Rà soát.\n2. Báo cáo.')).toEqual(['Điều 1', 'Điều 1.1', 'Điều 1.2'])
  })
  it('reads a Roman section that OCR printed as "HI." where section III is due', () => {
    expect(labels('I. MỤC ĐÍCH\n1. Mục đích.\nII. NỘI DUNG\nHI. TỎ CHỨC THỰC HIỆN\n1. Khoa Công nghệ thông tin.')).toEqual(['I', 'I.1', 'II', 'III', 'III.1'])
    expect(labels('1. Một.\nHI. Không phải mục.')).toEqual(['1'])
  })
  it('starts Roman sections at II when the converter lost the first heading and III follows', () => {
    expect(labels('Nội dung như sau.\nII. NHIỆM VỤ\n1. Rà soát.\nIII. TỔ CHỨC THỰC HIỆN\n1. Báo cáo.')).toEqual(['II', 'II.1', 'III', 'III.1'])
  })
})

describe('numbering as printed', () => {
  it('keeps a number printed twice when the next number follows it', () => {
    const body = ['Điều 1. Thông qua kết quả.', 'Điều 2. Đề nghị thực hiện:', '1. Về tài nguyên.', '2. Về văn hóa.', '3. Về đầu tư:', 'a) Thực hiện nghiêm kỷ luật.', 'b) Chỉ đạo các ngành.', '3. Về quốc phòng.', '4. Về tư pháp.', 'Điều 3. Tổ chức thực hiện.'].join('\n')
    expect(labels(body)).toEqual(['Điều 1', 'Điều 2', 'Điều 2.1', 'Điều 2.2', 'Điều 2.3', 'Điều 2.3.a', 'Điều 2.3.b', 'Điều 2.3', 'Điều 2.4', 'Điều 3'])
  })
  it('does not read a list that starts again from 1 as a number printed twice', () => {
    const got = labels('I. MẪU BÁO CÁO\n1. Kết quả.\n2. Hạn chế.\nMẫu số 2\n1. Đánh giá.\n2. Phương hướng.\n3. Kiến nghị.')
    expect(new Set(got).size).toBe(got.length)
    expect(got.slice(0, 3)).toEqual(['I', 'I.1', 'I.2'])
  })
  it('keeps numbering that skips one number when the next number follows it', () => {
    expect(labels('1. Một.\n2. Hai.\n4. Bốn.\n5. Năm.')).toEqual(['1', '2', '4', '5'])
  })
  it('does not take a repeated or skipped number that nothing confirms', () => {
    expect(labels('1. Một.\n2. Hai, theo khoản\n2. Điều 5 của Luật.')).toEqual(['1', '2'])
    expect(labels('1. Một.\n2. Hai, tại điểm\n4. Phụ lục kèm theo.')).toEqual(['1', '2'])
  })
  it('does not take a number that restarts inside a point for an item', () => {
    expect(labels('1. Nhiệm vụ:\na) Thực hiện theo khoản 3 Điều\n1. Nghị định số 15/2024/NĐ-CP.\nb) Báo cáo.')).toEqual(['1', '1.a', '1.b'])
  })
})

describe('appendices', () => {
  it('labels numbered text under an appendix heading after the signature by the appendix number', () => {
    const text = congVan('1. Giao các sở thực hiện nhiệm vụ tại Phụ lục kèm theo.') + '\nPHỤ LỤC II\nNHIỆM VỤ CỤ THỂ\n1. Rà soát văn bản.\n2. Báo cáo kết quả.\n'
    expect(letterOf(text).tasks.map((t) => t.label)).toEqual(['1', 'PLII.1', 'PLII.2'])
  })
})
