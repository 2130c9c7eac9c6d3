/**
 * The identity of cited documents, decided once every candidate is found (extract/citations.ts):
 * which mentions are one document, its type and issuer (completed with the citing letter's
 * locality where the code does not name one body), its id, what a short form ("Quyết định nêu
 * trên") or a defined name ("(Đề án)") stands for, and which citation another is cited through.
 * Also the id a letter itself gets in a graph of letters (documentId).
 */
import type { Diagnostic, Doc } from '../types.js'
import type { Citation, Document, NamedCitation, Occurrence } from '../schema/letter.js'
import { evidence } from '../parse/span.js'
import { localityPatterns, pattern, rules } from '../lexicon/index.js'
import { parseRef, issuerByCode, refKey, type ParsedRef } from '../readers/refs.js'
import { defaultType } from '../readers/doc-types.js'
import { canonicalAgencyName, fold } from '../readers/names.js'

/** A numbered mention as the extractor found it: the printed number, and what stands around it. */
export interface NumberedCandidate {
  start: number
  end: number
  parsed: ParsedRef
  /** The symbol ended on a dangling hyphen ("15/2018/NĐ-" + line noise). */
  truncated: boolean
  /** The type word printed before the number ("Quyết định số"), and the type it names. */
  typeWord: string | null
  typeByWord: string | null
  date: string | null
  /** The issuer phrase after the number ("UBND tỉnh" of "của UBND tỉnh"), or one shared along a list. */
  issuerPhrase: string | null
  relation: Occurrence['relation']
  context: string
  /** The text since the previous mention says this one implements it ("… về Kế hoạch thực hiện Nghị quyết …"). */
  implementsPrevious: boolean
}

/** "Quyết định nêu trên", "Kết luận này": a type word and a pointer back. */
export interface ShortFormCandidate {
  start: number
  end: number
  printed: string
  /** The type the word names (doc-types.json). */
  typeName: string
  /** "này": the nearest one in the same paragraph, or the letter itself when of its own type. */
  proximal: boolean
  relation: Occurrence['relation']
  context: string
}

/** A document cited by its name ("Luật Bảo vệ môi trường năm 2020"). */
export interface NamedCandidate {
  start: number
  end: number
  title: string
  year: number | null
  relation: Occurrence['relation']
  context: string
}

/** A name defined with a short form ("Đề án … (Đề án)") and the later uses of that short form. */
export interface DefinedNameCandidate {
  start: number
  /** End of the title (the occurrence's span), before the "(Đề án)". */
  titleEnd: number
  title: string
  relation: Occurrence['relation']
  context: string
  uses: Array<{ start: number; end: number; context: string }>
}

export interface CitationCandidates {
  numbered: NumberedCandidate[]
  shortForms: ShortFormCandidate[]
  named: NamedCandidate[]
  defined: DefinedNameCandidate[]
  /** Flat-text ranges of dates that belong to citations: never deadlines. */
  dateRanges: Array<[number, number]>
}

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

