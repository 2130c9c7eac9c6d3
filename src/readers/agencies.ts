/**
 * Agency names in running text, by gazetteer (rules/agencies.json) and by pattern:
 * a head word (Sở, Bộ, Ban, Cục, UBND…) and the name that follows it, or a collective
 * addressee ("các sở, ban, ngành", "cơ quan, đơn vị có liên quan"). Enumerations expand
 * ("UBND các huyện: Tư Nghĩa, Nghĩa Hành" → one agency each).
 */
import { traceOnce, tracing } from '../explain.js'
import { pattern, rules } from '../lexicon/index.js'
import { canonicalAgencyName, escapeRe, fold, expandAbbreviations } from './names.js'

export interface AgencyMention {
  /** Offsets into the text given to findAgencyAt. */
  start: number
  end: number
  name: string
  printed: string
  kind: string
  collective: boolean
}

interface Lexicon {
  gazetteer: Array<GazetteerName>
  /** Gazetteer entries by their folded first word, longest first. */
  byFirstWord: Map<string, Array<GazetteerName>>
  headRe: RegExp
  headKinds: Array<{ head: string; folded: string; kind: string; lowerName: boolean }>
  headByFold: Map<string, { kind: string; lowerName: boolean }>
  /** A predicate start written with a capital after a line break ("…các xã, phường\n Theo chức năng"). */
  stopCapRe: RegExp
  /** Phrases kept whole inside a name ("khám, chữa bệnh", "đăng ký"). */
  compoundRe: RegExp
  /** Scope qualifiers that belong to a name ("cấp tỉnh", "trong và ngoài tỉnh"). */
  scopeRe: RegExp
  relativeRe: RegExp
  relativeWordRe: RegExp
  personRe: RegExp
  enderRe: RegExp
  /** A document type ("Quyết định", "Chương trình"): "… và Quyết định số …" is not part of a name. */
  docTypeRe: RegExp
  determinerRe: RegExp
  relationRe: RegExp
  relations: Set<string>
  /** A folded collective made of private parties only. */
  privateOnlyRe: RegExp
  /** Folded collective nouns of Party bodies. */
  partyNouns: Set<string>
  /** Folded collective nouns of investors. */
  investorNouns: Set<string>
  governmentNouns: Set<string>
  collectiveRe: RegExp
  stopRe: RegExp
  titleRe: RegExp
  /** A noun of a body's members and its determiner ("các thành viên "). */
  memberRe: RegExp
  qualifierRe: RegExp
  namePatterns: Array<{ re: RegExp; kind: string }>
  /** Words that end a collective's qualifier. */
  functionWords: Set<string>
  /** Words that end a name (the function words and a few more). */
  nameBreakers: Set<string>
  /** ", " or a conjunction between two list items. */
  sepRe: RegExp
  /** What separates two agencies of a run (also ";" and "cùng"). */
  runSepRe: RegExp
  /** A conjunction or a hyphen inside or between names. */
  connRe: RegExp
  /** A word that opens another agency though it is not a head ("UBND", "Ủy ban"). */
  openerRe: RegExp
  /** After a comma: what starts another agency rather than continuing a name. */
  commaBreakRe: RegExp
  /** A plural written inside a name ("các Khu công nghiệp"). */
  insidePluralRe: RegExp
  /** "các Bộ: A, B", "các Sở A, B": a plural head of known names. */
  headEnumRe: RegExp
  clauseNounRe: RegExp
  capitalNounRe: RegExp
  /** Folded determiners before a noun. */
  foldedDeterminerRe: RegExp
  /** A determiner anywhere in a phrase. */
  determinerInRe: RegExp
  qualifyingPrepRe: RegExp
  properNameOpeners: Set<string>
  /** The place a relation governs ("thuộc tỉnh Lào Cai", "trên địa bàn toàn quốc"). */
  relationPlaceRe: RegExp
  capitalisedQualifierRe: RegExp
  qualifierStopRe: RegExp
  documentScopeRe: RegExp
  relativeConnectors: Set<string>
  relativeTrailRe: RegExp
  dependentRelations: readonly string[]
  /** "UBND các …": a local government's collective. */
  localCollectiveRe: RegExp
  /** The local government heads themselves ("UBND", "Ủy ban nhân dân"). */
  localCollectiveHeads: Set<string>
  /** "Huyện ủy", "Đảng ủy" capitalised inside a name. */
  committeeInNameRe: RegExp
  /** "các Vụ:", "các Phòng:": a plural head before a colon. */
  pluralColonRe: RegExp
  /** " và " before a capital, anywhere in a phrase. */
  conjBeforeCapitalRe: RegExp
  /** " được …", " đang …": a clause that may restrict the subject before its duty predicate. */
  subjectClauseRe: RegExp
  dutyRe: RegExp
  /** " đang quản lý …": a relative that belongs to the name up to the sentence's predicate. */
  boundedRelativeRe: RegExp
  /** "chủ trì" as a noun after a collective ("các cơ quan chủ trì trong …"). */
  roleNounRe: RegExp
  levelledKinds: Set<string>
  servingHeads: Set<string>
  /** " khu vực VIII": a numbered region after a head. */
  regionRe: RegExp
  /** A body an office serves together with another ("… và UBND huyện"). */
  servedRe: RegExp
  /** A person's name: a family name and one to three more capitalised words. */
  personNameRe: RegExp
  /** An abbreviation's dot before the next word ("TP.Hồ Chí Minh"). */
  abbreviationDotRe: RegExp
  /** "các huyện ủy, thị ủy", "các thôn, tổ dân phố": a plural list of the units a body exists in. */
  unitListRe: RegExp
  /** "các ấp", "các thôn, bản": a determiner and a list of the units of a commune, an addressee of its own. */
  unitCollectiveRe: RegExp
  /** "vùng cao", "ven biển": a qualifier of a closed list of localities or units. */
  localityQualifierRe: RegExp
  /** Heads named by the task they are set up for ("Hội đồng | đánh giá …"). */
  taskNamedHeads: Set<string>
  /** A unit noun of that list that is not a locality (only those make it more than a plural locality). */
  unitNounInRe: RegExp
  unitListTailRe: RegExp
  /** Folded collective nouns of mass organisations. */
  massNouns: string[]
  /** " chi nhánh": a branch named after its parent ("Ngân hàng Nhà nước chi nhánh Khu vực 1"). */
  branchRe: RegExp
  adverbRe: RegExp
  nominalVerbRe: RegExp
  /** First letters of the adverbs and nominal verbs (a cheap test before their patterns). */
  adverbFirsts: Set<string>
  nameNounPrefixes: Set<string>
  /** " có …": a clause that restricts a plural collective ("các xã | có điểm trường lẻ"). */
  restrictiveOpenerRe: RegExp
  nominalFollowerRe: RegExp
  /** Such a verb right before such a follower, anywhere in a letter (global). */
  nominalCloseRe: RegExp
  /** A scope that ends a phrase ("… các đoàn thể chính trị - xã hội cùng cấp"). */
  trailingScopeRe: RegExp
  /** " trên địa bàn" with no place after it: the sender's area. */
  bareAreaRe: RegExp
  /** Lower-case nouns of people and bodies that open another addressee after a comma ("nhà trường", "người dân"). */
  pairedPartStopRe: RegExp
  /** " viên" after a collective noun: a member, a person ("cấp ủy viên"). */
  personSuffixRe: RegExp
}

/** A name or alias of the gazetteer: folded for matching, in lower case with its accents, its entry. */
interface GazetteerName {
  folded: string
  lowered: string
  name: string
  kind: string
  length: number
  /** Its second word is capitalised ("Bộ Xây dựng"). */
  capitalSecond: boolean
}

let lex: Lexicon | null = null

/** Alternation of phrases, longest first, any run of white space between words. */
function alternation(words: readonly string[]): string {
  if (!words.length) return '(?!)'
  return [...words].sort((x, y) => y.length - x.length).map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|')
}

// Compiled once from rules/agencies.json (localityUnits): the locality after a name, the UBND
// enumeration and collective, their parts.
let unitRes: {
  LOCALITY_RE: RegExp
  PLACE_PART_RE: RegExp
  /** A locality that ends a phrase ("… các tổ chức chính trị - xã hội tỉnh"). */
  TRAILING_LOCALITY_RE: RegExp
  /** A name that ends with a locality and its place ("… huyện Bình Sơn"). */
  PLACED_END_RE: RegExp
  /** A locality unit anywhere in a phrase. */
  ANY_UNIT_RE: RegExp
  PLURAL_LOCALITY_RE: RegExp
  UBND_ENUM_RE: RegExp
  ENUM_ITEM_RE: RegExp
  ENUM_NEXT_RE: RegExp
  UBND_COLLECTIVE_RE: RegExp
} | null = null
function units(): NonNullable<typeof unitRes> {
  if (unitRes) return unitRes
  const a = rules().agencies
  const UNIT = `(?:${alternation(a.localityUnits)})`
  // A locality may be written with a capital ("Ủy ban nhân dân Thành phố"), not before "ủy" ("Huyện ủy").
  const CAP_UNIT = `(?:${alternation(a.localityUnits.map((u) => u.charAt(0).toUpperCase() + u.slice(1)))}|${alternation(a.localityUnits)})(?![ \\t]+(?:${alternation(a.localityNotBefore)})(?![\\p{L}]))`
  const LIST_UNIT = `(?:${alternation([...a.localityUnits, ...a.localityUnitsInLists])})`
  // A place's words may hold an apostrophe and a second capital ("Đắk R'Lấp", "Cư M'gar", "Ea H'leo").
  const placeWord = "[\\p{Lu}Đ](?:[\\p{Ll}đ]*['’][\\p{Lu}Đ]?)?[\\p{Ll}đ]+"
  const place = `${placeWord}(?:[ \\t]+${placeWord}){0,3}`
  const DET = `(?:${alternation(a.determiners)})`
  const CONJ = `(?:${alternation(a.conjunctions)})`
  const LGH = `(?:${alternation(a.localGovernmentHeads)})`
  unitRes = {
    LOCALITY_RE: new RegExp(`^(?<unit>[ \\t]*\\n?[ \\t]*${CAP_UNIT})(?:[ \\t]+(?<place>${place}))?(?![\\p{L}/])`, 'u'),
    TRAILING_LOCALITY_RE: new RegExp(`(?<![\\p{L}])(?<loc>${UNIT}(?:[ \\t]+${place})?)$`, 'u'),
    PLACED_END_RE: new RegExp(`(?<![\\p{L}])${UNIT}[ \\t]+${place}$`, 'u'),
    ANY_UNIT_RE: new RegExp(`(?<![\\p{L}])${UNIT}(?![\\p{L}])`, 'u'),
    // The second part of a place written with a hyphen ("Bà Rịa - Vũng Tàu").
    PLACE_PART_RE: new RegExp(`^[ \\t]*[-–][ \\t]*(?<place>${place})(?![\\p{L}/])`, 'u'),
    // "các tỉnh, thành phố trực thuộc Trung ương" right after a name: the body in each of them.
    PLURAL_LOCALITY_RE: new RegExp(`^\\s+(?:${DET}\\s+)?${UNIT}(?:\\s*[,/]\\s*${LIST_UNIT})+(?:\\s+(?:${alternation(a.centralTails)}))?(?![\\p{L}])|^\\s+${DET}\\s+${UNIT}(?![\\p{L}])`, 'u'),
    UBND_ENUM_RE: new RegExp(`^(?:(?:${alternation(a.localGovernmentLeaders)})\\s+)?(?<head>${LGH})\\s+${DET}\\s+(?<unit>${UNIT})\\s*(?::\\s*|[ \\t]+(?=[\\p{Lu}Đ]))`, 'u'),
    ENUM_ITEM_RE: new RegExp(`^(?:(?<unit>${UNIT})\\s+)?(?<place>${placeWord}(?:\\s+${placeWord}){0,3}|[\\p{Lu}Đ][\\p{Ll}đ]*(?:\\s+[\\p{Lu}Đ][\\p{Ll}đ]*){0,3})`, 'u'),
    ENUM_NEXT_RE: new RegExp(`^(?:${UNIT}\\s+)?[\\p{Lu}Đ]`, 'u'),
    UBND_COLLECTIVE_RE: new RegExp(
      `^${LGH}\\s+(?:(?:${DET}\\s+)?${UNIT}(?:\\s*,\\s*${LIST_UNIT})*(?:\\s+${CONJ}\\s+${LIST_UNIT})?)(?![\\p{L}])`,
      'u',
    ),
  }
  return unitRes
}

