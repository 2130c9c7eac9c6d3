/**
 * Who does an item's work. Per clause: the agencies that open it (or follow giao / yêu cầu /
 * đề nghị) lead; those after "phối hợp (với)" or "cùng" support; those after báo cáo / trình /
 * tham mưu are only reported to. Agencies an item only recounts ("Bộ Tài chính đã …", what a
 * law assigns) or tells the doer to direct (chỉ đạo, đôn đốc) get no role.
 */
import { pattern, globalPattern, rules } from '../lexicon/index.js'
import { agencyRunAt, type AgencyMention } from '../readers/agencies.js'
import { fold } from '../readers/names.js'
import { trace, tracing } from '../explain.js'

export interface Roles {
  lead: AgencyMention[]
  support: AgencyMention[]
  reportTo: AgencyMention[]
  /** The item's subject only executes the decision ("… chịu trách nhiệm thi hành Quyết định này"): it takes no heading's doer. */
  closing?: boolean
}

/** What one letter's items share while their roles are read, in reading order. */
export interface RoleContext {
  /** Staff posts given their agency earlier in the letter (folded post → agency): "Chuyên viên thuộc Phòng X". */
  staff: Map<string, AgencyMention>
  /** The letter's issuer, folded: when it sends or forwards something it tells what it does itself. */
  issuer: string | null
  /** For --explain: the item being read and where its text starts in the document. */
  label: string
  base: number
  /** Starts of the mentions the trace has named already (only while tracing). */
  traced?: Set<number>
}

export const newRoleContext = (issuer: string | null = null): RoleContext => ({ staff: new Map(), issuer: issuer ? fold(issuer) : null, label: '', base: 0 })

/** What the roles stage decided for an agency mention (for --explain; nothing is built when off). */
export type RoleVerdict = 'lead' | 'support' | 'none'

/**
 * Record the role given to (or withheld from) mentions of the item being read, with the rule that
 * decided: `why` is only called when a trace is on.
 */
export function traceRole(ctx: RoleContext | undefined, role: RoleVerdict, ruleId: string, list: AgencyMention[], why: () => string): void {
  if (!tracing()) return
  const base = ctx?.base ?? 0
  const label = ctx?.label ? `task ${ctx.label}: ` : ''
  const reason = why()
  for (const x of list) ctx?.traced?.add(x.start)
  for (const x of list)
    trace({ stage: 'roles', ruleId, verdict: role === 'none' ? 'dropped' : 'kept', message: `${label}${x.name} ${role === 'none' ? 'given no role' : 'as ' + role}: ${reason}`, start: base + x.start, end: base + x.end })
}

/** "Ủy ban nhân dân tỉnh" in a letter of the Ủy ban nhân dân tỉnh Quảng Ngãi is its issuer. */
function isIssuer(x: AgencyMention, ctx: RoleContext | undefined): boolean {
  if (!ctx?.issuer) return false
  const name = fold(x.name)
  return ctx.issuer === name || ctx.issuer.startsWith(name + ' ')
}

/**
 * "Văn phòng Sở" in a letter of the Sở Giáo dục và Đào tạo, "Văn phòng Ủy ban nhân dân tỉnh" in one
 * of the Ủy ban nhân dân tỉnh: a unit named after the issuer itself (the words after its unit noun
 * begin the issuer's name).
 */
function isOwnUnit(x: AgencyMention, ctx: RoleContext | undefined): boolean {
  if (!ctx?.issuer || isIssuer(x, ctx)) return false
  const words = fold(x.name).split(' ')
  for (let k = 1; k < words.length; k++) {
    const rest = words.slice(k).join(' ')
    if (rest.length >= 2 && (ctx.issuer === rest || ctx.issuer.startsWith(rest + ' '))) return true
  }
  return false
}

/**
 * The letter's own voice sending something: the issuer that sends, informs or writes the request;
 * any unit that sends what is attached to this letter ("gửi kèm theo Công văn này") or sends
 * drafts to the addressees for their comments ("gửi Dự thảo … tới các đơn vị để góp ý"); a unit
 * named after the issuer ("Văn phòng Sở gửi kèm …"). None of them is the doer of the task.
 */
function voiceSends(run: AgencyMention[], after: string, ctx: RoleContext | undefined): string | null {
  if (!run.length) return null
  if (run.every((x) => isIssuer(x, ctx)) && (pattern(R(), 'roles/sender-verb').test(after) || pattern(R(), 'roles/written-request-after').test(after))) return 'roles/sender-verb'
  if (pattern(R(), 'roles/sends-attached').test(after)) return 'roles/sends-attached'
  if (pattern(R(), 'roles/sends-for-comment').test(after)) return 'roles/sends-for-comment'
  if (run.every((x) => isOwnUnit(x, ctx)) && pattern(R(), 'roles/sends-along').test(after)) return 'roles/sends-along'
  return null
}

const R = () => rules().roles

/** Clause ranges of an item's text: split at ";", sentence ends, bullets and "trong đó". */
export function clauses(text: string): Array<[number, number]> {
  const cuts = new Set<number>([0, text.length])
  const re = globalPattern(R(), 'roles/clause-break')
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) cuts.add(m.index + m[0].length)
  const sorted = [...cuts].sort((a, b) => a - b)
  const out: Array<[number, number]> = []
  for (let k = 0; k + 1 < sorted.length; k++) if (sorted[k + 1] > sorted[k]) out.push([sorted[k], sorted[k + 1]])
  return out
}

/**
 * "UBND các tỉnh: Lào Cai, Điện Biên (các địa phương triển khai thí điểm …)": a collective that
 * opens a bracket right after a name restates the names before it, so it names no one new. A
 * named body in the bracket ("Bộ GDĐT (Cục Khoa học …)") is a body of its own and stays.
 */
