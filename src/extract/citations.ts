/**
 * Every document the letter cites, with a stable identity across letters.
 * Stages (eyecite-style): find numbered mentions → read type word, date and issuer around
 * each → share an issuer over a list → merge mentions of one document → resolve short
 * forms ("Quyết định nêu trên", a defined "(Đề án)") → named citations without a number.
 */
import type { Diagnostic, Doc } from '../types.js'
import type { Citation, Document, NamedCitation, Occurrence } from '../schema/letter.js'
import type { HeaderResult } from './header.js'
import { evidence } from '../parse/span.js'
import { pattern, globalPattern, rules, localityPatterns } from '../lexicon/index.js'
import { parseRef, issuerByCode, refKey, footnoteDigits, type ParsedRef } from '../readers/refs.js'
import { typeByWordBefore, typeByTitleBefore, typeCodeOf, defaultType } from '../readers/doc-types.js'
import { canonicalAgencyName, fold } from '../readers/names.js'
import { isoDate } from './header.js'
import { agenciesAt } from '../readers/agencies.js'

export interface CitationMention {
  start: number
  end: number
  id: string
  occurrence: Occurrence
}

export interface CitationsResult {
  numbered: Citation[]
  named: NamedCitation[]
  /** Flat-text ranges of dates that belong to citations: never deadlines. */
  dateRanges: Array<[number, number]>
  /** Every mention, in text order, for the tasks stage to attach. */
  mentions: CitationMention[]
}

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
}

const R = () => rules().citations