function lexicon(): Lexicon {
  if (lex) return lex
  const a = rules().agencies
  const gazetteer: Lexicon['gazetteer'] = []
  for (const e of a.entries)
    for (const n of [e.name, ...e.aliases])
      gazetteer.push({ folded: fold(n), lowered: n.toLowerCase(), name: e.name, kind: e.kind, length: n.length, capitalSecond: /^\S+\s+[\p{Lu}Đ]/u.test(n) })
  gazetteer.sort((x, y) => y.folded.length - x.folded.length)
  const byFirstWord = new Map<string, Lexicon['gazetteer']>()
  for (const g of gazetteer) {
    const w = g.folded.split(' ')[0]
    if (!byFirstWord.has(w)) byFirstWord.set(w, [])
    byFirstWord.get(w)!.push(g)
  }
  const headKinds = a.kinds
    .flatMap((k) => k.heads.map((h) => ({ head: h, folded: fold(h), kind: k.kind, lowerName: k.lowerNameHeads.includes(h) })))
    .sort((x, y) => y.head.length - x.head.length)
  // A head's later words may be capitalised or not ("Tổng Công ty", "Ban quản lý"); its first letter is as listed.
  const anyCase = (w: string) => {
    const c = w.charAt(0)
    return c.toLowerCase() === c.toUpperCase() ? escapeRe(w) : `[${c.toUpperCase()}${c.toLowerCase()}]${escapeRe(w.slice(1))}`
  }
  // A few heads are unambiguous in lower case too ("giao ủy ban nhân dân tỉnh"): their first letter may be either.
  const caseFree = new Set(a.caseFreeHeads)
  const headSource = (h: string) => h.split(' ').map((w, k) => (k === 0 && !caseFree.has(h) ? escapeRe(w) : anyCase(w))).join('\\s+')
  // A one-word head is no head where it starts a longer clause noun ("Tổ | chức tập huấn", not "Tổ Công nghệ số").
  const clauseAfter = (h: string) => {
    const longer = a.clauseOpeningNouns.filter((n) => n.toLowerCase().startsWith(`${h.toLowerCase()} `))
    return longer.length ? `(?!${longer.map((n) => n.split(' ').map(anyCase).join('\\s+')).join('|')}(?![\\p{L}]))` : ''
  }
  const headRe = new RegExp(`^(?:${headKinds.map((h) => clauseAfter(h.head) + headSource(h.head)).join('|')})(?![\\p{L}])`, 'u')
  // A noun is also written with an abbreviation of its words ("cơ sở KCB" for "cơ sở khám bệnh, chữa bệnh").
  const abbreviated = a.collectiveNouns.flatMap((n) => a.abbreviations.filter((x) => n.includes(x.full)).map((x) => n.replace(x.full, x.short)))
  const nouns = [...new Set([...a.collectiveNouns, ...abbreviated])].sort((x, y) => y.length - x.length).map((n) => escapeRe(n).replace(/ /g, '\\s+'))
  const determinerRe = new RegExp(`^(?:${alternation(a.determiners)})\\s+`, 'iu')
  const collectiveRe = new RegExp(`^(?:(?:${alternation(a.determiners)})\\s+)?(?:${nouns.join('|')})(?![\\p{L}])`, 'iu')
  const relationRe = new RegExp(`^(?:${alternation(a.relations)})\\s+`, 'u')
  const privateWord = `(?:${a.privateParties.map((w) => escapeRe(fold(w))).join('|') || '(?!)'})`
  const privateOnlyRe = new RegExp(`^${privateWord}(?:\\s*(?:,|${alternation(a.conjunctions.map(fold))})\\s*${privateWord})*$`, 'u')
  // OCR drops the horn of ư and ơ ("huớng dẫn", "truớc"): a predicate so printed is still one.
  const stopRe = new RegExp(`^(?:${alternation([...new Set(a.predicateStarts.flatMap(hornless))])})(?![\\p{L}])`, 'u')
  const capitalised = a.predicateStarts.filter((w) => /^\p{Ll}/u.test(w)).map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  const stopCapRe = new RegExp(`^(?:${alternation(capitalised)})(?![\\p{L}])`, 'u')
  const compoundRe = new RegExp(`^(?:${alternation(a.nameCompounds)})(?![\\p{L}])`, 'iu')
  const scopeRe = new RegExp(`^\\s+(?:${alternation(a.scopeQualifiers)})(?![\\p{L}])`, 'u')
  const relativeRe = new RegExp(`^\\s+(?:${alternation(a.relativeMarkers)})\\s+(?=\\p{L})`, 'u')
  const personRe = new RegExp(`^(?:${alternation(a.personMarkers)})(?![\\p{L}])`, 'u')
  const enderRe = new RegExp(`^(?:${alternation(a.nameEnders)})(?![\\p{L}])`, 'u')
  const docTypeRe = new RegExp(`^(?:${alternation(rules().docTypes.entries.map((d) => d.name))})(?![\\p{L}])`, 'u')
  const relativeWordRe = new RegExp(`^(?:${alternation(a.relativeClauseWords)})(?![\\p{L}])`, 'u')
  // A title opens a clause capitalised or not ("…; người đứng đầu các cơ quan").
  const titles = a.titles.flatMap((t) => [t, t.charAt(0).toLowerCase() + t.slice(1)])
  const titleRe = new RegExp(`^(?:${alternation(titles)})(?:\\s*:)?\\s+`, 'u')
  const bothCases = (ws: readonly string[]) => ws.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
  const memberRe = new RegExp(`^(?:(?:${alternation(bothCases(a.determiners))})[ \\t]+)?(?:${alternation(bothCases(a.memberNouns))})[ \\t]+`, 'u')
  const functionWords = new Set(a.functionWords)
  const nameBreakers = new Set([...a.functionWords, ...a.nameBreakers])
  const quals = [...a.qualifiers].sort((x, y) => y.length - x.length).map((q) => escapeRe(q).replace(/ /g, '\\s+'))
  const qualifierRe = new RegExp(`^(?:${quals.join('|')})(?![\\p{L}])`, 'u')
  const namePatterns = a.namePatterns.map((p) => ({ re: new RegExp(`^(?:${p.pattern})`, 'u'), kind: p.kind }))
  const conj = alternation(a.conjunctions)
  const det = alternation(a.determiners)
  const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
  const unitNoun = alternation([...a.partyCommittees, ...a.unitNouns, ...a.localityUnits, ...a.localityUnitsInLists])
  // A unit word that starts a common noun ("bản đồ", "buôn bán") is no unit.
  const hamlet = `(?!(?:${alternation(a.unitNounCompounds)})(?![\\p{L}]))(?:${alternation(a.unitNouns)})`
  const anyFirst = (ws: readonly string[]) => alternation([...new Set([...ws, ...ws.map(capitalise), ...ws.map((w) => w.charAt(0).toLowerCase() + w.slice(1))])])
  lex = {
    gazetteer,
    byFirstWord,
    headRe,
    headKinds,
    headByFold: new Map(headKinds.map((h) => [h.folded, h])),
    stopCapRe,
    compoundRe,
    scopeRe,
    relativeRe,
    relativeWordRe,
    personRe,
    enderRe,
    docTypeRe,
    determinerRe,
    relationRe,
    relations: new Set(a.relations),
    privateOnlyRe,
    partyNouns: new Set(a.partyCollectiveNouns.map(fold)),
    investorNouns: new Set(a.investorNouns.map(fold)),
    governmentNouns: new Set(a.governmentNouns.map(fold)),
    collectiveRe,
    stopRe,
    titleRe,
    memberRe,
    qualifierRe,
    namePatterns,
    functionWords,
    nameBreakers,
    sepRe: new RegExp(`^\\s*(?:,|${conj})\\s*`, 'u'),
    runSepRe: new RegExp(`^\\s*(?:,|;|${alternation([...a.conjunctions, ...a.runConnectors])})\\s*`, 'u'),
    connRe: new RegExp(`^(?:(?:${conj})\\s+|[-–]\\s*)(?=\\p{L})`, 'u'),
    openerRe: new RegExp(`^(?:${alternation(a.agencyOpeners)})(?![\\p{L}])`, 'u'),
    commaBreakRe: new RegExp(`^(?:${alternation([...a.agencyOpeners, ...a.determiners.map(capitalise), ...a.titles])})(?![\\p{L}])`, 'u'),
    insidePluralRe: new RegExp(`^(?:${alternation(a.pluralsInsideNames)})\\s`, 'u'),
    headEnumRe: new RegExp(`^(?:(?:${anyFirst(a.determiners)})\\s+)?(?<head>${anyFirst(a.enumerableHeads)})\\s*(?::\\s*|\\s+(?=[\\p{Lu}Đ]))`, 'u'),
    clauseNounRe: new RegExp(`^(?:${alternation(a.clauseOpeningNouns)})$`, 'iu'),
    capitalNounRe: new RegExp(`^(?:${alternation(a.capitalOpeningNouns)})$`, 'u'),
    foldedDeterminerRe: new RegExp(`^(?:${alternation(a.determiners.map(fold))})\\s+`, 'u'),
    determinerInRe: new RegExp(`(?<![\\p{L}])(?:${det})(?![\\p{L}])`, 'u'),
    qualifyingPrepRe: new RegExp(`^(?:${alternation(a.qualifyingPrepositions)})\\s`, 'u'),
    properNameOpeners: new Set(a.properNameOpeners),
    relationPlaceRe: new RegExp(`^(?:${anyFirst(a.localityUnits)}|${alternation(a.nationalScopes)})(?:\\s+[\\p{Lu}Đ][\\p{Ll}đ]*){0,3}`, 'u'),
    capitalisedQualifierRe: new RegExp(`^(?:${alternation(a.capitalisedQualifiers)})`, 'u'),
    qualifierStopRe: new RegExp(`^(?:${alternation(a.qualifierStops)})\\s`, 'u'),
    documentScopeRe: new RegExp(`^(?:${alternation(a.documentScopes)})`, 'u'),
    relativeConnectors: new Set(a.relativeClauseConnectors),
    relativeTrailRe: new RegExp(`\\s+(?:${alternation(a.relativeClauseConnectors)})$`, 'u'),
    dependentRelations: a.dependentRelations,
    localCollectiveHeads: new Set([...a.localGovernmentHeads, ...a.caseFreeHeads]),
    committeeInNameRe: new RegExp(`^(?:${alternation(a.partyCommittees.map(capitalise))})(?![\\p{L}])`, 'u'),
    conjBeforeCapitalRe: new RegExp(`[ \\t]+(?:${conj})[ \\t]+(?=[\\p{Lu}Đ])`, 'u'),
    pluralColonRe: new RegExp(`^(?:${anyFirst(a.determiners)})[ \\t]+(?<head>${anyFirst(a.kinds.flatMap((k) => k.heads).filter((h) => !a.localGovernmentHeads.includes(h)))})[ \\t]*:[ \\t]*(?=[\\p{Lu}Đ])`, 'u'),
    localCollectiveRe: new RegExp(`^(?:${alternation(a.localGovernmentHeads)})\\s+(?:${det})(?![\\p{L}])`, 'u'),
    subjectClauseRe: new RegExp(`^[ \\t]+(?:${alternation(a.subjectClauseOpeners)})[ \\t]+(?=\\p{L})`, 'u'),
    dutyRe: new RegExp(`^(?:${alternation(a.dutyPredicates)})(?![\\p{L}])`, 'u'),
    boundedRelativeRe: new RegExp(`^[ \\t]+(?:${alternation(a.boundedRelatives)})[ \\t]+(?=\\p{L})`, 'u'),
    roleNounRe: new RegExp(
      `^(?:${alternation(a.roleNouns)})(?=[ \\t]*[;)]|[ \\t]+(?:${alternation(a.roleNounFollowers)})(?![\\p{L}]))`,
      'u',
    ),
    levelledKinds: new Set(a.levelledKinds),
    servingHeads: new Set(a.servingHeads),
    regionRe: new RegExp(`^[ \\t]+(?:${anyFirst(a.regionQualifiers)})[ \\t]+(?:[IVXLC]+|\\d+)(?![\\p{L}\\d])`, 'u'),
    servedRe: new RegExp(`^(?:${alternation(a.servedBodies)})(?![\\p{L}])`, 'u'),
    // A person's name by its shape: two to five capitalised syllables (no list of family names could be complete).
    personNameRe: /^[\p{Lu}Đ][\p{Ll}đ]*(?:[ \t]+[\p{Lu}Đ][\p{Ll}đ]*){1,4}(?![\p{L}])/u,
    abbreviationDotRe: /(?<![\p{L}])(\p{Lu}{1,5})\.[ \t]*(?=\p{Lu})/gu,
    unitListRe: new RegExp(
      `^\\s+(?:${det})\\s+(?:${unitNoun})(?:(?:\\s*[,/]\\s*(?:(?:${conj})\\s+)?|\\s+(?:${conj})\\s+)(?:${unitNoun}))*(?![\\p{L}])`,
      'iu',
    ),
    unitCollectiveRe: new RegExp(
      `^(?:${anyFirst(a.determiners)})\\s+${hamlet}(?:(?:\\s*,\\s*(?:(?:${conj})\\s+)?|\\s+(?:${conj})\\s+)${hamlet})*(?![\\p{L}])`,
      'u',
    ),
    localityQualifierRe: new RegExp(`^(?:${alternation(a.localityQualifiers)})(?![\\p{L}])`, 'u'),
    taskNamedHeads: new Set(a.taskNamedHeads),
    unitNounInRe: new RegExp(`(?<![\\p{L}])(?:${alternation([...a.partyCommittees, ...a.unitNouns])})(?![\\p{L}])`, 'iu'),
    unitListTailRe: new RegExp(`^[ \\t]+(?:${alternation(a.unitListTails)})(?![\\p{L}])`, 'u'),
    massNouns: a.massOrganisationNouns.map(fold),
    trailingScopeRe: new RegExp(`(?<![\\p{L}])(?:${alternation(a.scopeQualifiers)})$`, 'u'),
    personSuffixRe: new RegExp(`^[ \\t]+(?:${alternation(a.personSuffixes)})(?![\\p{L}])`, 'u'),
    pairedPartStopRe: new RegExp(`^(?:${alternation([...a.privateParties, ...a.pairedPartStops])})(?![\\p{L}])`, 'u'),
    bareAreaRe: new RegExp(`^[ \\t]+(?:${alternation(a.bareAreaRelations)})(?![\\p{L}])`, 'u'),
    nameNounPrefixes: new Set(a.nameNounPrefixes),
    restrictiveOpenerRe: new RegExp(`^[ \\t]+(${alternation(a.restrictiveOpeners)})[ \\t]+(?=\\p{Ll})`, 'u'),
    adverbFirsts: new Set([...a.adverbialPredicates, ...a.nominalVerbs].map((w) => w.charAt(0))),
    nominalVerbRe: new RegExp(`^(?:${alternation(a.nominalVerbs)})(?![\\p{L}])`, 'u'),
    nominalFollowerRe: new RegExp(`^[ \\t]+(?:${alternation(a.nominalVerbFollowers)})(?![\\p{L}])`, 'u'),
    nominalCloseRe: new RegExp(`(?<![\\p{L}])(?:${alternation(a.nominalVerbs)})(?=[ \\t]+(?:${alternation(a.nominalVerbFollowers)})(?![\\p{L}]))`, 'gu'),
    adverbRe: new RegExp(`^(?:${alternation(a.adverbialPredicates)})(?![\\p{L}])`, 'u'),
    branchRe: new RegExp(`^[ \\t]+(?:${anyFirst(a.branchQualifiers)})(?![\\p{L}])`, 'u'),
  }
  return lex
}

/** A phrase and its spellings without the horns OCR loses: ư → u, ơ → o (tones kept), each or both. */
const HORNLESS: Record<string, string> = { ư: 'u', ừ: 'ù', ứ: 'ú', ử: 'ủ', ữ: 'ũ', ự: 'ụ', ơ: 'o', ờ: 'ò', ớ: 'ó', ở: 'ỏ', ỡ: 'õ', ợ: 'ọ' }
function hornless(phrase: string): string[] {
  // One syllable without its horn is often another word ("đưa" → "đua" of "thi đua"): phrases only.
  if (!/\s/u.test(phrase)) return [phrase]
  const u = phrase.replace(/[ưừứửữự]/gu, (c) => HORNLESS[c])
  const o = phrase.replace(/[ơờớởỡợ]/gu, (c) => HORNLESS[c])
  const both = u.replace(/[ơờớởỡợ]/gu, (c) => HORNLESS[c])
  return [...new Set([phrase, u, o, both])]
}