function glossDropped<T extends { mentions: AgencyMention[] }>(text: string, run: T): T {
  const gloss = (x: AgencyMention, k: number) => k > 0 && x.collective && /^\s*\(\s*$/u.test(text.slice(run.mentions[k - 1].end, x.start))
  if (!run.mentions.some(gloss)) return run
  return { ...run, mentions: run.mentions.filter((x, k) => !gloss(x, k)) }
}

/**
 * "Đơn vị tư vấn giám sát (Công ty Cổ phần Tư vấn Xây dựng X) có trách nhiệm …": a generic role
 * (a collective noun) with the named body that fills it in brackets is that body. Only when the
 * bracket holds named bodies alone, closing right after them.
 */
function namedInBrackets<T extends { mentions: AgencyMention[]; end: number }>(text: string, run: T): T {
  if (!run.mentions.length || !run.mentions[0].collective) return run
  // The reader may have run on into the bracket ("Đơn vị thi công (Công ty TNHH X)" as two names).
  const k = run.mentions.findIndex((x) => !x.collective)
  if (k > 0) {
    const opens = /^(?:[ \t]+\p{Ll}+){0,3}[ \t]*\([ \t]*$/u.test(text.slice(run.mentions[k - 1].end, run.mentions[k].start))
    const named = run.mentions.slice(k)
    const closes = /^[ \t]*\)/u.test(text.slice(named[named.length - 1].end))
    return opens && closes && named.every((x) => !x.collective) ? { ...run, mentions: named } : run
  }
  const open = /^(?:[ \t]+\p{Ll}+){0,3}[ \t]*\([ \t]*/u.exec(text.slice(run.end, run.end + 80))
  if (!open) return run
  const inner = agencyRunAt(text, run.end + open[0].length)
  if (!inner.mentions.length || inner.mentions.some((x) => x.collective)) return run
  const close = /^[ \t]*\)/u.exec(text.slice(inner.end))
  if (!close) return run
  return { ...run, mentions: inner.mentions, end: inner.end + close[0].length }
}

/** The role the run that ended a clause had: a bare list clause after ";" continues it. */
type RunRole = 'lead' | 'support' | 'none'

/**
 * An agency run and where it ends, with the runs joined by "cùng" split off: in
 * "Sở A cùng Sở B thực hiện" Sở B coordinates.
 */
function runAt(text: string, pos: number): { mentions: AgencyMention[]; along: AgencyMention[]; end: number } {
  const run = namedInBrackets(text, glossDropped(text, agencyRunAt(text, pos)))
  const cut = run.mentions.findIndex((x, k) => k > 0 && pattern(R(), 'roles/along').test(text.slice(run.mentions[k - 1].end, x.start)))
  if (cut < 0) return { mentions: run.mentions, along: [], end: run.end }
  return { mentions: run.mentions.slice(0, cut), along: run.mentions.slice(cut), end: run.end }
}

/**
 * Staff named by their post ("Phó Trưởng phòng được phân công … và Chuyên viên thuộc Phòng
 * Quản lý công nghiệp") stand for the agency they belong to: the agency after "thuộc/của" in
 * the same phrase, or, for a post that names none here but is marked as the same people
 * ("Điều 2. Trách nhiệm của Chuyên viên được giao nhiệm vụ"), the agency the same post was
 * given earlier in the letter.
 */
export function staffRunAt(text: string, pos: number, ctx: RoleContext | undefined): ReturnType<typeof runAt> | null {
  const p = skipSpaces(text, pos)
  const titleRe = globalPattern(R(), 'roles/staff-title')
  titleRe.lastIndex = p
  const head = titleRe.exec(text.slice(0, p + 80))
  if (!head || head.index !== p) return null
  const rest = text.slice(p, p + 300)
  const stop = pattern(R(), 'roles/staff-phrase-end').exec(rest)
  const phrase = rest.slice(0, stop ? stop.index : rest.length)
  const belongs = globalPattern(R(), 'roles/staff-belongs')
  let m: RegExpExecArray | null
  while ((m = belongs.exec(phrase))) {
    const run = agencyRunAt(text.slice(0, p + phrase.length + 120), p + m.index + m[0].length)
    const own = run.mentions.filter((x) => !x.collective)
    if (!own.length) continue
    // Every post of the phrase now names this agency for later articles.
    const posts = globalPattern(R(), 'roles/staff-title')
    let t: RegExpExecArray | null
    while ((t = posts.exec(phrase.slice(0, m.index)))) ctx?.staff.set(fold(t[0]), own[0])
    return { mentions: own, along: [], end: run.end }
  }
  // A later bare post ("Đề nghị công chức phối hợp …") is the same people only when marked so ("được giao", "nêu trên").
  const earlier = ctx?.staff.get(fold(head[0]))
  if (!earlier || !pattern(R(), 'roles/staff-same-people').test(text.slice(p + head[0].length, p + head[0].length + 40))) return null
  return { mentions: [{ ...earlier, start: p, end: p + head[0].length, printed: head[0] }], along: [], end: p + phrase.trimEnd().length }
}

/**
 * Roles read from text[from…]: a heading before `from` is left out. `headingLeads`: a heading of
 * the item names its doer; `parentLeads`: the item above names one (its sub-items that name only
 * a coordinator, "c) Sở Tài chính phối hợp …" under "1. Sở Y tế:", give it support and inherit the lead).
 */
export function readRoles(text: string, from = 0, ctx?: RoleContext, headingLeads = false, parentLeads = false): Roles {
  const roles: Roles = { lead: [], support: [], reportTo: [] }
  if (ctx && tracing()) ctx.traced = new Set()
  const prefixRe = pattern(R(), 'roles/clause-prefix')
  const assignRe = globalPattern(R(), 'roles/assign')
  const assignOpen = pattern(R(), 'roles/assign')
  const supportRe = globalPattern(R(), 'roles/support')
  const reportRe = globalPattern(R(), 'roles/report-to')
  const recountRe = pattern(R(), 'roles/recount-after')
  const documentSubject = pattern(R(), 'roles/document-subject')
  const relativeAssign = pattern(R(), 'roles/relative-assign')
  const listIntro = pattern(R(), 'roles/list-intro')
  const assignerVerb = pattern(R(), 'roles/assigner-verb')
  const coordinatePurpose = pattern(R(), 'roles/coordinate-purpose')
  const leadLabel = pattern(R(), 'roles/lead-label')
  const supportLabel = pattern(R(), 'roles/support-label')
  const notDoer = pattern(R(), 'roles/not-doer-after')
  const described = pattern(R(), 'roles/described-after')
  const roleAfterDescription = pattern(R(), 'roles/role-after-description')
  const implementsThis = pattern(R(), 'roles/implements-this')
  const subjectSupports = pattern(R(), 'roles/subject-supports')
  const doer = pattern(R(), 'roles/doer-predicate')
  const ownerOpener = pattern(R(), 'roles/owner-opener')
  const recountedAssignment = pattern(R(), 'roles/recounted-assignment')
  const difficulties = pattern(R(), 'roles/difficulties')
  const approveOpener = pattern(R(), 'roles/approve-opener')
  const writtenRequest = pattern(R(), 'roles/written-request-before')
  const pastBefore = pattern(R(), 'roles/past-before-verb')
  // A heading that names the doer ("Đề nghị UBND tỉnh chỉ đạo …:") gives the body its doer already.
  let hasLead = headingLeads
  /** An agency heads subjectless bullets ("Đối với UBND các huyện:", "- Chỉ đạo Sở X:"), not the issuer's own assignment. */
  let leadByHeading = false
  /** A support list may run over ";" ("phối hợp với A; B; C"): clauses inside it have no subject. */
  let consumedUntil = 0
  let lastRole: RunRole = 'none'
  /** Bare list clauses ("Thủ trưởng các sở;") whose role a later clause of the list may still undo. */
  let pendingBare: AgencyMention[] = []
  let closing = false
  const collectivesBeforeList: AgencyMention[] = []
  for (const [s, e] of clauses(text)) {
    if (e <= from) continue
    // "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, …" closes the item: nothing after it is assigned.
    if (difficulties.test(text.slice(Math.max(s, from), e))) break
    // Regexes scan only up to the clause end: a scan to the end of the text per clause is quadratic.
    const clause = text.slice(0, e)
    let i = Math.max(s, from)
    const afterSemicolon = /;\s*$/u.test(text.slice(Math.max(0, s - 40), s)) && !/^\s*[-+•*]\s/u.test(text.slice(s, e))
    // A plan's label line: "Đơn vị chủ trì: …" leads, "Đơn vị phối hợp: …" supports.
    const bullet = /^\s*(?:[-+•*]\s*)?/u.exec(text.slice(i, e))![0].length
    const label = leadLabel.exec(text.slice(i + bullet, e)) ?? supportLabel.exec(text.slice(i + bullet, e))
    let clauseLead = false
    let subjStart = i
    let opener: RegExpExecArray | null = null
    let openerRule = 'roles/assign'
    if (label) {
      const run = runAt(clause, i + bullet + label[0].length)
      const asLead = leadLabel.test(text.slice(i + bullet, e))
      if (asLead) {
        roles.lead.push(...run.mentions)
        hasLead = hasLead || run.mentions.length > 0
        clauseLead = run.mentions.length > 0
      } else roles.support.push(...run.mentions)
      roles.support.push(...run.along)
      traceRole(ctx, asLead ? 'lead' : 'support', asLead ? 'roles/lead-label' : 'roles/support-label', run.mentions, () => `named on a label line "${label[0].trim()}"`)
      traceRole(ctx, 'support', 'roles/along', run.along, () => 'joined by "cùng"')
      if (run.mentions.length) {
        consumedUntil = Math.max(consumedUntil, run.end)
        lastRole = asLead ? 'lead' : 'support'
      }
      subjStart = e
    } else {
      // Skip markers, bullets and labels such as "Cơ quan thực hiện:".
      while (true) {
        const p = prefixRe.exec(text.slice(i, e))
        if (!p || p.index !== 0 || p[0].length === 0) break
        // "Đối với hồ sơ nộp trực tuyến Sở Tư pháp kiểm tra, …": the adverbial ran into its subject (no comma).
        const inside = p[0].length > 20 ? subjectInside(text, i, e, [], i, i) : null
        if (inside && inside.mentions[0].start < i + p[0].length) break
        if (topicAt(text, i, e)) break
        i += p[0].length
      }
      // "…; yêu cầu Công an tỉnh bảo đảm …": the clause after ";" or ". " opens past its space.
      i = Math.min(e, skipSpaces(text, i))
      // Subject, or "Giao/Yêu cầu/Đề nghị X" opening the clause.
      const lead = assignOpen.exec(text.slice(i, e)) ?? ownerOpener.exec(text.slice(i, e)) ?? approveOpener.exec(text.slice(i, e))
      opener = lead && lead.index === 0 ? lead : null
      // "Đối với UBND các huyện:" heads what follows: the agency before the colon (or the line end) is its doer.
      const topic = opener ? null : topicAt(text, i, e)
      if (topic) {
        opener = topic
        openerRule = 'roles/topic-opener'
      }
      // "Báo cáo của các Bộ, ngành gửi về Bộ Nội vụ trước ngày …": the owner of what is sent sends it.
      const owned = opener ? null : pattern(R(), 'roles/owned-report').exec(text.slice(i, e))
      if (owned && owned.index === 0) {
        opener = owned
        openerRule = 'roles/owned-report'
      }
      if (opener && openerRule !== 'roles/topic-opener' && openerRule !== 'roles/owned-report') openerRule = assignOpen.test(text.slice(i, e)) && assignOpen.exec(text.slice(i, e))!.index === 0 ? 'roles/assign' : ownerOpener.test(text.slice(i, e)) ? 'roles/owner-opener' : 'roles/approve-opener'
      subjStart = opener ? afterHonorific(text, i + opener[0].length) : i
    }
    const endsList = /;\s*$/u.test(text.slice(s, e))
    // "A; Giám đốc, Thủ trưởng các sở … chịu trách nhiệm thi hành Quyết định này": the predicate
    // that ends a list over ";" is the whole list's, whether or not this clause opens with a name.
    const closesList = !label && afterSemicolon && pendingBare.length > 0 && implementsThis.test(text.slice(i, e))
    if (closesList) {
      const undo = new Set(pendingBare)
      roles.lead = roles.lead.filter((x) => !undo.has(x))
      roles.support = roles.support.filter((x) => !undo.has(x))
      pendingBare = []
      closing = true
    }
    let startRun: AgencyMention[] = []
    if (!label && subjStart >= consumedUntil) {
      const direct = runAt(clause, subjStart)
      // "Giao nhiệm vụ cho Chuyên viên thuộc Phòng X …": the post's agency is the object.
      const run = !direct.mentions.length && opener ? (staffRunAt(clause, subjStart, ctx) ?? direct) : direct
      startRun = run.mentions
      const after = text.slice(run.end, Math.min(e, run.end + 200))
      const bare = /^[\s,.;:]*$/u.test(text.slice(run.end, e))
      let role: RunRole = 'lead'
      /** The rule that decided the opening run's role, and why (for --explain). */
      let rule = opener ? openerRule : 'roles/subject'
      let why = opener ? `the one given work after "${opener[0].trim()}"` : 'the subject that opens its clause'
      // "Yêu cầu X" after the issuer's own "Giao Y …" is the issuer speaking again; it is the doer's demand
      // only under a doer that heads subjectless bullets (a heading, "Đối với X:") or on a private party.
      const urged = () => hasLead && pattern(R(), 'roles/urges-opener').test(opener![0]) && (headingLeads || leadByHeading || privateAt(text, subjStart))
      const sends = () => voiceSends(startRun, after, ctx)
      if (!startRun.length) role = 'none'
      else if (opener) {
        if (openerRule === 'roles/owned-report' && !pattern(R(), 'roles/owned-report-sent').test(after)) [role, rule, why] = ['none', 'roles/owned-report', 'the owner of a report that is not sent in this clause']
        else if (pattern(R(), 'roles/object-recounted').test(after)) [role, rule, why] = ['none', 'roles/object-recounted', 'what it has done is recounted']
        else if (urged()) [role, rule, why] = ['none', 'roles/urges-opener', 'urged by the item\'s doer']
        // "Sở X chủ trì …; - Đề nghị Ủy ban MTTQ tỉnh phối hợp …": once a lead is named, the one asked only to coordinate supports.
        else if ((hasLead || parentLeads) && pattern(R(), 'roles/asked-coordinates').test(after)) [role, rule, why] = ['support', 'roles/asked-to-coordinate', 'asked only to coordinate, once the item (or the one above it) names its lead']
      } else if (closesList) [role, rule, why] = ['none', 'roles/implements-this', 'the closing formula that ends the list']
      // "…; Ban Dân tộc tỉnh; Công an tỉnh": a list that runs on over ";" keeps its role.
      // "…; Phòng Hành chính quản trị cùng tham gia phối hợp …": a later subject that only coordinates, also after ";".
      else if ((hasLead || parentLeads) && subjectSupports.test(after)) [role, rule, why] = ['support', 'roles/subject-supports', 'a later subject that only coordinates']
      else if (afterSemicolon && (bare || !doer.test(after))) [role, rule, why] = [lastRole, 'roles/list-continues', 'a list over ";" keeps the role of its first name']
      // "Cơ quan thường trực là Sở Y tế, chủ trì tổng hợp": the named agency is the one that acts.
      else if (namedAfterIs(clause, run.end) && namedThenActs(clause, namedAfterIs(clause, run.end)!)) {
        startRun = namedAfterIs(clause, run.end)!
        ;[rule, why] = ['roles/is-named-agency', 'the agency named after "là", then given a doer\'s verb']
      }
      // "Sở X là đơn vị chủ trì, …", "Sở X được UBND tỉnh giao chủ trì …": described, yet given a doer's role.
      else if (assignerVerb.test(after) || sends() || (recountRe.test(after) && !holdsThenActs(after)) || foundFailing(after) || notDoer.test(after) || (described.test(after) && !roleAfterDescription.test(after) && !describedThenActs(after)) || implementsThis.test(after)) {
        role = 'none'
        ;[rule, why] = assignerVerb.test(after) ? ['roles/assigner-verb', 'it assigns the work to another'] : sends() ? [sends()!, 'the letter\'s own voice that sends, informs or writes the request (its attachments, drafts for comment)'] : recountRe.test(after) && !holdsThenActs(after) ? ['roles/recount-after', 'what it has done is recounted'] : foundFailing(after) ? ['roles/finding-after', 'a finding of what it failed to do, not work given'] : notDoer.test(after) ? ['roles/not-doer-after', 'it is praised, thanked or answerable, given no work'] : implementsThis.test(after) ? ['roles/implements-this', 'the closing formula that executes the decision'] : ['roles/described-after', 'it is described, not given work']
        if (implementsThis.test(after)) closing = true
        // "A; B; C chịu trách nhiệm thi hành …": the whole list shares the predicate that ends it.
        if (afterSemicolon && pendingBare.length) {
          const undo = new Set(pendingBare)
          roles.lead = roles.lead.filter((x) => !undo.has(x))
          roles.support = roles.support.filter((x) => !undo.has(x))
        }
      }
      // A list item over ";" with no predicate of its own ("Giám đốc các sở, ngành: Nông nghiệp …;") waits for the one that ends the list.
      const listItem = bare || (endsList && !doer.test(after))
      if (startRun.length && listItem && !opener && (role === 'lead' || role === 'support')) pendingBare = afterSemicolon || !pendingBare.length ? [...pendingBare, ...startRun] : [...startRun]
      else if (startRun.length || !afterSemicolon || !endsList || doer.test(text.slice(i, e))) pendingBare = []
      traceRole(ctx, role, rule, startRun, () => why)
      if (role !== 'none') traceRole(ctx, 'support', 'roles/along', run.along, () => 'joined by "cùng"')
      if (role === 'lead') {
        roles.lead.push(...startRun)
        roles.support.push(...run.along)
        hasLead = true
        clauseLead = true
        if (listIntro.test(text.slice(run.end, e))) collectivesBeforeList.push(...startRun.filter((x) => x.collective))
      } else if (role === 'support') roles.support.push(...startRun, ...run.along)
      if (startRun.length) lastRole = role
      // "- Chỉ đạo Sở X:⏎+ …": an agency heading the subjectless bullets under it.
      if (hasLead && headsBullets(clause, subjStart)) leadByHeading = true
      if (role !== 'lead') startRun = []
    }
    // "Báo X chủ trì đưa tin, đề nghị Đài Y cùng tham gia phối hợp": after the clause's own lead, one asked only to coordinate supports.
    if (!label && startRun.length) {
      assignRe.lastIndex = startRun[startRun.length - 1].end
      let m: RegExpExecArray | null
      while ((m = assignRe.exec(clause))) {
        const asked = runAt(clause, afterHonorific(clause, m.index + m[0].length))
        if (!asked.mentions.length || !pattern(R(), 'roles/asked-coordinates').test(text.slice(asked.end, Math.min(e, asked.end + 80)))) continue
        traceRole(ctx, 'support', 'roles/asked-to-coordinate', [...asked.mentions, ...asked.along], () => `asked to coordinate after "${m!.groups!.verb}", once the item names its lead`)
        roles.support.push(...asked.mentions, ...asked.along)
      }
    }
    // "…, Thủ tướng Chính phủ giao Bộ X nghiên cứu": an assignment inside the clause.
    if (!label && !startRun.length) {
      assignRe.lastIndex = subjStart
      let m: RegExpExecArray | null
      while ((m = assignRe.exec(clause))) {
        if (m.index <= subjStart && opener) continue
        const before = text.slice(s, m.index)
        const at = m.index + m[0].length
        const skip = (rule: string, why: string) => traceRole(ctx, 'none', rule, tracing() ? runAt(clause, at).mentions : [], () => why)
        // A capitalised verb on a new line opens a sentence (an article's name above it lost its stop).
        const opensLine = /^\p{Lu}/u.test(m.groups!.verb) && /\n[ \t]*$/u.test(before)
        // "BHXH các tỉnh có văn bản đề nghị các cơ sở …": the writer of the request is the doer,
        // unless the writer is the issuer or its leader (the letter is that request).
        const written = writtenRequest.exec(before)
        if (written && !writerIsIssuer(text, s, s + written.index, ctx)) {
          skip('roles/written-request-before', 'only written to: the writer of the request does the work')
          continue
        }
        if (!opensLine && (documentSubject.test(before) || relativeAssign.test(before) || recountedAssignment.test(before) || pastBefore.test(before))) {
          skip(documentSubject.test(before) ? 'roles/document-subject' : relativeAssign.test(before) ? 'roles/relative-assign' : recountedAssignment.test(before) ? 'roles/recounted-assignment' : 'roles/past-before-verb', 'the assignment is recounted (another document or an earlier one made it)')
          continue
        }
        if (!pattern(R(), 'roles/assign-plain').test(m.groups!.verb) && (hasLead || parentLeads)) {
          // "Sở X chủ trì triển khai; đề nghị Ủy ban MTTQ tỉnh phối hợp tuyên truyền": asked to coordinate, it supports.
          const asked = runAt(clause, afterHonorific(clause, at))
          if (asked.mentions.length && pattern(R(), 'roles/asked-coordinates').test(text.slice(asked.end, Math.min(e, asked.end + 80)))) {
            traceRole(ctx, 'support', 'roles/asked-to-coordinate', [...asked.mentions, ...asked.along], () => `asked to coordinate after "${m!.groups!.verb}", once the item names its lead`)
            roles.support.push(...asked.mentions, ...asked.along)
            continue
          }
          if (hasLead) {
            skip('roles/doer-urges', `asked by the item's doer ("${m.groups!.verb}"), not a doer of the item`)
            continue
          }
        }
        const direct = runAt(clause, afterHonorific(clause, m.index + m[0].length))
        const r = direct.mentions.length ? direct : (staffRunAt(clause, m.index + m[0].length, ctx) ?? direct)
        if (r.mentions.length && pattern(R(), 'roles/object-recounted').test(text.slice(r.end, r.end + 30))) traceRole(ctx, 'none', 'roles/object-recounted', r.mentions, () => 'what it has done is recounted')
        if (r.mentions.length && !pattern(R(), 'roles/object-recounted').test(text.slice(r.end, r.end + 30))) {
          traceRole(ctx, 'lead', 'roles/assign', r.mentions, () => `the one given work after "${m!.groups!.verb}"`)
          traceRole(ctx, 'support', 'roles/along', r.along, () => 'joined by "cùng"')
          roles.lead.push(...r.mentions)
          roles.support.push(...r.along)
          hasLead = true
          clauseLead = true
          lastRole = 'lead'
          break
        }
      }
    }
    // Spans already given a role in this clause: a subject is not looked for inside them.
    const taken: Array<[number, number]> = []
    supportRe.lastIndex = s
    let m: RegExpExecArray | null
    while ((m = supportRe.exec(clause))) {
      const r = agencyRunAt(text, m.index + m[0].length)
      // "Sở X đã phối hợp với Sở Y kiểm tra …": coordination already done is recounted.
      if (pastBefore.test(text.slice(Math.max(s, m.index - 30), m.index))) {
        traceRole(ctx, 'none', 'roles/past-before-verb', r.mentions, () => 'the coordination is recounted ("đã/đang phối hợp")')
        if (r.mentions.length) taken.push([m.index, r.end])
        continue
      }
      roles.support.push(...r.mentions)
      traceRole(ctx, 'support', 'roles/support', r.mentions, () => `named to coordinate after "${m![0].trim()}"`)
      if (r.mentions.length) {
        consumedUntil = Math.max(consumedUntil, r.end)
        taken.push([m.index, r.end])
        if (r.end >= e - 1) lastRole = 'support'
      }
    }
    reportRe.lastIndex = s
    while ((m = reportRe.exec(clause))) {
      const r = agencyRunAt(text.slice(0, e), m.index + m[0].length)
      if (r.mentions.length) taken.push([m.index, r.end])
      // "gửi Sở Tài chính để theo dõi, phối hợp xử lý": sent to in order to coordinate.
      if (pattern(R(), 'roles/sent-to').test(m[0]) && coordinatePurpose.test(text.slice(r.end, r.end + 80))) {
        roles.support.push(...r.mentions)
        traceRole(ctx, 'support', 'roles/coordinate-purpose', r.mentions, () => 'sent to in order to coordinate')
      } else {
        roles.reportTo.push(...r.mentions)
        traceRole(ctx, 'none', 'roles/report-to', r.mentions, () => `only reported or sent to after "${m![0].trim()}"`)
        if (r.mentions.length) reportVia(text, r.mentions[r.mentions.length - 1].end, e, roles, taken, ctx)
      }
    }
    // "báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Nội vụ)": what is reported, then where it goes.
    const reportObjectRe = globalPattern(R(), 'roles/report-to-object')
    reportObjectRe.lastIndex = s
    while ((m = reportObjectRe.exec(clause))) {
      const at = m.index + m[0].length
      if (taken.some(([a, b]) => at >= a && at < b)) continue
      const r = agencyRunAt(text.slice(0, e), at)
      if (!r.mentions.length) continue
      taken.push([m.index, r.end])
      roles.reportTo.push(...r.mentions)
      traceRole(ctx, 'none', 'roles/report-to-object', r.mentions, () => `only receives what is reported or sent ("${m![0].trim()}")`)
      reportVia(text, r.mentions[r.mentions.length - 1].end, e, roles, taken, ctx)
    }
    // "Căn cứ …, Chi cục Hải quan nơi lưu giữ hàng hóa thực hiện …": the subject after an adverbial.
    // A heading line that is only the opening agency may be followed by a sentence with its own subject.
    const headingRunEnd = clauseLead && startRun.length ? startRun[startRun.length - 1].end : -1
    const nextLine = headingRunEnd >= 0 && /^[ \t:]*\n/u.test(text.slice(headingRunEnd, e)) ? text.indexOf('\n', headingRunEnd) : -1
    if (!label && (!clauseLead || nextLine >= 0)) {
      // After a heading line the subject may open the next line ("…; các chi bộ\nCác cấp ủy, tổ chức đảng chủ động …").
      const sub = subjectInside(text, clauseLead ? nextLine : Math.max(subjStart, s, from), e, taken, clauseLead ? startRun[startRun.length - 1].start : subjStart, Math.max(s, from))
      if (sub) {
        traceRole(ctx, 'lead', sub.rule, sub.mentions, () => sub.why)
        traceRole(ctx, 'support', 'roles/along', sub.along, () => 'joined by "cùng"')
        roles.lead.push(...sub.mentions)
        roles.support.push(...sub.along)
        hasLead = true
      }
    }
    // "Sở Y tế chỉ đạo …, Công an tỉnh bảo đảm an ninh, Sở Công Thương bảo đảm …": later subjects of the clause after a comma.
    if (!label && clauseLead && startRun.length && nextLine < 0) {
      let at = startRun[startRun.length - 1].end
      for (let k = 0; k < 6; k++) {
        const sub = subjectInside(text, at, e, taken, at, Math.max(s, from))
        if (!sub || sub.rule !== 'roles/subject-break' || !/,\s*$/u.test(text.slice(Math.max(0, sub.mentions[0].start - 4), sub.mentions[0].start))) break
        if (subjectSupports.test(text.slice(sub.end, Math.min(e, sub.end + 80)))) break
        traceRole(ctx, 'lead', 'roles/later-subject', sub.mentions, () => 'a later subject of the clause after a comma, followed by a doer\'s verb')
        roles.lead.push(...sub.mentions)
        roles.support.push(...sub.along)
        at = sub.end
      }
    }
    // "Sở Y tế chủ trì, Sở Công Thương (và Công an tỉnh) phối hợp …": a later subject that only coordinates.
    if (!label && hasLead) {
      const co = coordinatorsInside(text, Math.max(subjStart, s, from), e, startRun)
      traceRole(ctx, 'support', 'roles/subject-supports', co, () => 'a later subject of the clause that only coordinates')
      roles.support.push(...co)
    }
  }
  bracketRoles(text, from, roles, ctx)
  // "Giao các sở … gồm: - Sở A; - Sở B": the listed agencies stand for the collective.
  if (collectivesBeforeList.length && roles.lead.some((x) => !x.collective)) {
    const drop = new Set(collectivesBeforeList.map((x) => fold(x.name)))
    const listed = (x: AgencyMention) => (x.collective && drop.has(fold(x.name))) || (x.collective && sameHead(x, collectivesBeforeList))
    traceRole(ctx, 'none', 'roles/list-intro', roles.lead.filter(listed), () => 'a collective the listed agencies stand for ("gồm:")')
    roles.lead = roles.lead.filter((x) => !listed(x))
  }
  // "đề nghị đơn vị làm thủ tục …": the bare noun is the addressee, whose name is not copied in.
  const anaphor = pattern(R(), 'roles/addressee-anaphor')
  const pointsBack = (x: AgencyMention) => x.collective && anaphor.test(x.printed.trim())
  traceRole(ctx, 'none', 'roles/addressee-anaphor', roles.lead.filter(pointsBack), () => 'a bare noun that points back to the addressee (the Kính gửi list is not copied in)')
  roles.lead = unique(roles.lead.filter((x) => !pointsBack(x)))
  roles.lead = withoutDirected(roles.lead, text, ctx)
  const leadNames = new Set(roles.lead.map((x) => fold(x.name)))
  traceRole(ctx, 'none', 'roles/lead-not-support', roles.support.filter((x) => leadNames.has(fold(x.name))), () => 'leads in the item, so not repeated in support')
  roles.support = unique(roles.support).filter((x) => !leadNames.has(fold(x.name)))
  if (tracing()) traceUnread(text, from, ctx)
  const taken = new Set([...leadNames, ...roles.support.map((x) => fold(x.name))])
  roles.reportTo = unique(roles.reportTo).filter((x) => !taken.has(fold(x.name)))
  if (closing && !roles.lead.length) roles.closing = true
  return roles
}

/**
 * "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh: … - …, Công an tỉnh nghiên cứu …": the directed agency
 * does the directed work, but the item's doer is the one who directs it (when there is one).
 */
export function withoutDirected(lead: AgencyMention[], text: string, ctx?: RoleContext): AgencyMention[] {
  const directed = directedAgencies(text)
  if (!directed.size) return lead
  const doers = lead.filter((x) => !directed.has(fold(x.name)))
  if (!doers.length) return lead
  traceRole(ctx, 'none', 'roles/directs', lead.filter((x) => directed.has(fold(x.name))), () => 'the doer is told to direct or urge it (chỉ đạo, đôn đốc); the director leads')
  return doers
}

/** For --explain: agency mentions of text[from…] no rule gave a role, named as such. */
function traceUnread(text: string, from: number, ctx: RoleContext | undefined): void {
  const words = /(?<![\p{L}\p{N}])\p{L}/gu
  words.lastIndex = from
  let w: RegExpExecArray | null
  const unread: AgencyMention[] = []
  while ((w = words.exec(text))) {
    const run = agencyRunAt(text, w.index)
    if (!run.mentions.length) continue
    unread.push(...run.mentions.filter((x) => !ctx?.traced?.has(x.start)))
    words.lastIndex = Math.max(words.lastIndex, run.end)
  }
  const directed = directedAgencies(text)
  traceRole(ctx, 'none', 'roles/directs', unread.filter((x) => directed.has(fold(x.name))), () => 'the doer is told to direct, urge or guide it (chỉ đạo, đôn đốc, hướng dẫn … như sau)')
  traceRole(ctx, 'none', 'roles/no-cue', unread.filter((x) => !directed.has(fold(x.name))), () => 'named, but not as a subject, after a cue verb or to coordinate (an object, a place, a cited issuer)')
}

/** Agencies after a comma (or "thì", a line break) of the clause whose own predicate is only "phối hợp" with no partner. */
function coordinatorsInside(text: string, from: number, end: number, opening: AgencyMention[]): AgencyMention[] {
  const breakRe = globalPattern(R(), 'roles/subject-break')
  const supports = pattern(R(), 'roles/subject-supports')
  const anaphor = pattern(R(), 'roles/addressee-anaphor')
  const clause = text.slice(0, end)
  const openEnd = opening.length ? opening[opening.length - 1].end : from
  const out: AgencyMention[] = []
  breakRe.lastIndex = Math.max(from, openEnd)
  let m: RegExpExecArray | null
  while ((m = breakRe.exec(clause))) {
    if (m[0].length === 0) breakRe.lastIndex++
    const run = runAt(clause, m.index + m[0].length)
    if (!run.mentions.length || !supports.test(text.slice(run.end, Math.min(end, run.end + 80)))) continue
    // "rõ cơ quan chủ trì, cơ quan phối hợp": a bare noun names a role, not an agency.
    if (run.mentions.every((x) => x.collective && anaphor.test(x.printed.trim()))) continue
    out.push(...run.mentions, ...run.along)
    breakRe.lastIndex = Math.max(breakRe.lastIndex, run.end)
  }
  return out
}

/** The agencies the item tells its doer to direct or urge ("chỉ đạo Sở X", "đôn đốc các chủ đầu tư"), folded. */
function directedAgencies(text: string): Set<string> {
  const out = new Set<string>()
  const re = globalPattern(R(), 'roles/directs')
  re.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) for (const x of agencyRunAt(text.slice(0, m.index + m[0].length + 200), m.index + m[0].length).mentions) out.add(fold(x.name))
  // "… hướng dẫn người khai hải quan và doanh nghiệp cảng thực hiện như sau:": the guided parties.
  const guides = globalPattern(R(), 'roles/guides-as-follows')
  while ((m = guides.exec(text))) {
    const who = m.groups!.who
    const from = m.index + m[0].indexOf(who)
    const words = /(?<![\p{L}])\p{L}/gu
    words.lastIndex = from
    let w: RegExpExecArray | null
    const runs: AgencyMention[][] = []
    while ((w = words.exec(text)) && w.index < from + who.length) {
      const run = agencyRunAt(text.slice(0, from + who.length), w.index)
      if (run.mentions.length) runs.push(run.mentions)
      if (run.mentions.length) words.lastIndex = Math.max(words.lastIndex, run.end)
    }
    // Only one run of private parties is guided ("người khai hải quan và doanh nghiệp cảng"): an agency
    // guided to act ("hướng dẫn UBND các huyện thực hiện như sau") keeps its own steps, and agencies
    // inside a longer phrase ("trình tự phối hợp giữa Sở X và Y") are not the guided ones.
    if (runs.length === 1 && runs[0].every((x) => privateAt(text, x.start))) for (const x of runs[0]) out.add(fold(x.name))
  }
  return out
}

