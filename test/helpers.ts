import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
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

/** What a test letter prints around its body; each test may set the parts its construct depends on. */
export interface LetterParts {
  /** Day/month/year of the letter ("22/3/2024"). */
  date?: string
  issuer?: string
  ref?: string
  /** The subject line ("V/v …") or a type title. */
  title?: string
  place?: string
  /** The Kính gửi entry; null prints no Kính gửi line. */
  to?: string | null
  /** The signature's title lines. */
  signer?: string
  signerName?: string
  /** What is printed after the signature (forms, appendices). */
  after?: string
}

/** A minimal công văn around a body, so body constructs can be tested alone. */
export function congVan(body: string, opts: LetterParts = {}): string {
  const [d, m, y] = (opts.date ?? '22/3/2024').split('/')
  return [
    opts.issuer ?? 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI',
    '',
    `Số: ${opts.ref ?? '1468/UBND-KTTH'}`,
    opts.title ?? 'V/v triển khai nhiệm vụ',
    '',
    `${opts.place ?? 'Quảng Ngãi'}, ngày ${d} tháng ${m} năm ${y}`,
    '',
    ...(opts.to === null ? [] : [`Kính gửi: ${opts.to ?? 'Các sở, ban, ngành tỉnh.'}`, '']),
    body,
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    opts.signer ?? 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
    '',
    opts.signerName ?? 'Trần Hoàng Tuấn',
    '',
    ...(opts.after === undefined ? [] : [opts.after]),
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

/** A task table's row as the tests compare it. */
export interface TableRow {
  label: string
  lead: string[]
  support: string[]
  deadline: string | null
}

/**
 * The rows of the tasks labelled under `prefix`, checking on the way that every agency's span
 * holds its printed text and opens at its first printed word (a text cell over several lines holds the
 * other columns' words in between, so only the ends are checked).
 */
export function tableRowsOf(letter: Letter, source: string, prefix: string): TableRow[] {
  const out: TableRow[] = []
  for (const t of letter.tasks.filter((x) => x.label.startsWith(prefix))) {
    for (const a of [...t.lead, ...t.support]) {
      expect(source.slice(a.span.start.offset, a.span.end.offset), `${t.label}: span of ${a.name}`).toBe(a.text)
      expect(a.text.split(/\s+/)[0], `${t.label}: ${a.text} opens ${a.printed}`).toBe(a.printed.split(/\s+/)[0])
    }
    out.push({ label: t.label, lead: t.lead.map((a) => a.name), support: t.support.map((a) => a.name), deadline: t.deadline?.date ?? null })
  }
  return out
}
