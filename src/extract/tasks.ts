/**
 * Tasks: every numbered item of the body (and the task tables of an appendix), with its
 * text, span, roles, citations and deadline. A body without numbered items is one task "0".
 */
import type { Diagnostic, Doc } from '../types.js'
import type { Agency, Document, Task } from '../schema/letter.js'
import type { HeaderResult } from './header.js'
import type { SignatureResult } from './signature.js'
import type { CitationsResult } from './citations.js'
import { evidence, flatAt } from '../parse/span.js'
import { pattern, rules } from '../lexicon/index.js'
import { findItems, flattenItems, formOffsets, type Item } from './structure.js'
import { newRoleContext, readRoles, staffRunAt, traceRole, unique, withoutDirected, type RoleContext, type Roles } from './roles.js'
import { trace, tracing } from '../explain.js'
import { agencyRunAt, type AgencyMention } from '../readers/agencies.js'
import { fold, properCaseUpper } from '../readers/names.js'
import { readTableTasks } from './task-table.js'
import { findDeadline, type DeadlineContext } from '../dates/deadline.js'
import { resolveDeadlines } from '../resolve/deadlines.js'

export function extractTasks(
  doc: Doc,
  header: HeaderResult,
  sig: SignatureResult,
  document: Document,
  citations: Pick<CitationsResult, 'dateRanges'>,
  diagnostics: Diagnostic[],
): Task[] {
  const lines = doc.lines
  let bodyFrom = header.bodyStart
  let bodyTo = sig.start
  // A letter without line structure (one long line) has its body on the header's last line.
  const hasBody = (a: number, b: number) => lines.slice(a, b).some((l) => !l.blank)
  if (!hasBody(bodyFrom, bodyTo) && bodyFrom > 0) {
    bodyFrom -= 1
    bodyTo = Math.max(bodyTo, bodyFrom + 1)
  }
  const lineStart = (i: number) => (i < lines.length ? lines[i].start : doc.text.length)
  const bodyEndOffset = closingStart(doc, bodyFrom, bodyTo, header.recipients.map((r) => r.name))
  const ranges: Array<[number, number]> = [[bodyFrom, bodyTo]]
  if (sig.end < lines.length && sig.start < lines.length) ranges.push([sig.end, lines.length])
  const roots = findItems(doc, ranges)
  // Forms and templates after the signature: their numbered lines and table rows are filled in, not assigned.
  const forms = ranges.length > 1 ? formOffsets(doc, ranges[1][0], ranges[1][1]) : []
  if (tracing()) for (const [a, b] of forms) trace({ stage: 'roles', ruleId: 'structure/form', verdict: 'dropped', message: 'a form or template after the signature: its numbered lines and table rows are no tasks', start: a, end: Math.min(b, a + 60) })
  const items = flattenItems(roots)
  const ctx: DeadlineContext = { letterDate: document.date, citationDates: citations.dateRanges, doc }

  const tasks: Task[] = []
  const byLabel = new Map<string, Task>()
  const roleCtx = newRoleContext(document.issuer?.name ?? null)
  /** Items whose sentence only executes the decision: they inherit no heading's doer. */
  const closingItems = new Set<Task>()
  /** The lead of an item's lead-in, where its text goes on after its sub-items (Item.tails): only that is handed down. */
  const leadIn = new Map<string, Agency[]>()
  /** For --explain: where each item's own text lies in the document. */
  const contentStarts = new Map<string, [number, number]>()
  const defined = definedRecipients(doc, header)
  const sigStartOffset = lineStart(bodyTo)
  // A numbered item that is itself the closing formula (or the sentence on difficulties: "b) Trong
  // quá trình triển khai …, nếu phát sinh khó khăn …") keeps its text for the clerk, and so do the
  // items above it, but it assigns no work and sets no deadline.
  const closingItem = items.find((it) => it.markerStart < sigStartOffset && it.markerStart <= bodyEndOffset && bodyEndOffset <= it.contentStart) ?? null
  // The closing proper may still follow it ("Yêu cầu Thủ trưởng các sở … triển khai thực hiện./."): that stays out.
  const bodyEnd = closingItem
    ? Math.min(closingItem.end, sigStartOffset, closingStart(doc, closingItem.line + 1, bodyTo, header.recipients.map((r) => r.name)))
    : bodyEndOffset
  const insideClosing = (it: Item): boolean =>
    !!closingItem && it.markerStart >= closingItem.markerStart && it.markerStart < closingItem.end
  const clampEnd = (it: Item, end: number): number => {
    // The last body item stops at the closing formula, or at the signature block.
    if (it.markerStart < sigStartOffset) return Math.min(end, bodyEnd)
    return Math.min(end, doc.text.length)
  }
  for (const it of items) {
    if (insideClosing(it)) {
      const end = trimEnd(doc.text, it.contentStart, clampEnd(it, it.end))
      const ownEnd = trimEnd(doc.text, it.contentStart, clampEnd(it, it.ownEnd))
      if (tracing()) traceTask(new Map([[it.label, [it.contentStart, end]]]), it.label, 'closing/numbered', 'note', `task ${it.label} is the closing formula: it keeps its text but assigns no work and sets no deadline`)
      const task = makeTask(doc, it.label, it.parent, titleOf(doc, it, ownEnd), it.markerStart, end, it.contentStart, { lead: [], support: [], reportTo: [], closing: true }, ctx, '')
      closingItems.add(task)
      tasks.push(task)
      byLabel.set(task.label, task)
      continue
    }
    // A task table inside an item is its own tasks: the item's text stops where the table starts.
    const ownEnd = trimEnd(doc.text, it.contentStart, Math.min(clampEnd(it, it.ownEnd), firstTableAfter(doc, it.contentStart)))
    const fullEnd = trimEnd(doc.text, it.contentStart, clampEnd(it, it.end))
    const text = doc.text.slice(it.contentStart, ownEnd)
    const title = titleOf(doc, it, ownEnd)
    roleCtx.label = it.label
    roleCtx.base = it.contentStart
    // The agencies that open the item decide both whether its heading is a doer and where roles start.
    const opening = title ? agencyRunAt(text, 0) : null
    const headingEnd = titleLength(text, title, opening)
    // A heading that is no agency may still assign ("4. Về lĩnh vực Tư pháp: Đề nghị UBND tỉnh chỉ đạo …").
    const heading = headingEnd > 0 ? readRoles(text.slice(0, headingEnd), 0, roleCtx) : null
    // Under "1. Sở Y tế:" a sub-item that names only a coordinator gives it support (the lead is inherited below).
    const above = it.parent ? (leadIn.get(it.parent) ?? byLabel.get(it.parent)?.lead ?? []) : []
    const read = withTitleAgency(withHeadingRoles(readRoles(text, headingEnd, roleCtx, !!heading?.lead.length, above.length > 0), heading), title, opening, roleCtx)
    // A heading that directs ("Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:") holds for the body's subjects too.
    const own = withDefinedRecipients(headingEnd > 0 ? { ...read, lead: withoutDirected(read.lead, text, roleCtx) } : read, defined)
    const roles = withTails(doc, it, own, clampEnd, roleCtx, defined)
    if (tracing()) contentStarts.set(it.label, [it.contentStart, ownEnd])
    const task = makeTask(doc, it.label, it.parent, title, it.markerStart, fullEnd, it.contentStart, roles, ctx, text)
    if (it.tails?.length) leadIn.set(task.label, task.lead.slice(0, own.lead.length))
    if (roles.closing) closingItems.add(task)
    tasks.push(task)
    byLabel.set(task.label, task)
  }
  // A body without numbered items is one task covering it.
  const bodyItems = items.filter((it) => it.markerStart < sigStartOffset)
  if (!bodyItems.length && bodyFrom < bodyTo) {
    const start = firstContent(doc, bodyFrom, bodyTo)
    const end = trimEnd(doc.text, start, bodyEndOffset)
    if (end > start) {
      const text = doc.text.slice(start, end)
      roleCtx.label = '0'
      roleCtx.base = start
      if (tracing()) contentStarts.set('0', [start, end])
      const t = makeTask(doc, '0', null, null, start, end, start, withDefinedRecipients(readRoles(text, 0, roleCtx), defined), ctx, text)
      tasks.unshift(t)
      byLabel.set('0', t)
    }
  }
  // Task tables (typically in a PHỤ LỤC after the signature); a form's table is filled in, not assigned.
  for (const row of readTableTasks(doc, sig)) {
    if (forms.some(([a, b]) => row.start >= a && row.start < b)) {
      if (tracing()) trace({ stage: 'roles', ruleId: 'structure/form', verdict: 'dropped', message: `table row ${row.label} is a form's line to fill in, not a task`, start: row.start, end: row.end })
      continue
    }
    // A body table restarts its numbering under the section that holds it: row 3 of section II is "II.3".
    const holder = row.label.startsWith('PL') ? null : innermostItem(items, row.start)
    const label = holder ? `${holder.label}.${row.label}` : row.label
    // A row printed under a section or group row has that row for parent (under the holder, if any).
    const parent = row.parent ? (holder ? `${holder.label}.${row.parent}` : row.parent) : (holder?.label ?? null)
    const t = makeTask(doc, label, parent, null, row.start, row.end, row.start, row.roles, ctx, row.deadlineText ?? '', row.deadlineOffset)
    if (byLabel.has(t.label)) continue
    tasks.push(t)
    byLabel.set(t.label, t)
  }
  // "Điều 3. Trách nhiệm của các đơn vị liên quan" over sub-items that each name their own doer:
  // the collective is broken down by them, it is not the heading's doer.
  // Only such a title: "1. Các sở, ban, ngành:" over "a) Sở Nội vụ …" keeps its lead.
  const owner = pattern(rules().roles, 'roles/owner-opener')
  for (const t of tasks) {
    if (!t.title || !owner.test(t.title) || !t.lead.length || !t.lead.every((a) => a.collective)) continue
    const children = tasks.filter((c) => c.parent === t.label)
    // A sub-item that is the closing formula ("… có trách nhiệm thực hiện Nghị quyết") breaks down no duty, but leaves none to the heading either.
    if (children.some((c) => c.lead.length > 0) && children.every((c) => c.lead.length > 0 || closingItems.has(c))) {
      if (tracing()) traceTask(contentStarts, t.label, 'roles/heading-broken-down', 'dropped', `task ${t.label}: ${t.lead.map((a) => a.name).join('; ')} given no role: a "Trách nhiệm của …" heading whose sub-items each name their doer`)
      t.lead = []
      t.assignees = 'recipients'
    }
  }
  // An agency heading is the lead of each sub-item that names no doer of its own; a date set
  // in the lead-in holds for sub-items without their own.
  for (const t of tasks) {
    if (!t.parent) continue
    const parent = byLabel.get(t.parent)
    if (!parent) continue
    const handed = leadIn.get(parent.label) ?? parent.lead
    if (!t.lead.length && handed.length && closingItems.has(t) && tracing())
      traceTask(contentStarts, t.label, 'roles/closing', 'dropped', `task ${t.label}: inherits no lead from ${parent.label}: its sentence only executes the decision (closing formula)`)
    if (!t.lead.length && handed.length && !closingItems.has(t)) {
      if (tracing()) traceTask(contentStarts, t.label, 'roles/heading-inherited', 'kept', `task ${t.label}: ${handed.map((a) => a.name).join('; ')} as lead: inherited from the heading of ${parent.label}, the item names no doer of its own`)
      t.lead = handed.map((a) => ({ ...a }))
      t.assignees = 'inherited'
      const leadNames = new Set(t.lead.map((a) => a.name.toLowerCase()))
      t.support = t.support.filter((a) => !leadNames.has(a.name.toLowerCase()))
    }
  }
  if (tracing()) for (const t of tasks) if (!t.lead.length) traceTask(contentStarts, t.label, 'task/no-lead', 'note', `task ${t.label} has no lead: ${noLeadReason(doc, contentStarts.get(t.label), closingItems.has(t))}`)
  resolveDeadlines(tasks, ctx, diagnostics)
  // Which task each citation mention belongs to is resolved after this stage (src/resolve/links.ts).
  diagnostics.push(...roleDiagnostics(tasks))
  // In reading order: table rows sit where their table is printed.
  return tasks.sort((a, b) => a.span.start.offset - b.span.start.offset)
}