const WORD = /^[\p{L}\d][\p{L}\d&'’.-]*/u

/** The longest gazetteer name starting at pos (case- and accent-insensitive). */
function gazetteerAt(text: string, pos: number): { end: number; name: string; kind: string } | null {
  const word = /^[^\s,;:.()]+/u.exec(text.slice(pos, pos + 24))
  if (!word) return null
  const candidates = lexicon().byFirstWord.get(fold(word[0]))
  if (!candidates) return null
  const probe = fold(text.slice(pos, pos + 90).replace(/\s+/g, ' '))
  // "… thuộc Bộ | xây dựng kế hoạch": a head in capitals whose name word is written in lower case
  // where that word starts a predicate is the issuer's own head and its verb, not the known name.
  const second = /^\S+[ \t]+(?=\p{Ll})/u.exec(text.slice(pos, pos + 40))
  const verbAfterHead = !!second && /^[\p{Lu}Đ]/u.test(word[0]) && /[\p{Ll}đ]/u.test(word[0]) && lexicon().stopRe.test(text.slice(pos + second[0].length, pos + second[0].length + 40))
  for (const g of candidates) {
    if (!probe.startsWith(g.folded)) continue
    const after = probe[g.folded.length]
    if (after !== undefined && /[\p{L}\d&]/u.test(after)) continue
    if (verbAfterHead && g.capitalSecond) continue
    // Map the folded length back to the text (folding keeps one char per char, bar spaces).
    const end = advance(text, pos, g.folded.length)
    return { end, name: g.name, kind: g.kind }
  }
  return null
}

/** Moves over `n` characters of folded text (runs of white space count as one). */
function advance(text: string, pos: number, n: number): number {
  let i = pos
  let k = 0
  while (i < text.length && k < n) {
    if (/\s/.test(text[i])) {
      while (i < text.length && /\s/.test(text[i])) i++
      k++
    } else {
      i++
      k++
    }
  }
  return i
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /[ \t\n]/.test(text[i])) i++
  return i
}

/** " tỉnh", " tỉnh Quảng Ngãi", " thành phố Hồ Chí Minh" after a name; "các tỉnh, thành phố …" too. */
function localityAt(text: string, pos: number): number {
  const list = unitListEnd(text, pos)
  if (list > pos) return pluralTailEnd(text, list)
  const rest = text.slice(pos, pos + 90)
  const plural = units().PLURAL_LOCALITY_RE.exec(rest)
  if (plural) return pluralTailEnd(text, pos + plural[0].length)
  const m = units().LOCALITY_RE.exec(rest)
  if (!m || !/^\s/u.test(m[0])) return pos
  // "xã hội" and the like are words of a name, not a locality.
  if (lexicon().compoundRe.test(rest.replace(/^\s+/u, ''))) return pos
  const place = m.groups!.place
  // Capitals that open another agency or a title are no place ("UBND tỉnh | Cơ quan, tổ chức …").
  if (place && opensOther(rest.slice(m[0].length - place.length, m[0].length + 40))) return pos + m.groups!.unit.length
  let end = pos + m[0].length
  const part = place ? units().PLACE_PART_RE.exec(text.slice(end, end + 40)) : null
  if (part) {
    const after = text.slice(end + part[0].length - part.groups!.place.length, end + part[0].length + 40)
    if (!opensOther(after) && !lexicon().stopCapRe.test(after)) end += part[0].length
  }
  return end
}

/**
 * After a plural list of localities: a qualifier that picks which of them ("các xã, phường | vùng ven
 * biển"), and a bare "trên địa bàn" that closes the phrase without a place of its own ("Sở Công
 * Thương các tỉnh, thành phố | trên địa bàn"): the sender's area, part of the name.
 */
function pluralTailEnd(text: string, pos: number): number {
  const { localityQualifierRe } = lexicon()
  let end = pos
  const q = /^[ \t]+/u.exec(text.slice(end, end + 4))
  const qual = q ? localityQualifierRe.exec(text.slice(end + q[0].length, end + q[0].length + 40)) : null
  if (q && qual) end += q[0].length + qual[0].length
  return bareAreaEnd(text, end)
}

/** " trên địa bàn" that closes the phrase with no place of its own, or pos. */
function bareAreaEnd(text: string, pos: number): number {
  const { bareAreaRe, relationPlaceRe } = lexicon()
  const area = bareAreaRe.exec(text.slice(pos, pos + 30).replace(/^\n/u, ' '))
  if (!area) return pos
  const after = pos + area[0].length
  // With a place of its own ("trên địa bàn tỉnh X") the relation is read by the qualifiers, not here.
  if (relationPlaceRe.test(text.slice(skipSpace(text, after), after + 40))) return pos
  return runEndsAt(text, after) || /^[ \t]*\(/u.test(text.slice(after, after + 4)) ? after : pos
}

/**
 * "Ban Tuyên giáo | các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Chi bộ | các thôn, tổ dân phố":
 * a plural list of units of one class after a body names that body in each of them (one collective).
 * A list of localities alone is left to the plural locality ("Sở Y tế các tỉnh, thành phố").
 */
function unitListEnd(text: string, pos: number): number {
  const { unitListRe, unitNounInRe, unitListTailRe, determinerRe } = lexicon()
  // Cheap test first: the reader asks here after every name word.
  const j = skipSpace(text, pos)
  if (j === pos || !determinerRe.test(text.slice(j, j + 8))) return pos
  const m = unitListRe.exec(text.slice(pos, pos + 160))
  if (!m || !unitNounInRe.test(m[0])) return pos
  let end = pos + m[0].length
  const tail = unitListTailRe.exec(text.slice(end, end + 20))
  if (tail) {
    // "… trực thuộc Tỉnh ủy" takes the body it belongs to; a bare "trực thuộc" closes the list.
    const j = skipSpace(text, end + tail[0].length)
    const owner = /^[\p{Lu}Đ]/u.test(text.slice(j, j + 1)) ? agenciesAt(text, j) : []
    end = owner.length ? owner[owner.length - 1].end : end + tail[0].length
  }
  return end
}

/** Capitalised words that start an agency, a collective or a title rather than a place. */
function opensOther(words: string): boolean {
  const { headRe, collectiveRe, titleRe, openerRe, stopRe, functionWords } = lexicon()
  if (collectiveRe.test(words) || titleRe.test(words) || openerRe.test(words)) return true
  const h = headRe.exec(words)
  if (!h) return false
  if (/\s/u.test(h[0])) return true
  // A one-word head is also a syllable of places ("Hội An", "Trường Sa"): it opens an agency only
  // when a lower-case name word follows its capitals ("Sở Tài chính"), not a predicate ("Hội An chỉ đạo").
  const run = /^(?:[\p{Lu}Đ][\p{Ll}đ]*[ \t]*)+/u.exec(words)
  const next = WORD.exec(words.slice(run ? run[0].length : 0))
  return !!next && /^\p{Ll}/u.test(next[0]) && !stopRe.test(words.slice(run ? run[0].length : 0)) && !functionWords.has(next[0])
}

/** A line that holds only a page number ("\n   2\n") cuts a name: what follows is another page. */
function pageBreakBetween(text: string, i: number, j: number): boolean {
  return /\n[ \t]*$/u.test(text.slice(i, j)) && /^\d{1,3}[ \t]*(?:\n|$)/u.test(text.slice(j, j + 6))
}

/** Three or more spaces inside a line: the converter's column gap between two table cells. */
function cellGap(text: string, i: number, j: number): boolean {
  return j - i >= 3 && /[ \t]{3,}/u.test(text.slice(i, j)) && !/\n/u.test(text.slice(i, j))
}

/** Where a name cannot go on: a person, a table's next cell, a time column. */
function nameEndsAt(text: string, i: number, j: number, rest: string): boolean {
  const { personRe, enderRe } = lexicon()
  // A time word ends a name before its number ("… | Quý II/2026", "… | Tháng 10"), not in a person's
  // name a school bears ("Trường THPT chuyên Lê Quý Đôn").
  return cellGap(text, i, j) || (personRe.test(rest) && !placeSyllable(text, i, j, rest)) || (enderRe.test(rest) && /^\S+[ \t]*(?:[IVX]+|\d)/u.test(rest))
}

/**
 * "Vườn quốc gia Bidoup - Núi Bà, …": a capitalised person marker after a capitalised word of the
 * same line, with no name of a person after it, is a syllable of a place, not "Bà Nguyễn Thị …".
 */
function placeSyllable(text: string, i: number, j: number, rest: string): boolean {
  const marker = lexicon().personRe.exec(rest)
  if (!marker || !/^[\p{Lu}Đ]/u.test(marker[0]) || /\s/u.test(marker[0]) || j === i || /\n/u.test(text.slice(i, j))) return false
  if (!/^[\p{Lu}Đ]/u.test(prevWord(text, j))) return false
  return !/^[ \t]+[\p{Lu}Đ]/u.test(rest.slice(marker[0].length))
}

/** A predicate start at j: in lower case, or capitalised at the start of a new line. */
function stopAt(text: string, i: number, j: number): boolean {
  const rest = text.slice(j, j + 60)
  const { stopRe, stopCapRe, compoundRe } = lexicon()
  if (compoundRe.test(rest)) return false
  return stopRe.test(rest) || (/\n[ \t]*$/u.test(text.slice(i, j)) && stopCapRe.test(rest))
}

/**
 * Name words after a head: capitalised words always, lower-case ones until a predicate word,
 * "và"/"-" before a capitalised word (or inside a name already in lower case); at most 14 words.
 * A phrase of rules/agencies.json nameCompounds is one word ("Khám, chữa bệnh"); a locality
 * ends the name (localityAt reads it).
 */
function nameWordsEnd(text: string, pos: number, lowerFirst = false, serving = false): number {
  const { headRe, collectiveRe, titleRe, compoundRe, nameBreakers } = lexicon()
  let i = pos
  let end = pos
  let words = 0
  let lower = false
  const servesFirst = serving && lexicon().servedRe.test(text.slice(skipSpace(text, pos), skipSpace(text, pos) + 40))
  // Title-case words in a row ("Bình Định", "Việt Nam"): a proper name that closes the name, so a
  // lower-case word after it is the predicate ("Đài Phát thanh và Truyền hình Bình Định | mở chuyên trang").
  let titleRun = 0
  while (words < 14) {
    const j = skipSpace(text, i)
    // A blank line ends a name; so does a word followed by "/" ("V/v", "tỉnh/thành phố").
    if (/\n[ \t]*\n/u.test(text.slice(i, j))) break
    if (j > i && pageBreakBetween(text, i, j)) break
    const rest = text.slice(j, j + 60)
    if (!rest) break
    const compound = compoundRe.exec(rest)
    if (compound && (words > 0 || lowerFirst || /^[\p{Lu}Đ]/u.test(rest))) {
      i = j + compound[0].length
      end = i
      words++
      if (/^\p{Ll}/u.test(compound[0])) lower = true
      titleRun = 0
      continue
    }
    const adverb = words > 0 ? adverbNameWordEnd(text, j) : j
    if (adverb > j) {
      i = end = adverb
      words++
      lower = true
      titleRun = 0
      continue
    }
    if (words > 0 && stopAt(text, i, j)) break
    if (nameEndsAt(text, i, j, rest)) break
    // A date or a fraction ("14/6/2025") is no name word either.
    // Two acronyms joined by "/" are one word of the name ("Trung tâm Phòng, chống HIV/AIDS").
    const acronyms = words > 0 ? /^\p{Lu}{2,6}\/\p{Lu}{2,6}(?![\p{L}\d/])/u.exec(rest) : null
    if (acronyms) {
      i = end = j + acronyms[0].length
      words++
      titleRun = 0
      continue
    }
    if (/^[\p{L}\d]+\//u.test(rest)) break
    // A locality ends the name: "Ban Quản lý các Khu công nghiệp tỉnh | đầu tư …"; so does a
    // relative clause ("Chi cục Hải quan | nơi …"), read by scopeEnd.
    if (localityAt(text, i) > i || (words > 0 && lexicon().relativeRe.test(text.slice(i, i + 12)))) break
    // A new line that starts with a head starts another agency (a table cell, a list).
    if (words > 0 && /\n/u.test(text.slice(i, j)) && headRe.test(rest)) break
    // An office named by the bodies it serves goes on over "và" and commas ("Văn phòng HĐND và UBND huyện").
    // Only an office of served bodies joins them ("Văn phòng Tỉnh ủy | và Ủy ban nhân dân tỉnh" are two).
    const joint = serving && words > 0 && servesFirst ? lexicon().sepRe.exec(text.slice(i, i + 8)) : null
    if (joint && lexicon().servedRe.test(text.slice(i + joint[0].length, i + joint[0].length + 40))) {
      i += joint[0].length
      words++
      continue
    }
    const conn = lexicon().connRe.exec(rest)
    // A hyphen that opens a new line is a bullet ("Phòng Đào tạo\n- Xét …"), not a hyphen of the name.
    if (conn && /^[-–]/u.test(conn[0]) && /\n/u.test(text.slice(i, j))) break
    if (conn) {
      // "và" followed by a new head or a collective starts another agency.
      const after = rest.slice(conn[0].length)
      const capitalAfter = /^[\p{Lu}Đ]/u.test(after)
      // A head word that opens a compound of the name is no new agency ("… đê điều và | Phòng, chống thiên tai").
      if ((headRe.test(after) && !compoundRe.test(after)) || lexicon().openerRe.test(after) || (lexicon().determinerRe.test(after) && !lexicon().insidePluralRe.test(after))) break
      if (!capitalAfter && (!lower || collectiveRe.test(after) || lexicon().stopRe.test(after))) break
      // "… và Quyết định số …", "… và Thủ trưởng các cơ quan", "Khoa CNTT - Hướng dẫn sinh viên". A hyphen
      // between two name parts in title case keeps the name whole even where the second part is also a
      // document type or a verb ("Phòng Tài chính - Kế hoạch", "Phòng Chính trị - Tổ chức"); after an
      // acronym it is a table's dash before the next cell.
      const hyphen = /^[-–]/u.test(conn[0])
      // "Phó Giám đốc Sở - Hoàng Văn Thuân": a bare head, a dash and a person's name alone on the line.
      const person = hyphen && words === 0 ? lexicon().personNameRe.exec(after) : null
      if (person && /^[ \t]*(?:[\n,;.)]|$)/u.test(after.slice(person[0].length))) break
      if (titleRe.test(after) || (lexicon().docTypeRe.test(after) && (!hyphen || numberedDocument(after)))) break
      if (hyphen && lexicon().stopCapRe.test(after) && !titleCasedBefore(text, pos, i)) break
      i = j + conn[0].length
      titleRun = 0
      continue
    }
    // "Viện Chiến lược, Chính sách …": a comma then a capitalised non-head word continues the name.
    const comma = /^,\s*(?=[\p{Lu}Đ][\p{Ll}đ])/u.exec(text.slice(i, i + 4))
    // After a proper name in title case ("… Việt Nam, Trung ương Hội …") a comma ends the name.
    if (comma && words > 0 && titleRun < 2) {
      const after = text.slice(i + comma[0].length, i + comma[0].length + 40)
      if (headRe.test(after) || titleRe.test(after) || lexicon().docTypeRe.test(after) || lexicon().commaBreakRe.test(after)) break
      const w2 = WORD.exec(after)
      const follow = after.slice(w2 ? w2[0].length : 0)
      // Only when lower-case name words follow ("Chính sách tài nguyên"), not a list of places.
      if (!/^\s+[\p{Ll}đ]/u.test(follow)) break
      i = i + comma[0].length
      titleRun = 0
      continue
    }
    // "Cục Văn hóa cơ sở, gia đình và thư viện": a comma before lower-case name words that a
    // conjunction closes within the phrase joins the parts of one name.
    const lowComma = /^,[ \t]*(?=\p{Ll})/u.exec(text.slice(i, i + 4))
    if (lowComma && words > 0 && titleRun < 2 && (lowerListJoins(text, i + lowComma[0].length) || pairedPartEnd(text, i + lowComma[0].length) > 0)) {
      i += lowComma[0].length
      lower = true
      titleRun = 0
      continue
    }
    const w = WORD.exec(rest)
    if (!w) break
    const word = w[0].replace(/[.]+$/, '')
    const capital = /^[\p{Lu}Đ\d]/u.test(word)
    // A number opens no name ("Ủy ban nhân dân 16 …" is a table row's number), unless a locality
    // follows it: the committee is named by its number ("Ban Chỉ đạo 389 tỉnh").
    if (words === 0 && /^\d/u.test(word) && !(localityAt(text, j + word.length) > j + word.length)) break
    if (words === 0 && !capital && !lowerFirst && !lexicon().insidePluralRe.test(rest)) break
    if (words === 0 && !capital && (stopAt(text, i, j) || nameBreakers.has(word))) break
    if (!capital && nameBreakers.has(word)) break
    if (!capital && titleRun >= 2 && !lexicon().capitalisedQualifierRe.test(`${prevWord(text, j)} ${word}`)) break
    // A head inside the name starts a name of its own ("… thuộc Ban Cơ yếu Chính phủ").
    // So does a noun of names ("Khu Kinh tế", "Khu Công nghiệp"): the word after it is a common noun in title case.
    titleRun = /^[\p{Lu}Đ][\p{Ll}đ]*$/u.test(word) && !headRe.test(rest) && !lexicon().nameNounPrefixes.has(word) && !lexicon().nameNounPrefixes.has(prevWord(text, j)) ? titleRun + 1 : 0
    if (!capital) lower = true
    i = j + word.length
    end = i
    words++
    if (bareHeadInName(text, j, word)) break
    // "Ban Tuyên giáo Huyện ủy | mở lớp": a Party committee inside a name is the body it belongs to;
    // only its locality or a capitalised word may follow it.
    const committee = capital ? lexicon().committeeInNameRe.exec(text.slice(j, j + 20)) : null
    if (committee) {
      i = end = j + committee[0].length
      if (/^[ \t]+\p{Ll}/u.test(text.slice(i, i + 4)) && !(localityAt(text, i) > i) && !lexicon().scopeRe.test(text.slice(i, i + 40))) break
      continue
    }
    // "Chi cục Thuế | khu vực XV": a numbered region closes the name (scopeEnd reads it).
    if (lexicon().regionRe.test(text.slice(i, i + 30))) break
  }
  return end
}

/**
 * "Văn phòng Bộ | tổng hợp", "Thanh tra Sở | thanh tra": a one-word head the gazetteer names
 * bodies of ("Bộ", "Sở"), inside a name and before a lower-case word that continues none of
 * them, is the issuer's own head written alone: it closes the name.
 */
function bareHeadInName(text: string, j: number, word: string): boolean {
  const h = lexicon().headRe.exec(text.slice(j, j + 40))
  if (!h || h[0] !== word) return false
  const next = /^[ \t]+(\p{Ll}[\p{L}]*)/u.exec(text.slice(j + word.length, j + word.length + 30))
  const known = lexicon().byFirstWord.get(fold(word))
  if (!next || !known) return false
  // With its accents: "Sở | tự chủ" continues no "Sở Tư pháp".
  const both = `${word} ${next[1]}`.toLowerCase()
  return !known.some((g) => g.lowered === both || g.lowered.startsWith(`${both} `))
}

/**
 * After a comma inside a name: lower-case parts ("gia đình | và thư viện") up to a conjunction and
 * one more part after it, each made of name words only: no predicate, function word, head (in any
 * case), collective, determiner or locality starts a part, and no line or cell break falls inside.
 */
function lowerListJoins(text: string, pos: number): boolean {
  const { headRe, collectiveRe, determinerRe, nameBreakers, functionWords, connRe } = lexicon()
  const conj = new Set(rules().agencies.conjunctions)
  let i = pos
  let partWords = 0
  let joined = false
  for (let n = 0; n < 16; n++) {
    const j = n === 0 ? i : skipSpace(text, i)
    if (/\n/u.test(text.slice(i, j)) || cellGap(text, i, j)) return false
    const rest = text.slice(j, j + 60)
    const w = /^\p{Ll}[\p{L}]*/u.exec(rest)
    if (partWords === 0) {
      if (!w) return false
      const cap = rest.charAt(0).toUpperCase() + rest.slice(1)
      if (headRe.test(cap) || collectiveRe.test(rest) || determinerRe.test(rest) || localityAt(` ${rest}`, 0) > 0) return false
    }
    if (!w) return joined && partWords > 0 && /^(?:[;.,:)|]|\s|$)/u.test(rest)
    if (conj.has(w[0]) && connRe.test(rest)) {
      if (partWords === 0 || joined) return false
      joined = true
      partWords = 0
      i = j + w[0].length
      continue
    }
    if (stopAt(text, i, j) || nameBreakers.has(w[0]) || functionWords.has(w[0])) return joined && partWords > 0
    i = j + w[0].length
    partWords++
    const comma = /^,[ \t]*/u.exec(text.slice(i, i + 4))
    if (comma && !joined) {
      i += comma[0].length
      partWords = 0
    } else if (comma) return true
  }
  return joined && partWords > 0
}

