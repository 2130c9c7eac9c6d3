/**
 * The one date reader (src/readers/dates.ts, forms in rules/dates.json): every form read with its
 * span, non-dates refused, and the same printed phrase read the same way by the header, a
 * citation and a deadline.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES_DIR, allPatterns } from '../src/lexicon/index.js'
import { normalize } from '../src/load/normalize.js'
import { isoDate, readDeadlineDateAt, readFullDate, readLetterDate } from '../src/readers/dates.js'
import { deadlineChrono } from '../src/dates/config.js'
import { parseLetter } from '../src/pipeline.js'
import { congVan } from './helpers.js'

const REF = { instant: new Date('2024-03-22T12:00:00Z'), timezone: 0 }
const chronoOf = (text: string) => deadlineChrono('body').parse(text, REF)

/** A small letter: its header's date, a citation and a task all print `phrase` (their own way around it). */
function letterPrinting(phrase: string) {
  return parseLetter(
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NGÃI',
      '',
      'Số: 1468/UBND-KTTH',
      'V/v triển khai nhiệm vụ',
      '',
      `Quảng Ngãi, ${phrase}`,
      '',
      'Kính gửi: Sở Tài chính.',
      '',
      `Thực hiện Quyết định số 91/QĐ-UBND ${phrase} của UBND tỉnh, UBND tỉnh đề nghị:`,
      '',
      `1. Sở Tài chính chủ trì, tổng hợp và báo cáo UBND tỉnh trước ${phrase}.`,
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      '',
      'CHỦ TỊCH',
      '',
      'Trần Hoàng Tuấn',
      '',
    ].join('\n'),
  )
}

describe('the date reader reads every form of a full date, with its span', () => {
  const cases: Array<[string, string, string]> = [
    ['Quyết định số 91/QĐ-UBND ngày 19 tháng 01 năm 2024 của UBND tỉnh', 'ngày 19 tháng 01 năm 2024', '2024-01-19'],
    ['Quyết định số 91/QĐ-UBND ngày 19/01/2024 của UBND tỉnh', 'ngày 19/01/2024', '2024-01-19'],
    ['Công văn số 5/UBND ngày 19-01-2024 của UBND tỉnh', 'ngày 19-01-2024', '2024-01-19'],
    ['Công văn số 5/UBND ngày 19.01.2024 của UBND tỉnh', 'ngày 19.01.2024', '2024-01-19'],
    ['Chương trình số 104 CTr/TU ngày 30 /8/2026 của Tỉnh ủy', 'ngày 30 /8/2026', '2026-08-30'],
    ['Ngày 31 tháng 3 năm 2018, Bộ Công Thương đã có công văn', 'Ngày 31 tháng 3 năm 2018', '2018-03-31'],
    ['Quyết định số 7/QĐ-UBND ngày 31 tháng 122024 của UBND tỉnh', 'ngày 31 tháng 122024', '2024-12-31'],
    ['Chỉ thị số 13/CT-TTg ngày 02 tháng* *5 năm 2024 của Thủ tướng', 'ngày 02 tháng* *5 năm 2024', '2024-05-02'],
  ]
  for (const [sentence, phrase, iso] of cases) {
    it(`reads "${phrase}" as ${iso}, its span exactly the phrase`, () => {
      const d = readFullDate(sentence)!
      expect(d).not.toBeNull()
      expect(d.iso).toBe(iso)
      expect(sentence.slice(d.start, d.end)).toBe(phrase)
      const [y, m, dd] = iso.split('-').map(Number)
      expect([d.day, d.month, d.year]).toEqual([dd, m, y])
    })
  }
  it('names the form it read: numeric, in words, or with OCR\'s month glued to the year', () => {
    expect(readFullDate('ngày 19/01/2024')!.form).toBe('numeric')
    expect(readFullDate('ngày 19 tháng 01 năm 2024')!.form).toBe('words')
    expect(readFullDate('ngày 31 tháng 122024')!.form).toBe('glued')
  })
  it('reads from the offset it is given, the first date after it', () => {
    const s = 'ngày 01/02/2023 và ngày 03/04/2024'
    const d = readFullDate(s, 5)!
    expect(s.slice(d.start, d.end)).toBe('ngày 03/04/2024')
    expect(d.iso).toBe('2024-04-03')
  })
})

