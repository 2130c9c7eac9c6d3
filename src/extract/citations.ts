/**
 * Every document the letter cites, found with its span (eyecite-style): numbered mentions, the
 * type word, date and issuer printed around each, an issuer shared over a list, short forms
 * ("Quyết định nêu trên"), documents cited by name and defined short names ("(Đề án)"). Which
 * mentions are one document, its issuer, id and what a short form stands for is decided in
 * resolve/identity.ts.
 */
import type { Diagnostic, Doc } from '../types.js'
import type { Document, Occurrence } from '../schema/letter.js'
import type { HeaderResult } from './header.js'
import { pattern, globalPattern, rules } from '../lexicon/index.js'
import { parseRef, refKey, footnoteDigits, type ParsedRef } from '../readers/refs.js'
import { typeByWordBefore, typeByTitleBefore, typeCodeOf } from '../readers/doc-types.js'
import { readFullDate } from '../readers/dates.js'
import { agenciesAt } from '../readers/agencies.js'
import {
  resolveCitations,
  type CitationCandidates,
  type CitationsResult,
  type DefinedNameCandidate,
  type NamedCandidate,
  type NumberedCandidate,
  type ShortFormCandidate,
} from '../resolve/identity.js'

export type { CitationMention, CitationsResult } from '../resolve/identity.js'

interface RawMention {
  start: number
  end: number
  parsed: ParsedRef
  /** Where the printed mention ends, a glued footnote marker included: dates and issuers are read from here. */
  tail: number
  /** The symbol ended on a dangling hyphen ("15/2018/NĐ-" + line noise). */
  truncated: boolean
  typeWord: string | null
  typeByWord: string | null
  date: string | null
  dateEnd: number
  issuerPhrase: string | null
  issuerEnd: number
  /** The previous member of a list this one continues (it shares the list's type word and issuer). */
  chainPrev?: RawMention
}

const R = () => rules().citations

/** The citation stage: candidates found here, the documents they are decided in resolve/identity.ts. */
export function extractCitations(doc: Doc, header: HeaderResult, document: Document, diagnostics: Diagnostic[]): CitationsResult {
  return resolveCitations(doc, findCitations(doc, header, document), document, diagnostics)
}