export function extractCitations(doc: Doc, header: HeaderResult, document: Document, diagnostics: Diagnostic[]): CitationsResult {
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
    const start = m.index
    // A footnote marker glued to the symbol ("QH151") is not part of it.
    const cut = footnoteDigits(symbol)
    const end = start + m[0].length - cut
    // "theo mẫu số 03/KBS/GSQL": a form of an appendix, not a document.
    if (pattern(R(), 'citation/form-before').test(text.slice(Math.max(0, start - 60), start))) continue
    // "[Nội dung này được đính chính bởi Công văn …]": a legal database's note, not the letter's text.
    if (pattern(R(), 'citation/editorial-note').test(text.slice(Math.max(0, start - 260), start))) continue
    const parsed = parseRef(g.number, g.year?.replace(/[/\s]/g, '') ?? null, sep, cut ? symbol.slice(0, -cut) : symbol)
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

  // Merge mentions of one document: same key, or a truncated symbol that a full one extends.
  const groups = new Map<string, RawMention[]>()
  const keyOf = (r: RawMention) => refKey(r.parsed.ref!)
  for (const r of raw) {
    const k = keyOf(r)
    if (!groups.has(k)) groups.set(k, [])
    groups.get(k)!.push(r)
  }
  for (const [k, list] of [...groups]) {
    if (!list.every((r) => r.truncated)) continue
    const full = [...groups.keys()].find((o) => o !== k && o.startsWith(k + '-'))
    if (full) {
      groups.get(full)!.push(...list)
      groups.delete(k)
    }
  }

  const numbered: Citation[] = []
  const mentions: CitationMention[] = []
  const occByMention = new Map<RawMention, Occurrence>()
  const idByMention = new Map<RawMention, string>()
  for (const list of groups.values()) {
    list.sort((a, b) => a.start - b.start)
    const best = list.find((r) => !r.truncated) ?? list[0]
    const p = best.parsed
    const date = list.find((r) => r.date)?.date ?? null
    const typeWordName = list.find((r) => r.typeByWord)?.typeByWord ?? null
    const type = resolveType(p, typeWordName)
    const issuer = resolveIssuer(p, list.find((r) => r.issuerPhrase)?.issuerPhrase ?? null, document)
    const year = p.year ?? (date ? Number(date.slice(0, 4)) : null)
    const id = citationId(p.ref!, year, issuer)
    if (year === null)
      diagnostics.push({ ruleId: 'citation/unknown-year', severity: 'info', message: `No year printed for ${p.ref}; its id carries "?" for the year`, span: evidence(doc, best.start, best.end).span })
    if (!issuer.idName)
      diagnostics.push({ ruleId: 'citation/unknown-issuer', severity: 'info', message: `Issuer of ${p.ref} is not printed and its code "${p.issuerCode ?? ''}" does not name one body; its id carries "?"`, span: evidence(doc, best.start, best.end).span })
    if (issuer.guessed && issuer.name)
      diagnostics.push({ ruleId: 'citation/guessed-issuer', severity: 'info', message: `Issuer of ${p.ref} taken as ${issuer.name} from the citing letter`, span: evidence(doc, best.start, best.end).span })
    const occurrences: Occurrence[] = list.map((r) => {
      const occ: Occurrence = {
        kind: r.typeWord ? 'full' : 'bare',
        task: null,
        relation: relationBefore(text, r.start),
        via: null,
        context: sentenceAround(text, r.start, r.end),
        ...evidence(doc, r.start, r.end),
      }
      occByMention.set(r, occ)
      mentions.push({ start: r.start, end: r.end, id, occurrence: occ })
      idByMention.set(r, id)
      return occ
    })
    numbered.push({
      id,
      ref: p.ref!,
      number: p.number!,
      year,
      symbol: p.symbol,
      type,
      typeCode: p.typeCode,
      party: p.party,
      date,
      issuer: { printed: issuer.printed, name: issuer.name, code: p.issuerCode, guessed: issuer.guessed },
      occurrences,
    })
  }
  numbered.sort((a, b) => a.occurrences[0].span.start.offset - b.occurrences[0].span.start.offset)
  // "Quyết định số 117/QĐ-UBND … về Kế hoạch thực hiện Nghị quyết số 168/NQ-CP": 117 implements 168.
  const implementsRe = pattern(R(), 'citation/implements')
  for (let k = 1; k < raw.length; k++) {
    const prev = raw[k - 1]
    const cur = raw[k]
    const between = text.slice(Math.max(prev.dateEnd, prev.issuerEnd), cur.start)
    if (between.length < 200 && implementsRe.test(between)) {
      const occ = occByMention.get(cur)
      const via = idByMention.get(prev)
      if (occ && via && via !== idByMention.get(cur)) {
        occ.via = via
        occ.relation = 'thuc-hien'
      }
    }
  }

  resolveShortForms(doc, numbered, mentions, document, diagnostics)
  const named = extractNamed(doc, raw, mentions, diagnostics)
  mentions.sort((a, b) => a.start - b.start)
  return { numbered, named, dateRanges, mentions }
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
  const g = dm.groups!
  const date = isoDate(g.d1 ?? g.d2, g.m1 ?? g.m2, g.y1 ?? g.y2)
  if (!date) return from
  r.date = date
  const end = from + dm[0].length
  dateRanges.push([from + dm[0].indexOf('ngày'), end])
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
  const g = m.groups!
  r.date = isoDate(g.d1 ?? g.d2, g.m1 ?? g.m2, g.y1 ?? g.y2)
  const dStart = from + m.index
  dateRanges.push([dStart, dStart + m[0].length - g.tail.length])
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
    ;(cur as RawMention & { chainPrev?: RawMention }).chainPrev = prev
  }
  // Issuer flows back along each chain from its last member.
  for (let i = raw.length - 1; i >= 0; i--) {
    let cur = raw[i] as RawMention & { chainPrev?: RawMention }
    const issuer = cur.issuerPhrase
    if (!issuer) continue
    while (cur.chainPrev) {
      const prev = cur.chainPrev as RawMention & { chainPrev?: RawMention }
      if (!prev.issuerPhrase) prev.issuerPhrase = issuer
      cur = prev
    }
  }
}

/** Gold convention: the symbol's type code decides; else the word before the number; Công văn for a bare state symbol. */
function resolveType(p: ParsedRef, byWord: string | null): string | null {
  if (p.typeName) {
    // Party texts write Quy định with the Quyết định code (QĐ): the word decides.
    if (p.typeCode === 'QĐ' && byWord === 'Quy định') return byWord
    return p.typeName
  }
  if (byWord && byWord !== defaultType()) return byWord
  if (!p.party && p.year === null) return defaultType()
  return byWord
}

interface ResolvedIssuer {
  printed: string | null
  name: string | null
  guessed: boolean
  /** Who the id names: from the symbol's code where it has one, so that phrasings agree. */
  idName: string | null
}

function resolveIssuer(p: ParsedRef, phrase: string | null, document: Document): ResolvedIssuer {
  const info = issuerByCode(p.issuerCode)
  let name: string | null = null
  let phraseLocality: Locality | null = null
  if (phrase) {
    const canonical = canonicalAgencyName(phrase.replace(pattern(R(), 'citation/issuer-head-title'), ''))
    phraseLocality = localityOf(canonical)
    name = completeLocality(canonical, document) ?? canonical
  }
  if (!info) {
    // A unit code the gazetteer knows ("SLĐTBXH" → Sở Lao động - Thương binh và Xã hội) in the letter's locality.
    const known = p.issuerCode ? canonicalAgencyName(p.issuerCode) : null
    if (!name && known && known !== p.issuerCode) {
      const loc = letterLocality(document)
      const full = loc ? (known.endsWith(` ${loc.unit}`) ? `${known} ${loc.place}` : `${known} ${loc.unit} ${loc.place}`) : known
      return { printed: null, name: full, guessed: true, idName: full }
    }
    return { printed: phrase, name, guessed: false, idName: name }
  }
  if (info.scope === 'national') return { printed: phrase, name: name ?? info.name, guessed: false, idName: info.name }
  const loc = phraseLocality ?? letterLocality(document)
  const filled = fillTemplate(info.template ?? info.name, loc, document)
  return { printed: phrase, name: name ?? filled, guessed: !phraseLocality && filled !== null && !phrase, idName: filled ?? name }
}

