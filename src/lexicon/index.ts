/**
 * Loads the Vietnamese vocabulary in rules/*.json, validates it with zod and compiles its
 * regexes once. Everything language-specific lives in those files, not in code.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/**
 * The rules/ folder the lexicon reads, once per process. CONGVAN_RULES_DIR points it at another
 * copy (a clerk's added rules, a test's variant) without touching the installed package.
 */
export const RULES_DIR = process.env.CONGVAN_RULES_DIR || join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules')

const PatternEntry = z.object({
  id: z.string(),
  pattern: z.string(),
  flags: z.string().optional(),
  examples: z.array(z.string()).min(1),
  counterexamples: z.array(z.string()).default([]),
  note: z.string().optional(),
})
export type PatternEntry = z.infer<typeof PatternEntry>

/**
 * Named sub-patterns a file's entries share, written `{{name}}` in a pattern (as a non-capturing
 * group). A fragment may use other fragments; a file's word lists may also be fragments (see
 * wordFragments).
 */
const PatternFile = z.object({ description: z.string(), fragments: z.record(z.string(), z.string()).default({}), entries: z.array(PatternEntry) })

const DocType = z.object({
  name: z.string(),
  codes: z.array(z.string()),
  titles: z.array(z.string()),
  aliases: z.array(z.string()).default([]),
  /** Codes that name this type in a state number printed with its year ("01/2018/TT-VPCP" is a Thông tư). */
  normativeCodes: z.array(z.string()).default([]),
  /** Codes of another type that the word before the number overrides ("Quy định số 08-QĐ/TW"). */
  wordOverCodes: z.array(z.string()).default([]),
  examples: z.array(z.string()).min(1),
  note: z.string().optional(),
})
const DocTypesFile = z.object({ description: z.string(), default: z.string(), entries: z.array(DocType) })

const Issuer = z.object({
  code: z.string(),
  name: z.string(),
  /** "national": the code alone names the body; "local": it needs the province/district. */
  scope: z.enum(['national', 'local']),
  /** For local codes: how to complete the name with the letter's locality, e.g. "Ủy ban nhân dân {place}". */
  template: z.string().optional(),
  party: z.boolean().default(false),
  /** A Party committee named by its place ("Tỉnh ủy Lào Cai"): the administrative unit of that place. */
  localityUnit: z.string().optional(),
  validTo: z.string().optional(),
  examples: z.array(z.string()).min(1),
})
const IssuersFile = z.object({ description: z.string(), entries: z.array(Issuer) })

