/**
 * Loads the Vietnamese vocabulary in rules/*.json, validates it with zod and compiles its
 * regexes once. Everything language-specific lives in those files, not in code.
 *
 * Each rules file has its own module (schema, inferred type, compiled view built once); this one
 * composes them into `rules()`, the object every stage reads, and `loadLexicon(dir)`, the same
 * object built afresh from another folder (tests, a clerk's variant) and cached nowhere.
 */
import { agencyRules, type AgencyRules } from './agencies.js'
import { builtPatternEntries, type CompiledPattern } from './core.js'
import { dateWords, deadlinePatternList, deadlinePatterns, type DateWordRules } from './deadline-phrases.js'
import { docTypeRules, type DocTypeRules } from './doc-types.js'
import { encodingRules, type EncodingRules } from './encodings.js'
import { holidayRules, type HolidayRules } from './holidays.js'
import { issuerRules, type IssuerRules } from './issuers.js'
import {
  citationPatterns,
  closingPatterns,
  headerPatterns,
  datePatterns,
  noisePatterns,
  patternFileLists,
  readerPatterns,
  rolePatterns,
  structurePatterns,
  taskTablePatterns,
} from './pattern-files.js'

export {
  RULES_DIR,
  PatternEntry,
  PatternFile,
  alternation,
  expand,
  compile,
  compilePatternFile,
  readJson,
  readRulesFile,
  rulesView,
  builtPattern,
  pattern,
  matchesAtStart,
  globalPattern,
  type CompiledPattern,
  type Fragments,
} from './core.js'
export * from './agencies.js'
export * from './doc-types.js'
export * from './issuers.js'
export * from './encodings.js'
export * from './holidays.js'
export * from './deadline-phrases.js'
export * from './pattern-files.js'
export * from './localities.js'

export interface Rules {
  docTypes: DocTypeRules
  issuers: IssuerRules
  agencies: AgencyRules
  encodings: EncodingRules
  header: Map<string, CompiledPattern>
  noise: CompiledPattern[]
  closing: CompiledPattern[]
  deadlines: Map<string, CompiledPattern>
  dateWords: DateWordRules
  roles: Map<string, CompiledPattern>
  citations: Map<string, CompiledPattern>
  structure: Map<string, CompiledPattern>
  /** What the DOCX/PDF/HTML readers leave out (signature stamps, page numbers). */
  readers: Map<string, CompiledPattern>
  /** Header cells and row numbers of task tables. */
  taskTable: Map<string, CompiledPattern>
  /** The forms of a calendar date (rules/dates.json), read by src/readers/dates.ts. */
  dates: Map<string, CompiledPattern>
  holidays: HolidayRules
}

/** Every view of one rules folder: the process's own (dir undefined) or another's. */
function compose(dir: string | undefined): Rules {
  return {
    docTypes: docTypeRules(dir),
    issuers: issuerRules(dir),
    agencies: agencyRules(dir),
    encodings: encodingRules(dir),
    header: headerPatterns(dir),
    noise: noisePatterns(dir),
    closing: closingPatterns(dir),
    deadlines: deadlinePatterns(dir),
    dateWords: dateWords(dir),
    roles: rolePatterns(dir),
    citations: citationPatterns(dir),
    structure: structurePatterns(dir),
    readers: readerPatterns(dir),
    taskTable: taskTablePatterns(dir),
    dates: datePatterns(dir),
    holidays: holidayRules(dir),
  }
}

let cache: Rules | null = null

/** The lexicon of RULES_DIR (CONGVAN_RULES_DIR or the package's rules/), built once per process. */
export function rules(): Rules {
  cache ??= compose(undefined)
  return cache
}

/**
 * The lexicon of another rules folder, every file validated and compiled afresh and cached
 * nowhere: a test's modified copy of rules/ never reaches `rules()`. A file that does not match
 * its schema throws, naming the file and the fields at fault.
 */
export function loadLexicon(dir: string): Rules {
  return compose(dir)
}

/** The pattern files; a test walks each one's examples and counterexamples. */
export const PATTERN_FILES = ['header.json', 'noise.json', 'closing.json', 'deadline-phrases.json', 'roles.json', 'citations.json', 'structure.json', 'task-table.json', 'readers.json', 'dates.json'] as const

/** The compiled entries of one pattern file (fragments expanded), as the pipeline uses them. */
export function compiledFile(name: (typeof PATTERN_FILES)[number]): CompiledPattern[] {
  return name === 'deadline-phrases.json' ? deadlinePatternList() : patternFileLists[name]()
}

/** Every regex compiled from rules/ so far: each pattern file's entries, then the built ones. */
export function allPatterns(): Array<{ id: string; re: RegExp }> {
  rules()
  const out: Array<{ id: string; re: RegExp }> = []
  for (const name of PATTERN_FILES) for (const p of compiledFile(name)) out.push({ id: `${name}#${p.id}`, re: p.re })
  for (const [id, re] of builtPatternEntries()) out.push({ id: `built#${id}`, re })
  return out
}