/** For --explain: a decision about a whole task, placed at the start of its own text. */
function traceTask(places: Map<string, [number, number]>, label: string, ruleId: string, verdict: 'kept' | 'dropped' | 'note', message: string): void {
  const at = places.get(label)
  trace({ stage: 'roles', ruleId, verdict, message, ...(at ? { start: at[0], end: Math.min(at[1], at[0] + 60) } : {}) })
}

/** Why an item ended with no lead: it names no agency, or every agency it names was given another role (see the roles lines above). */
function noLeadReason(doc: Doc, at: [number, number] | undefined, closing: boolean): string {
  if (closing) return 'its sentence only executes the decision (closing formula)'
  if (!at) return 'a table row whose cells name no doer'
  const text = doc.text.slice(at[0], at[1])
  const names: string[] = []
  const words = /(?<![\p{L}\p{N}])\p{L}/gu
  let w: RegExpExecArray | null
  while ((w = words.exec(text))) {
    const run = agencyRunAt(text, w.index)
    if (!run.mentions.length) continue
    names.push(...run.mentions.map((x) => x.name))
    words.lastIndex = Math.max(words.lastIndex, run.end)
  }
  if (!names.length) return 'the item names no agency (the Kính gửi recipients carry it out), nor does a heading above it'
  return `none of the agencies it names (${[...new Set(names)].join('; ')}) is its doer: each was given another role or none, and no heading above it names a doer`
}

