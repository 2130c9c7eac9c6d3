/** A citation's date as OCR leaves it: the month glued to the year, "năm" lost ("ngày 31 tháng 122024"). */
import { describe, expect, it } from 'vitest'
import { congVan, letterOf } from './helpers.js'

const dateOf = (sentence: string, ref: string) => letterOf(congVan(sentence)).citations.find((c) => c.ref === ref)?.date ?? null

describe('a citation date whose month and year OCR glued together', () => {
  it('reads a two-digit month followed by a four-digit year', () => {
    expect(dateOf('Căn cứ Nghị định số 45/2023/NĐ-CP ngày 01 tháng 112023 của Chính phủ.', '45/2023/NĐ-CP')).toBe('2023-11-01')
  })

  it('reads a one-digit month followed by a four-digit year', () => {
    expect(dateOf('Căn cứ Thông tư số 07/2023/TT-BTC ngày 15 tháng 62023 của Bộ Tài chính.', '07/2023/TT-BTC')).toBe('2023-06-15')
  })

  it('reads no date from digits that make no month and year', () => {
    expect(dateOf('Căn cứ Nghị định số 45/2023/NĐ-CP ngày 01 tháng 132023 của Chính phủ.', '45/2023/NĐ-CP')).toBeNull()
  })
})