/** The leaders' titles folded, computed once (subjectInside runs for every clause). */
let titlesFolded: string[] | null = null

/**
 * The first agency run in text[from, end) that starts after a comma, colon, parenthesis,
 * "thì" or line break, is not inside a span already read, continues no run begun before
 * it, and is followed by a doer's verb ("…, Bộ Y tế sẽ phối hợp …", "… thì Chi cục … kiểm tra").
 */
function subjectInside(text: string, from: number, end: number, taken: Array<[number, number]>, opening: number, clauseStart: number): (ReturnType<typeof runAt> & { rule: string; why: string }) | null {
  const breakRe = globalPattern(R(), 'roles/subject-break')
  const doer = pattern(R(), 'roles/doer-predicate')
  const passiveAgent = pattern(R(), 'roles/passive-agent')
  const passiveVerb = pattern(R(), 'roles/passive-lead-verb')
  const recountBefore = pattern(R(), 'roles/recount-before')
  const implementsThis = pattern(R(), 'roles/implements-this')
  const notDoer = pattern(R(), 'roles/not-doer-after')
  const recountAfter = pattern(R(), 'roles/recount-after')
  const clause = text.slice(0, end)
  breakRe.lastIndex = from
  let m: RegExpExecArray | null
  const candidates: number[] = []
  while ((m = breakRe.exec(clause))) {
    candidates.push(m.index + m[0].length)
    if (m[0].length === 0) breakRe.lastIndex++
  }
  // "do Sở X chủ trì": the passive names its doer.
  const doRe = globalPattern(R(), 'roles/passive-do')
  doRe.lastIndex = from
  while ((m = doRe.exec(clause))) if (passiveAgent.test(clause.slice(Math.max(0, m.index - 10), m.index + m[0].length))) candidates.push(m.index + m[0].length)
  // "Nhiệm vụ … được giao cho Phòng Kinh tế huyện thực hiện": the passive names its assignee.
  const assignedRe = globalPattern(R(), 'roles/passive-assign')
  assignedRe.lastIndex = from
  const assignedTo = new Set<number>()
  while ((m = assignedRe.exec(clause))) {
    assignedTo.add(m.index + m[0].length)
    candidates.push(m.index + m[0].length)
  }
  // "Đối với hàng … để xuất khẩu Chi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn …": a subject printed
  // with no comma after the adverbial (or after a heading run into its sentence) starts with a capital.
  const unpunctuated = new Set<number>()
  const capital = /(?<![\p{L}\p{N}])\p{Lu}/gu
  capital.lastIndex = from
  // Only after an adverbial that opens the clause, or in an item's first line (a heading run into its sentence).
  const firstLine = text.indexOf('\n')
  const opensAdverbial = pattern(R(), 'roles/adverbial-opener').test(text.slice(clauseStart, clauseStart + 40))
  const capitalEnd = opensAdverbial ? Math.min(end, from + 500) : clauseStart === 0 || !/\S/u.test(text.slice(0, clauseStart)) ? Math.min(end, from + 500, firstLine < 0 ? end : firstLine) : from
  while ((m = capital.exec(clause)) && m.index < capitalEnd) {
    // After a lower-case word or a number/symbol ("… container Chi cục", "TT-BTC Chi cục"), not inside a name ("Tổng Công ty").
    const words = /(?:^|\s)(\S+)\s+(\S+)\s+$/u.exec(clause.slice(Math.max(from, m.index - 60), m.index))
    const [prev2, prev] = [words?.[1] ?? '', words?.[2] ?? '']
    const lower = /^\p{Ll}/u.test(prev) && !/^\p{Lu}/u.test(prev2)
    if ((lower || /[\p{N}\/-]/u.test(prev)) && /[\p{L}\p{N}]$/u.test(prev) && !candidates.includes(m.index)) {
      unpunctuated.add(m.index)
      candidates.push(m.index)
    }
  }
  candidates.sort((a, b) => a - b)
  const noSubjectAfter = pattern(R(), 'roles/no-subject-after')
  titlesFolded ??= rules().agencies.titles.map((t) => fold(t))
  const titles = titlesFolded
  for (const p of candidates) {
    if (taken.some(([a, b]) => p >= a && p < b)) continue
    const bare = unpunctuated.has(p)
    // A converter's line wrap is no punctuation: "… để đề xuất\nUBND tỉnh thu hồi …" keeps its object.
    if (!bare && /[\p{L}\p{N}][ \t]*\n\s*$/u.test(text.slice(Math.max(from, p - 40), p))) {
      const before = text.slice(Math.max(from, p - 30), p).replace(/\s+/gu, ' ')
      if (noSubjectAfter.test(before)) continue
      // "… của Bộ trưởng\nBộ Nông nghiệp và Môi trường hướng dẫn …": the agency of a leader's title.
      const foldedBefore = fold(before).trim()
      if (titles.some((t) => foldedBefore === t || foldedBefore.endsWith(' ' + t))) continue
    }
    if (bare) {
      const before = text.slice(Math.max(from, p - 30), p)
      if (noSubjectAfter.test(before)) continue
      // "của Bộ trưởng Bộ Công Thương": the agency of a leader's title, not a new subject.
      const foldedBefore = fold(before)
      if (titles.some((t) => foldedBefore === t || foldedBefore.endsWith(' ' + t))) continue
      // "Thành lập Tổ chuyên gia …": a short verb phrase before the agency makes it an object.
      if (!opensAdverbial && (text.slice(from, p).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 4) continue
    }
    const run = runAt(clause, p)
    // The clause's opening agency was judged already (an assigner, a recounted subject).
    if (!run.mentions.length || run.mentions[0].start <= skipSpaces(text, opening)) continue
    if (bare && run.mentions[0].start !== p) continue
    // Without a comma, only a clause that opens with what a law provides recounts it.
    // A parenthesis is an aside: "(theo quy định tại khoản 2 Điều 3, …) thì UBND cấp xã xem xét" recounts nothing.
    const after = text.slice(run.end, Math.min(end, run.end + 200))
    const viaDo = passiveAgent.test(text.slice(Math.max(0, p - 4), p))
    // "… sẽ do X tổ chức thẩm định": the letter's own voice names who will do the work, even after "Theo quy định …".
    const willDo = viaDo && pattern(R(), 'roles/future-passive-agent').test(text.slice(Math.max(0, p - 10), p)) && doer.test(after)
    if (!willDo && recountBefore.test(bare ? text.slice(from, Math.min(p, from + 40)) : text.slice(from, p).replace(/\([^()]*\)/gu, ' '))) continue
    if (pattern(R(), 'roles/person-before').test(text.slice(Math.max(from, p - 80), p))) continue
    if (assignedTo.has(p)) {
      const rest = text.slice(run.end, Math.min(end, run.end + 200))
      // "… được giao cho Trung tâm X, hoàn thành trong quý III/2025": the doer's verb may follow a comma.
      if (pattern(R(), 'roles/assigned-elsewhere').test(rest) || !(doer.test(rest) || doer.test(rest.replace(/^\s*,/u, '')) || /^[\s.,;:]*$/u.test(rest))) continue
      return { ...run, rule: 'roles/passive-assign', why: 'named by the passive "được giao cho"' }
    }
    if (viaDo ? !passiveVerb.test(after) && !willDo : !(doer.test(after) || holdsThenActs(after)) || implementsThis.test(after) || notDoer.test(after) || (recountAfter.test(after) && !holdsThenActs(after))) continue
    if (!viaDo && continuesRun(text, from, p, pattern(R(), 'roles/adverbial-opener').test(text.slice(clauseStart, p)))) continue
    if (viaDo) return { ...run, rule: 'roles/passive-do', why: 'named by the passive "do X chủ trì/thực hiện"' }
    return { ...run, rule: bare ? 'roles/subject-unpunctuated' : 'roles/subject-break', why: bare ? 'the subject after an adverbial printed without a comma, followed by a doer\'s verb' : 'the subject after a comma, "thì" or a line break, followed by a doer\'s verb' }
  }
  return null
}

/** "… Ủy ban nhân dân tỉnh (qua Sở Nội vụ)": the unit a report goes through, right after its receiver, receives it too. */
function reportVia(text: string, at: number, end: number, roles: Roles, taken: Array<[number, number]>, ctx: RoleContext | undefined): void {
  const via = pattern(R(), 'roles/report-via').exec(text.slice(at, Math.min(end, at + 40)))
  if (!via) return
  const r = agencyRunAt(text.slice(0, end), at + via[0].length)
  if (!r.mentions.length) return
  taken.push([at, r.end])
  roles.reportTo.push(...r.mentions)
  traceRole(ctx, 'none', 'roles/report-via', r.mentions, () => 'the unit a report goes through ("qua …")')
}

/** Whether the agency that ends right before `at` ("Chủ tịch UBND tỉnh| có văn bản") is the letter's issuer. */
function writerIsIssuer(text: string, from: number, at: number, ctx: RoleContext | undefined): boolean {
  if (!ctx?.issuer) return false
  const words = /(?<![\p{L}])\p{L}/gu
  words.lastIndex = from
  let w: RegExpExecArray | null
  while ((w = words.exec(text)) && w.index < at) {
    const run = agencyRunAt(text.slice(0, at), w.index)
    if (!run.mentions.length) continue
    if (/^\s*$/u.test(text.slice(run.end, at))) return run.mentions.every((x) => isIssuer(x, ctx))
    words.lastIndex = Math.max(words.lastIndex, run.end)
  }
  return false
}

/**
 * "Sở Công Thương đang quản lý cụm công nghiệp X rà soát hồ sơ": a verb of holding that only
 * says which agency is meant, then a doer's verb in the same phrase (no punctuation between).
 */
function holdsThenActs(after: string): boolean {
  const hold = pattern(R(), 'roles/holding-relative').exec(after)
  if (!hold) return false
  const doer = pattern(R(), 'roles/doer-predicate')
  const phrase = after.slice(hold[0].length, hold[0].length + 120).split(/[,;.:()]/u)[0]
  // The held object takes a word or more before the doer's verb.
  for (const m of phrase.matchAll(/\s+(?=\p{L})/gu)) if (m.index! > 0 && doer.test(phrase.slice(m.index!))) return true
  return false
}

/**
 * "Trung tâm chưa thực hiện đúng quy định …": an inspection's finding of what the agency failed to
 * do recounts; "Các đơn vị chưa báo cáo khẩn trương gửi …" (a relative, then the doer's verb) acts.
 */
function foundFailing(after: string): boolean {
  const m = pattern(R(), 'roles/finding-after').exec(after)
  if (!m) return false
  const phrase = after.slice(m[0].length, m[0].length + 120).split(/[,;.:()]/u)[0]
  return !pattern(R(), 'roles/finding-then-acts').test(phrase)
}

/** "UBND huyện X là chủ đầu tư, có trách nhiệm lập hồ sơ": a description, then the doer's verb after its comma. */
function describedThenActs(after: string): boolean {
  const m = /^[^,;.:]{1,120}?,\s*/u.exec(after)
  return !!m && pattern(R(), 'roles/doer-predicate').test(after.slice(m[0].length))
}

/** "Đối với UBND các huyện:" at i: the topic opener, when only an agency stands before the colon or the line end. */
function topicAt(text: string, i: number, e: number): RegExpExecArray | null {
  const topic = pattern(R(), 'roles/topic-opener').exec(text.slice(i, e))
  if (!topic) return null
  const run = runAt(text.slice(0, e), i + topic[0].length)
  return run.mentions.length && /^[ \t]*(?::|\n|$)/u.test(text.slice(run.end, e)) ? topic : null
}

/** Past "đồng chí" before a leader's title ("Giao đồng chí Chủ tịch UBND huyện X …"). */
function afterHonorific(text: string, i: number): number {
  const m = pattern(R(), 'roles/honorific').exec(text.slice(i, i + 20))
  return m ? i + m[0].length : i
}

/**
 * "…: Sở Tư pháp (chủ trì), Sở Nội vụ, Thanh tra tỉnh (phối hợp)": roles printed in brackets after
 * the agencies. The agencies between the previous bracket (or ":", ";", a line start) and the
 * bracket take its role, whatever a clause rule made of them.
 */
function bracketRoles(text: string, from: number, roles: Roles, ctx: RoleContext | undefined): void {
  const re = globalPattern(R(), 'roles/role-in-brackets')
  const supportRe = globalPattern(R(), 'roles/support')
  re.lastIndex = from
  let segStart = from
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    const before = text.slice(segStart, m.index)
    const cut = Math.max(before.lastIndexOf(':'), before.lastIndexOf(';'), before.lastIndexOf('\n'))
    let start = cut >= 0 ? segStart + cut + 1 : segStart
    // "Văn phòng phối hợp với Ban X (chủ trì)": the bracket marks the object of "phối hợp với" only;
    // the clause's subject before it is the one that coordinates.
    const linked = [...text.slice(start, m.index).matchAll(supportRe)].pop()
    const subject = linked ? mentionsIn(text, start, start + linked.index!) : []
    if (linked) start += linked.index! + linked[0].length
    const found = mentionsIn(text, start, m.index)
    segStart = m.index + m[0].length
    if (!found.length) continue
    const names = new Set(found.map((x) => fold(x.name)))
    const asLead = !!(m.groups!.lead ?? m.groups!.leadAfterColon)
    if (asLead && subject.length) {
      const subjects = new Set(subject.map((x) => fold(x.name)))
      roles.lead = roles.lead.filter((x) => !subjects.has(fold(x.name)))
      roles.support.push(...subject)
      traceRole(ctx, 'support', 'roles/role-in-brackets', subject, () => `the subject that coordinates with the one marked "${m![0]}"`)
    }
    if (asLead) {
      roles.support = roles.support.filter((x) => !names.has(fold(x.name)))
      roles.lead.push(...found)
    } else {
      roles.lead = roles.lead.filter((x) => !names.has(fold(x.name)))
      roles.support.push(...found)
    }
    traceRole(ctx, asLead ? 'lead' : 'support', 'roles/role-in-brackets', found, () => `its role printed in brackets "${m![0]}"`)
  }
}