const Agency = z.object({
  name: z.string(),
  kind: z.string(),
  aliases: z.array(z.string()).default([]),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  successor: z.string().optional(),
  examples: z.array(z.string()).min(1),
})
const AgencyKind = z.object({
  kind: z.string(),
  heads: z.array(z.string()),
  /** Heads of this kind whose own name may start in lower case ("Ban Quản lý khu Kinh tế", "Tổ công tác rà soát …"). */
  lowerNameHeads: z.array(z.string()).default([]),
  examples: z.array(z.string()).min(1),
})
/** A phrase and the agencies (canonical names) that the phrase reader must take from its start. */
const AgencyReading = z.object({ text: z.string(), agencies: z.array(z.string()), note: z.string().optional() })
const AgenciesFile = z.object({
  description: z.string(),
  kinds: z.array(AgencyKind),
  abbreviations: z.array(z.object({ short: z.string(), full: z.string(), examples: z.array(z.string()).min(1) })),
  collectiveNouns: z.array(z.string()),
  qualifiers: z.array(z.string()),
  predicateStarts: z.array(z.string()),
  titles: z.array(z.string()),
  functionWords: z.array(z.string()),
  nameBreakers: z.array(z.string()),
  namePatterns: z.array(z.object({ pattern: z.string(), kind: z.string(), examples: z.array(z.string()).min(1) })).default([]),
  /** Administrative units that make a locality after a name ("tỉnh", "thành phố Hồ Chí Minh"). */
  localityUnits: z.array(z.string()).default([]),
  /** Words after which a unit word is not a locality ("Huyện ủy", "xã hội"). */
  localityNotBefore: z.array(z.string()).default([]),
  /** Units written short inside a list of units only ("UBND các huyện, thị, thành phố"). */
  localityUnitsInLists: z.array(z.string()).default([]),
  /** Words that introduce a person ("đồng chí Nguyễn Văn A"): a name never runs into them. */
  personMarkers: z.array(z.string()).default([]),
  /** Capitalised words that never continue a name (a table's time column: "Quý II/2026"). */
  nameEnders: z.array(z.string()).default([]),
  /** Words that make a noun plural ("các sở", "những đơn vị", "mọi tổ chức"). */
  determiners: z.array(z.string()).default([]),
  /** Relations that attach a collective to the body it belongs to ("trực thuộc UBND tỉnh", "trên địa bàn tỉnh"). */
  relations: z.array(z.string()).default([]),
  /** Private parties: a collective made of these alone is not an agency ("tổ chức, cá nhân"). */
  privateParties: z.array(z.string()).default([]),
  /** Collective nouns of Party bodies: a list of them is one addressee, apart from the state's ("các cấp ủy, tổ chức đảng, | cơ quan, đơn vị"). */
  partyCollectiveNouns: z.array(z.string()).default([]),
  /** Phrases that stay whole inside a name though they hold a comma or a predicate word ("khám, chữa bệnh", "đăng ký"). */
  nameCompounds: z.array(z.string()).default([]),
  /** Qualifiers of scope that belong to a name ("cấp tỉnh", "trong và ngoài tỉnh"). */
  scopeQualifiers: z.array(z.string()).default([]),
  /** Words that open a relative clause belonging to the name ("Chi cục Hải quan nơi đăng ký tờ khai"). */
  relativeMarkers: z.array(z.string()).default([]),
  /** Predicate words that may stand inside such a relative clause ("nơi hàng hóa được vận chuyển đến"). */
  relativeClauseWords: z.array(z.string()).default([]),
  /** Words joining two names or list items ("Sở A và Sở B", "các huyện: A và B"). */
  conjunctions: z.array(z.string()).min(1),
  /** Words besides the conjunctions that separate agencies in a run ("Sở Y tế cùng Sở Tài chính"). */
  runConnectors: z.array(z.string()).default([]),
  /** The heads of local government that an enumeration of localities follows ("UBND các huyện: A, B"). */
  localGovernmentHeads: z.array(z.string()).min(1),
  /** Leader titles before such a head ("Chủ tịch UBND các huyện: A, B"): the agency is the body. */
  localGovernmentLeaders: z.array(z.string()).default([]),
  /** What may close a list of localities ("các tỉnh, thành phố trực thuộc Trung ương"). */
  centralTails: z.array(z.string()).default([]),
  /** Words that always open another agency after "và" or a comma, though not a head ("UBND", "Ủy ban"). */
  agencyOpeners: z.array(z.string()).default([]),
  /** A plural inside a name ("Ban Quản lý các Khu công nghiệp"): it does not open a new addressee. */
  pluralsInsideNames: z.array(z.string()).default([]),
  /** Heads whose plural takes a list of known names ("các Bộ: Tư pháp, Nội vụ"). */
  enumerableHeads: z.array(z.string()).default([]),
  /** Nouns that alone open a clause as a verb or a private party ("Tổ chức tập huấn", "Doanh nghiệp …"). */
  clauseOpeningNouns: z.array(z.string()).default([]),
  /** Predicate-start words that still qualify a collective ("… về đầu tư công", "… trong Kế hoạch"). */
  qualifyingPrepositions: z.array(z.string()).default([]),
  /** Words after which a capitalised word continues a qualifier ("thuộc ngành Xây dựng"). */
  properNameOpeners: z.array(z.string()).default([]),
  /** Nation-wide places a relation may govern ("thuộc trung ương", "trên toàn quốc"). */
  nationalScopes: z.array(z.string()).default([]),
  /** Capitalised words that continue a collective's qualifier ("các cơ quan Trung ương"). */
  capitalisedQualifiers: z.array(z.string()).default([]),
  /** Words that end a collective's qualifiers ("… về việc …", "… có văn bản"). */
  qualifierStops: z.array(z.string()).default([]),
  /** The plan or decision a collective is given its task in ("được giao nhiệm vụ trong Kế hoạch"). */
  documentScopes: z.array(z.string()).default([]),
  /** Connectors inside a relative clause of a name, which it cannot end on ("nơi quản lý hàng của …"). */
  relativeClauseConnectors: z.array(z.string()).default([]),
  /** Relations that belong to a name only with the agency they govern ("các đơn vị của Sở Y tế"). */
  dependentRelations: z.array(z.string()).default([]),
  /** Party committees named by their place ("HUYỆN ỦY NAM ĐÀN" → "Huyện ủy Nam Đàn"), lower case. */
  partyCommittees: z.array(z.string()).default([]),
  /** Words after such a committee that are not its place ("Đảng ủy các cơ quan", "Tỉnh ủy tỉnh"), lower case. */
  partyCommitteeNonPlaces: z.array(z.string()).default([]),
  /** The predicates of duty that follow a subject and its restrictive clause ("… có trách nhiệm"). */
  dutyPredicates: z.array(z.string()).default([]),
  /** Words that open a restrictive clause of a subject when a duty predicate follows ("được phân công …"). */
  subjectClauseOpeners: z.array(z.string()).default([]),
  /** Relative phrases that belong to a name up to the sentence's own predicate ("đang quản lý kho ngoại quan"). */
  boundedRelatives: z.array(z.string()).default([]),
  /** Role words that make a noun of a collective ("các cơ quan chủ trì") when no object follows. */
  roleNouns: z.array(z.string()).default([]),
  /** What may follow such a role noun ("… chủ trì trong tổ chức thực hiện", "… chủ trì có trách nhiệm"). */
  roleNounFollowers: z.array(z.string()).default([]),
  /** Kinds of bodies found at every level, which take the locality of a body named with them ("Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội tỉnh"). */
  levelledKinds: z.array(z.string()).default([]),
  /** Family names: a capitalised run after a leader's agency that starts with one is the person ("Giám đốc Sở Tài chính Nguyễn Văn An"). */
  surnames: z.array(z.string()).default([]),
  /** Collective nouns of investors: a list of them is an addressee apart from public bodies ("các Sở, ban ngành, | nhà đầu tư thứ cấp"). */
  investorNouns: z.array(z.string()).default([]),
  /** Heads of offices named by the bodies they serve ("Văn phòng HĐND và UBND huyện"). */
  servingHeads: z.array(z.string()).default([]),
  /** The bodies an office may serve together, after its "và" or comma. */
  servedBodies: z.array(z.string()).default([]),
  /** Nouns that, capitalised, open a sentence about private parties rather than name an addressee ("Doanh nghiệp chủ động …"). */
  capitalOpeningNouns: z.array(z.string()).default([]),
  /** Collective nouns of a government as a whole: an addressee of its own in a list ("chính quyền địa phương | và cơ quan liên quan"). */
  governmentNouns: z.array(z.string()).default([]),
  /** Words of a numbered region after a head ("Kho bạc Nhà nước khu vực VIII", "Chi cục Thuế khu vực 2"). */
  regionQualifiers: z.array(z.string()).default([]),
  /** Heads read in lower case too, being unambiguous phrases ("ủy ban nhân dân tỉnh"). */
  caseFreeHeads: z.array(z.string()).default([]),
  /** Units a body exists in, listed after a plural ("Chi bộ các thôn, tổ dân phố"), besides localities and Party committees. */
  unitNouns: z.array(z.string()).default([]),
  /** A bare qualifier that may close such a list ("… các huyện ủy, đảng ủy trực thuộc"). */
  unitListTails: z.array(z.string()).default([]),
  /** Collective nouns of mass organisations: a sibling body named with one takes its single locality ("Hội Nông dân và các đoàn thể huyện"). */
  massOrganisationNouns: z.array(z.string()).default([]),
  /** Words of a branch named after its parent body and before its place ("Ngân hàng Nhà nước chi nhánh Khu vực 1"). */
  branchQualifiers: z.array(z.string()).default([]),
  /** Predicate starts that are adverbs: before punctuation, a scope or a locality they are words of a name ("Vụ Giáo dục thường xuyên,"). */
  adverbialPredicates: z.array(z.string()).default([]),
  /** Verbs that are also words of a name ("Phòng Kế hoạch tổng hợp"): one when a copula or a role follows, not an object. */
  nominalVerbs: z.array(z.string()).default([]),
  /** What follows such a verb when it ends a name ("… tổng hợp | là đầu mối", "… | chủ trì"). */
  nominalVerbFollowers: z.array(z.string()).default([]),
  /** Nouns written in title case inside names ("Khu Kinh tế"): they start no proper name that would close the name. */
  nameNounPrefixes: z.array(z.string()).default([]),
  /** Words that open a clause restricting a plural collective before the sentence's predicate ("các xã | có điểm trường lẻ | rà soát"). */
  restrictiveOpeners: z.array(z.string()).default([]),
  /** Nouns of the members of a body ("các thành viên Ban Chỉ đạo"): before a named body they stand for it. */
  memberNouns: z.array(z.string()).default([]),
  /** Per word list: phrases and the agencies (canonical names) the reader must take from them. */
  wordListExamples: z
    .record(
      z.string(),
      z.object({ examples: z.array(AgencyReading).min(1), counterexamples: z.array(AgencyReading).default([]) }),
    )
    .default({}),
  entries: z.array(Agency),
})