interface Locality {
  unit: string
  place: string
}

/** "Ủy ban nhân dân tỉnh" in a letter of UBND tỉnh Quảng Ngãi is Ủy ban nhân dân tỉnh Quảng Ngãi. */
function completeLocality(name: string, document: Document): string | null {
  const locality = letterLocality(document)
  if (!locality) return null
  const units = localityPatterns()
  const m = units.unitAtEnd.exec(name)
  if (m && locality.unit === m[1]) return `${name} ${locality.place}`
  if (units.committeeAtEnd.test(name)) return `${name} ${locality.place}`
  return null
}

function localityOf(name: string): Locality | null {
  const units = localityPatterns()
  const m = units.unitAndPlace.exec(name)
  if (m) return { unit: m.groups!.unit, place: m.groups!.place }
  const party = units.committeeAndPlace.exec(name)
  const unit = party ? units.committeeUnit(party.groups!.committee) : null
  return party && unit ? { unit, place: party.groups!.place } : null
}

function letterLocality(document: Document): Locality | null {
  const names = [document.issuer?.name, document.issuer?.parent].filter((x): x is string => !!x)
  for (const n of names) {
    const loc = localityOf(n)
    if (loc) return loc
  }
  return null
}

function fillTemplate(template: string, loc: Locality | null, document: Document): string | null {
  if (template.includes('{place}')) return loc ? template.replace('{place}', `${loc.unit} ${loc.place}`) : null
  if (template.includes('{placeName}')) return loc ? template.replace('{placeName}', loc.place) : null
  if (template.includes('{issuer}')) return document.issuer ? template.replace('{issuer}', document.issuer.name) : null
  return template
}

/**
 * The id: upper-cased ref without spaces, "@" the year (numbers restart every year per
 * issuer), and "@" the folded issuer name when the symbol's code does not name one body
 * by itself (UBND, TU, unit codes). "?" stands for what is unknown.
 */
export function citationId(ref: string, year: number | null, issuer: ResolvedIssuer): string {
  const key = refKey(ref)
  const base = `${key}@${year ?? '?'}`
  const code = parseCodeOf(key)
  const info = issuerByCode(code)
  if (info && info.scope === 'national') return base
  const who = issuer.idName ? fold(issuer.idName).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : '?'
  return `${base}@${who}`
}

function parseCodeOf(key: string): string | null {
  // Normative "81/2023/QH15": the last segment; "91/QĐ-UBND": after the type; "2209-KL/TU": after "/".
  const sym = key.replace(/^\d+[A-Z]?(\/\d{4})?[/-]/u, '')
  if (sym.includes('/')) return sym.split('/').pop() ?? null
  const segs = sym.split('-')
  const codes = new Set(rules().docTypes.entries.flatMap((e) => e.codes.map((c) => c.toUpperCase())))
  if (segs.length > 1 && codes.has(segs[0])) return segs[1]
  return segs[0]
}

/** "Quyết định nêu trên", "Kết luận này": the nearest earlier citation of that type. */
function resolveShortForms(doc: Doc, numbered: Citation[], mentions: CitationMention[], document: Document, diagnostics: Diagnostic[]): void {
  const re = globalPattern(R(), 'citation/short-form')
  const byStart = [...mentions].sort((a, b) => a.start - b.start)
  let m: RegExpExecArray | null
  while ((m = re.exec(doc.text))) {
    const word = m.groups!.type
    const deixis = m.groups!.deixis
    const tw = typeByWordBefore(word)
    if (!tw) continue
    if (deixis === 'này' && tw.name === document.type) continue // the letter itself
    const candidates = byStart.filter((x) => x.start < m!.index && numbered.find((c) => c.id === x.id)?.type === tw.name)
    if (!candidates.length) continue
    const nearest = candidates[candidates.length - 1]
    if (deixis === 'này' && doc.text.slice(nearest.end, m.index).includes('\n')) continue
    const distinct = new Set(candidates.map((c) => c.id))
    if (distinct.size > 1)
      diagnostics.push({
        ruleId: 'citation/ambiguous-short-form',
        severity: 'warning',
        message: `"${m[0]}" may refer to ${distinct.size} earlier documents of type ${tw.name}; taken as the nearest`,
        span: evidence(doc, m.index, m.index + m[0].length).span,
      })
    const cit = numbered.find((c) => c.id === nearest.id)!
    const occ: Occurrence = { kind: 'short', task: null, relation: relationBefore(doc.text, m.index), via: null, context: sentenceAround(doc.text, m.index, m.index + m[0].length), ...evidence(doc, m.index, m.index + m[0].length) }
    cit.occurrences.push(occ)
    mentions.push({ start: m.index, end: m.index + m[0].length, id: cit.id, occurrence: occ })
  }
}