/** Every citation candidate of the letter, in text order, with what is printed around it. */
export function findCitations(doc: Doc, header: HeaderResult, document: Document): CitationCandidates {
  const text = doc.text
  const ownKey = document.ref ? refKey(document.ref) : null
  const ownSpan = header.ref ? [header.ref.ev.span.start.offset, header.ref.ev.span.end.offset] : null
  const dateRanges: Array<[number, number]> = []
  const raw: RawMention[] = []
  const re = globalPattern(R(), 'citation/ref')
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    const g = m.groups!
    const sep = g.sep
    const symbol = g.symbol
    const party = sep.trim() !== '/'
    if (party && !symbol.includes('/')) continue
    if ((symbol.match(/[\p{Lu}Đ]/gu) ?? []).length < 2) continue
    // "Công văn số 2 156-CV/TU": OCR split the number; its head stands between the number word and it.
    const head = splitNumberHead(text, m.index, g.number)
    const start = m.index - (head ? head.length + 1 : 0)
    const number = head ? head + g.number : g.number
    // A footnote marker glued to the symbol ("QH151") is not part of it.
    const cut = footnoteDigits(symbol)
    const end = m.index + m[0].length - cut
    // "theo mẫu số 03/KBS/GSQL": a form of an appendix, not a document.
    if (pattern(R(), 'citation/form-before').test(text.slice(Math.max(0, start - 60), start))) continue
    // "[Nội dung này được đính chính bởi Công văn …]": a legal database's note, not the letter's text.
    if (pattern(R(), 'citation/editorial-note').test(text.slice(Math.max(0, start - 260), start))) continue
    const parsed = parseRef(number, g.year?.replace(/[/\s]/g, '') ?? null, sep, cut ? symbol.slice(0, -cut) : symbol)
    if (!parsed.ref) continue
    const rawStart = doc.map[start]
    if (ownSpan && rawStart >= ownSpan[0] && rawStart < ownSpan[1]) continue
    if (ownKey && refKey(parsed.ref) === ownKey) continue
    const before = text.slice(Math.max(0, start - 120), start).replace(/\s+/g, ' ')
    const tw = typeByWordBefore(before) ?? typeByTitleBefore(before)
    const truncated = /^[-–]/.test(text.slice(end, end + 1))
    const mention: RawMention = { start, end, tail: end + cut, parsed, truncated, typeWord: tw?.word ?? null, typeByWord: tw?.name ?? null, date: null, dateEnd: end, issuerPhrase: null, issuerEnd: end }
    readDateAndIssuer(text, mention, dateRanges)
    raw.push(mention)
  }
  raw.push(...readStandards(text, dateRanges))
  raw.sort((a, b) => a.start - b.start)
  shareListContext(text, raw)
  // "Quyết định số 117/QĐ-UBND … về Kế hoạch thực hiện Nghị quyết số 168/NQ-CP": the text between says 168 is implemented by 117.
  const implementsRe = pattern(R(), 'citation/implements')
  const numbered: NumberedCandidate[] = raw.map((r, k) => {
    const prev = raw[k - 1]
    const between = prev ? text.slice(Math.max(prev.dateEnd, prev.issuerEnd), r.start) : ''
    return {
      start: r.start,
      end: r.end,
      parsed: r.parsed,
      truncated: r.truncated,
      typeWord: r.typeWord,
      typeByWord: r.typeByWord,
      date: r.date,
      issuerPhrase: r.issuerPhrase,
      relation: relationBefore(text, r.start),
      context: sentenceAround(text, r.start, r.end),
      implementsPrevious: !!prev && between.length < 200 && implementsRe.test(between),
    }
  })
  const named = findNamed(doc, raw)
  return { numbered, shortForms: findShortForms(doc), named: named.named, defined: named.defined, dateRanges }
}

/** The head of a number OCR split by one space after its number word ("số 2 156-CV/TU"), or null. */
function splitNumberHead(text: string, at: number, number: string): string | null {
  const m = pattern(R(), 'citation/split-number-head').exec(text.slice(Math.max(0, at - 16), at))
  if (!m) return null
  const head = m.groups!.head
  return head.length + number.length <= 6 ? head : null
}

/** "… ngày 19/3/2024 của Ban Thường vụ Tỉnh ủy" after a number. */
function readDateAndIssuer(text: string, r: RawMention, dateRanges: Array<[number, number]>): void {
  let pos = readDateAfter(text, r, r.tail, dateRanges)
  if (!r.date) readDateBefore(text, r, dateRanges)
  const lead = pattern(R(), 'citation/issuer-lead').exec(text.slice(pos, pos + 12))
  if (!lead) return
  // The issuer's extent comes from the agency reader (gazetteer names keep their "và"); the
  // phrase pattern is the fallback for bodies it does not know ("Hội nghị Tỉnh ủy").
  const at = pos + lead[0].length
  const found = agenciesAt(text, at)
  if (found.length) {
    const end = found[found.length - 1].end
    r.issuerPhrase = text.slice(at, end).replace(/\s+/g, ' ').trim()
    r.issuerEnd = end
  } else {
    const im = pattern(R(), 'citation/issuer-phrase').exec(text.slice(pos, pos + 120))
    if (im && im.index === 0) {
      r.issuerPhrase = im.groups!.issuer.replace(/\s+/g, ' ').trim()
      r.issuerEnd = pos + im[0].length
    }
  }
  // "số 06/QĐ-TTg của Thủ tướng Chính phủ ngày 06 tháng 01 năm 2022": the date after the issuer.
  if (!r.date && r.issuerPhrase) readDateAfter(text, r, r.issuerEnd, dateRanges)
}

