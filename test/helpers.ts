import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadText } from '../src/load/index.js'
import { parseSource } from '../src/parse/index.js'
import { parseLetter } from '../src/pipeline.js'
import type { Doc } from '../src/types.js'
import type { Letter } from '../src/schema/letter.js'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const FIXTURES = join(ROOT, 'fixtures')

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((d) => existsSync(join(FIXTURES, d, 'input.md')))
    .sort()
}

export const fixtureText = (name: string): string => readFileSync(join(FIXTURES, name, 'input.md'), 'utf8')

export const docOf = (text: string): Doc => parseSource(loadText(text))

/** Parse a letter given inline (tests build small letters around the construct they test). */
export const letterOf = (text: string): Letter => parseLetter(text)

/** A minimal công văn around a body, so body constructs can be tested alone. */
export function congVan(body: string, opts: { date?: string; issuer?: string } = {}): string {
  const [d, m, y] = (opts.date ?? '22/3/2024').split('/')
  return [
    opts.issuer ?? 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI',
    '',
    'Số: 1468/UBND-KTTH',
    'V/v triển khai nhiệm vụ',
    '',
    `Quảng Ngãi, ngày ${d} tháng ${m} năm ${y}`,
    '',
    'Kính gửi: Các sở, ban, ngành tỉnh.',
    '',
    body,
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    '',
    'Trần Hoàng Tuấn',
    '',
  ].join('\n')
}

/** Every span's text must equal the original text at that span. */
export function collectSpans(value: unknown, out: Array<{ span: { start: { offset: number }; end: { offset: number } }; text: string }> = []) {
  if (Array.isArray(value)) for (const v of value) collectSpans(v, out)
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (o.span && typeof o.text === 'string') out.push(o as never)
    for (const v of Object.values(o)) collectSpans(v, out)
  }
  return out
}