/** Documents cited by name: "Luật Bảo vệ môi trường năm 2020", "Nghị quyết Đại hội … lần thứ XX". */
function extractNamed(doc: Doc, raw: RawMention[], mentions: CitationMention[], diagnostics: Diagnostic[]): NamedCitation[] {
  void diagnostics
  const out = new Map<string, NamedCitation>()
  const re = globalPattern(R(), 'citation/named')
  let m: RegExpExecArray | null
  while ((m = re.exec(doc.text))) {
    const start = m.index
    const end = start + m[0].length
    // A name followed by a number is a numbered citation already.
    if (raw.some((r) => r.start >= end && r.start - end < 8)) continue
    const title = m.groups!.title.replace(/\s+/g, ' ').trim()
    const year = m.groups!.year ? Number(m.groups!.year) : null
    const key = fold(title)
    const occ: Occurrence = { kind: 'full', task: null, relation: relationBefore(doc.text, start), via: null, context: sentenceAround(doc.text, start, end), ...evidence(doc, start, end) }
    const existing = out.get(key)
    if (existing) {
      existing.occurrences.push(occ)
      if (existing.year === null) existing.year = year
    } else out.set(key, { title, year, occurrences: [occ] })
    mentions.push({ start, end, id: `named:${key}`, occurrence: occ })
  }
  // A defined short name: "… Đề án phát triển thị trường các-bon tại Việt Nam (Đề án)".
  const defRe = globalPattern(R(), 'citation/defined-name')
  while ((m = defRe.exec(doc.text))) {
    const title = m.groups!.title.replace(/\s+/g, ' ').trim()
    const short = m.groups!.short
    const key = fold(title)
    const start = m.index
    const end = start + m[0].length
    const named: NamedCitation = out.get(key) ?? {
      title,
      year: null,
      occurrences: [{ kind: 'full', task: null, relation: relationBefore(doc.text, start), via: null, context: sentenceAround(doc.text, start, end), ...evidence(doc, start, start + m.groups!.title.length) }],
    }
    out.set(key, named)
    const shortRe = new RegExp(`(?<![\\p{L}])${short}(?![\\p{L}])`, 'gu')
    shortRe.lastIndex = end
    let s: RegExpExecArray | null
    while ((s = shortRe.exec(doc.text))) {
      // "Đề án" followed by its own name is another project, not the defined one.
      if (/^\s+[\p{Ll}]/u.test(doc.text.slice(s.index + short.length, s.index + short.length + 3)) && pattern(R(), 'citation/defined-short-own-name').test(doc.text.slice(s.index + short.length))) continue
      const occ: Occurrence = { kind: 'short', task: null, relation: 'cites', via: null, context: sentenceAround(doc.text, s.index, s.index + short.length), ...evidence(doc, s.index, s.index + short.length) }
      named.occurrences.push(occ)
      mentions.push({ start: s.index, end: s.index + short.length, id: `named:${key}`, occurrence: occ })
    }
  }
  return [...out.values()]
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

/** The graph id of a parsed letter itself: the id its citers would give it, or its hash. */
export function documentId(letter: { document: Document; source: { sha256: string } }): string {
  const d = letter.document
  if (!d.ref || !d.symbol || !d.number) return `sha256:${letter.source.sha256}`
  const parsed = parseRef(d.number, d.year ? String(d.year) : null, d.ref.includes(`${d.number}-`) ? '-' : '/', d.symbol)
  const info = issuerByCode(parsed.issuerCode)
  const year = d.year ?? (d.date ? Number(d.date.slice(0, 4)) : null)
  const idName = info?.scope === 'national' ? info.name : (d.issuer?.name ?? null)
  return citationId(d.ref, year, { printed: null, name: idName, guessed: false, idName })
}
