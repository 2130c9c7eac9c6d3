/** Canonical agency names: case, abbreviations, gazetteer spellings. */
import { rules } from '../lexicon/index.js'

/**
 * A string function remembered for the strings it has seen. Names repeat within and across
 * letters; the memory is bounded (cleared when full) so a batch of any size cannot grow it.
 */
function memo(fn: (s: string) => string, limit: number): (s: string) => string {
  const cache = new Map<string, string>()
  return (s) => {
    let out = cache.get(s)
    if (out === undefined) {
      out = fn(s)
      if (cache.size >= limit) cache.clear()
      cache.set(s, out)
    }
    return out
  }
}

/** Folding for comparison only: no diacritics, đ → d, lower case, single spaces. */
export const fold = memo(foldUncached, 50000)

function foldUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐÐ]/g, 'd')
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

let gazetteer: Map<string, string> | null = null
function gaz(): Map<string, string> {
  if (gazetteer) return gazetteer
  gazetteer = new Map()
  for (const e of rules().agencies.entries) {
    gazetteer.set(fold(e.name), e.name)
    for (const a of e.aliases) gazetteer.set(fold(a), e.name)
  }
  return gazetteer
}

/** "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" → "Ủy ban nhân dân tỉnh Quảng Ngãi". */
export function properCaseUpper(upper: string): string {
  const expanded = expandAbbreviations(upper.replace(/\s+/g, ' ').trim())
  const known = gaz().get(fold(expanded))
  if (known) return known
  return keepAcronyms(expanded, caseUpper(expanded))
}

/**
 * "BCH ĐOÀN TNCS …" → "BCH Đoàn TNCS …": an acronym the abbreviation list does not expand stays in
 * capitals. In a heading in capitals every word is in capitals, so an acronym is told by its shape:
 * 2–5 plain letters that no Vietnamese syllable spells (no vowel, or consonants a syllable cannot hold).
 */
function keepAcronyms(upper: string, cased: string): string {
  const acronyms = new Set((upper.match(/[\p{L}]+/gu) ?? []).filter(isAcronym))
  if (!acronyms.size) return cased
  return cased.replace(/[\p{L}]+/gu, (w) => (acronyms.has(w.toUpperCase()) ? w.toUpperCase() : w))
}

// A syllable in folded spelling: an onset, one to three vowels, a coda (k and the clusters of highland names).
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bgkp][lr]|[bcdghklmnprstvxj])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnptk])?$/u

function isAcronym(w: string): boolean {
  // Vowel marks and tones belong to words; an acronym is written in plain letters (Đ apart).
  return w.length >= 2 && w.length <= 5 && /^[A-ZĐ]+$/u.test(w) && !SYLLABLE.test(fold(w))
}

function caseUpper(expanded: string): string {
  const lower = expanded.toLowerCase()
  // A Party committee is named by its place: "HUYỆN ỦY NAM ĐÀN" → "Huyện ủy Nam Đàn".
  const party = partyCommitteeRe().exec(lower)
  if (party) return `${party[1].charAt(0).toUpperCase()}${party[1].slice(1)} ${titleCase(party[2])}`
  // Title-case what follows an administrative unit word: it is a place name.
  for (const unit of rules().agencies.localityUnits) {
    const i = lower.indexOf(' ' + unit + ' ')
    if (i >= 0) {
      const place = lower.slice(i + unit.length + 2)
      // The body before its unit may be a known name ("SỞ Y TẾ TỈNH …" → "Sở Y tế tỉnh …").
      const body = lower.slice(0, i)
      const known = gaz().get(fold(body))
      const headCased = known && fold(known) === fold(body) ? `${known} ${unit}` : caseHead(lower.slice(0, i + unit.length + 2).trim())
      return `${headCased} ${titleCase(place)}`
    }
  }
  return caseHead(lower)
}

let partyCache: RegExp | null = null
/** A Party committee and its place, in lower case: "huyện ủy nam đàn" (not "đảng ủy các cơ quan"). */
function partyCommitteeRe(): RegExp {
  if (partyCache) return partyCache
  const a = rules().agencies
  const alt = (ws: readonly string[]) => ws.map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|') || '(?!)'
  partyCache = new RegExp(`^(${alt(a.partyCommittees)})\\s+(?!(?:${alt(a.partyCommitteeNonPlaces)})(?:\\s|$))(.+)$`, 'u')
  return partyCache
}

/** The head of a name in sentence case, with known agency names restored ("Bộ Tài chính"). */
function caseHead(lower: string): string {
  const known = gaz().get(fold(lower))
  if (known) return known
  // The longest gazetteer name that this head starts with ("Sở Nội vụ tỉnh …").
  return lower.charAt(0).toUpperCase() + lower.slice(1)
}

export const titleCase = (s: string): string => s.replace(/(^|[\s-])(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase())

/** "UBND" → "Ủy ban nhân dân" etc., by whole token. */
export const expandAbbreviations = memo(expandUncached, 20000)

function expandUncached(s: string): string {
  let out = s
  for (const { re, full } of abbreviationRes()) out = out.replace(re, full)
  return out
}

let abbrevCache: Array<{ re: RegExp; full: string }> | null = null
function abbreviationRes(): Array<{ re: RegExp; full: string }> {
  const units = new Set(rules().agencies.localityUnits)
  abbrevCache ??= rules()
    .agencies.abbreviations.slice()
    .sort((a, b) => b.short.length - a.short.length)
    .map(({ short, full, notBefore }) => ({
      // An abbreviated locality unit takes its period ("TP. Hồ Chí Minh"): its place follows it.
      // A short form already followed by the words its full form adds is left to the shorter one ("Ủy ban MTTQ | Việt Nam").
      re: new RegExp(
        `(?<![\\p{L}&-])${escapeRe(short)}${units.has(full) ? '(?:\\.(?=[ \\t]))?' : ''}(?![\\p{L}&])${notBefore.length ? `(?!\\s+(?:${notBefore.map(escapeRe).join('|')})(?![\\p{L}]))` : ''}`,
        'gu',
      ),
      full,
    }))
  return abbrevCache
}

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, (c) => '\\' + c)

/** A gazetteer name if the name (or its expansion) is known; else the name as given. */
export function canonicalAgencyName(name: string): string {
  const direct = gaz().get(fold(name))
  if (direct) return direct
  const expanded = expandAbbreviations(name)
  return gaz().get(fold(expanded)) ?? expanded
}