/**
 * What a reviewer should look at in the roles: an item that names no doer (the Kính gửi list
 * applies, or the reader missed its subject), and one whose only lead is a collective.
 */
function roleDiagnostics(tasks: Task[]): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const t of tasks) {
    if (!t.lead.length)
      out.push({ ruleId: 'task/no-lead', severity: 'info', message: `Task ${t.label} names no lead agency: the recipients are taken to carry it out`, span: t.span })
    else if (t.lead.every((a) => a.collective))
      out.push({ ruleId: 'task/collective-lead', severity: 'info', message: `Task ${t.label} is led only by a collective (${t.lead.map((a) => a.name).join('; ')})`, span: t.span })
  }
  return out
}

function makeTask(
  doc: Doc,
  label: string,
  parent: string | null,
  title: string | null,
  start: number,
  end: number,
  ownStart: number,
  roles: Roles,
  ctx: DeadlineContext,
  ownText: string,
  deadlineOffset?: number,
): Task {
  const ev = evidence(doc, start, Math.max(end, start))
  const toAgency = (x: AgencyMention, base: number): Agency => ({
    name: x.name,
    printed: x.printed,
    kind: x.kind,
    collective: x.collective,
    ...evidence(doc, base + x.start, base + x.end),
  })
  const base = deadlineOffset !== undefined ? 0 : ownStart
  const lead = roles.lead.map((x) => toAgency(x, base))
  const support = roles.support.map((x) => toAgency(x, base))
  const reportTo = roles.reportTo.map((x) => toAgency(x, base))
  const found = findDeadline(ownText, deadlineOffset ?? ownStart, ctx, deadlineOffset !== undefined ? 'cell' : 'body')
  return {
    label,
    parent,
    title,
    text: ev.text,
    span: ev.span,
    lead,
    support,
    reportTo,
    assignees: lead.length ? 'explicit' : 'recipients',
    deadline: found.deadline,
    milestones: found.milestones,
    citations: [],
  }
}