const Encoding = z.object({
  id: z.string(),
  name: z.string(),
  markers: z.array(z.string()),
  minHits: z.number().int().positive(),
  /** Font-name patterns of PDF text in this encoding. */
  fonts: z.array(z.string()).default([]),
  examples: z.array(z.string()).min(1),
  /** The examples converted to Unicode, in the same order. */
  unicodeExamples: z.array(z.string()).default([]),
  counterexamples: z.array(z.string()).default([]),
  /** Legacy character (sequence) → Unicode. */
  table: z.record(z.string(), z.string()),
})
const EncodingsFile = z.object({ description: z.string(), entries: z.array(Encoding) })

const Holiday = z.object({ date: z.string(), name: z.string() })
/** A holiday a deadline may name: a fixed day, or (lunar) the name of its entry in `years`. */
const NamedHoliday = z.object({ names: z.array(z.string()).min(1), month: z.number().int().optional(), day: z.number().int().optional(), lunar: z.string().optional(), examples: z.array(z.string()).min(1) })
const HolidaysFile = z.object({ description: z.string(), years: z.record(z.string(), z.array(Holiday)), tet: z.record(z.string(), z.string()), named: z.array(NamedHoliday).default([]) })

/** The words of date phrases (numbers, months, quarters, relative words, parts of a period, cues). */
const PartRange = z.tuple([z.number().int(), z.number().int()])
const DateWords = z.object({
  note: z.string().optional(),
  numbers: z.record(z.string(), z.number().int()),
  months: z.record(z.string(), z.number().int()),
  quarters: z.record(z.string(), z.number().int()),
  relative: z.record(z.string(), z.number().int()),
  parts: z.object({ note: z.string().optional(), month: z.record(z.string(), PartRange), quarter: z.record(z.string(), PartRange), year: z.record(z.string(), PartRange) }),
  monthCues: z.array(z.string()),
  yearCues: z.array(z.string()),
  /** The unit words of a period ("tháng", "quý", "năm") and the unit each names. */
  periodUnits: z.record(z.string(), z.enum(['month', 'quarter', 'year'])),
  examples: z.array(z.string()).min(1),
})
const DeadlinePhrasesFile = PatternFile.extend({ words: DateWords })

