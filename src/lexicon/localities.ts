/**
 * Patterns over localities, one source for every stage: the administrative units of
 * agencies.json (localityUnits: "tỉnh", "thành phố", "thị xã", "đặc khu"…) and the Party
 * committees named by their place (issuers.json entries with a localityUnit: "Tỉnh ủy" → tỉnh).
 */
import { agencyRules } from './agencies.js'
import { alternation, builtPattern, rulesView } from './core.js'
import { issuerRules } from './issuers.js'

export interface LocalityPatterns {
  /** " tỉnh Quảng Bình" at the end of a name: group 1 the unit and its place. */
  unitAndRest: RegExp
  /** A unit word inside a name, as a word of its own. */
  unitInside: RegExp
  /** A name that ends with a bare unit ("Ủy ban nhân dân tỉnh"): group 1 the unit. */
  unitAtEnd: RegExp
  /** A unit and a capitalised place at the end: groups unit, place. */
  unitAndPlace: RegExp
  /** A name that ends with a bare Party committee ("Ban Thường vụ Tỉnh ủy"). */
  committeeAtEnd: RegExp
  /** A Party committee and its place: groups committee, place. */
  committeeAndPlace: RegExp
  /** The unit of a Party committee's place ("Thành ủy" → "thành phố"). */
  committeeUnit(committee: string): string | null
}

/**
 * The locality patterns of the process's rules/ (registered as built patterns, for the time-bound
 * test) or, given another folder, of that folder's (compiled apart, registered nowhere: the
 * registry holds one regex per id).
 */
export const localityPatterns = rulesView((dir): LocalityPatterns => {
  const make = dir === undefined ? builtPattern : (_id: string, build: () => string) => new RegExp(build(), 'u')
  const units = alternation(agencyRules(dir).localityUnits)
  const committees = new Map(issuerRules(dir).entries.filter((e) => e.localityUnit).map((e) => [e.name, e.localityUnit!]))
  const party = alternation([...committees.keys()])
  return {
    unitAndRest: make('locality/unit-and-rest', () => `\\s((?:${units})\\s.+)$`),
    unitInside: make('locality/unit-inside', () => `\\s(?:${units})(?:\\s|$)`),
    unitAtEnd: make('locality/unit-at-end', () => `\\s(${units})$`),
    unitAndPlace: make('locality/unit-and-place', () => `\\s(?<unit>${units})\\s(?<place>\\p{Lu}.*)$`),
    committeeAtEnd: make('locality/committee-at-end', () => `(?:^|\\s)(?:${party})$`),
    committeeAndPlace: make('locality/committee-and-place', () => `(?<committee>${party})\\s(?<place>\\p{Lu}.*)$`),
    committeeUnit: (c) => committees.get(c.replace(/\s+/g, ' ')) ?? null,
  }
})