/** The agencies named between from and to, each run read whole. */
function mentionsIn(text: string, from: number, to: number): AgencyMention[] {
  const found: AgencyMention[] = []
  const words = /(?<![\p{L}\p{N}])\p{L}/gu
  words.lastIndex = from
  let w: RegExpExecArray | null
  while ((w = words.exec(text)) && w.index < to) {
    const run = agencyRunAt(text.slice(0, to), w.index)
    if (!run.mentions.length) continue
    found.push(...run.mentions)
    words.lastIndex = Math.max(words.lastIndex, run.end)
  }
  return found
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++
  return i
}

/** Whether the agency at p is the next name of a run that began earlier ("chỉ đạo Sở A, Sở B thực hiện"). */
function continuesRun(text: string, from: number, p: number, adverbial: boolean): boolean {
  const before = text.slice(from, p)
  const sep = /[,;]\s*$/u.exec(before)
  if (!sep) return false
  // "các phòng, ban, đơn vị trực thuộc": a bare agency noun before the comma begins a list.
  if (pattern(R(), 'roles/list-noun-end').test(before.slice(0, sep.index))) return true
  const segStart = Math.max(from, before.slice(0, sep.index).search(/[^,;:()]*$/u) + from)
  const word = /(?<![\p{L}])[\p{L}]/gu
  word.lastIndex = segStart
  let m: RegExpExecArray | null
  while ((m = word.exec(text)) && m.index < from + sep.index) {
    const run = agencyRunAt(text.slice(0, p + 200), m.index)
    // "Căn cứ thông báo của Chi cục A, Chi cục B thực hiện": the comma closes the adverbial.
    if (run.mentions.length && run.end >= p) return !(adverbial && pattern(R(), 'roles/object-before').test(text.slice(Math.max(0, m.index - 12), m.index)))
    if (run.mentions.length) word.lastIndex = Math.max(word.lastIndex, run.end)
  }
  return false
}