/**
 * "Phòng Quản lý, | bảo trì kết cấu hạ tầng đường bộ | chủ trì", "Phòng Công tác học sinh, | sinh viên
 * | bố trí": after a comma, lower-case name words that run on the same line straight into the
 * sentence's predicate are the second half of a paired name (the predicate closes the name). Where a
 * part opens on a body, a person, a determiner, a locality or a predicate it is another addressee or
 * the predicate itself ("Sở Y tế, | nhà trường tổ chức", "Sở Y tế, | khẩn trương …"). Returns the
 * part's end, or 0.
 */
function pairedPartEnd(text: string, pos: number): number {
  const { headRe, collectiveRe, determinerRe, memberRe, nameBreakers, functionWords, pairedPartStopRe } = lexicon()
  let i = pos
  let end = 0
  for (let n = 0; n < 9; n++) {
    const j = n === 0 ? i : skipSpace(text, i)
    if (/\n/u.test(text.slice(i, j)) || cellGap(text, i, j)) return 0
    const rest = text.slice(j, j + 60)
    // "tổ chức", "hội" after the part may be a noun that goes on with it: only a plain predicate closes it.
    if (n > 0 && stopAt(text, i, j)) return lexicon().clauseNounRe.test(/^\p{Ll}+(?:[ \t]+\p{Ll}+)?/u.exec(rest)?.[0] ?? '') ? 0 : end
    const w = /^\p{Ll}[\p{L}]*/u.exec(rest)
    if (!w || nameBreakers.has(w[0]) || functionWords.has(w[0])) return 0
    if (n === 0) {
      const cap = rest.charAt(0).toUpperCase() + rest.slice(1)
      if (stopAt(text, j, j) || lexicon().stopRe.test(rest) || headRe.test(cap) || collectiveRe.test(rest) || determinerRe.test(rest) || memberRe.test(rest) || pairedPartStopRe.test(rest) || localityAt(` ${rest}`, 0) > 0) return 0
    }
    // A locality closes the name as it closes any ("Phòng Văn hóa, thông tin | huyện").
    if (n > 0 && localityAt(text, i) > i) return end
    i = end = j + w[0].length
  }
  return 0
}

/**
 * "Vụ Giáo dục thường xuyên, Cục …", "Trung tâm … giáo dục thường xuyên cấp huyện": an adverb that
 * ends the name's words, before a bracket, a stop, a scope, a locality or a comma and another head,
 * is a word of the name (as a predicate it would need its verb after it).
 */
function adverbNameWordEnd(text: string, j: number): number {
  if (!lexicon().adverbFirsts.has(text.charAt(j))) return j
  const nominal = lexicon().nominalVerbRe.exec(text.slice(j, j + 30))
  const m = nominal ?? lexicon().adverbRe.exec(text.slice(j, j + 30))
  if (!m) return j
  const k = j + m[0].length
  const after = text.slice(k, k + 60)
  // A verb that is also a name word ("Phòng Kế hoạch tổng hợp | là đầu mối"): before a copula or a role it has no object.
  if (nominal && lexicon().nominalFollowerRe.test(after)) return k
  if (/^[ \t]*(?:[;.)]|\n|$)/u.test(after) || lexicon().scopeRe.test(after) || localityAt(text, k) > k) return k
  const comma = /^[ \t]*,[ \t]*/u.exec(after)
  return comma && lexicon().headRe.test(after.slice(comma[0].length)) ? k : j
}

/** Expand "UBND các huyện: Tư Nghĩa, Nghĩa Hành và thị xã Đức Phổ". */
interface EnumItem {
  start: number
  end: number
  name: string
  kind: string
  /** For an enumeration of localities: the unit and the place of this item. */
  unit?: string
  place?: string
}

/** The locality of each mention read from an enumeration of localities ("UBND các tỉnh: A, B"). */
const enumerated = new WeakMap<AgencyMention, { unit: string; place: string }>()

function enumerationAt(text: string, pos: number): { end: number; items: EnumItem[] } | null {
  const { UBND_ENUM_RE, ENUM_ITEM_RE, ENUM_NEXT_RE } = units()
  const head = UBND_ENUM_RE.exec(text.slice(pos, pos + 80))
  const { headRe, openerRe, sepRe } = lexicon()
  const bo = lexicon().headEnumRe.exec(text.slice(pos, pos + 20))
  if (head) {
    // A leader's title before the head ("Chủ tịch UBND các huyện: …") stands for the body.
    const base = head.groups!.head
    let unit = head.groups!.unit
    let i = pos + head[0].length
    const items: EnumItem[] = []
    while (true) {
      const m = ENUM_ITEM_RE.exec(text.slice(i, i + 60))
      if (!m) break
      if (m.groups!.unit) unit = m.groups!.unit
      const place = m.groups!.place
      // A capitalised predicate is no place: "UBND các huyện | Căn cứ Kế hoạch …" (a paragraph run on);
      // a place of several capitalised words is one even where its first is a verb ("Cần Thơ").
      // A head word is a syllable of a place where no lower-case name word follows it ("Trường Vinh").
      const placeAt = i + m[0].length - place.length
      if (opensOther(text.slice(placeAt, placeAt + 60)) || openerRe.test(place) || (!/\s/u.test(place) && lexicon().stopCapRe.test(text.slice(placeAt, placeAt + 40)))) break
      const s = i
      i += m[0].length
      items.push({ start: s, end: i, name: `${canonicalAgencyName(base)} ${unit} ${place}`, kind: 'ubnd', unit, place })
      const sep = sepRe.exec(text.slice(i, i + 6))
      if (!sep) break
      const peek = text.slice(i + sep[0].length, i + sep[0].length + 40)
      if (!ENUM_NEXT_RE.test(peek) || openerRe.test(peek) || opensOther(peek)) break
      i += sep[0].length
    }
    return items.length ? { end: i, items } : null
  }
  if (bo) {
    // "các Bộ: Tài chính, Tư pháp" / "các Bộ Tài nguyên và Môi trường, Nông nghiệp và …": each part must be a known name.
    const kindHead = bo.groups!.head
    let i = pos + bo[0].length
    const items: EnumItem[] = []
    while (true) {
      const probe = `${kindHead} ${text.slice(i, i + 90)}`
      const g = gazetteerAt(probe, 0)
      if (!g || g.end <= kindHead.length + 1) break
      const len = g.end - kindHead.length - 1
      items.push({ start: i, end: i + len, name: g.name, kind: g.kind })
      i += len
      const sep = sepRe.exec(text.slice(i, i + 6))
      if (!sep) break
      const peek = text.slice(i + sep[0].length)
      // A head after the comma starts another agency only when it names one of its own ("…, Bộ Y tế"),
      // not where it is a word of the next name ("các sở Tài chính, Khoa học và Công nghệ").
      const under = gazetteerAt(`${kindHead} ${peek.slice(0, 90)}`, 0)
      if (!under) break
      const own = headRe.test(peek) ? agenciesAt(peek.slice(0, 90), 0) : []
      // "các Bộ: Quốc phòng, Công an" goes on; "các Bộ Tài chính, Công an tỉnh" is a body of its own.
      if (own.length && own[own.length - 1].end > under.end - kindHead.length - 1) break
      i += sep[0].length
    }
    // One known name after "Bộ" is just that ministry: let the gazetteer read it.
    if (items.length > 1 || (/:/.test(bo[0]) && items.length)) return { end: i, items }
  }
  return colonEnumerationAt(text, pos)
}

/**
 * "các Vụ: Kế hoạch - Tài chính, Pháp chế và Tổ chức cán bộ": a plural head spelt out after a colon
 * names one body of that head per item, known to the gazetteer or not. Items end at a comma or
 * semicolon, and at "và" before a capital once a comma has listed them.
 */
