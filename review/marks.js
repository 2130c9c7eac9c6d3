// Every spanned value of a letter as a mark, the text cut where marks start and end, and the
// source pane that renders those pieces as text nodes.
import { Component } from 'preact'
import { html, HEADER_FIELDS } from './lib.js'

/** One highlighted value. `id` is its JSON path in the letter ("tasks.3.lead.0"). */
export function collectMarks(letter) {
  const marks = []
  const add = (id, kind, label, value) => {
    if (value?.span) marks.push({ id, kind, label, start: value.span.start.offset, end: value.span.end.offset })
  }
  const d = letter.document
  for (const [field, name] of [...HEADER_FIELDS]) add(`document.evidence.${field}`, 'header', `Header · ${name}: ${d[field] ?? ''}`, d.evidence?.[field])
  add('document.issuer', 'header', `Header · Issuer: ${d.issuer?.name ?? ''}`, d.issuer)
  add('document.signer', 'header', `Header · Signer: ${d.signer?.name ?? ''}`, d.signer)
  d.recipients.forEach((r, i) => add(`document.recipients.${i}`, 'header', `Header · Recipient: ${r.name}`, r))
  d.distribution.forEach((r, i) => add(`document.distribution.${i}`, 'header', `Header · Nơi nhận: ${r.name}`, r))
  letter.citations.forEach((c, i) =>
    c.occurrences.forEach((o, j) => add(`citations.${i}.occurrences.${j}`, 'citation', `Citation ${c.ref}${c.date ? ` (${c.date})` : ''}`, o)),
  )
  letter.namedCitations.forEach((c, i) =>
    c.occurrences.forEach((o, j) => add(`namedCitations.${i}.occurrences.${j}`, 'citation', `Citation by name: ${c.title}`, o)),
  )
  letter.tasks.forEach((t, i) => {
    add(`tasks.${i}`, 'task', `Task ${t.label}`, t)
    t.lead.forEach((a, j) => add(`tasks.${i}.lead.${j}`, 'lead', `Task ${t.label} · lead: ${a.name}`, a))
    t.support.forEach((a, j) => add(`tasks.${i}.support.${j}`, 'support', `Task ${t.label} · support: ${a.name}`, a))
    t.reportTo.forEach((a, j) => add(`tasks.${i}.reportTo.${j}`, 'report', `Task ${t.label} · reports to: ${a.name}`, a))
    if (t.deadline) add(`tasks.${i}.deadline`, 'deadline', `Task ${t.label} · deadline: ${t.deadline.date ?? '(no date)'} (${t.deadline.kind})`, t.deadline)
    t.milestones.forEach((m, j) => add(`tasks.${i}.milestones.${j}`, 'deadline', `Task ${t.label} · milestone: ${m.date ?? ''} (${m.kind})`, m))
  })
  letter.diagnostics.forEach((g, i) => add(`diagnostics.${i}`, 'diag', `Diagnostic ${g.ruleId}: ${g.message}`, g))
  return marks
}

/** Kinds that wrap other values: the innermost real value gives a segment its colour. */
export const WRAPPERS = new Set(['task', 'diag'])

/** Cuts the text where any mark starts or ends; each piece lists the marks that cover it. */
export function segments(raw, marks) {
  const cuts = new Set([0, raw.length])
  for (const m of marks) {
    cuts.add(m.start)
    cuts.add(m.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const byStart = [...marks].sort((a, b) => a.start - b.start)
  const empties = new Map()
  for (const m of marks) if (m.start === m.end) empties.set(m.start, [...(empties.get(m.start) ?? []), m])
  const out = []
  let active = []
  let next = 0
  for (let p = 0; p < points.length; p++) {
    const a = points[p]
    for (const m of empties.get(a) ?? []) out.push({ start: a, end: a, marks: [m] })
    if (p === points.length - 1) break
    const b = points[p + 1]
    while (next < byStart.length && byStart[next].start <= a) active.push(byStart[next++])
    active = active.filter((m) => m.end > a)
    out.push({ start: a, end: b, marks: active.filter((m) => m.start < m.end) })
  }
  return out
}

export function innermost(list) {
  const values = list.filter((m) => !WRAPPERS.has(m.kind))
  const pool = values.length ? values : list
  return pool.reduce((best, m) => (!best || m.end - m.start < best.end - best.start ? m : best), null)
}

/** The letter's text with its marks. Re-renders only when the marks or the text change. */
export class SourceText extends Component {
  shouldComponentUpdate(next) {
    return next.raw !== this.props.raw || next.marksKey !== this.props.marksKey
  }
  render({ raw, marks }) {
    return html`<pre class="source" id="source">${segments(raw, marks).map((s) => {
      if (!s.marks.length) return html`<span data-s=${s.start}>${raw.slice(s.start, s.end)}</span>`
      const top = innermost(s.marks)
      const cls = ['seg', 'mark', `k-${top.kind}`]
      if (s.marks.some((m) => m.kind === 'diag')) cls.push('diag')
      if (s.start === s.end) cls.push('empty')
      return html`<span data-s=${s.start} data-m=${s.marks.map((m) => m.id).join(' ')} class=${cls.join(' ')} title=${s.marks.map((m) => m.label).join('\n')}>${raw.slice(s.start, s.end)}</span>`
    })}</pre>`
  }
}

/**
 * Offsets of the current text selection inside the source pane; null when it is collapsed there;
 * undefined when the selection is elsewhere (typing in a field keeps the last one).
 */
export function selectionOffsets(root, rawLength) {
  const sel = getSelection()
  if (!root || !sel || sel.rangeCount === 0) return undefined
  const r = sel.getRangeAt(0)
  if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return undefined
  if (sel.isCollapsed) return null
  const at = (node, offset) => {
    if (node.nodeType === Node.TEXT_NODE) return Number(node.parentElement.closest('[data-s]').dataset.s) + offset
    if (node === root) {
      const child = root.children[offset]
      return child ? Number(child.dataset.s) : rawLength
    }
    const el = node.closest('[data-s]')
    return Number(el.dataset.s) + (offset === 0 ? 0 : el.textContent.length)
  }
  const start = at(r.startContainer, r.startOffset)
  const end = at(r.endContainer, r.endOffset)
  return end > start ? { start, end } : null
}
