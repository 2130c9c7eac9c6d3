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

describe('after the issuer\'s own "Giao", a bullet "Yêu cầu X" is the issuer speaking again', () => {
  it('keeps the agency of "- Yêu cầu Sở X …" under "Giao Sở Y chủ trì …" as a lead', () => {
    const t = tasksOf('1. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra đê điều trước mùa lũ.\n- Yêu cầu Sở Kế hoạch và Đầu tư cân đối vốn sửa chữa các đoạn đê xung yếu.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual(['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Kế hoạch và Đầu tư'])
  })
  it('still reads "- Yêu cầu X" under an agency heading of subjectless bullets as that agency\'s demand', () => {
    const t = tasksOf('1. Đối với Sở Giao thông vận tải:\n- Kiểm tra các tuyến đường tỉnh bị sạt lở.\n- Yêu cầu Ban Quản lý dự án giao thông tỉnh khắc phục ngay các điểm sạt lở.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual(['Sở Giao thông vận tải'])
  })
  it('reads "+ Yêu cầu X" under a directed agency heading ("- Chỉ đạo Sở Y:") as a demand, not a lead', () => {
    const t = tasksOf('1. Đề nghị UBND tỉnh chỉ đạo các ngành thực hiện các nội dung sau:\n- Chỉ đạo Sở Tài nguyên và Môi trường:\n+ Kiểm tra các mỏ cát trên sông Trà Khúc.\n+ Yêu cầu Ban Quản lý dự án giao thông tỉnh hoàn nguyên bãi tập kết.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual(['Ủy ban nhân dân tỉnh'])
  })
})

describe('work the law assigns is recounted; only the letter\'s own voice overrides "Theo quy định …"', () => {
  it('gives no lead to "Theo quy định nêu trên, X có trách nhiệm …"', () => {
    const t = tasksOf('1. Theo quy định nêu trên, Ủy ban nhân dân cấp xã có trách nhiệm xác nhận nguồn gốc đất cho hộ gia đình.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual([])
  })
  it('gives no lead to "Theo quy định này, X thực hiện …"', () => {
    const t = tasksOf('1. Theo quy định này, Sở Tài nguyên và Môi trường thẩm định phương án cải tạo, phục hồi môi trường.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual([])
  })
  it('still reads the future passive "Theo quy định trên, … sẽ do X <doer verb>" as the letter naming its doer', () => {
    const t = tasksOf('1. Theo quy định trên, việc thu hồi giấy phép sẽ do Sở Công Thương kiểm tra, xử lý.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual(['Sở Công Thương'])
  })
})

describe('"hướng dẫn Y thực hiện như sau:" guides private parties only, named in one run', () => {
  it('keeps an agency guided to act as the lead of its own step', () => {
    const t = tasksOf('1. Sở Tài nguyên và Môi trường hướng dẫn UBND các xã thực hiện như sau:\n- Sở Tài nguyên và Môi trường cung cấp biểu mẫu.\n- UBND các xã lập danh sách hộ sử dụng đất, gửi trước ngày 20/6/2025.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual(['Sở Tài nguyên và Môi trường', 'Ủy ban nhân dân các xã'])
  })
  it('keeps agencies named inside a longer phrase ("quy trình phối hợp giữa X và Y như sau:") as leads of their steps', () => {
    const t = tasksOf('1. UBND tỉnh hướng dẫn quy trình phối hợp giữa Sở Nội vụ và Ban Thi đua - Khen thưởng tỉnh như sau:\n- Sở Nội vụ tiếp nhận hồ sơ khen thưởng.\n- Ban Thi đua - Khen thưởng tỉnh thẩm định hồ sơ.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toContain('Sở Nội vụ')
  })
})

describe('"X là <named agency>, <doer verb>" makes the named agency the lead', () => {
  it('reads "Cơ quan đầu mối là Sở X, chủ trì …" as Sở X leading', () => {
    const t = tasksOf('1. Cơ quan đầu mối là Sở Văn hóa, Thể thao và Du lịch, chủ trì tổ chức lễ hội.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual(['Sở Văn hóa, Thể thao và Du lịch'])
  })
  it('still reads "Sở X là cơ quan thường trực, có trách nhiệm …" as Sở X leading', () => {
    const t = tasksOf('1. Sở Kế hoạch và Đầu tư là cơ quan thường trực, có trách nhiệm tổng hợp báo cáo.\n2. Sở Y tế kiểm tra.')
    expect(t.get('1')!.lead).toEqual(['Sở Kế hoạch và Đầu tư'])
  })
})