export interface CompiledPattern extends PatternEntry {
  re: RegExp
}

export interface Rules {
  docTypes: z.infer<typeof DocTypesFile>
  issuers: z.infer<typeof IssuersFile>
  agencies: z.infer<typeof AgenciesFile>
  encodings: Array<Omit<z.infer<typeof Encoding>, 'markers'> & { markers: RegExp[] }>
  header: Map<string, CompiledPattern>
  noise: CompiledPattern[]
  closing: CompiledPattern[]
  deadlines: Map<string, CompiledPattern>
  dateWords: z.infer<typeof DateWords>
  roles: Map<string, CompiledPattern>
  citations: Map<string, CompiledPattern>
  structure: Map<string, CompiledPattern>
  /** What the DOCX/PDF/HTML readers leave out (signature stamps, page numbers). */
  readers: Map<string, CompiledPattern>
  /** Header cells and row numbers of task tables. */
  taskTable: Map<string, CompiledPattern>
  holidays: z.infer<typeof HolidaysFile>
}

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(join(RULES_DIR, name), 'utf8'))
}

/** Regex source of a word list: longest first (so "mười hai" wins over "mười"), spaces as \\s+. */
export function alternation(words: readonly string[]): string {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|')
}

type Fragments = Record<string, string>

/** `{{name}}` → `(?:fragment)`, fragments expanded in turn; an unknown name is a bug in rules/. */
export function expand(source: string, fragments: Fragments, depth = 0): string {
  if (depth > 8) throw new Error('rules: fragments nest too deep (a fragment that uses itself?)')
  return source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const f = fragments[name]
    if (f === undefined) throw new Error(`rules: fragment "{{${name}}}" is not defined in its file's "fragments"`)
    return `(?:${expand(f, fragments, depth + 1)})`
  })
}