describe('the date reader refuses what is not a date', () => {
  for (const [sentence, why] of [
    ['Quyết định ngày 31/02/2024 của UBND tỉnh', 'February has no 31st'],
    ['Quyết định ngày 13/13/2024 của UBND tỉnh', 'there is no 13th month'],
    ['Quyết định ngày 00/12/2024 của UBND tỉnh', 'there is no day 0'],
    ['ngày 31 tháng 132024', 'an OCR-glued month 13'],
    ['ngày 08/6/20210 của Chính phủ', 'a year glued to more digits'],
  ] as const) {
    it(`refuses "${sentence}": ${why}`, () => {
      expect(readFullDate(sentence)).toBeNull()
    })
  }
  it('reads no date in a number and symbol such as "số 12/2024/NĐ-CP"', () => {
    expect(readFullDate('Nghị định số 12/2024/NĐ-CP của Chính phủ')).toBeNull()
    const text = 'thực hiện theo Nghị định số 12/2024/NĐ-CP của Chính phủ'
    expect(readDeadlineDateAt(text, text.indexOf('12/2024'))).toBeNull()
    expect(chronoOf(text).filter((r) => r.start.isCertain('day'))).toEqual([])
  })
  it('checks the calendar in the header too: "ngày 30 tháng 02 năm 2024" gives no date', () => {
    const d = readLetterDate('Hà Nội, ngày 30 tháng 02 năm 2024')!
    expect(d.iso).toBeNull()
    expect(d.year).toBe(2024)
  })
  it('keeps isoDate\'s calendar check as the header and citations used it', () => {
    expect(isoDate('29', '02', '2024')).toBe('2024-02-29')
    expect(isoDate('29', '02', '2023')).toBeNull()
    expect(isoDate(' 5 ', '* *5', '2024')).toBe('2024-05-05')
    expect(isoDate('Í0.', '5', '2018')).toBeNull()
  })
})

describe('deadlines read full dates through the same reader', () => {
  it('gives chrono the full date with the span chrono gave it before: a numeric date without its day word', () => {
    const [r] = chronoOf('Hoàn thành trước ngày 30/4/2024.')
    expect(r.text).toBe('30/4/2024')
    expect(r.tags().has('vi/full-date')).toBe(true)
    expect(r.start.date().toISOString().slice(0, 10)).toBe('2024-04-30')
  })
  it('keeps the day word of a date in words, as before', () => {
    const [r] = chronoOf('Hoàn thành chậm nhất ngày 15 tháng 5 năm 2024.')
    expect(r.text).toBe('ngày 15 tháng 5 năm 2024')
    expect(r.tags().has('vi/full-date')).toBe(true)
  })
  it('leaves a day and month without a year to chrono, the year taken from the letter', () => {
    for (const phrase of ['ngày 15/4', 'ngày 15 tháng 4']) {
      const [r] = chronoOf(`Báo cáo trước ${phrase}.`)
      expect(r.tags().has('vi/full-date')).toBe(false)
      expect(r.tags().has('vi/year-from-letter')).toBe(true)
      expect(r.start.date().toISOString().slice(0, 10)).toBe('2024-04-15')
    }
  })
  it('reads no date inside 31/02/2024, not even "1/02/2024" after refusing it', () => {
    const results = chronoOf('Hoàn thành trước ngày 31/02/2024.')
    expect(results.map((r) => r.text)).toEqual([])
  })
  it('reads OCR\'s glued year in a task ("trước ngày 31 tháng 122024"), which chrono alone did not', () => {
    const [r] = chronoOf('Các sở hoàn thành trước ngày 31 tháng 122024.')
    expect(r.text).toBe('ngày 31 tháng 122024')
    expect(r.start.date().toISOString().slice(0, 10)).toBe('2024-12-31')
  })
})

