/**
 * --explain for the header and the deadlines: every date candidate of an item with its verdict
 * (kept with its cue and strength, or dropped and why), the date chosen and why, chrono's own
 * debug lines; which lines were read as issuer, number, place and date, subject, and why a field
 * is null. The letter's JSON is the same with or without the trace.
 */
import { describe, expect, it } from 'vitest'
import { explainSource, parseSourceToLetter } from '../src/pipeline.js'
import { loadText } from '../src/load/index.js'
import { congVan } from './helpers.js'

const explained = (text: string) => explainSource(loadText(text))
const stage = (lines: ReturnType<typeof explained>['explain'], s: string) => lines.filter((l) => l.stage === s)

describe('deadline trace', () => {
  const LETTER = congVan(
    '1. Các phòng chuyên môn lập danh sách đề tài sẽ nghiên cứu trong năm 2025 theo Công văn số 45/UBND-VP ngày 20/3/2024, rà soát kết quả từ ngày 01/02/2024 và gửi Văn phòng trước ngày 20/4/2024.',
  )
  const { explain } = explained(LETTER)
  const d = stage(explain, 'deadlines')

  it("keeps the cue's date with its rule and strength, and weakens the period that qualifies a noun", () => {
    expect(d.find((l) => l.ruleId === 'deadline/cue-before' && l.verdict === 'kept')?.text).toBe('20/4/2024')
    expect(d.find((l) => l.ruleId === 'deadline/noun-modifier-clause')?.message).toMatch(/strength 1/)
  })

  it("drops a cited document's date and a day before the letter's date, saying why", () => {
    expect(d.find((l) => l.ruleId === 'deadline/citation-date')?.text).toBe('20/3/2024')
    expect(d.find((l) => l.ruleId === 'deadline/before-letter-date')?.text).toBe('01/02/2024')
  })

  it('names the date chosen and the reason, with the other dates as milestones', () => {
    const choice = d.find((l) => l.ruleId === 'deadline/choice')
    expect(choice?.verdict).toBe('chose')
    expect(choice?.message).toMatch(/^2024-04-20 \(before\): the latest date set with a completion or deadline cue/)
    expect(choice?.message).toMatch(/milestones 2025-12-31/)
    expect(choice?.line).toBeGreaterThan(5)
  })

  it("passes chrono's own debug lines to the trace", () => {
    expect(stage(explain, 'dates').some((l) => l.ruleId === 'chrono/debug' && /SlashDateFormatParser/.test(l.message))).toBe(true)
  })

  it('leaves the letter unchanged', () => {
    expect(explained(LETTER).letter).toEqual(parseSourceToLetter(loadText(LETTER)))
  })
})

describe('dates dropped for what they date', () => {
  it("drops a plan's horizon and a purpose clause's date", () => {
    const { explain } = explained(congVan('1. Sở Nội vụ xây dựng Đề án phát triển đội ngũ đến năm 2030, báo cáo trước ngày 15/6/2024 nhằm phục vụ hội nghị sơ kết trong tháng 9/2024.'))
    const d = stage(explain, 'deadlines')
    expect(d.find((l) => l.ruleId === 'deadline/plan-horizon-before')?.verdict).toBe('dropped')
    expect(d.find((l) => l.ruleId === 'deadline/purpose-between')?.message).toMatch(/^2024-09-30/)
  })

  it("drops the period of a state that holds and says an item with no date has none", () => {
    const { explain } = explained(congVan('1. Thời gian thí điểm: 03 năm, từ năm 2024 đến hết năm 2026.\n\n2. Các sở thường xuyên theo dõi.'))
    const d = stage(explain, 'deadlines')
    expect(d.some((l) => l.ruleId === 'deadline/state-period' && l.verdict === 'dropped')).toBe(true)
    expect(d.some((l) => l.ruleId === 'deadline/choice' && /ongoing/.test(l.message))).toBe(true)
  })

  it('records a sub-item that inherits the date of its lead-in', () => {
    const { explain } = explained(congVan('1. Hoàn thành trong quý III/2024 các việc sau:\n\na) Rà soát hồ sơ.\n\nb) Cập nhật dữ liệu.'))
    expect(stage(explain, 'deadlines').filter((l) => l.ruleId === 'deadline/inherited').map((l) => l.message)).toEqual([
      'task 1.a sets no timing of its own: takes 2024-09-30 from the lead-in of 1',
      'task 1.b sets no timing of its own: takes 2024-09-30 from the lead-in of 1',
    ])
  })
})

describe('header trace', () => {
  it('records the lines read as number, issuer, place and date, and subject', () => {
    const h = stage(explained(congVan('Nội dung.')).explain, 'header')
    expect(h.find((l) => l.ruleId === 'header/number')?.text).toBe('1468/UBND-KTTH')
    expect(h.filter((l) => l.ruleId === 'header/issuer' && l.verdict === 'kept').map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI'])
    expect(h.find((l) => l.ruleId === 'header/place-date')?.message).toBe('place "Quảng Ngãi", date 2024-03-22')
    expect(h.find((l) => l.ruleId === 'header/subject-lead')?.text).toBe('triển khai nhiệm vụ')
  })

  it('says why the issuer, the number and the subject are null', () => {
    const h = stage(explained('Hà Nội, ngày 02 tháng 5 năm 2024\n\nKính gửi: Sở Tài chính.\n\nĐề nghị Sở Tài chính báo cáo tình hình thực hiện nhiệm vụ trước ngày 30/5/2024.').explain, 'header')
    expect(h.find((l) => l.ruleId === 'header/missing-issuer')?.message).toMatch(/^issuer null: no line in capitals/)
    expect(h.find((l) => l.ruleId === 'header/missing-ref')?.message).toMatch(/^number null/)
    expect(h.find((l) => l.ruleId === 'header/missing-subject')?.message).toMatch(/^subject null: no "V\/v" line/)
  })

  it('records the level each letterhead line gives and the rule that named the issuer', () => {
    const h = stage(explained(congVan('Nội dung.', { issuer: 'TỈNH ỦY GIA LAI\nBAN TỔ CHỨC' })).explain, 'header')
    expect(h.find((l) => l.ruleId === 'header/issuer' && l.verdict === 'chose')?.message).toMatch(/a board or office of a Party committee, council or organisation takes its name/)
  })
})