/** Decides the cited documents from the candidates: one Citation per document, its occurrences and id. */
export function resolveCitations(doc: Doc, found: CitationCandidates, document: Document, diagnostics: Diagnostic[]): CitationsResult {
  const raw = found.numbered
  const groups = groupMentions(raw)
  const numbered: Citation[] = []
  const mentions: CitationMention[] = []
  const occByMention = new Map<NumberedCandidate, Occurrence>()
  const idByMention = new Map<NumberedCandidate, string>()
  for (const list of groups) {
    list.sort((a, b) => a.start - b.start)
    const best = list.find((r) => !r.truncated) ?? list[0]
    const p = best.parsed
    const date = list.find((r) => r.date)?.date ?? null
    const typeWordName = list.find((r) => r.typeByWord)?.typeByWord ?? null
    const type = resolveType(p, typeWordName)
    const issuer = resolveIssuer(p, list.find((r) => r.issuerPhrase)?.issuerPhrase ?? null, document)
    const year = p.year ?? (date ? Number(date.slice(0, 4)) : null)
    const id = citationId(p.ref!, year, issuer)
    const span = evidence(doc, best.start, best.end).span
    if (year === null) diagnostics.push({ ruleId: 'citation/unknown-year', severity: 'info', message: `No year printed for ${p.ref}; its id carries "?" for the year`, span })
    if (!issuer.idName)
      diagnostics.push({ ruleId: 'citation/unknown-issuer', severity: 'info', message: `Issuer of ${p.ref} is not printed and its code "${p.issuerCode ?? ''}" does not name one body; its id carries "?"`, span })
    if (issuer.guessed && issuer.name) diagnostics.push({ ruleId: 'citation/guessed-issuer', severity: 'info', message: `Issuer of ${p.ref} taken as ${issuer.name} from the citing letter`, span })
    const occurrences: Occurrence[] = list.map((r) => {
      const occ: Occurrence = { kind: r.typeWord ? 'full' : 'bare', task: null, relation: r.relation, via: null, context: r.context, ...evidence(doc, r.start, r.end) }
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
  for (let k = 1; k < raw.length; k++) {
    if (!raw[k].implementsPrevious) continue
    const occ = occByMention.get(raw[k])
    const via = idByMention.get(raw[k - 1])
    if (occ && via && via !== idByMention.get(raw[k])) {
      occ.via = via
      occ.relation = 'thuc-hien'
    }
  }
  resolveShortForms(doc, found.shortForms, numbered, mentions, document, diagnostics)
  const named = resolveNamed(doc, found, mentions)
  mentions.sort((a, b) => a.start - b.start)
  return { numbered, named, dateRanges: found.dateRanges, mentions }
}

/** Mentions of one document: the same key, or a truncated symbol that a full one extends. */
function groupMentions(raw: NumberedCandidate[]): NumberedCandidate[][] {
  const groups = new Map<string, NumberedCandidate[]>()
  for (const r of raw) {
    const k = refKey(r.parsed.ref!)
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
  return [...groups.values()]
}

/** Gold convention: the symbol's type code decides; else the word before the number; Công văn for a bare state symbol. */
export function resolveType(p: ParsedRef, byWord: string | null): string | null {
  if (p.typeName) {
    // Party texts write Quy định with the Quyết định code (QĐ): the word decides (doc-types.json wordOverCodes).
    if (byWord && p.typeCode && rules().docTypes.entries.find((e) => e.name === byWord)?.wordOverCodes.includes(p.typeCode)) return byWord
    return p.typeName
  }
  if (byWord && byWord !== defaultType()) return byWord
  if (!p.party && p.year === null) return defaultType()
  return byWord
}

export interface ResolvedIssuer {
  printed: string | null
  name: string | null
  guessed: boolean
  /** Who the id names: from the symbol's code where it has one, so that phrasings agree. */
  idName: string | null
}

/** The issuer of a cited document: the phrase printed with it, else its code, completed with a locality. */
export function resolveIssuer(p: ParsedRef, phrase: string | null, document: Document): ResolvedIssuer {
  const info = issuerByCode(p.issuerCode)
  let name: string | null = null
  let phraseLocality: Locality | null = null
  if (phrase) {
    // "của Chủ tịch UBND tỉnh": the body issued it; the phrase stays as printed.
    const canonical = canonicalAgencyName(phrase.replace(pattern(rules().citations, 'citation/issuer-head-title'), ''))
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

export interface Locality {
  unit: string
  place: string
}

/** "Ủy ban nhân dân tỉnh" in a letter of UBND tỉnh Quảng Ngãi is Ủy ban nhân dân tỉnh Quảng Ngãi. */
export function completeLocality(name: string, document: Document): string | null {
  const locality = letterLocality(document)
  if (!locality) return null
  const units = localityPatterns()
  const m = units.unitAtEnd.exec(name)
  if (m && locality.unit === m[1]) return `${name} ${locality.place}`
  if (units.committeeAtEnd.test(name)) return `${name} ${locality.place}`
  return null
}

/** The administrative unit and place a name ends with ("… tỉnh Lào Cai", "Thành ủy Hà Nội" → thành phố Hà Nội). */
export function localityOf(name: string): Locality | null {
  const units = localityPatterns()
  const m = units.unitAndPlace.exec(name)
  if (m) return { unit: m.groups!.unit, place: m.groups!.place }
  const party = units.committeeAndPlace.exec(name)
  const unit = party ? units.committeeUnit(party.groups!.committee) : null
  return party && unit ? { unit, place: party.groups!.place } : null
}

/** The citing letter's own locality: from its issuer, else the body above it. */
export function letterLocality(document: Document): Locality | null {
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
export function citationId(ref: string, year: number | null, issuer: Pick<ResolvedIssuer, 'idName'>): string {
  const key = refKey(ref)
  const base = `${key}@${year ?? '?'}`
  const info = issuerByCode(issuerCodeOfKey(key))
  if (info && info.scope === 'national') return base
  const who = issuer.idName ? fold(issuer.idName).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : '?'
  return `${base}@${who}`
}

function issuerCodeOfKey(key: string): string | null {
  // Normative "81/2023/QH15": the last segment; "91/QĐ-UBND": after the type; "2209-KL/TU": after "/".
  const sym = key.replace(/^\d+[A-Z]?(\/\d{4})?[/-]/u, '')
  if (sym.includes('/')) return sym.split('/').pop() ?? null
  const segs = sym.split('-')
  const codes = new Set(rules().docTypes.entries.flatMap((e) => e.codes.map((c) => c.toUpperCase())))
  if (segs.length > 1 && codes.has(segs[0])) return segs[1]
  return segs[0]
}

/** The graph id of a parsed letter itself: the id its citers would give it, or its hash. */
export function documentId(letter: { document: Document; source: { sha256: string } }): string {
  const d = letter.document
  if (!d.ref || !d.symbol || !d.number) return `sha256:${letter.source.sha256}`
  const parsed = parseRef(d.number, d.year ? String(d.year) : null, d.ref.includes(`${d.number}-`) ? '-' : '/', d.symbol)
  const info = issuerByCode(parsed.issuerCode)
  const year = d.year ?? (d.date ? Number(d.date.slice(0, 4)) : null)
  const idName = info?.scope === 'national' ? info.name : (d.issuer?.name ?? null)
  return citationId(d.ref, year, { idName })
}

/** A short form stands for the nearest earlier citation of its type; several candidates make a warning. */
function resolveShortForms(doc: Doc, shortForms: ShortFormCandidate[], numbered: Citation[], mentions: CitationMention[], document: Document, diagnostics: Diagnostic[]): void {
  const byStart = [...mentions].sort((a, b) => a.start - b.start)
  for (const s of shortForms) {
    if (s.proximal && s.typeName === document.type) continue // the letter itself
    const candidates = byStart.filter((x) => x.start < s.start && numbered.find((c) => c.id === x.id)?.type === s.typeName)
    if (!candidates.length) continue
    const nearest = candidates[candidates.length - 1]
    if (s.proximal && doc.text.slice(nearest.end, s.start).includes('\n')) continue
    const distinct = new Set(candidates.map((c) => c.id))
    if (distinct.size > 1)
      diagnostics.push({
        ruleId: 'citation/ambiguous-short-form',
        severity: 'warning',
        message: `"${s.printed}" may refer to ${distinct.size} earlier documents of type ${s.typeName}; taken as the nearest`,
        span: evidence(doc, s.start, s.end).span,
      })
    const cit = numbered.find((c) => c.id === nearest.id)!
    const occ: Occurrence = { kind: 'short', task: null, relation: s.relation, via: null, context: s.context, ...evidence(doc, s.start, s.end) }
    cit.occurrences.push(occ)
    mentions.push({ start: s.start, end: s.end, id: cit.id, occurrence: occ })
  }
}

/** The id of a document cited by name: its folded title. */
export const namedCitationId = (title: string): string => `named:${fold(title)}`

/** Documents cited by name, one per folded title; a defined short form's uses are occurrences of its name. */
function resolveNamed(doc: Doc, found: CitationCandidates, mentions: CitationMention[]): NamedCitation[] {
  const out = new Map<string, NamedCitation>()
  for (const n of found.named) {
    const id = namedCitationId(n.title)
    const occ: Occurrence = { kind: 'full', task: null, relation: n.relation, via: null, context: n.context, ...evidence(doc, n.start, n.end) }
    const existing = out.get(id)
    if (existing) {
      existing.occurrences.push(occ)
      if (existing.year === null) existing.year = n.year
    } else out.set(id, { title: n.title, year: n.year, occurrences: [occ] })
    mentions.push({ start: n.start, end: n.end, id, occurrence: occ })
  }
  for (const d of found.defined) {
    const id = namedCitationId(d.title)
    const named: NamedCitation = out.get(id) ?? {
      title: d.title,
      year: null,
      occurrences: [{ kind: 'full', task: null, relation: d.relation, via: null, context: d.context, ...evidence(doc, d.start, d.titleEnd) }],
    }
    out.set(id, named)
    for (const u of d.uses) {
      const occ: Occurrence = { kind: 'short', task: null, relation: 'cites', via: null, context: u.context, ...evidence(doc, u.start, u.end) }
      named.occurrences.push(occ)
      mentions.push({ start: u.start, end: u.end, id, occurrence: occ })
    }
  }
  return [...out.values()]
}