function colonEnumerationAt(text: string, pos: number): { end: number; items: EnumItem[] } | null {
  const { pluralColonRe, headRe, openerRe, sepRe, conjBeforeCapitalRe } = lexicon()
  const m = pluralColonRe.exec(text.slice(pos, pos + 40))
  if (!m) return null
  const head = m.groups!.head
  const Head = head.charAt(0).toUpperCase() + head.slice(1)
  const items: EnumItem[] = []
  let i = pos + m[0].length
  let listed = false
  for (let n = 0; n < 20; n++) {
    const rest = text.slice(i, i + 200)
    const stop = /[,;.\n(]/u.exec(rest)
    let limit = i + (stop ? stop.index : rest.length)
    const and = listed ? conjBeforeCapitalRe.exec(text.slice(i, limit)) : null
    if (and) limit = i + and.index
    const end = nameWordsEnd(text.slice(0, limit), i)
    if (end <= i || !/^[\p{Lu}Đ]/u.test(text.slice(i, i + 1))) break
    const e = scopeEnd(text, localityAt(text, end))
    items.push({ start: i, end: e, name: canonical(`${Head} ${text.slice(i, e)}`), kind: kindOf(Head), unit: e > end ? text.slice(end, e).trim().replace(/\s+/gu, ' ') : undefined })
    i = e
    const sep = sepRe.exec(text.slice(i, i + 8))
    if (!sep) break
    const peek = text.slice(i + sep[0].length, i + sep[0].length + 40)
    if (!/^[\p{Lu}Đ]/u.test(peek) || headRe.test(peek) || openerRe.test(peek)) break
    if (/,/u.test(sep[0])) listed = true
    i += sep[0].length
  }
  // "các Phòng: Kinh tế, Văn hóa - Xã hội xã": the locality after the last item is every item's.
  const last = items[items.length - 1]?.unit
  if (last) for (const it of items) if (!it.unit) it.name = `${it.name} ${last}`
  for (const it of items) delete it.unit
  return items.length ? { end: i, items } : null
}

/** Collective: "các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh", "cơ quan, đơn vị có liên quan". */
function collectiveAt(text: string, pos: number): number {
  const { collectiveRe } = lexicon()
  const first = collectiveRe.exec(text.slice(pos, pos + 60))
  if (!first) {
    // "các ấp", "các thôn, bản", "các tổ dân phố, khu dân cư": the units of a commune, named as a
    // plural list, are an addressee (the bodies of each); the list is closed like a list of localities.
    const units = lexicon().unitCollectiveRe.exec(text.slice(pos, pos + 120))
    return units ? restrictiveClauseEnd(text, boundedRelativeEnd(text, qualifiersEnd(text, pos + units[0].length, true), false)) : pos
  }
  // "Tổ chức …", "Doanh nghiệp …" opening a clause are verbs or private parties, not addressees;
  // "cấp ủy viên" is a member of the body, a person.
  if (lexicon().clauseNounRe.test(first[0]) || lexicon().capitalNounRe.test(first[0]) || lexicon().personSuffixRe.test(text.slice(pos + first[0].length, pos + first[0].length + 12))) return pos
  let i = pos + first[0].length
  let nouns = 1
  const group = nounGroup(first[0])
  const determined = lexicon().determinerRe.test(first[0])
  // "các trường mầm non, | tiểu học, THCS": a compound noun's head word is shared by the items after it.
  const nounWords = first[0].replace(lexicon().determinerRe, '').trim().split(/\s+/u)
  const compound = nounWords.length > 1
  while (true) {
    // Nouns of a list are also written without commas ("các sở ban ngành và địa phương").
    const sep = lexicon().sepRe.exec(text.slice(i, i + 8)) ?? /^[ \t]+(?=\p{Ll})/u.exec(text.slice(i, i + 8))
    if (!sep) break
    const next = text.slice(i + sep[0].length, i + sep[0].length + 60)
    if (compound && sep[0].trim()) {
      let len = 0
      for (let k = 1; k < nounWords.length && !len && !collectiveRe.test(next); k++) {
        const shared = nounWords.slice(0, k).join(' ')
        const withHead = collectiveRe.exec(`${shared} ${next}`)
        if (withHead && withHead[0].length > shared.length + 1) len = withHead[0].length - shared.length - 1
      }
      const acronym = /^\p{Lu}{2,5}(?![\p{L}])/u.exec(next)
      if (!len && acronym && !lexicon().headRe.test(next) && !lexicon().openerRe.test(next)) len = acronym[0].length
      if (len) {
        i += sep[0].length + len
        nouns++
        continue
      }
    }
    // "các cơ quan, | Sở Y tế": a head with a name of its own after the comma is a body, not a noun of the list.
    // A head that is itself a noun of the list stays in it ("các Viện nghiên cứu, | Trường Đại học có liên quan").
    const more = collectiveRe.exec(next)
    const named = lexicon().headRe.exec(next)
    const nameAfter = named ? /^[ \t]+[\p{Lu}Đ]/u.test(next.slice(named[0].length)) : false
    const nounHead = !!named && !!more && more[0].length >= named[0].length
    if (named && sep[0].trim() && /^[\p{Lu}Đ]/u.test(next) && (nameAfter || (/\s/u.test(named[0]) && !nounHead))) break
    if (!sep[0].trim() && (!more || lexicon().determinerRe.test(more[0]) || lexicon().clauseNounRe.test(more[0]))) break
    // Party bodies, the state's and investors are separate addressees: "các cấp ủy, tổ chức đảng, |
    // cơ quan, đơn vị", "các Sở, ban ngành, | nhà đầu tư thứ cấp".
    if (more && nounGroup(more[0]) !== group && !(nounGroup(more[0]) === 'investor' && sharesQualifier(text, i + sep[0].length + more[0].length))) break
    // "…, các tổ chức quốc tế": a new "các" after a comma starts another addressee; after "và" it
    // goes on ("các sở, ban, ngành và các đơn vị khác có liên quan").
    if (!more || (lexicon().determinerRe.test(more[0]) && !(sep[0].trim() !== ',' && determined))) break
    i += sep[0].length + more[0].length
    nouns++
  }
  const bare = !determined
  // A bare noun ("đơn vị …", "Trường hợp …") needs a list or a known qualifier to be an addressee.
  if (bare && nouns === 1 && !/\s/.test(first[0].trim()) && !lexicon().qualifierRe.test(text.slice(skipSpace(text, i), i + 40))) return pos
  const q = determined ? restrictiveClauseEnd(text, boundedRelativeEnd(text, qualifiersEnd(text, i), false)) : boundedRelativeEnd(text, qualifiersEnd(text, i), false)
  // The clause may open inside what the qualifiers took ("các đơn vị | được giao quản lý công trình | chịu …").
  for (let k = i; k <= q; k++) {
    if (k < q && !/[ \t]/u.test(text[k])) continue
    const e = subjectClauseEnd(text, k)
    if (e > k && e > q) return e
  }
  return q
}

/**
 * A restrictive clause of a collective subject that its duty predicate follows: "các cơ quan |
 * được phân công chủ trì thực hiện nhiệm vụ tại Kế hoạch này | có trách nhiệm …". Without the
 * duty predicate within the sentence the clause is the predicate itself and stays out.
 */
function subjectClauseEnd(text: string, pos: number): number {
  const { subjectClauseRe, dutyRe } = lexicon()
  const open = subjectClauseRe.exec(text.slice(pos, pos + 20))
  if (!open) return pos
  let i = pos + open[0].length
  let end = i
  for (let words = 0; words < 18; words++) {
    const j = skipSpace(text, i)
    if (/\n[ \t]*\n/u.test(text.slice(i, j)) || (/\n/u.test(text.slice(i, j)) && /^[-+•]/u.test(text.slice(j, j + 1)))) break
    const rest = text.slice(j, j + 40)
    if (words > 0 && dutyRe.test(rest)) return end
    const comma = /^,/u.exec(rest)
    if (comma) {
      i = j + 1
      continue
    }
    const w = WORD.exec(rest)
    if (!w) break
    i = end = j + w[0].replace(/[.]+$/, '').length
  }
  return pos
}

/** "Cục Hải quan | đang quản lý kho ngoại quan | gia hạn …": kept when the sentence's predicate follows it. */
function boundedRelativeEnd(text: string, pos: number, single = true): number {
  const open = lexicon().boundedRelativeRe.exec(text.slice(pos, pos + 30))
  if (!open) return pos
  // A body already fixed by its place ("… tỉnh Quảng Ngãi | đang quản lý công trình") is one body:
  // the clause can pick no member of it, it recounts what that body does.
  // A plural collective in one place may still be narrowed ("các đơn vị trên địa bàn tỉnh X | đang …").
  if (single && units().PLACED_END_RE.test(text.slice(Math.max(0, pos - 60), pos))) return pos
  const end = relativeClauseEnd(text, pos + open[0].length)
  if (end <= pos + open[0].length) return pos
  const j = skipSpace(text, end)
  return j > end && stopAt(text, end, j) ? end : pos
}

/**
 * "UBND các quận, huyện | có dự án đi qua | chỉ đạo …", "các xã | có điểm trường lẻ | rà soát": a
 * clause that picks which members of a plural collective are meant, kept when the sentence's own
 * predicate follows it within a few words; "có văn bản", "có trách nhiệm" are predicates themselves.
 */
function restrictiveClauseEnd(text: string, pos: number): number {
  const { restrictiveOpenerRe, stopRe, functionWords } = lexicon()
  const open = restrictiveOpenerRe.exec(text.slice(pos, pos + 12))
  if (!open) return pos
  const at = skipSpace(text, pos)
  const own = stopRe.exec(text.slice(at, at + 40))
  if (own && own[0].length > open[1].length) return pos
  let i = pos + open[0].length
  let end = i
  for (let words = 0; words < 8; words++) {
    const j = skipSpace(text, i)
    if ((words > 0 && j === i) || /\n/u.test(text.slice(i, j))) break
    const rest = text.slice(j, j + 40)
    const compound = lexicon().compoundRe.exec(rest)
    if (compound) {
      i = end = j + compound[0].length
      continue
    }
    if (words > 0 && stopAt(text, i, j)) {
      const verb = stopRe.exec(rest)
      return verb && !functionWords.has(verb[0]) ? end : pos
    }
    const w = WORD.exec(rest)
    if (!w || functionWords.has(w[0]) || /^[\p{Lu}Đ\d]/u.test(w[0])) break
    i = end = j + w[0].length
  }
  return pos
}

/** After the last noun of a list: a qualifier the whole list shares ("…, chủ đầu tư | trên địa bàn tỉnh"), not one of its own. */
function sharesQualifier(text: string, pos: number): boolean {
  const rest = text.slice(pos, pos + 40)
  const { qualifierRe, relationRe, scopeRe } = lexicon()
  const t = rest.replace(/^[ \t]+/u, '')
  return /^[ \t]*(?:[,;.:)]|\n|$)/u.test(rest) || qualifierRe.test(t) || relationRe.test(t) || scopeRe.test(rest) || localityAt(text, pos) > pos
}

function nounGroup(noun: string): 'party' | 'investor' | 'government' | 'state' {
  const bare = fold(noun).replace(lexicon().foldedDeterminerRe, '')
  const { partyNouns, investorNouns, governmentNouns } = lexicon()
  return partyNouns.has(bare) ? 'party' : investorNouns.has(bare) ? 'investor' : governmentNouns.has(bare) ? 'government' : 'state'
}

/** "có liên quan", "trực thuộc UBND tỉnh", "trên địa bàn tỉnh", "về hạ tầng", "chủ trì nhiệm vụ được giao …". */
function qualifiersEnd(text: string, from: number, closed = false): number {
  const { stopRe, compoundRe, qualifierRe, scopeRe, relativeRe } = lexicon()
  let i = from
  let words = 0
  let properRun = false
  // After a scope ("các cấp", "cùng cấp", "cấp tỉnh") only known qualifiers go on: a plain word
  // there is the predicate ("Cấp ủy các cấp | dự thảo nghị quyết").
  let scoped = closed
  while (words < 12) {
    const j = skipSpace(text, i)
    if (/\n[ \t]*\n/u.test(text.slice(i, j)) || (j > i && pageBreakBetween(text, i, j))) break
    const rest = text.slice(j, j + 80)
    if (!rest) break
    if (nameEndsAt(text, i, j, rest)) break
    const units = unitListEnd(text, i)
    if (units > i) {
      i = units
      words++
      scoped = true
      continue
    }
    const compound = compoundRe.exec(rest)
    if (compound) {
      i = j + compound[0].length
      words++
      // "cơ quan chuyên trách tham mưu, giúp việc Đảng ủy": the body served is part of the name.
      const served = /^(?=\s)[ \t]*\n?[ \t]*[\p{Lu}Đ]/u.test(text.slice(i, i + 40)) ? agenciesAt(text, skipSpace(text, i)) : []
      if (served.length) {
        i = served[served.length - 1].end
        break
      }
      continue
    }
    // "các cơ quan chủ trì trong …": a role word with no object names the collective's role.
    const role = lexicon().roleNounRe.exec(rest)
    if (role && j > i) {
      i = j + role[0].length
      words++
      continue
    }
    // "cấp tỉnh", "trong và ngoài tỉnh"; "nơi …" opens a relative clause of the name.
    const scope = scopeRe.exec(text.slice(i, i + 60))
    if (scope) {
      i = localityAt(text, i + scope[0].length)
      words++
      scoped = true
      continue
    }
    if (relativeRe.test(text.slice(i, i + 12))) {
      const e = scopeEnd(text, i)
      if (e > i) i = e
      break
    }
    // "UBND các xã | vùng cao": a qualifier of the localities or units of the list.
    const placeQualifier = lexicon().localityQualifierRe.exec(rest)
    if (placeQualifier && j > i) {
      i = j + placeQualifier[0].length
      words++
      continue
    }
    const known = qualifierRe.exec(rest)
    const stop = stopRe.exec(rest)
    // The relations (thuộc, trên địa bàn, về) are read below with what they govern; "quản lý"
    // qualifies ("các sở quản lý chuyên ngành") but "quản lý chặt chẽ" is the predicate: the longer wins.
    const knownWords = known ? known[0].replace(/\s+/g, ' ') : ''
    if (known && !(stop && stop[0].length > known[0].length) && !lexicon().relations.has(knownWords) && !lexicon().nameBreakers.has(knownWords)) {
      i = j + known[0].length
      words++
      continue
    }
    // "Đơn vị tư vấn giám sát | (Công ty …)": a verb right before a bracket that names a body is a
    // word of the role the bracket fills, with no object of its own.
    const roleWord = stopRe.exec(rest) ?? /^\p{Ll}+/u.exec(rest)
    const bracketed = roleWord && words > 0 ? /^[ \t]*\([ \t]*/u.exec(rest.slice(roleWord[0].length)) : null
    if (roleWord && bracketed && lexicon().headRe.test(rest.slice(roleWord[0].length + bracketed[0].length))) {
      i = j + roleWord[0].length
      break
    }
    if (stopAt(text, i, j) && !lexicon().qualifyingPrepRe.test(rest)) break
    // A capitalised predicate word where a paragraph was joined into one line ("… các xã, phường
    // Theo chức năng"); a proper name after "thuộc ngành" stays ("thuộc ngành Xây dựng").
    if (lexicon().stopCapRe.test(rest) && !lexicon().properNameOpeners.has(prevWord(text, j))) break
    if (stopRe.test(rest) && !lexicon().qualifyingPrepRe.test(rest)) break
    const rel = lexicon().relationRe.exec(rest)
    if (rel) {
      const inner = j + rel[0].length
      const found = agenciesAt(text, inner)
      const sub = found.length ? found[found.length - 1].end : inner
      if (sub > inner) {
        // After the body it belongs to, only known qualifiers go on ("thuộc Ban tổ chức | đợt thi đua …").
        i = qualifiersEnd(text, localityAt(text, sub), true)
        break
      }
      const place = lexicon().relationPlaceRe.exec(text.slice(inner, inner + 40))
      if (place) {
        // The place's name stops at a word that never continues a name ("… Trung ương | Ngày 09 …").
        let len = place[0].length
        const words2 = /\s+(\S+)/gu
        let w2: RegExpExecArray | null
        while ((w2 = words2.exec(place[0]))) if (lexicon().enderRe.test(w2[1]) || lexicon().personRe.test(w2[1])) { len = w2.index; break }
        i = inner + len
        words++
        continue
      }
      if (lexicon().dependentRelations.some((r) => rel[0].startsWith(r))) break
    }
    if (lexicon().qualifierStopRe.test(rest)) break
    const inDocument = lexicon().documentScopeRe.exec(rest)
    if (inDocument) {
      i = j + inDocument[0].length
      words++
      continue
    }
    const w = WORD.exec(rest)
    if (!w) break
    if (lexicon().functionWords.has(w[0]) || scoped) break
    const capital = /^[\p{Lu}Đ]/u.test(w[0])
    // A capital on the next line opens the body of a heading ("UBND các xã | \n Tổ chức …"): the layout
    // stage has already joined the line breaks that wrap a name (a break after "huyện" before its place).
    if (capital && /\n/u.test(text.slice(i, j)) && !lexicon().capitalisedQualifierRe.test(rest) && !lexicon().properNameOpeners.has(prevWord(text, j))) break
    // Capitals continue only a proper name opened after "về", "thuộc", "ngành" ("thuộc ngành Công Thương"),
    // or an acronym among lower-case qualifiers that is no body's ("các doanh nghiệp dự án | BOT | đường bộ").
    const acronym = capital && words > 0 && /^\p{Lu}{2,6}$/u.test(w[0]) && !/\n/u.test(text.slice(i, j)) && !lexicon().headRe.test(rest) && !lexicon().openerRe.test(rest) && /^(?:[ \t]+\p{Ll}|[ \t]*[,;.:)]|[ \t]*$)/u.test(rest.slice(w[0].length))
    if (capital && !acronym && !lexicon().capitalisedQualifierRe.test(rest) && words > 0 && !properRun && !lexicon().properNameOpeners.has(prevWord(text, j))) break
    properRun = capital
    i = j + w[0].length
    words++
    // "… thuộc Sở | tự chủ tài chính": the issuer's head alone closes the qualifiers.
    if (capital && bareHeadInName(text, j, w[0])) break
  }
  return i
}

