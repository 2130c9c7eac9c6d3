/**
 * Who does an item's work. Per clause: the agencies that open it (or follow giao / yêu cầu /
 * đề nghị) lead; those after "phối hợp (với)" or "cùng" support; those after báo cáo / trình /
 * tham mưu are only reported to. Agencies an item only recounts ("Bộ Tài chính đã …", what a
 * law assigns) or tells the doer to direct (chỉ đạo, đôn đốc) get no role.
 */
import { pattern, globalPattern, rules } from '../rules/index.js'
import { agencyRunAt, type AgencyMention } from './agencies.js'
import { fold } from './names.js'

export interface Roles {
  lead: AgencyMention[]
  support: AgencyMention[]
  reportTo: AgencyMention[]
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

/** Roles read from text[from…]: a heading before `from` is left out. */
export function readRoles(text: string, from = 0): Roles {
  const roles: Roles = { lead: [], support: [], reportTo: [] }
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
  let hasLead = false
  /** A support list may run over ";" ("phối hợp với A; B; C"): clauses inside it have no subject. */
  let consumedUntil = 0
  const collectivesBeforeList: AgencyMention[] = []
  for (const [s, e] of clauses(text)) {
    if (e <= from) continue
    // Regexes scan only up to the clause end: a scan to the end of the text per clause is quadratic.
    const clause = text.slice(0, e)
    let i = Math.max(s, from)
    // Skip markers, bullets and labels such as "Cơ quan thực hiện:".
    while (true) {
      const p = prefixRe.exec(text.slice(i, e))
      if (!p || p.index !== 0 || p[0].length === 0) break
      i += p[0].length
    }
    // Subject, or "Giao/Yêu cầu/Đề nghị X" opening the clause.
    // The assignment verbs (rules/roles.json roles/assign) may open the clause: "Giao Sở X …".
    const lead = assignOpen.exec(text.slice(i, e))
    const opener = lead && lead.index === 0 ? lead : null
    const subjStart = opener ? i + opener[0].length : i
    let startRun: AgencyMention[] = []
    if (subjStart >= consumedUntil) {
      const run = agencyRunAt(text.slice(0, e), subjStart)
      startRun = run.mentions
      const after = text.slice(run.end, run.end + 30)
      if (startRun.length && assignerVerb.test(after)) startRun = []
      else if (startRun.length && !recountRe.test(after)) {
        roles.lead.push(...startRun)
        hasLead = true
        if (listIntro.test(text.slice(run.end, e))) collectivesBeforeList.push(...startRun.filter((x) => x.collective))
      } else startRun = []
    }
    // "…, Thủ tướng Chính phủ giao Bộ X nghiên cứu": an assignment inside the clause.
    if (!startRun.length) {
      assignRe.lastIndex = subjStart
      let m: RegExpExecArray | null
      while ((m = assignRe.exec(clause))) {
        if (m.index <= subjStart && opener) continue
        const before = text.slice(s, m.index)
        if (documentSubject.test(before) || relativeAssign.test(before)) continue
        const verb = m.groups!.verb.toLowerCase()
        if (verb !== 'giao' && hasLead) continue
        const r = agencyRunAt(text.slice(0, e), m.index + m[0].length)
        if (r.mentions.length && !recountRe.test(text.slice(r.end, r.end + 30))) {
          roles.lead.push(...r.mentions)
          hasLead = true
          break
        }
      }
    }
    supportRe.lastIndex = s
    let m: RegExpExecArray | null
    while ((m = supportRe.exec(clause))) {
      const r = agencyRunAt(text, m.index + m[0].length)
      roles.support.push(...r.mentions)
      if (r.mentions.length) consumedUntil = Math.max(consumedUntil, r.end)
    }
    reportRe.lastIndex = s
    while ((m = reportRe.exec(clause))) {
      const r = agencyRunAt(text.slice(0, e), m.index + m[0].length)
      // "gửi Sở Tài chính để theo dõi, phối hợp xử lý": sent to in order to coordinate.
      if (/^gửi/u.test(m[0]) && coordinatePurpose.test(text.slice(r.end, r.end + 80))) roles.support.push(...r.mentions)
      else roles.reportTo.push(...r.mentions)
    }
  }
  // "Giao các sở … gồm: - Sở A; - Sở B": the listed agencies stand for the collective.
  if (collectivesBeforeList.length && roles.lead.some((x) => !x.collective)) {
    const drop = new Set(collectivesBeforeList.map((x) => fold(x.name)))
    roles.lead = roles.lead.filter((x) => !(x.collective && drop.has(fold(x.name))) && !(x.collective && sameHead(x, collectivesBeforeList)))
  }
  roles.lead = unique(roles.lead)
  const leadNames = new Set(roles.lead.map((x) => fold(x.name)))
  roles.support = unique(roles.support).filter((x) => !leadNames.has(fold(x.name)))
  const taken = new Set([...leadNames, ...roles.support.map((x) => fold(x.name))])
  roles.reportTo = unique(roles.reportTo).filter((x) => !taken.has(fold(x.name)))
  return roles
}

/** The heading collective "Các sở quản lý nhà nước chuyên ngành" and the lead-in's longer spelling are one. */
function sameHead(x: AgencyMention, list: AgencyMention[]): boolean {
  const a = fold(x.name).split(' ').slice(0, 3).join(' ')
  return list.some((y) => fold(y.name).split(' ').slice(0, 3).join(' ') === a)
}

export function unique(list: AgencyMention[]): AgencyMention[] {
  const seen = new Set<string>()
  const out: AgencyMention[] = []
  for (const x of list) {
    const k = fold(x.name).replace(/^(?:cac|nhung|moi) /, '')
    if (seen.has(k)) continue
    seen.add(k)
    out.push(x)
  }
  return out
}