/**
 * A heading that is an agency ("6. Sở Kế hoạch và Đầu tư:", "4. Các cơ quan, tổ chức … được
 * giao quản lý …") names the item's doer as printed, whole; "NHIỆM VỤ … CỦA BỘ X" names X.
 */
function withTitleAgency(roles: Roles, title: string | null, run: ReturnType<typeof agencyRunAt> | null, roleCtx: RoleContext): Roles {
  if (!title) return roles
  const owner = pattern(rules().roles, 'roles/title-owner').exec(title)
  if (owner && !roles.lead.length) {
    const printed = owner.groups!.agency
    const at = title.indexOf(printed)
    // A heading in capitals is spelt out first; one in running case is read where it stands.
    const upper = printed === printed.toUpperCase()
    const read = upper ? readUpperAgency(printed) : agencyRunAt(printed, 0)
    // "Trách nhiệm của Chuyên viên được giao nhiệm vụ": a staff post stands for its agency.
    const owned = read.mentions.length || upper ? read : (staffRunAt(printed, 0, roleCtx) ?? read)
    if (owned.mentions.length) {
      const lead = upper ? owned.mentions.map((x) => ({ ...x, start: at, end: at + printed.length, printed })) : owned.mentions.map((x) => ({ ...x, start: at + x.start, end: at + x.end }))
      traceRole(roleCtx, 'lead', 'roles/title-owner', lead, () => 'the heading names whose task it is ("Trách nhiệm/Nhiệm vụ của …")')
      return { ...roles, lead }
    }
  }
  // "4. Để bảo đảm …, Bộ Y tế:": a heading that ends with an agency after an adverbial names its doer.
  if (!roles.lead.length && !run?.mentions.length) {
    const comma = pattern(rules().roles, 'roles/heading-owner').exec(title)
    if (comma) {
      const at = comma.index + comma[0].length
      const tail = agencyRunAt(title, at)
      if (tail.mentions.length && /^\s*:?\s*$/u.test(title.slice(tail.end))) {
        traceRole(roleCtx, 'lead', 'roles/heading-owner', tail.mentions, () => 'the heading ends with its doer after an adverbial ("…, Bộ Y tế:")')
        return { ...roles, lead: tail.mentions }
      }
    }
  }
  // "3. UBND CÁC HUYỆN, THÀNH PHỐ": a heading in capitals that is all one agency run is read spelt out, whole.
  const bare = title.replace(/[:.]\s*$/u, '').trim()
  if (/\p{Lu}/u.test(bare) && bare === bare.toUpperCase() && bare.length <= 160) {
    const read = readUpperAgency(bare)
    if (read.mentions.length && read.end >= properCaseUpper(bare).trimEnd().length) {
      const lead = read.mentions.map((x) => ({ ...x, start: 0, end: bare.length, printed: bare }))
      traceRole(roleCtx, 'lead', 'roles/heading-capitals', lead, () => 'a heading in capitals that names its doer, read spelt out')
      return { ...roles, lead: [...lead, ...roles.lead.filter((x) => x.start >= bare.length)] }
    }
  }
  if (!run) return roles
  if (run.mentions.length === 1 && run.mentions[0].collective && /^\s*:?\s*$/.test(title.slice(run.end))) return roles
  // A collective followed by its qualifier ("Các cơ quan … được giao quản lý …") is one heading
  // agency, but not one followed by an enumeration ("Các Bộ: A, B") or a role word.
  // "Các cơ quan, đơn vị liên quan tổ chức tuyên truyền:": a doer's verb after it is the heading's predicate, no qualifier.
  if (run.mentions.length === 1 && run.mentions[0].collective && run.end < title.length && !/^\s*:/u.test(title.slice(run.end)) && !pattern(rules().roles, 'roles/title-role-word').test(title) && !pattern(rules().roles, 'roles/heading-adverbial').test(title.slice(run.end)) && !(pattern(rules().roles, 'roles/doer-predicate').test(title.slice(run.end)) && !pattern(rules().roles, 'roles/participle-end').test(title.slice(0, run.end)))) {
    const whole = title.replace(/[:.]\s*$/, '')
    const m = run.mentions[0]
    const widened = { ...m, end: m.start + whole.length, printed: whole, name: whole.charAt(0).toUpperCase() + whole.slice(1) }
    const lead = roles.lead.map((x) => (x.start === m.start ? widened : x))
    traceRole(roleCtx, 'lead', 'roles/heading-agency', [widened], () => 'a collective heading read whole with its qualifier')
    return { ...roles, lead }
  }
  return roles
}