describe('one phrase, one reading: the header, a citation and a deadline agree', () => {
  for (const phrase of ['ngày 25 tháng 3 năm 2024', 'ngày 25 tháng* *3 năm 2024']) {
    it(`reads "${phrase}" as 2024-03-25 in the header, the citation and the task's deadline`, () => {
      const letter = letterPrinting(phrase)
      expect(letter.document.date).toBe('2024-03-25')
      expect(letter.document.evidence.date?.text).toBe(phrase)
      const cited = letter.citations.find((c) => c.ref === '91/QĐ-UBND')!
      expect(cited.date).toBe('2024-03-25')
      const task = letter.tasks.find((t) => t.label === '1')!
      expect(task.deadline).toMatchObject({ date: '2024-03-25', kind: 'before', text: phrase })
    })
  }
  it('drops the cited document\'s date from the deadlines and says so, with the reader\'s span', () => {
    const source = congVan('1. Sở Tài chính chủ trì, hoàn thành Kế hoạch số 15/KH-UBND ngày 25/3/2024 của UBND tỉnh trước ngày 30/4/2024.')
    const letter = parseLetter(source)
    expect(letter.tasks.find((t) => t.label === '1')?.deadline?.date).toBe('2024-04-30')
    expect(letter.citations.find((c) => c.ref === '15/KH-UBND')?.date).toBe('2024-03-25')
    const diag = letter.diagnostics.find((d) => d.ruleId === 'deadline/citation-date')!
    expect(diag.message).toMatch(/^"25\/3\/2024" \(2024-03-25\) is the date of a cited document/)
    const at = source.indexOf('25/3/2024')
    expect([diag.span!.start.offset, diag.span!.end.offset]).toEqual([at, at + '25/3/2024'.length])
  })
  it('drops a day already past on the letter\'s date and says so', () => {
    const letter = parseLetter(congVan('1. Sở Tài chính chủ trì, báo cáo trước ngày 10 tháng 3 năm 2024.'))
    expect(letter.tasks.find((t) => t.label === '1')?.deadline?.date ?? null).not.toBe('2024-03-10')
    const diag = letter.diagnostics.find((d) => d.ruleId === 'deadline/before-letter-date')!
    expect(diag.message).toMatch(/^"ngày 10 tháng 3 năm 2024" \(2024-03-10\) is before the letter's date 2024-03-22/)
  })
})

describe('the letter\'s own date: blank or illegible, the year is still read', () => {
  it('reads "ngày    tháng    năm 2024" of a letter signed by hand: no day, no month, the year 2024', () => {
    const s = 'Hà Nội, ngày    tháng    năm 2024'
    const d = readLetterDate(s, 'Hà Nội'.length)!
    expect(d).toMatchObject({ day: null, month: null, year: 2024, iso: null, form: 'letter' })
    expect(s.slice(d.start, d.end)).toBe('ngày    tháng    năm 2024')
  })
  it('reads OCR\'s "ngày/Í0. tháng ƒnăm 2018" as the year 2018 with no day', () => {
    const d = readLetterDate('Hà Nội, ngày/Í0. tháng ƒnăm 2018')!
    expect(d).toMatchObject({ day: null, month: null, year: 2018, iso: null })
  })
  it('reads OCR\'s glued year in the header too ("ngày 22 tháng 32024"), as a citation reads it', () => {
    const letter = parseLetter(congVan('1. Sở Tài chính chủ trì thực hiện.').replace('ngày 22 tháng 3 năm 2024', 'ngày 22 tháng 32024'))
    expect(letter.document.date).toBe('2024-03-22')
    expect(letter.document.evidence.date?.text).toBe('ngày 22 tháng 32024')
    expect(readFullDate('ngày 22 tháng 32024')?.iso).toBe('2024-03-22')
  })
  it('gives the letter no date and warns, with the blank date as its evidence', () => {
    const letter = parseLetter(congVan('1. Sở Tài chính chủ trì thực hiện.').replace('ngày 22 tháng 3 năm 2024', 'ngày tháng năm 2024'))
    expect(letter.document.date).toBeNull()
    expect(letter.document.place).toBe('Quảng Ngãi')
    expect(letter.document.evidence.date?.text).toBe('ngày tháng năm 2024')
    expect(letter.diagnostics.some((d) => d.ruleId === 'header/unreadable-date')).toBe(true)
  })
})

describe('rules/dates.json', () => {
  const file = JSON.parse(readFileSync(join(RULES_DIR, 'dates.json'), 'utf8')) as { entries: Array<{ id: string; pattern: string; flags?: string; examples: string[]; counterexamples?: string[] }> }
  const nfc = (s: string) => normalize(s).text
  // The reader's own patterns are registered as built patterns once used: read one date of each.
  readFullDate('ngày 1/1/2024')
  readLetterDate('ngày 1 tháng 1 năm 2024')
  readDeadlineDateAt('1/1/2024', 0)
  const built = new Map(allPatterns().map((p) => [p.id, p.re]))
  for (const e of file.entries) {
    it(`${e.id} matches each of its examples and none of its counterexamples`, () => {
      const re = built.get(`built#dates.json#${e.id}`)!
      expect(re).toBeDefined()
      for (const ex of e.examples) expect(re.test(nfc(ex)), ex).toBe(true)
      for (const ex of e.counterexamples ?? []) expect(re.test(nfc(ex)), ex).toBe(false)
    })
  }
  it('is the one definition the header and the citations compose: neither file defines a date fragment of its own', () => {
    for (const name of ['header.json', 'citations.json']) {
      const f = JSON.parse(readFileSync(join(RULES_DIR, name), 'utf8')) as { fragments?: Record<string, string> }
      expect(Object.keys(f.fragments ?? {}).filter((k) => /date/i.test(k)), name).toEqual([])
    }
  })
})
