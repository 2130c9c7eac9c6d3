/** Document types from rules/doc-types.json: by title line, by symbol code, by the word before a number. */
import { pattern, rules } from '../lexicon/index.js'

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
  // A mixed-case code typed or converted in capitals ("TTR" for TTr, "CTR" for CTr, "QĐI" for QĐi).
  if (/^[\p{Lu}Đ]+$/u.test(segment)) {
    const mixed = [...codes.keys()].find((c) => c !== c.toUpperCase() && c.toUpperCase() === segment)
    if (mixed) return { code: mixed, name: codes.get(mixed)!, rest: '' }
  }
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
  const t = textBefore.replace(pattern(rules().citations, 'citation/number-word-before'), '').replace(/\s+$/u, '')
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

/**
 * The type word that opens a titled mention before its number: "Luật Hải quan số 29/2001/QH10",
 * "Luật bảo hiểm y tế số 25/2008/QH12" → Luật. The title between the word and "số" holds no
 * digit and no sentence punctuation; the nearest type word wins ("Luật Sửa đổi … của Luật Đất
 * đai số 31/2024/QH15" → Luật).
 */
export function typeByTitleBefore(textBefore: string): { name: string; word: string } | null {
  const m = pattern(rules().citations, 'citation/number-word-after-title').exec(textBefore)
  if (!m) return null
  const title = textBefore.slice(0, m.index + (m.groups!.lead ? 1 : 0))
  // The clause before "số": from the last sentence break or number on.
  const clause = title.split(/[.;:()\d]/u).pop() ?? ''
  const lower = clause.toLowerCase()
  let best: { name: string; word: string; at: number } | null = null
  for (const { word, name } of idx().words) {
    const w = word.toLowerCase()
    let at = lower.lastIndexOf(w)
    while (at >= 0) {
      const before = lower[at - 1]
      const after = lower[at + w.length]
      const bounded = (before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))
      // The word is capitalised where it opens a title ("Luật", not "pháp luật").
      if (bounded && /^\p{Lu}/u.test(clause.slice(at))) break
      at = at > 0 ? lower.lastIndexOf(w, at - 1) : -1
    }
    if (at >= 0 && (!best || at > best.at || (at === best.at && word.length > best.word.length))) best = { name, word: clause.slice(at, at + word.length), at }
  }
  if (!best) return null
  // A title is a few words (a law's runs to a dozen: "Luật Hoạt động giám sát của Quốc hội và Hội
  // đồng nhân dân"); farther back, the word opens another mention.
  if (clause.slice(best.at + best.word.length).trim().split(/\s+/u).filter(Boolean).length > 14) return null
  return { name: best.name, word: best.word }
}

export const defaultType = (): string => rules().docTypes.default
