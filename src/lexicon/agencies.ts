/**
 * rules/agencies.json: the grammar of agency names (kinds and their heads, the word lists the
 * phrase reader walks, abbreviations) and the known agencies with their validity.
 */
import { z } from 'zod'
import { readRulesFile, rulesView } from './core.js'

export const Agency = z.object({
  name: z.string(),
  kind: z.string(),
  aliases: z.array(z.string()).default([]),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  successor: z.string().optional(),
  examples: z.array(z.string()).min(1),
})
export const AgencyKind = z.object({
  kind: z.string(),
  heads: z.array(z.string()),
  /** Heads of this kind whose own name may start in lower case ("Ban Quản lý khu Kinh tế", "Tổ công tác rà soát …"). */
  lowerNameHeads: z.array(z.string()).default([]),
  examples: z.array(z.string()).min(1),
})
/** A phrase and the agencies (canonical names) that the phrase reader must take from its start. */
const AgencyReading = z.object({ text: z.string(), agencies: z.array(z.string()), note: z.string().optional() })
export const AgenciesFile = z.object({
  description: z.string(),
  kinds: z.array(AgencyKind),
  abbreviations: z.array(z.object({ short: z.string(), full: z.string(), notBefore: z.array(z.string()).default([]), examples: z.array(z.string()).min(1) })),
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
  bareAreaRelations: z.array(z.string()).default([]),
  pairedPartStops: z.array(z.string()).default([]),
  personSuffixes: z.array(z.string()).default([]),
  definitionMarkers: z.array(z.string()).default([]),
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
  /** Closed-list qualifiers of plural localities, units ("UBND các xã | vùng cao"); compounds a unit word starts ("bản đồ"); heads named by their task verb ("Hội đồng | đánh giá …"). */
  localityQualifiers: z.array(z.string()).default([]), unitNounCompounds: z.array(z.string()).default([]), taskNamedHeads: z.array(z.string()).default([]),
  /** Per word list: phrases and the agencies (canonical names) the reader must take from them. */
  wordListExamples: z
    .record(
      z.string(),
      z.object({ examples: z.array(AgencyReading).min(1), counterexamples: z.array(AgencyReading).default([]) }),
    )
    .default({}),
  entries: z.array(Agency),
})

export type AgencyRules = z.infer<typeof AgenciesFile>
export type AgencyEntry = z.infer<typeof Agency>

/** agencies.json validated, once per process (or afresh from another rules folder). */
export const agencyRules = rulesView((dir): AgencyRules => readRulesFile(AgenciesFile, 'agencies.json', dir))