/**
 * An agency printed in capitals ("CỤC NHÀ GIÁO VÀ CÁN BỘ QUẢN LÝ GIÁO DỤC"): spelt out in running
 * case, and, where that names none ("Cục nhà giáo …"), with the proper name after its unit noun
 * capitalised ("Cục Nhà giáo …", "Phòng Văn hóa và thông tin").
 */
function readUpperAgency(printed: string): ReturnType<typeof agencyRunAt> {
  const cased = properCaseUpper(printed)
  const read = agencyRunAt(cased, 0)
  if (read.mentions.length) return read
  const words = cased.split(' ')
  for (let k = 1; k < Math.min(words.length, 3); k++) {
    const retried = [...words.slice(0, k), words[k].charAt(0).toUpperCase() + words[k].slice(1), ...words.slice(k + 1)].join(' ')
    const again = agencyRunAt(retried, 0)
    if (again.mentions.length) return again
  }
  return read
}

/** The name a letter gives its Kính gửi list ("(Sau đây gọi chung là các đơn vị)"), folded, and the list. */
interface DefinedRecipients {
  key: string
  names: string[]
}

/**
 * A name defined for the recipients right after the Kính gửi list. An item that names it
 * names those recipients: like an abbreviation, the clerk writes them out, one per agency.
 */