function prevWord(text: string, j: number): string {
  const m = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, j - 20), j))
  return m ? m[1] : ''
}

/**
 * Qualifiers of scope after a name ("cấp tỉnh", "trong và ngoài tỉnh", "cùng cấp") and a relative
 * clause opened by "nơi" ("nơi đăng ký tờ khai"): they belong to the name.
 */
function scopeEnd(text: string, pos: number): number {
  const { scopeRe, relativeRe } = lexicon()
  let out = pos
  for (let k = 0; k < 3; k++) {
    const region = lexicon().regionRe.exec(text.slice(out, out + 30))
    if (region) {
      out += region[0].length
      continue
    }
    // "Ngân hàng Nhà nước | chi nhánh Khu vực 1", "… chi nhánh tỉnh Lào Cai": a branch and its place or region.
    const branch = lexicon().branchRe.exec(text.slice(out, out + 20))
    if (branch) {
      const at = out + branch[0].length
      const place = Math.max(localityAt(text, at), regionEnd(text, at))
      if (place > at) {
        out = place
        continue
      }
    }
    const sc = scopeRe.exec(text.slice(out, out + 40))
    if (sc) {
      out = localityAt(text, out + sc[0].length)
      continue
    }
    const rel = relativeRe.exec(text.slice(out, out + 12))
    if (rel) {
      const clauseEnd = relativeClauseEnd(text, out + rel[0].length)
      if (clauseEnd > out + rel[0].length) out = clauseEnd
    }
    break
  }
  return out
}

function regionEnd(text: string, pos: number): number {
  const region = lexicon().regionRe.exec(text.slice(pos, pos + 30))
  return region ? pos + region[0].length : pos
}

/** Up to 12 words of a relative clause, until the item's own predicate or punctuation. */
function relativeClauseEnd(text: string, pos: number): number {
  const { relativeWordRe, compoundRe, functionWords, relativeConnectors, relativeTrailRe } = lexicon()
  let i = pos
  let end = pos
  for (let words = 0; words < 12; words++) {
    const j = skipSpace(text, i)
    if (/\n[ \t]*\n/u.test(text.slice(i, j))) break
    const rest = text.slice(j, j + 60)
    const compound = compoundRe.exec(rest)
    if (compound) {
      i = end = j + compound[0].length
      continue
    }
    const inner = relativeWordRe.exec(rest)
    // A longer predicate wins over a clause word it starts with ("đưa ra" proposes; "đưa hàng" is the clause's).
    const stop = lexicon().stopRe.exec(rest)
    if (inner && !(stop && stop[0].length > inner[0].length)) {
      i = end = j + inner[0].length
      continue
    }
    if (stopAt(text, i, j)) {
      // A relative clause opens on its own verb ("nơi tiếp nhận hồ sơ", "nơi mở tờ khai"); a later one is the item's.
      const verb = words === 0 ? lexicon().stopRe.exec(rest) : null
      if (!verb || functionWords.has(verb[0])) break
      i = end = j + verb[0].length
      continue
    }
    const w = WORD.exec(rest)
    if (!w || (functionWords.has(w[0]) && words === 0)) break
    if (functionWords.has(w[0]) && !relativeConnectors.has(w[0])) break
    i = end = j + w[0].replace(/[.]+$/, '').length
  }
  // A clause cannot end on a connector.
  const trail = relativeTrailRe.exec(text.slice(pos, end))
  return trail ? end - trail[0].length : end
}

/** A head word and its name ("Sở Giao thông vận tải", "Cục Biến đổi khí hậu"), or pos. */
function properAt(text: string, pos: number): number {
  for (const p of lexicon().namePatterns) {
    const m = p.re.exec(text.slice(pos, pos + 160))
    // A pattern that reaches a locality across the predicate ("Ban Quản lý dự án | bàn giao … cho UBND
    // huyện X") has read past the name: a function word never stands inside one.
    if (m && !crossesFunctionWord(m[0])) return boundedRelativeEnd(text, scopeEnd(text, localityAt(text, pos + m[0].length)))
  }
  const h = lexicon().headRe.exec(text.slice(pos, pos + 40))
  if (!h) return pos
  const afterHead = pos + h[0].length
  let end = nameWordsEnd(text, afterHead, headInfo(h[0]).lowerName, lexicon().servingHeads.has(h[0]))
  if (end === afterHead) end = taskNameEnd(text, afterHead, h[0])
  if (end === afterHead) {
    // A name written in lower case ("Chi cục hải quan nơi …", "Cục thuế tỉnh") when a qualifier of
    // the name follows it: a relative clause, a scope or a locality.
    const low = nameWordsEnd(text, afterHead, true)
    const tail = text.slice(low, low + 40)
    const words = text.slice(afterHead, low).trim().split(/\s+/u).length
    // A longer one only before a scope or a locality ("Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên | cấp huyện").
    const placed = lexicon().scopeRe.test(tail) || localityAt(text, low) > low
    // … and only in lower case throughout ("Báo | cáo Chủ tịch UBND huyện" is a verb and its object).
    // A one-word head is also the first syllable of common words ("Hội nghị", "Ban hành"): not after it.
    const allLower = !/[\p{Lu}Đ]/u.test(text.slice(afterHead, low)) && /\s/u.test(h[0].trim())
    if (low > afterHead && (words <= 3 || (words <= 10 && placed && allLower)) && (lexicon().relativeRe.test(tail) || lexicon().boundedRelativeRe.test(tail) || placed)) end = low
  }
  let out = end
  if (end === afterHead) {
    // "Công an tỉnh", "Thanh tra tỉnh": a head with only a locality; "UBND cấp xã": only a scope;
    // "Ủy ban MTTQ Việt Nam": a head that is a name.
    // "Thuế cơ sở 2, Thuế cơ sở 5": a head of a common noun numbered right after it (not a local
    // government's: "Ủy ban nhân dân 16 …" is a table's number).
    const numbered = /\s/u.test(h[0].trim()) && !lexicon().localCollectiveHeads.has(h[0]) ? /^[ \t]+(?:\d{1,3}|[IVXLC]+)(?=[ \t]*(?:[,;.:)]|$)|[ \t]+\p{L})/u.exec(text.slice(afterHead, afterHead + 8)) : null
    const unit = numbered ? afterHead + numbered[0].length : afterHead
    const loc = localityAt(text, unit)
    const scope = scopeEnd(text, loc)
    if (numbered && (scope > unit || runEndsAt(text, unit))) return boundedRelativeEnd(text, scope)
    if (scope > afterHead) return boundedRelativeEnd(text, scope)
    if (/\s/u.test(h[0].trim())) out = afterHead
    else return pos
  } else out = localityAt(text, end)
  return boundedRelativeEnd(text, scopeEnd(text, out))
}

/**
 * "Hội đồng | đánh giá kết quả rèn luyện | cấp khoa", "Tổ công tác | rà soát thủ tục hành chính | báo
 * cáo": a body set up for a task is named by its verb and object. The verb is the name's when the
 * object is closed as a name is (a scope, a locality, or the sentence's own verb right after it);
 * before punctuation, a comma or a preposition the verb is the sentence's predicate.
 */
function taskNameEnd(text: string, pos: number, head: string): number {
  const { taskNamedHeads, stopRe, functionWords, nameBreakers, scopeRe } = lexicon()
  if (!taskNamedHeads.has(head)) return pos
  const j = skipSpace(text, pos)
  if (j === pos || /\n/u.test(text.slice(pos, j))) return pos
  const verb = stopRe.exec(text.slice(j, j + 30))
  if (!verb || !/^\p{Ll}/u.test(verb[0]) || functionWords.has(verb[0]) || nameBreakers.has(verb[0].split(' ')[0]) || lexicon().dutyRe.test(text.slice(j, j + 30))) return pos
  const objectStart = j + verb[0].length
  const end = nameWordsEnd(text, objectStart, true)
  if (/[\p{Lu}Đ]/u.test(text.slice(objectStart, end))) return pos
  if (scopeRe.test(text.slice(end, end + 40)) || localityAt(text, end) > end) return end
  if (end === objectStart) return pos
  const k = skipSpace(text, end)
  if (k === end || /\n/u.test(text.slice(end, k))) return pos
  const next = stopRe.exec(text.slice(k, k + 30))
  return next && !functionWords.has(next[0]) && !nameBreakers.has(next[0]) ? end : pos
}

/** After a name: punctuation, a conjunction, a line end or the sentence's predicate. */
function runEndsAt(text: string, pos: number): boolean {
  const rest = text.slice(pos, pos + 40)
  if (/^[ \t]*(?:[,;.:)]|\n|$)/u.test(rest)) return true
  const j = skipSpace(text, pos)
  return j > pos && (lexicon().connRe.test(text.slice(j, j + 12)) || stopAt(text, pos, j))
}

/** "Kế hoạch số 12", "Quyết định 1234": a document type followed by its number. */
function numberedDocument(words: string): boolean {
  const d = lexicon().docTypeRe.exec(words)
  return !!d && /^[ \t]+(?:\p{Ll}+[ \t]+)?\d/u.test(words.slice(d[0].length))
}

/** The name's last word before i is a word in title case ("Chính trị", "Văn hóa"), not an acronym ("CNTT"). */
function titleCasedBefore(text: string, from: number, i: number): boolean {
  const words = text.slice(from, i).trim().split(/\s+/u)
  const capitals = words.filter((w) => /^[\p{Lu}Đ]/u.test(w))
  const last = capitals[capitals.length - 1]
  return !!last && /^[\p{Lu}Đ][\p{Ll}đ]/u.test(last)
}

function crossesFunctionWord(phrase: string): boolean {
  const { functionWords } = lexicon()
  const conj = new Set(rules().agencies.conjunctions)
  return phrase.split(/[\s,]+/u).some((w, k) => k > 0 && functionWords.has(w) && !conj.has(w))
}

function headInfo(printed: string): { kind: string; lowerName: boolean } {
  const folded = fold(printed)
  return lexicon().headByFold.get(folded) ?? { kind: 'other', lowerName: false }
}

function kindOf(name: string): string {
  const folded = fold(name)
  for (const h of lexicon().headKinds) if (folded.startsWith(h.folded)) return h.kind
  return 'other'
}

/** canonical() of the printed names seen so far: a pure function of the rules, asked again for the same names. */
const canonicalSeen = new Map<string, string>()

/** Canonical: expand abbreviations, gazetteer spelling, capitalised first letter. */
function canonical(printed: string): string {
  let out = canonicalSeen.get(printed)
  if (out === undefined) {
    out = canonicalUncached(printed)
    // Bounded like names.ts' memo, so a batch of any size cannot grow it.
    if (canonicalSeen.size >= 20000) canonicalSeen.clear()
    canonicalSeen.set(printed, out)
  }
  return out
}