/** The heading collective "Các sở quản lý nhà nước chuyên ngành" and the lead-in's longer spelling are one. */
function sameHead(x: AgencyMention, list: AgencyMention[]): boolean {
  const a = fold(x.name).split(' ').slice(0, 3).join(' ')
  return list.some((y) => fold(y.name).split(' ').slice(0, 3).join(' ') === a)
}

export function unique(list: AgencyMention[]): AgencyMention[] {
  const seen = new Set<string>()
  const out: AgencyMention[] = []
  const determiner = pattern(R(), 'roles/folded-determiner')
  for (const x of list) {
    const k = fold(x.name).replace(determiner, '')
    if (seen.has(k)) continue
    seen.add(k)
    out.push(x)
  }
  return out
}

/** The words at text[i…] name private parties ("các doanh nghiệp …", "tổ chức, cá nhân"), not an agency. */
function privateAt(text: string, i: number): boolean {
  const a = rules().agencies
  const rest = fold(text.slice(i, i + 60)).replace(/^\s+/u, '')
  const words = (list: string[]) => list.map(fold).sort((x, y) => y.length - x.length)
  const det = words(a.determiners).find((d) => rest.startsWith(d + ' '))
  const head = det ? rest.slice(det.length + 1) : rest
  return words(a.privateParties).some((p) => head.startsWith(p) && !/^\p{L}/u.test(head.slice(p.length)))
}