function definedRecipients(doc: Doc, header: HeaderResult): DefinedRecipients | null {
  const last = header.recipients[header.recipients.length - 1]
  if (!last) return null
  // The flat offset where the last recipient ends.
  const lo = flatAt(doc, last.ev.span.end.offset)
  const m = pattern(rules().roles, 'roles/recipients-defined-as').exec(doc.text.slice(lo, lo + 200))
  if (!m) return null
  const term = m.groups!.term
  const run = agencyRunAt(term, 0)
  const name = run.mentions.length === 1 && run.end >= term.trimEnd().length ? run.mentions[0].name : term
  return { key: bareKey(name), names: header.recipients.map((r) => r.name) }
}

const bareKey = (name: string) => fold(name).replace(pattern(rules().roles, 'roles/folded-determiner'), '')

function withDefinedRecipients(roles: Roles, defined: DefinedRecipients | null): Roles {
  if (!defined) return roles
  const expand = (list: AgencyMention[]) =>
    list.flatMap((x) => (bareKey(x.name) === defined.key ? defined.names.map((name) => ({ ...x, name, collective: false })) : [x]))
  const lead = unique(expand(roles.lead))
  const leadNames = new Set(lead.map((x) => fold(x.name)))
  return { lead, support: unique(expand(roles.support)).filter((x) => !leadNames.has(fold(x.name))), reportTo: unique(expand(roles.reportTo)) }
}

/**
 * The item's own text that goes on after a nested list an outer bullet closed ("- Trường hợp …
 * đề nghị Sở Công Thương hướng dẫn …" after "(iii) …"): its roles are the item's too, their
 * offsets kept relative to the item's content start.
 */
function withTails(doc: Doc, it: Item, roles: Roles, clampEnd: (it: Item, end: number) => number, roleCtx: RoleContext, defined: DefinedRecipients | null): Roles {
  if (!it.tails?.length) return roles
  let out = roles
  for (const [a, b] of it.tails) {
    const end = trimEnd(doc.text, a, clampEnd(it, b))
    if (end <= a) continue
    roleCtx.base = a
    const tail = withDefinedRecipients(readRoles(doc.text.slice(a, end), 0, roleCtx, out.lead.length > 0), defined)
    const shift = (list: AgencyMention[]) => list.map((x) => ({ ...x, start: x.start + a - it.contentStart, end: x.end + a - it.contentStart }))
    const lead = unique([...out.lead, ...shift(tail.lead)])
    const leadNames = new Set(lead.map((x) => fold(x.name)))
    out = { ...out, lead, support: unique([...out.support, ...shift(tail.support)]).filter((x) => !leadNames.has(fold(x.name))), reportTo: unique([...out.reportTo, ...shift(tail.reportTo)]) }
  }
  roleCtx.base = it.contentStart
  return out
}