/** A date printed right after `from` ("ngày 19/01/2024"): recorded on the mention; returns where it ends. */
function readDateAfter(text: string, r: RawMention, from: number, dateRanges: Array<[number, number]>): number {
  const dm = pattern(R(), 'citation/date-after').exec(text.slice(from, from + 60))
  if (!dm) return from
  // The pattern composes {{fullDate}}: the shared date reader reads it, with the calendar check.
  const date = readFullDate(dm[0])
  if (!date) return from
  r.date = date.iso
  const end = from + date.end
  dateRanges.push([from + date.start, end])
  if (from === r.tail) r.dateEnd = end
  return end
}

/** National technical regulations and standards cited by number: "QCVN 122:2024/BGTVT". */
function readStandards(text: string, dateRanges: Array<[number, number]>): RawMention[] {
  const out: RawMention[] = []
  const re = globalPattern(R(), 'citation/standard')
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    const g = m.groups!
    const code = typeCodeOf(g.kind)
    const issuer = g.issuer ?? null
    const ref = `${g.kind}${g.number}:${g.year}${issuer ? `/${issuer}` : ''}`
    const parsed: ParsedRef = { ref, number: g.number, year: Number(g.year), symbol: ref, typeCode: g.kind, typeName: code?.name ?? null, issuerCode: issuer, party: false }
    const start = m.index
    const end = start + m[0].length
    const r: RawMention = { start, end, tail: end, parsed, truncated: false, typeWord: null, typeByWord: null, date: null, dateEnd: end, issuerPhrase: null, issuerEnd: end }
    readDateAfter(text, r, end, dateRanges)
    out.push(r)
  }
  return out
}

/** "Ngày 31 tháng 3 năm 2018, Bộ Công Thương đã có công văn số 2129/…": the date leads the sentence. */
function readDateBefore(text: string, r: RawMention, dateRanges: Array<[number, number]>): void {
  const from = Math.max(0, r.start - 180)
  const before = text.slice(from, r.start)
  const m = pattern(R(), 'citation/date-before').exec(before)
  if (!m || !pattern(R(), 'citation/date-before-verb').test(m.groups!.tail)) return
  const date = readFullDate(m[0])
  if (!date) return
  r.date = date.iso
  dateRanges.push([from + m.index + date.start, from + m.index + date.end])
}

/** A list shares the type word before its first member and the issuer after its last. */
function shareListContext(text: string, raw: RawMention[]): void {
  for (let i = 1; i < raw.length; i++) {
    const prev = raw[i - 1]
    const cur = raw[i]
    const between = text.slice(Math.max(prev.dateEnd, prev.issuerEnd), cur.start)
    if (prev.issuerPhrase || between.length > 60) continue
    // Only separators, "và", and the next member's own type word may stand between members.
    const rest = between.replace(pattern(R(), 'citation/list-joiner'), '').replace(pattern(R(), 'citation/list-number-word'), '')
    if (rest && !typeByWordBefore(rest)) continue
    if (rest && typeByWordBefore(rest)!.word.length < rest.trim().length) continue
    if (!cur.typeByWord && !rest) {
      cur.typeByWord = prev.typeByWord
      cur.typeWord = prev.typeWord
    }
    cur.chainPrev = prev
  }
  // Issuer flows back along each chain from its last member.
  for (let i = raw.length - 1; i >= 0; i--) {
    let cur = raw[i]
    const issuer = cur.issuerPhrase
    if (!issuer) continue
    while (cur.chainPrev) {
      const prev: RawMention = cur.chainPrev
      if (!prev.issuerPhrase) prev.issuerPhrase = issuer
      cur = prev
    }
  }
}

