/** List labels rebuilt from a counter (DOCX numbering, HTML <ol type>), and raw line points. */
import { describe, expect, it } from 'vitest'
import { alphaLabel, romanLabel } from '../src/load/numbering.js'
import { lineStarts, pointIn } from '../src/parse/span.js'

describe('list labels', () => {
  it('counts letters as Word does: a–z, then aa', () => {
    expect([1, 2, 26, 27, 28].map(alphaLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB'])
  })
  it('writes Roman numerals with subtractive pairs', () => {
    expect([1, 4, 9, 14, 40, 1994].map(romanLabel)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIV'])
  })
})

describe('points in the raw text', () => {
  it('counts LF, CRLF and a lone CR as line ends, columns from 1', () => {
    const starts = lineStarts('ab\ncd\r\nef\rg')
    expect(starts).toEqual([0, 3, 7, 10])
    expect(pointIn(starts, 4)).toEqual({ line: 2, column: 2, offset: 4 })
    expect(pointIn(starts, 10)).toEqual({ line: 4, column: 1, offset: 10 })
  })
})