/** The roles a heading assigns itself come first; what the body assigns is added after them. */
function withHeadingRoles(body: Roles, heading: Roles | null): Roles {
  if (!heading || !heading.lead.length) return body
  const lead = unique([...heading.lead, ...body.lead])
  const leadNames = new Set(lead.map((x) => x.name.toLowerCase()))
  const support = unique([...heading.support, ...body.support]).filter((x) => !leadNames.has(x.name.toLowerCase()))
  return { lead, support, reportTo: unique([...heading.reportTo, ...body.reportTo]) }
}

/** Where a heading that is not itself an agency ends in the item's text: its roles start after it. */
function titleLength(text: string, title: string | null, opening: ReturnType<typeof agencyRunAt> | null): number {
  if (!title) return 0
  if (opening?.mentions.length) return 0
  const nl = text.indexOf('\n')
  return nl > 0 && text.slice(0, nl).replace(/[:\s]+$/u, '').trim() === title ? nl + 1 : 0
}

/**
 * The item's heading: its own text when short and unpunctuated before sub-items; else a first
 * line that stands apart (ends with ":" or is followed by a blank line or a bullet).
 */
function titleOf(doc: Doc, it: Item, ownEnd: number): string | null {
  // Only an item with sub-items may take its whole own text as heading: collapse it only then.
  if (it.children.length) {
    const own = doc.text.slice(it.contentStart, ownEnd).replace(/\s+/g, ' ').trim()
    if (own && own.length <= 200 && !/[.;]$/.test(own)) return own.replace(/:$/, '').trim()
  }
  const nl = doc.text.indexOf('\n', it.contentStart)
  const lineEnd = nl < 0 ? doc.text.length : nl
  const first = doc.text.slice(it.contentStart, Math.min(lineEnd, ownEnd)).trim()
  // A Markdown heading or an all-bold line is the item's title when more text follows.
  if (doc.lines[it.line]?.heading && first && ownEnd > lineEnd + 1) return first.replace(/:$/, '').trim()
  if (!first || first.length > 160 || ownEnd <= lineEnd + 1) return null
  const next = doc.text.slice(lineEnd + 1, Math.min(ownEnd, lineEnd + 200))
  const apart = /:$/.test(first) || /^\s*\n/.test(next) || /^\s*[-+•*]\s/u.test(next)
  if (!apart || (/[.;,]$/.test(first) && !/:$/.test(first))) return null
  return first.replace(/:$/, '').trim()
}

const tableStarts = new WeakMap<Doc, number[]>()

/** Offset where the first table row at or after `from` starts (or the end of the text). */
function firstTableAfter(doc: Doc, from: number): number {
  let starts = tableStarts.get(doc)
  if (!starts) {
    starts = doc.lines.filter((l) => l.cells).map((l) => l.start)
    tableStarts.set(doc, starts)
  }
  let lo = 0
  let hi = starts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (starts[mid] < from) lo = mid + 1
    else hi = mid
  }
  return lo < starts.length ? starts[lo] : doc.text.length
}

/** The deepest item whose range holds `offset`. */
function innermostItem(items: Item[], offset: number): Item | null {
  let best: Item | null = null
  for (const it of items) if (it.markerStart <= offset && offset < it.end && (!best || it.depth >= best.depth)) best = it
  return best
}

function trimEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length)
  while (e > start && /\s/.test(text[e - 1])) e--
  return e
}

function firstContent(doc: Doc, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!doc.lines[i].blank) return doc.lines[i].start + doc.lines[i].indent
  return doc.lines[from]?.start ?? 0
}

/**
 * Whether a sentence read as a closing names one specific agency as its doer: the closing's
 * doer is the addressees (a collective), so "2. Sở Xây dựng tổ chức triển khai thực hiện./."
 * and "Sở Tài chính yêu cầu Sở Xây dựng triển khai thực hiện./." assign work.
 */