/** text[i…] is an agency heading the bullets under it, maybe directed: "Sở X:⏎", "Chỉ đạo Sở X:⏎". */
function headsBullets(text: string, i: number): boolean {
  const directs = pattern(R(), 'roles/directs').exec(text.slice(i, i + 40))
  const r = runAt(text, directs && directs.index === 0 ? i + directs[0].length : i)
  return r.mentions.length > 0 && /^[ \t]*:[ \t]*(?:\n|$)/u.test(text.slice(r.end))
}

/** "X là Sở Y tế, …": the named (not collective) agencies right after "là" at text[i…]. */
function namedAfterIs(text: string, i: number): AgencyMention[] | null {
  const m = pattern(R(), 'roles/is-named-agency').exec(text.slice(i, i + 20))
  if (!m || m.index !== 0) return null
  const r = runAt(text, i + m[0].length)
  return r.mentions.length && r.mentions[0].start === i + m[0].length && r.mentions.every((x) => !x.collective) ? r.mentions : null
}

/** "… là Sở Văn hóa, Thể thao và Du lịch, chủ trì …": the named run, then a doer's verb after its comma. */
function namedThenActs(text: string, named: AgencyMention[]): boolean {
  const rest = text.slice(named[named.length - 1].end, named[named.length - 1].end + 200)
  const m = /^\s*,\s*/u.exec(rest)
  return !!m && pattern(R(), 'roles/doer-predicate').test(rest.slice(m[0].length))
}