/** "Quyết định nêu trên", "Kết luận này": a type word and a pointer back, for resolve to place. */
function findShortForms(doc: Doc): ShortFormCandidate[] {
  const out: ShortFormCandidate[] = []
  const re = globalPattern(R(), 'citation/short-form')
  let m: RegExpExecArray | null
  while ((m = re.exec(doc.text))) {
    const tw = typeByWordBefore(m.groups!.type)
    if (!tw) continue
    const start = m.index
    const end = start + m[0].length
    out.push({ start, end, printed: m[0], typeName: tw.name, proximal: m.groups!.proximal !== undefined, relation: relationBefore(doc.text, start), context: sentenceAround(doc.text, start, end) })
  }
  return out
}

/** Documents cited by name ("Luật Bảo vệ môi trường năm 2020", "Nghị quyết Đại hội … lần thứ XX") and defined short names. */
function findNamed(doc: Doc, raw: RawMention[]): { named: NamedCandidate[]; defined: DefinedNameCandidate[] } {
  const named: NamedCandidate[] = []
  const re = globalPattern(R(), 'citation/named')
  let m: RegExpExecArray | null
  while ((m = re.exec(doc.text))) {
    const start = m.index
    const end = start + m[0].length
    // A name followed by a number is a numbered citation already.
    if (raw.some((r) => r.start >= end && r.start - end < 8)) continue
    const title = m.groups!.title.replace(/\s+/g, ' ').trim()
    const year = m.groups!.year ? Number(m.groups!.year) : null
    named.push({ start, end, title, year, relation: relationBefore(doc.text, start), context: sentenceAround(doc.text, start, end) })
  }
  // A defined short name: "… Đề án phát triển thị trường các-bon tại Việt Nam (Đề án)".
  const defined: DefinedNameCandidate[] = []
  const defRe = globalPattern(R(), 'citation/defined-name')
  while ((m = defRe.exec(doc.text))) {
    const title = m.groups!.title.replace(/\s+/g, ' ').trim()
    const short = m.groups!.short
    const start = m.index
    const end = start + m[0].length
    const uses: DefinedNameCandidate['uses'] = []
    const shortRe = new RegExp(`(?<![\\p{L}])${short}(?![\\p{L}])`, 'gu')
    shortRe.lastIndex = end
    let s: RegExpExecArray | null
    while ((s = shortRe.exec(doc.text))) {
      // "Đề án" followed by its own name is another project, not the defined one.
      if (/^\s+[\p{Ll}]/u.test(doc.text.slice(s.index + short.length, s.index + short.length + 3)) && pattern(R(), 'citation/defined-short-own-name').test(doc.text.slice(s.index + short.length))) continue
      uses.push({ start: s.index, end: s.index + short.length, context: sentenceAround(doc.text, s.index, s.index + short.length) })
    }
    defined.push({ start, titleEnd: start + m.groups!.title.length, title, relation: relationBefore(doc.text, start), context: sentenceAround(doc.text, start, end), uses })
  }
  return { named, defined }
}

/** The relation a citation's sentence gives it: "Căn cứ", "Thực hiện", "theo", "sửa đổi"… */
function relationBefore(text: string, start: number): Occurrence['relation'] {
  const before = text.slice(Math.max(0, start - 90), start)
  const clause = before.split(/[.;:]\s|\n\s*\n/u).pop() ?? before
  for (const p of rules().citations.values()) {
    if (!p.id.startsWith('relation/')) continue
    if (p.re.test(clause)) return p.id.slice('relation/'.length) as Occurrence['relation']
  }
  return 'cites'
}

/** The sentence holding [start, end), whitespace collapsed, at most 300 characters. */
function sentenceAround(text: string, start: number, end: number): string {
  const lo = Math.max(0, start - 200)
  const before = text.slice(lo, start)
  let a = lo
  for (const m of before.matchAll(/[.;]\s|\n\n/gu)) a = lo + m.index! + m[0].length
  const after = text.slice(end, end + 200)
  const stop = after.search(/[.;]/)
  const b = stop >= 0 ? end + stop : end + after.length
  return text.slice(a, b).replace(/\s+/g, ' ').trim().slice(0, 300)
}
