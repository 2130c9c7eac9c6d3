/** Document types from rules/doc-types.json: by title line, by symbol code, by the word before a number. */
import { rules } from '../rules/index.js'

interface TypeIndex {
  titles: Array<{ title: string; name: string }>
  codes: Map<string, string>
  words: Array<{ word: string; name: string }>
}

let index: TypeIndex | null = null

function build(): TypeIndex {
  const dt = rules().docTypes
  const titles: TypeIndex['titles'] = []
  const codes = new Map<string, string>()
  const words: TypeIndex['words'] = []
  for (const e of dt.entries) {
    for (const t of e.titles) titles.push({ title: t, name: e.name })
    for (const c of e.codes) if (!codes.has(c)) codes.set(c, e.name)
    for (const w of [e.name, ...e.aliases]) words.push({ word: w, name: e.name })
  }
  // Longest first, so "CHƯƠNG TRÌNH HÀNH ĐỘNG" wins over "CHƯƠNG TRÌNH".
  titles.sort((a, b) => b.title.length - a.title.length)
  words.sort((a, b) => b.word.length - a.word.length)
  return { titles, codes, words }
}

const idx = () => (index ??= build())

/** A capitalised title line ("THÔNG BÁO", "QUYẾT ĐỊNH V/V …"): the type and the title's length. */
export function docTypeByTitle(text: string): { name: string; length: number } | null {
  const t = text.trimStart()
  const lead = text.length - t.length
  for (const { title, name } of idx().titles) {
    if (!t.startsWith(title)) continue
    const after = t[title.length]
    if (after !== undefined && /[\p{L}\d]/u.test(after)) continue
    return { name, length: lead + title.length }
  }
  return null
}

/** Type code of a symbol's first segment: exact (case-sensitive) or lost-hyphen prefix ("QĐUBND"). */
export function typeCodeOf(segment: string): { code: string; name: string; rest: string } | null {
  const codes = idx().codes
  const exact = codes.get(segment)
  if (exact) return { code: segment, name: exact, rest: '' }
  const sorted = [...codes.keys()].sort((a, b) => b.length - a.length)
  for (const c of sorted) {
    if (c.length < 2 || !segment.startsWith(c)) continue
    const rest = segment.slice(c.length)
    if (/^[\p{Lu}Đ]{2,}\d*$/u.test(rest)) return { code: c, name: codes.get(c)!, rest }
  }
  return null
}

/** The type word just before a number ("Quyết định số", "Nghị định", "Luật số"), matched at the end of text. */
export function typeByWordBefore(textBefore: string): { name: string; word: string } | null {
  const t = textBefore.replace(/\s+(?:số|Số)\s*:?\s*$/u, '').replace(/\s+$/u, '')
  const lower = t.toLowerCase()
  for (const { word, name } of idx().words) {
    const w = word.toLowerCase()
    if (!lower.endsWith(w)) continue
    const before = lower[lower.length - w.length - 1]
    if (before !== undefined && /\p{L}/u.test(before)) continue
    return { name, word: t.slice(t.length - word.length) }
  }
  return null
}

export const defaultType = (): string => rules().docTypes.default