export function compile(entry: PatternEntry, fragments: Fragments = {}): CompiledPattern {
  const flags = entry.flags ?? 'u'
  return { ...entry, re: new RegExp(expand(entry.pattern, fragments), flags.includes('u') ? flags : flags + 'u') }
}

/**
 * Fragments made of a file's word lists: the date words of deadline-phrases.json and the holiday
 * names of holidays.json, so that patterns name them ({{monthName}}) instead of copying them.
 */
function wordFragments(name: string, raw: unknown): Fragments {
  if (name !== 'deadline-phrases.json') return {}
  const w = DeadlinePhrasesFile.parse(raw).words
  const holidays = HolidaysFile.parse(readJson('holidays.json')).named.flatMap((h) => h.names.map((n) => n.toLowerCase().replace(/\s+/g, ' ')))
  return {
    monthName: `\\d{1,2}|${alternation(Object.keys(w.months))}`,
    quarterName: alternation(Object.keys(w.quarters)),
    numberWord: alternation(Object.keys(w.numbers)),
    relativeWord: alternation(Object.keys(w.relative)),
    partMonth: alternation(Object.keys(w.parts.month)),
    partQuarter: alternation(Object.keys(w.parts.quarter)),
    partYear: alternation(Object.keys(w.parts.year)),
    monthCue: alternation(w.monthCues),
    yearCue: alternation(w.yearCues),
    periodUnit: alternation(Object.keys(w.periodUnits)),
    holidayName: alternation([...new Set(holidays)]),
  }
}

/** Every compiled pattern by file, for the tests that walk them all. */
const compiledByFile = new Map<string, CompiledPattern[]>()

function patterns(name: string): CompiledPattern[] {
  const raw = readJson(name)
  const file = PatternFile.parse(raw)
  const fragments = { ...wordFragments(name, raw), ...file.fragments }
  const list = file.entries.map((e) => compile(e, fragments))
  compiledByFile.set(name, list)
  return list
}

/** The compiled entries of one pattern file (fragments expanded), as the pipeline uses them. */
export function compiledFile(name: (typeof PATTERN_FILES)[number]): CompiledPattern[] {
  rules()
  return compiledByFile.get(name) ?? []
}

const builtPatterns = new Map<string, RegExp>()

/**
 * A regex that code assembles from rules/ word lists (an agency run, a list of units): compiled
 * once under an id and registered, so that the time-bound test runs it with the file patterns.
 */
export function builtPattern(id: string, build: () => string, flags = 'u'): RegExp {
  let re = builtPatterns.get(id)
  if (!re) {
    re = new RegExp(build(), flags.includes('u') ? flags : flags + 'u')
    builtPatterns.set(id, re)
  }
  return re
}

/** Every regex compiled from rules/ so far: each pattern file's entries, then the built ones. */
export function allPatterns(): Array<{ id: string; re: RegExp }> {
  rules()
  const out: Array<{ id: string; re: RegExp }> = []
  for (const name of PATTERN_FILES) for (const p of compiledByFile.get(name) ?? []) out.push({ id: `${name}#${p.id}`, re: p.re })
  for (const [id, re] of builtPatterns) out.push({ id: `built#${id}`, re })
  return out
}

const byId = (list: CompiledPattern[]) => new Map(list.map((p) => [p.id, p]))

/** The pattern files; a test walks each one's examples and counterexamples. */
export const PATTERN_FILES = ['header.json', 'noise.json', 'closing.json', 'deadline-phrases.json', 'roles.json', 'citations.json', 'structure.json', 'task-table.json', 'readers.json'] as const