function canonicalUncached(printed: string): string {
  // A hyphen spaced on one side only ("Lao động -Thương binh") is the spaced hyphen of a name.
  const clean = printed
    .replace(/\s+/g, ' ')
    .replace(/[–—]/g, '-')
    .replace(/(?<=\p{L}) -(?=\p{L})|(?<=\p{L})- (?=\p{L})/gu, ' - ')
    .replace(lexicon().abbreviationDotRe, '$1 ')
    .trim()
  const name = canonicalAgencyName(clean)
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/**
 * All agency mentions starting exactly at pos (an enumeration gives several), or [].
 * A leading title ("Giám đốc Sở …", "Thủ trưởng các cơ quan …") stands for the agency.
 */
export function agenciesAt(text: string, pos: number): AgencyMention[] {
  const found = readAgenciesAt(text, pos)
  // A short name only the letter defines ("các TCTD"), where nothing else is read: as printed (the
  // printed short form is the name's alias).
  const defined = !found.length && letterDefinitions?.size ? definedAt(text, pos) : null
  if (defined) return [defined]
  return letterNames && found.length === 1 ? [shortenByLetter(text, extendByLetter(text, found[0]))] : found
}

/**
 * "các tổ chức tín dụng, chi nhánh ngân hàng nước ngoài trên địa bàn (sau đây gọi là TCTD)": a short
 * name the letter defines for an agency it has just named. Later "các TCTD" is that agency.
 */
interface DefinedName {
  /** The agency's name as read where it is defined. */
  name: string
  kind: string
  collective: boolean
}
let letterDefinitions: Map<string, DefinedName> | null = null

/** The defined short names of a letter, by their folded form. */
function harvestDefinitions(letter: string): Map<string, DefinedName> {
  const out = new Map<string, DefinedName>()
  const re = new RegExp(`\\([ \\t]*(?:${alternation(rules().agencies.definitionMarkers)})[ \\t]+([^()\\n]{2,60}?)[ \\t]*\\)`, 'gu')
  let m: RegExpExecArray | null
  while ((m = re.exec(letter))) {
    const short = m[1].replace(lexicon().determinerRe, '').trim()
    // A short name is a name: capitalised, a few words at most.
    if (!/^[\p{Lu}Đ]/u.test(short) || short.split(/\s+/u).length > 8) continue
    const open = m.index
    const before = letter.slice(0, open).replace(/\s+$/u, '').length
    // The agency that ends right before the bracket, read from the earliest start that reaches it.
    for (let k = Math.max(0, before - 160); k < before; k++) {
      if (k > 0 && /[\p{L}\d]/u.test(letter[k - 1])) continue
      if (!/[\p{L}]/u.test(letter[k])) continue
      const read = readAgenciesAt(letter, k)
      // "… nước ngoài | trên địa bàn (sau đây gọi là TCTD)": the area between them is the sentence's.
      if (read.length === 1 && (read[0].end === before || bareAreaEnd(letter, read[0].end) === before)) {
        out.set(fold(short), { name: read[0].name, kind: read[0].kind, collective: read[0].collective })
        break
      }
    }
  }
  return out
}

/** A defined short name at pos, with its determiner ("các TCTD"). */
function definedAt(text: string, pos: number): AgencyMention | null {
  const det = lexicon().determinerRe.exec(text.slice(pos, pos + 8))
  const at = pos + (det ? det[0].length : 0)
  for (const [short, d] of letterDefinitions!) {
    const probe = fold(text.slice(at, at + short.length + 4).replace(/\s+/gu, ' '))
    if (!probe.startsWith(short) || /[\p{L}\d]/u.test(probe[short.length] ?? '')) continue
    const end = advance(text, at, short.length)
    const printed = text.slice(pos, end)
    return { start: pos, end, name: canonical(printed), printed, kind: d.kind, collective: d.collective }
  }
  return null
}

/**
 * Names the letter prints whole where their end is unambiguous: a Kính gửi or Nơi nhận entry, or a
 * bracket ("(qua Vụ Giáo dục thường xuyên)"). Elsewhere in the letter a name read shorter that the
 * text goes on to complete is read as the letter names it ("Phòng Kế hoạch tổng hợp | là đầu mối").
 */
interface LetterName {
  folded: string
  /** A table cell's name: it may shorten a reading elsewhere, never lengthen one (a cell may hold several). */
  cell?: boolean
}
let letterNames: Map<string, LetterName[]> | null = null

/** Runs `read` with the names of this letter known (see LetterName); the pipeline wraps extraction in it. */
export function withLetterNames<T>(letter: string, read: () => T): T {
  const outer = letterNames
  const outerDefinitions = letterDefinitions
  letterNames = harvestLetterNames(letter)
  // Definitions are read with no definitions known (the agency before a bracket is read plainly).
  letterDefinitions = null
  letterDefinitions = harvestDefinitions(letter)
  try {
    return read()
  } finally {
    letterNames = outer
    letterDefinitions = outerDefinitions
  }
}

/** The whole names of the letter's address blocks and brackets, by their folded first word. */
export function harvestLetterNames(letter: string): Map<string, LetterName[]> {
  const { headRe, functionWords, dutyRe, roleNounRe } = lexicon()
  const conj = new Set(rules().agencies.conjunctions)
  const out = new Map<string, LetterName[]>()
  // An entry may hold several names: "A; B", "Cục X, Cục Y" (a comma before a head), never split inside one.
  // An address line is short: one longer than this (a letter run onto one line) is cut, so harvesting stays linear.
  const MAX_ENTRY = 400
  const add = (whole: string) => {
    const raw = whole.length > MAX_ENTRY ? whole.slice(0, MAX_ENTRY) : whole
    for (const part of raw.split(';')) {
      let from = 0
      const comma = /,[ \t]*/gu
      let c: RegExpExecArray | null
      while ((c = comma.exec(part))) {
        const next = part.slice(c.index + c[0].length, c.index + c[0].length + 120)
        // "UBND quận A, huyện B" names two bodies too.
        if (!headRe.test(next) && !units().LOCALITY_RE.exec(` ${next}`)?.groups?.place) continue
        addOne(part.slice(from, c.index))
        from = c.index + c[0].length
      }
      addOne(part.slice(from))
    }
  }
  const addOne = (raw: string, cell = false) => {
    const name = raw.replace(/^[ \t]*[-+•*][ \t]*/u, '').replace(/[ \t]*[;.,:]*[ \t]*$/u, '').trim()
    const words = name.split(/\s+/u)
    if (words.length < 2 || words.length > 14 || /[\d:/()]/u.test(name) || !headRe.test(name)) return
    // A sentence in a list is no name: no function word, no role or duty.
    if (words.some((w, k) => k > 0 && functionWords.has(w) && !conj.has(w))) return
    if (words.some((_, k) => k > 0 && (dutyRe.test(words.slice(k).join(' ')) || roleNounRe.test(words.slice(k).join(' '))))) return
    const folded = fold(name)
    const key = folded.split(' ')[0]
    const list = out.get(key) ?? []
    const seen = list.find((x) => x.folded === folded)
    if (!seen) list.push(cell ? { folded, cell } : { folded })
    else if (!cell) delete seen.cell
    list.sort((x, y) => y.folded.length - x.folded.length)
    out.set(key, list)
  }
  const h = rules().header
  for (const id of ['header/recipients', 'header/distribution']) {
    const re = new RegExp(pattern(h, id).source, pattern(h, id).flags.replace('g', '') + 'gm')
    let m: RegExpExecArray | null
    while ((m = re.exec(letter))) {
      // The rest of the marker's line, then the list lines under it (blank lines between them allowed).
      let i = m.index + m[0].length
      const first = letter.indexOf('\n', i)
      // Entries: the rest of the marker's line, then one per bullet; a line that goes on in lower
      // case is the wrapped rest of the entry before it.
      const entries = [letter.slice(i, first < 0 ? letter.length : first)]
      i = first < 0 ? letter.length : first + 1
      let blank = false
      for (let n = 0; n < 40 && i < letter.length; n++) {
        const e = letter.indexOf('\n', i)
        const line = letter.slice(i, e < 0 ? letter.length : e)
        i = e < 0 ? letter.length : e + 1
        if (!line.trim()) {
          blank = true
          continue
        }
        if (/^[ \t]*[-+•*]/u.test(line)) entries.push(line)
        else if (!blank && /^[ \t]*\p{Ll}/u.test(line) && !/[;.][ \t]*$/u.test(entries[entries.length - 1])) entries[entries.length - 1] += ` ${line.trim()}`
        else break
        blank = false
      }
      for (const entry of entries) add(entry)
      if (m[0].length === 0) re.lastIndex++
    }
  }
  // "Phòng Kế hoạch tổng hợp | là đầu mối": a name the body prints whole before a role word, where
  // its verb-like last word cannot be the predicate, is the letter's name of that body everywhere.
  const close = lexicon().nominalCloseRe
  close.lastIndex = 0
  let c: RegExpExecArray | null
  while ((c = close.exec(letter))) {
    const nameEnd = c.index + c[0].length
    const from = Math.max(letter.lastIndexOf('\n', c.index) + 1, c.index - 100)
    const caps = /(?<![\p{L}\d])[\p{Lu}Đ]/gu
    caps.lastIndex = from
    let k: RegExpExecArray | null
    while ((k = caps.exec(letter)) && k.index < c.index) {
      if (!headRe.test(letter.slice(k.index, k.index + 40))) continue
      const read = readAgenciesAt(letter, k.index)
      if (read.length === 1 && !read[0].collective && read[0].end === nameEnd) {
        addOne(read[0].printed)
        break
      }
    }
  }
  // A table's cells: a lead or support column holds whole names ("| Phòng Đào tạo | …").
  for (const line of letter.split('\n')) {
    if ((line.match(/\|/gu)?.length ?? 0) < 2) continue
    for (const cell of line.split('|')) {
      // Only a cell the reader reads as one body from end to end ("| Phòng Đào tạo |").
      const text = cell.trim().replace(/[;.,]+$/u, '')
      if (!text || text.length > 160) continue
      const read = readAgenciesAt(text, 0)
      if (read.length === 1 && !read[0].collective && read[0].end === text.length) addOne(text, true)
    }
  }
  const bracket = /\(([^()\n]{3,120})\)/gu
  let b: RegExpExecArray | null
  while ((b = bracket.exec(letter))) {
    // "(qua Vụ X)": one lower-case word may stand before the name.
    const inner = b[1].replace(/^\p{Ll}+[ \t]+(?=[\p{Lu}Đ])/u, '')
    add(inner)
  }
  return out
}

/** A mention the text goes on to complete as the letter names it elsewhere. */
function extendByLetter(text: string, m: AgencyMention): AgencyMention {
  const word = /^[^\s,;:.()]+/u.exec(text.slice(m.start, m.start + 24))
  const list = word ? letterNames?.get(fold(word[0])) : undefined
  if (!list) return m
  const have = fold(text.slice(m.start, m.end)).length
  for (const n of list) {
    if (n.cell) continue
    if (n.folded.length <= have) break
    const probe = fold(text.slice(m.start, m.start + n.folded.length + 24).replace(/\s+/gu, ' '))
    if (!probe.startsWith(n.folded) || /[\p{L}\d&]/u.test(probe[n.folded.length] ?? '')) continue
    const end = scopeEnd(text, localityAt(text, advance(text, m.start, n.folded.length)))
    const printed = text.slice(m.start, end)
    return { ...m, end, printed, name: canonical(printed) }
  }
  return m
}

/**
 * "Phòng Đào tạo | xếp thời khóa biểu" where the letter names "Phòng Đào tạo" whole elsewhere: a
 * single body read longer than a name of the letter, by lower-case words that are no locality,
 * scope or region of it, is that name and the sentence's predicate (an unknown verb).
 */
function shortenByLetter(text: string, m: AgencyMention): AgencyMention {
  if (m.collective) return m
  const word = /^[^\s,;:.()]+/u.exec(text.slice(m.start, m.start + 24))
  const list = word ? letterNames?.get(fold(word[0])) : undefined
  if (!list) return m
  const have = fold(m.printed.replace(/\s+/gu, ' '))
  if (list.some((n) => n.folded === have)) return m
  // A known name is never cut (an address line wrapped inside it is harvested short).
  const known = gazetteerAt(text, m.start)
  for (const n of list) {
    if (n.folded.length >= have.length || !have.startsWith(`${n.folded} `)) continue
    const cut = advance(text, m.start, n.folded.length)
    if (known && known.end > cut) continue
    if (!/^[ \t]+\p{Ll}/u.test(text.slice(cut, cut + 4))) continue
    if (localityAt(text, cut) > cut || scopeEnd(text, cut) > cut || lexicon().compoundRe.test(text.slice(skipSpace(text, cut), cut + 60))) continue
    // A longer body closed by its own locality or scope ("Trung tâm Y tế | dự phòng tỉnh") is another body.
    const tail = text.slice(cut, m.end)
    if (units().ANY_UNIT_RE.test(tail) || lexicon().trailingScopeRe.test(tail.trim())) continue
    const printed = text.slice(m.start, cut)
    return { ...m, end: cut, printed, name: canonical(printed) }
  }
  return m
}

function readAgenciesAt(text: string, pos: number): AgencyMention[] {
  // "đồng chí Nguyễn Văn An, Giám đốc Sở Tài chính": the person is skipped, the title read.
  const person = lexicon().personRe.exec(text.slice(pos, pos + 12))
  if (person) {
    const named = /^[ \t]+(?:[\p{Lu}Đ][\p{Ll}đ]*[ \t]*){1,4},[ \t]*/u.exec(text.slice(pos + person[0].length, pos + person[0].length + 60))
    if (named && lexicon().titleRe.test(text.slice(pos + person[0].length + named[0].length, pos + person[0].length + named[0].length + 40)))
      return agenciesAt(text, pos + person[0].length + named[0].length)
  }
  const t = lexicon().titleRe.exec(text.slice(pos, pos + 40))
  let start = t ? pos + t[0].length : pos
  // A title that ends with a head ("Chánh Văn phòng UBND tỉnh", "Chánh Thanh tra tỉnh"): the agency starts at that head.
  if (t) {
    const words = /(?<![\p{L}])\p{L}/gu
    let w: RegExpExecArray | null
    while ((w = words.exec(t[0]))) {
      if (w.index === 0) continue
      const h = lexicon().headRe.exec(text.slice(pos + w.index, pos + w.index + 40))
      if (h && w.index + h[0].length >= t[0].trimEnd().length) {
        start = pos + w.index
        break
      }
    }
  }
  // "Các thành viên Ban Chỉ đạo tỉnh": the members of a named body stand for the body.
  const member = lexicon().memberRe.exec(text.slice(start, start + 30))
  if (member && /^[\p{Lu}Đ]/u.test(text.slice(start + member[0].length, start + member[0].length + 1))) {
    const body = agenciesAt(text, start + member[0].length)
    if (body.length && !body[0].collective) return body
  }
  const en = enumerationAt(text, start)
  if (en)
    return en.items.map((x) => {
      const m: AgencyMention = { start: x.start, end: x.end, name: x.name, printed: text.slice(x.start, x.end), kind: x.kind, collective: false }
      if (x.unit && x.place) enumerated.set(m, { unit: x.unit, place: x.place })
      return m
    })
  // UBND + collective localities: "UBND các huyện, thị xã, thành phố".
  const ub = units().UBND_COLLECTIVE_RE.exec(text.slice(start, start + 80))
  if (ub && (/,/.test(ub[0]) || lexicon().determinerInRe.test(ub[0]))) {
    // The list of units after "các" is closed: past it only known qualifiers, relations, scopes and
    // a restrictive clause go on; any other lower-case word is the predicate, known verb or not
    // ("UBND các xã, phường | nạo vét kênh mương").
    const end = restrictiveClauseEnd(text, qualifiersEnd(text, start + ub[0].length, true))
    const printed = text.slice(start, end)
    return [{ start, end, name: canonical(printed), printed, kind: 'ubnd', collective: true }]
  }
  // A plural head and its name: "các Công ty Lâm nghiệp", "các Chi cục Hải quan cửa khẩu".
  const plural = lexicon().determinerRe.exec(text.slice(start, start + 8))
  if (plural) {
    const from = start + plural[0].length
    const p = properAt(text, from)
    // A known name after the plural, in any case ("các sở giáo dục và đào tạo"): its own words, not the predicate's.
    const known = gazetteerAt(text, from)
    if (known && known.end >= p) {
      const end = scopeEnd(text, localityAt(text, known.end))
      const printed = text.slice(start, end)
      const name = canonical(`${plural[0]}${known.name}${text.slice(known.end, end)}`)
      return [{ start, end, name, printed, kind: known.kind, collective: true }]
    }
    const bareHead = lexicon().headRe.exec(text.slice(from, p))?.[0].length === p - from
    if (p > from && !(bareHead && collectiveAt(text, start) > p)) {
      const printed = text.slice(start, p).replace(/[\s,.;:]+$/u, '')
      return [{ start, end: start + printed.length, name: canonical(printed), printed, kind: kindOf(expandAbbreviations(printed.slice(plural[0].length))), collective: true }]
    }
  }
  const g = gazetteerAt(text, start)
  if (g) {
    const end = scopeEnd(text, localityAt(text, g.end))
    const printed = text.slice(start, end)
    const name = end > g.end ? `${g.name}${text.slice(g.end, end).replace(/\s+/g, ' ')}` : g.name
    return [{ start, end, name, printed, kind: g.kind, collective: false }]
  }
  let p = properAt(text, start)
  // A bare head that opens a list of heads ("Bệnh viện, Viện có giường bệnh …") is a collective.
  if (p > start && lexicon().headRe.exec(text.slice(start, p))?.[0].length === p - start && collectiveAt(text, start) > p) p = start
  if (p > start) {
    const printed = text.slice(start, p).replace(/[\s,.;:]+$/u, '')
    return [{ start, end: start + printed.length, name: canonical(printed), printed, kind: kindOf(expandAbbreviations(printed)), collective: lexicon().localCollectiveRe.test(printed) }]
  }
  const c = collectiveAt(text, start)
  if (c > start) {
    const printed = text.slice(start, c).replace(/[\s,.;:]+$/u, '')
    if (isPrivateOnly(printed)) return []
    // "Các đơn vị: Sở Tài chính, Sở Xây dựng": a collective that a colon spells out is its members,
    // when the first of them is a body named in full (not a heading's colon before its body).
    const colon = /^[ \t]*:[ \t]*/u.exec(text.slice(start + printed.length, start + printed.length + 6))
    // On the colon's own line: a heading's colon before a new line opens its body instead.
    if (colon && /^[^\s]/u.test(text.slice(start + printed.length + colon[0].length, start + printed.length + colon[0].length + 1))) {
      const members = agencyRunAt(text, start + printed.length + colon[0].length).mentions
      if (members.length && !members[0].collective) return members
    }
    return [{ start, end: start + printed.length, name: canonical(printed), printed, kind: 'collective', collective: true }]
  }
  return []
}

/** Households, enterprises and people alone are not agencies (gold convention). */
function isPrivateOnly(printed: string): boolean {
  const { determinerRe, privateOnlyRe } = lexicon()
  // "các doanh nghiệp trên địa bàn" is still the private parties of the area.
  const area = rules().agencies.bareAreaRelations.map(fold).find((r) => fold(printed).endsWith(` ${r}`))
  const bare = fold(printed.replace(determinerRe, ''))
  return privateOnlyRe.test(area ? bare.slice(0, -area.length - 1) : bare)
}

/**
 * A run of agencies from pos: "Sở A, Sở B và UBND các huyện …" — separated by commas,
 * semicolons or "và". Returns the mentions and where the run ends.
 */
export function agencyRunAt(text: string, pos: number): { mentions: AgencyMention[]; end: number } {
  const mentions: AgencyMention[] = []
  let i = skipSpace(text, pos)
  while (true) {
    const found = agenciesAt(text, i)
    if (!found.length) break
    mentions.push(...found)
    let end = found[found.length - 1].end
    // A parenthesis after a name belongs to it: "(Cục Khoa học, Công nghệ và Thông tin)" adds its agencies.
    const paren = /^\s*\(([^()]{0,120})\)/u.exec(text.slice(end, end + 130))
    if (paren) {
      const innerStart = end + paren[0].indexOf('(') + 1
      const inner = agenciesAt(text, innerStart)
      const outer = found[found.length - 1]
      // A bare collective in brackets describes the body before it: after a named body it is that
      // body's role ("Sở Nội vụ (cơ quan thường trực)"); after a collective it says which one is
      // meant ("Sở, Ngành (cơ quan đăng ký đầu tư)"). A named body in brackets is another agency.
      const describes = inner.length === 1 && inner[0].collective && !lexicon().determinerRe.test(inner[0].printed)
      // A role written as a bare collective, then the one body that fills it ("Đơn vị tư vấn giám sát
      // (Công ty X)"): the same body, named by its name.
      const fills = inner.length === 1 && !inner[0].collective && outer.collective && !lexicon().determinerRe.test(outer.printed) && inner[0].end >= innerStart + paren[1].trim().length
      if (fills) mentions.splice(mentions.length - 1, 1, inner[0])
      else if (describes && outer.collective) mentions.splice(mentions.length - 1, 1, { ...inner[0], start: outer.start, end: end + paren[0].length, printed: text.slice(outer.start, end + paren[0].length) })
      else if (!describes && inner.length) mentions.push(...inner)
      end += paren[0].length
    }
    // A person named after a leader's title is skipped, not read ("Giám đốc Sở Tài chính | Nguyễn Văn An | chủ trì").
    if (lexicon().titleRe.test(text.slice(i, i + 40))) {
      const gap = /^[ \t]+/u.exec(text.slice(end, end + 4))
      const after = gap ? text.slice(end + gap[0].length, end + gap[0].length + 60) : ''
      const { headRe, stopCapRe, collectiveRe, capitalisedQualifierRe } = lexicon()
      // Not a body, a place word or a verb that only looks like a name ("… Trung ương", "… Tổ chức").
      const shaped = !!gap && !headRe.test(after) && !opensOther(after) && !stopCapRe.test(after) && !collectiveRe.test(after) && !capitalisedQualifierRe.test(after) && !(localityAt(` ${after}`, 0) > 0)
      const person = shaped ? lexicon().personNameRe.exec(after) : null
      if (person) end += gap![0].length + person[0].length
    }
    const sep = lexicon().runSepRe.exec(text.slice(end, end + 8))
    if (!sep) {
      i = end
      break
    }
    const nextStart = end + sep[0].length
    if (!agenciesAt(text, nextStart).length) {
      i = end
      break
    }
    i = nextStart
  }
  for (let k = 0; k + 1 < mentions.length; k++) shareLocality(text, mentions[k], mentions[k + 1])
  for (let k = mentions.length - 2; k >= 0; k--) shareSiblingLocality(text, mentions[k], mentions[k + 1])
  const out = shareEnumeration(text, mentions)
  if (tracing()) for (const m of out) traceNameEnd(text, m)
  return { mentions: out, end: i }
}

/**
 * For --explain: why a name ends where it does, as "Unexpected <next words>, expected a word of a
 * name", with the guard that stopped it (the reader only sees its caller's text, so no offsets).
 */
function traceNameEnd(text: string, m: AgencyMention): void {
  const rest = text.slice(m.end, m.end + 40)
  const next = /^[ \t]*([^\n]{0,30})/u.exec(rest)![1].trim()
  if (!next) return
  const why = /^[,;.:()]/u.test(next)
    ? 'punctuation closes it'
    : stopAt(text, m.start, m.end) || stopAt(text, m.start, skipSpace(text, m.end))
      ? 'a predicate word (rules/agencies.json predicateStarts)'
      : lexicon().personRe.test(rest.trimStart())
        ? 'a person marker (rules/agencies.json personMarkers)'
        : agenciesAt(text, skipSpace(text, m.end)).length
          ? 'another agency opens'
          : 'no head, qualifier, locality or name word goes on'
  traceOnce({ stage: 'agencies', ruleId: 'agency/name-end', verdict: 'note', message: `"${m.printed.replace(/\s+/gu, ' ')}" → ${m.name}: unexpected "${next}", expected a word of the name; ${why}` })
}

/** The party committees folded, computed once (every agency run asks). */
let committeesFolded: Set<string> | null = null

/**
 * "Bí thư Tỉnh ủy và Chủ tịch UBND các tỉnh: Lào Cai, Yên Bái": a bare head joined by a
 * conjunction to an enumeration of localities is named in each of them too.
 */
function shareEnumeration(text: string, mentions: AgencyMention[]): AgencyMention[] {
  const out: AgencyMention[] = []
  committeesFolded ??= new Set(rules().agencies.partyCommittees.map(fold))
  const committees = committeesFolded
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k]
    const b = mentions[k + 1]
    const bare = lexicon().headRe.exec(a.printed)?.[0].length === a.printed.length
    const joined = lexicon().connRe.exec(text.slice(a.end, b?.start ?? a.end).trim())
    if (!b || a.collective || !bare || !enumerated.has(b) || !joined || /^[-–]/u.test(joined[0])) {
      out.push(a)
      continue
    }
    for (let n = k + 1; n < mentions.length && enumerated.has(mentions[n]); n++) {
      const { unit, place } = enumerated.get(mentions[n])!
      // A Party committee carries its unit in its name ("Tỉnh ủy Lào Cai"); other bodies take it ("HĐND tỉnh Lào Cai").
      const name = committees.has(fold(a.name)) ? `${a.name} ${place}` : `${a.name} ${unit} ${place}`
      out.push({ ...a, name })
    }
  }
  return out
}