function namesSingleDoer(rest: string, id: string, afterMarker: boolean, addressees: Set<string>): boolean {
  // The letter's own addressee ("Sở X yêu cầu Công ty Y nghiêm túc thực hiện", Y in the Kính gửi list) is the closing's doer.
  // A header cut short by a wrapped line ("Công ty … kim loại Thủ" for "… Thủ Đô") still names the same addressee.
  const isAddressee = (name: string) => addressees.has(name) || [...addressees].some((a) => a.split(' ').length >= 3 && (name.startsWith(a + ' ') || a.startsWith(name + ' ')))
  const named = (pos: number) => agencyRunAt(rest, pos).mentions.some((x) => !x.collective && !isAddressee(fold(x.name)))
  if (id === 'closing/subject-implements' && afterMarker && named(0)) return true
  // Without './.' the request closes the letter only when it asks a collective (the addressees).
  if (id === 'closing/request-implement-plain') {
    const verb = pattern(rules().roles, 'roles/assign').exec(rest)
    return !verb || !agencyRunAt(rest, verb.index + verb[0].length).mentions.some((x) => x.collective)
  }
  if (id !== 'closing/request-implement' && id !== 'closing/subject-implements') return false
  const verb = pattern(rules().roles, 'roles/assign').exec(rest)
  // Only a subject before the request ("Bộ Tài chính yêu cầu các Cục …") makes its object checked.
  return !!verb && verb.index > 0 && agencyRunAt(rest, 0).mentions.length > 0 && named(verb.index + verb[0].length)
}

/**
 * "X yêu cầu Công ty Y nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn vướng mắc …
 * phản ánh về Sở X …./.": the sentence on difficulties after the formula (after ";" or its own
 * full stop) belongs to the closing formula, so the formula is tested without it.
 */
function withoutDifficulties(rest: string): string {
  const difficulties = pattern(rules().roles, 'roles/difficulties')
  for (const m of rest.matchAll(/[;,.]\s+/gu)) {
    const at = m.index! + m[0].length
    if (difficulties.test(rest.slice(at))) return rest.slice(0, m.index! + (m[0][0] === '.' ? 1 : 0)).replace(/\.$/u, '') + './.'
  }
  return rest
}

/**
 * Where the closing formula starts ("Yêu cầu … triển khai thực hiện./."), or the start of
 * the signature block: the closing assigns no work of its own.
 */
function closingStart(doc: Doc, from: number, to: number, recipients: string[]): number {
  const addressees = new Set(recipients.flatMap((r) => agencyRunAt(r, 0).mentions.map((x) => fold(x.name))))
  const end = to < doc.lines.length ? doc.lines[to].start : doc.text.length
  const closing = rules().closing
  const assigns = pattern(rules().roles, 'roles/closing-assigns')
  let best = end
  // Candidate sentence starts: line starts and ". " inside the last few lines.
  let seenLines = 0
  for (let i = to - 1; i >= from && seenLines < 12; i--) {
    const l = doc.lines[i]
    if (l.blank) continue
    seenLines++
    const cands = [l.start + l.indent]
    // After an item marker ("2. Chánh Văn phòng … chịu trách nhiệm thi hành …") only the formula that
    // names who executes the decision closes the body: "1. Đề nghị Bộ X …" is an item's own request.
    const afterMarker = new Set<number>()
    const lt = doc.text.slice(l.start, l.end)
    for (const m of lt.matchAll(/[.;:]\s+(?=[\p{Lu}Đ])/gu)) {
      const c = l.start + m.index! + m[0].length
      if (/^\s*(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])$/u.test(lt.slice(0, m.index!))) afterMarker.add(c)
      cands.push(c)
    }
    for (const c of cands.sort((a, b) => b - a)) {
      // A closing formula is a sentence or two: farther back than that is body (and keeps this linear).
      if (end - c > 1200) break
      const rest = withoutDifficulties(doc.text.slice(c, end).replace(/\s+/g, ' ').trim())
      // A closing formula assigns no roles: "… chủ trì, phối hợp với Sở Y … triển khai thực hiện./." is an item's work.
      if (assigns.test(rest.split(/\.\s+(?=[\p{Lu}Đ])/u)[0])) continue
      const allowed = (id: string) => !afterMarker.has(c) || id === 'closing/subject-implements' || id === 'closing/executes-decision'
      if (closing.some((p) => allowed(p.id) && p.re.test(rest) && !namesSingleDoer(rest, p.id, afterMarker.has(c), addressees))) best = Math.min(best, c)
    }
    if (/^\s*(?:[IVX]+|\d+|[a-zđ])[.)\-–]\s/u.test(lt)) break
  }
  return best
}