let cache: Rules | null = null

export function rules(): Rules {
  if (cache) return cache
  const encodings = EncodingsFile.parse(readJson('encodings.json')).entries.map((e) => ({
    ...e,
    markers: e.markers.map((m) => new RegExp(m, 'gu')),
  }))
  const built: Rules = {
    docTypes: DocTypesFile.parse(readJson('doc-types.json')),
    issuers: IssuersFile.parse(readJson('issuers.json')),
    agencies: AgenciesFile.parse(readJson('agencies.json')),
    encodings,
    header: byId(patterns('header.json')),
    noise: patterns('noise.json'),
    closing: patterns('closing.json'),
    deadlines: byId(patterns('deadline-phrases.json')),
    dateWords: DeadlinePhrasesFile.parse(readJson('deadline-phrases.json')).words,
    roles: byId(patterns('roles.json')),
    citations: byId(patterns('citations.json')),
    structure: byId(patterns('structure.json')),
    readers: byId(patterns('readers.json')),
    taskTable: byId(patterns('task-table.json')),
    holidays: HolidaysFile.parse(readJson('holidays.json')),
  }
  cache = built
  return built
}

/** A named pattern that must exist; a missing one is a bug in rules/, said plainly. */
export function pattern(map: Map<string, CompiledPattern>, id: string): RegExp {
  const p = map.get(id)
  if (!p) throw new Error(`rules: pattern "${id}" is missing; add it to the rules/ file that holds its family`)
  return p.re
}

// Sticky twins, compiled once per pattern: a match at the start of a text is tried there only.
const stickyTwins = new WeakMap<RegExp, RegExp>()

/** Does re match at the very start of s? (As `re.exec(s)?.index === 0`, without scanning the rest of s.) */
export function matchesAtStart(re: RegExp, s: string): boolean {
  let y = stickyTwins.get(re)
  if (!y) {
    y = new RegExp(re.source, re.flags.replace('g', '') + 'y')
    stickyTwins.set(re, y)
  }
  y.lastIndex = 0
  return y.test(s)
}

const globals = new WeakMap<RegExp, RegExp>()

/**
 * The global ("g") twin of a named pattern, compiled once and keeping the rule's own flags.
 * Its lastIndex is reset to 0 on every call: callers scan with exec() from there.
 */
export function globalPattern(map: Map<string, CompiledPattern>, id: string): RegExp {
  const base = pattern(map, id)
  let g = globals.get(base)
  if (!g) {
    g = new RegExp(base.source, base.flags.includes('g') ? base.flags : base.flags + 'g')
    globals.set(base, g)
  }
  g.lastIndex = 0
  return g
}

/**
 * Patterns over localities, one source for every stage: the administrative units of
 * agencies.json (localityUnits: "tỉnh", "thành phố", "thị xã", "đặc khu"…) and the Party
 * committees named by their place (issuers.json entries with a localityUnit: "Tỉnh ủy" → tỉnh).
 */
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

let localityCache: LocalityPatterns | null = null

export function localityPatterns(): LocalityPatterns {
  if (localityCache) return localityCache
  const r = rules()
  const units = alternation(r.agencies.localityUnits)
  const committees = new Map(r.issuers.entries.filter((e) => e.localityUnit).map((e) => [e.name, e.localityUnit!]))
  const party = alternation([...committees.keys()])
  localityCache = {
    unitAndRest: builtPattern('locality/unit-and-rest', () => `\\s((?:${units})\\s.+)$`),
    unitInside: builtPattern('locality/unit-inside', () => `\\s(?:${units})(?:\\s|$)`),
    unitAtEnd: builtPattern('locality/unit-at-end', () => `\\s(${units})$`),
    unitAndPlace: builtPattern('locality/unit-and-place', () => `\\s(?<unit>${units})\\s(?<place>\\p{Lu}.*)$`),
    committeeAtEnd: builtPattern('locality/committee-at-end', () => `(?:^|\\s)(?:${party})$`),
    committeeAndPlace: builtPattern('locality/committee-and-place', () => `(?<committee>${party})\\s(?<place>\\p{Lu}.*)$`),
    committeeUnit: (c) => committees.get(c.replace(/\s+/g, ' ')) ?? null,
  }
  return localityCache
}