/**
 * "Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã": a list of bodies found at every level (mass
 * organisations) written with one locality after the last is the list of that locality's bodies.
 * Read from the end, so the locality reaches every sibling before it; a body of another kind
 * between them ("Hội Nông dân, Sở Y tế tỉnh") or a sibling with a locality of its own stops it.
 */
function shareSiblingLocality(text: string, a: AgencyMention, b: AgencyMention): void {
  const { TRAILING_LOCALITY_RE, ANY_UNIT_RE } = units()
  const { levelledKinds } = lexicon()
  // A body named by its level already ("Tỉnh đoàn") takes none.
  if (a.collective || b.collective || !levelledKinds.has(a.kind) || !levelledKinds.has(b.kind) || ANY_UNIT_RE.test(a.name.toLowerCase())) return
  const between = text.slice(a.end, b.start).trim()
  if (between !== ',' && !rules().agencies.conjunctions.includes(between)) return
  const loc = TRAILING_LOCALITY_RE.exec(b.name)
  if (!loc || loc.index === 0) return
  // A plural locality is shared whole ("… Đoàn Thanh niên | các xã, phường"): walk back over the
  // units, commas, conjunctions and determiners before the last unit.
  const r = rules().agencies
  const listWords = new Set([...r.localityUnits, ...r.localityUnitsInLists, ...r.determiners, ...r.conjunctions].flatMap((w) => w.split(' ')))
  const tokens = [...b.name.slice(0, loc.index).matchAll(/,|[\p{L}]+/gu)]
  let from = loc.index
  for (let k = tokens.length - 1; k >= 0 && (tokens[k][0] === ',' || listWords.has(tokens[k][0])); k--) from = tokens[k].index!
  while (from < loc.index && !r.determiners.includes(b.name.slice(from).split(/[\s,]+/u)[0])) {
    // The shared part starts at its determiner, or is the single locality.
    const next = /^[^\s,]+[\s,]*/u.exec(b.name.slice(from))
    from = next ? from + next[0].length : loc.index
  }
  const shared = b.name.slice(from).trim()
  if (!shared || from === 0) return
  a.name = `${a.name} ${shared}`
}

/**
 * "Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội tỉnh": a body found at every level,
 * named without a locality and joined by a conjunction to a collective that ends with one, is
 * the body of that locality too.
 */
function shareLocality(text: string, a: AgencyMention, b: AgencyMention): void {
  const { TRAILING_LOCALITY_RE, ANY_UNIT_RE } = units()
  if (a.collective || !b.collective || !lexicon().levelledKinds.has(a.kind) || ANY_UNIT_RE.test(a.printed)) return
  const between = text.slice(a.end, b.start).trim()
  if (!rules().agencies.conjunctions.includes(between)) return
  // Only from a collective of mass organisations ("các đoàn thể huyện"), and one explicit locality
  // ("UBND các huyện, thị xã" names many; "Hội Cựu chiến binh" is not in each of them).
  const noun = fold(b.printed).replace(lexicon().foldedDeterminerRe, '')
  if (!lexicon().massNouns.some((n) => noun.startsWith(n))) return
  const loc = TRAILING_LOCALITY_RE.exec(b.printed)
  if (!loc) {
    // A scope is shared the same way ("Mặt trận Tổ quốc và các đoàn thể … cùng cấp").
    const scope = lexicon().trailingScopeRe.exec(b.printed)
    if (scope && !lexicon().scopeRe.test(` ${a.printed.split(/\s+/u).slice(-2).join(' ')}`)) a.name = `${a.name} ${scope[0].replace(/\s+/gu, ' ')}`
    return
  }
  const before = b.printed.slice(0, loc.index).trimEnd()
  if (/[,/]$/u.test(before) || lexicon().determinerInRe.test(before.split(/\s+/u).pop() ?? '')) return
  a.name = `${a.name} ${loc.groups!.loc.replace(/\s+/gu, ' ')}`
}
