// congvan review: the page. Preact + htm, no build step; every piece of letter text is rendered
// as a text node (never as HTML), so a letter cannot inject markup or script.
import { h, render, Component } from 'preact'
import { useState, useEffect, useMemo, useRef, useCallback } from 'preact/hooks'
import htm from 'htm'

const html = htm.bind(h)
const TOKEN = new URLSearchParams(location.search).get('token') ?? ''
const DEADLINE_KINDS = ['before', 'by', 'on', 'within-period', 'relative', 'recurring', 'ongoing', 'asap']
const KIND_NAMES = { header: 'header field', citation: 'citation', lead: 'lead (chủ trì)', support: 'support (phối hợp)', deadline: 'deadline', report: 'reported to' }
const HEADER_FIELDS = [
  ['ref', 'Number'],
  ['type', 'Type'],
  ['date', 'Date'],
  ['place', 'Place'],
  ['subject', 'Subject'],
]

async function api(path, options = {}) {
  const res = await fetch('/api' + path, {
    ...options,
    headers: { 'X-Congvan-Token': TOKEN, ...(options.body ? { 'Content-Type': 'application/json' } : {}) },
  })
  const body = await res.json().catch(() => ({ error: `HTTP ${res.status}` }))
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`)
  return body
}

// ---------------------------------------------------------------- routing

function parseHash() {
  const m = /^#\/letter\/([0-9]+)$/.exec(location.hash)
  return m ? { view: 'letter', id: m[1] } : { view: 'batch' }
}

function useRoute() {
  const [route, setRoute] = useState(parseHash)
  useEffect(() => {
    const on = () => setRoute(parseHash())
    addEventListener('hashchange', on)
    return () => removeEventListener('hashchange', on)
  }, [])
  return route
}

const go = (hash) => {
  location.hash = hash
}

/** A key pressed in a field that takes text: the page's shortcuts leave it alone. */
function typing(e) {
  const t = e.target
  if (!(t instanceof HTMLElement)) return false
  if (t instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(t.type)
  return t.isContentEditable || ['SELECT', 'TEXTAREA'].includes(t.tagName)
}

// ---------------------------------------------------------------- batch view

const COLUMNS = [
  ['id', '#', (l) => Number(l.id)],
  ['ref', 'Number', (l) => l.ref ?? ''],
  ['date', 'Date', (l) => l.date ?? ''],
  ['issuer', 'Issuer', (l) => l.issuer ?? ''],
  ['tasks', 'Tasks', (l) => l.tasks],
  ['citations', 'Citations', (l) => l.citations],
  ['diagnostics', 'Diagnostics', (l) => l.diagnostics],
  ['status', 'Reviewed', (l) => (l.reviewed ? 2 : l.saved ? 1 : 0)],
]

function Batch({ letters, cursorId, onCursor }) {
  const [sort, setSort] = useState({ key: 'id', dir: 1 })
  const [onlyDiag, setOnlyDiag] = useState(false)
  const [onlyOpen, setOnlyOpen] = useState(false)
  const rows = useMemo(() => {
    const get = COLUMNS.find((c) => c[0] === sort.key)[2]
    const list = letters.filter((l) => (!onlyDiag || l.diagnostics > 0) && (!onlyOpen || !l.reviewed))
    return list.sort((a, b) => {
      const x = get(a)
      const y = get(b)
      return (typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'vi')) * sort.dir || Number(a.id) - Number(b.id)
    })
  }, [letters, sort, onlyDiag, onlyOpen])
  const index = Math.max(0, rows.findIndex((r) => r.id === cursorId))
  const tbody = useRef(null)

  // Keys read the latest rows through a ref: effects run after paint, a fast typist does not wait.
  const live = useRef(null)
  live.current = { rows, index, onCursor }
  useEffect(() => {
    const onKey = (e) => {
      const { rows, index, onCursor } = live.current
      if (typing(e) || e.ctrlKey || e.metaKey || e.altKey || !rows.length) return
      const move = (i) => {
        e.preventDefault()
        const id = rows[Math.min(rows.length - 1, Math.max(0, i))].id
        live.current.index = rows.findIndex((r) => r.id === id)
        onCursor(id)
      }
      if (e.key === 'ArrowDown' || e.key === 'j') move(index + 1)
      else if (e.key === 'ArrowUp' || e.key === 'k') move(index - 1)
      else if (e.key === 'Home') move(0)
      else if (e.key === 'End') move(rows.length - 1)
      else if (e.key === 'Enter' || e.key === 'o') {
        e.preventDefault()
        go(`#/letter/${rows[index].id}`)
      } else if (e.key === 'd') setOnlyDiag((v) => !v)
      else if (e.key === 'u') setOnlyOpen((v) => !v)
    }
    addEventListener('keydown', onKey)
    return () => removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => {
    tbody.current?.querySelector('tr.cursor')?.scrollIntoView({ block: 'nearest' })
  }, [index, rows])

  const header = (key, title) => {
    const active = sort.key === key
    return html`<th aria-sort=${active ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none'}>
      <button data-sort=${key} onClick=${() => setSort({ key, dir: active ? -sort.dir : 1 })}>${title}${active ? (sort.dir > 0 ? ' ▲' : ' ▼') : ''}</button>
    </th>`
  }
  const reviewedCount = letters.filter((l) => l.reviewed).length
  return html`<main class="batch">
    <header>
      <h1>congvan review</h1>
      <span>${letters.length} letters, ${reviewedCount} reviewed</span>
      <label><input type="checkbox" id="only-diag" checked=${onlyDiag} onChange=${(e) => setOnlyDiag(e.currentTarget.checked)} /> with diagnostics</label>
      <label><input type="checkbox" id="only-open" checked=${onlyOpen} onChange=${(e) => setOnlyOpen(e.currentTarget.checked)} /> not yet reviewed</label>
      <span class="keys">↑/↓ or j/k move · Enter opens · d, u filter · in a letter: Esc back, n/p next/previous, Ctrl+S save</span>
    </header>
    <table class="letters">
      <thead><tr>${COLUMNS.map(([k, t]) => header(k, t))}</tr></thead>
      <tbody ref=${tbody}>
        ${rows.map(
          (l, i) => html`<tr key=${l.id} data-id=${l.id} class=${i === index ? 'cursor' : ''} onClick=${() => go(`#/letter/${l.id}`)}>
            <td class="n">${l.id}</td>
            <td>${l.ref ?? '—'}<div class="resolution">${l.name}</div></td>
            <td>${l.date ?? '—'}</td>
            <td>${l.issuer ?? '—'}</td>
            <td class="n">${l.tasks}</td>
            <td class="n">${l.citations}</td>
            <td class="n">${l.diagnostics ? html`<span class="badge warn">${l.diagnostics}</span>` : 0}</td>
            <td>${l.reviewed ? html`<span class="badge reviewed">reviewed</span>` : l.saved ? html`<span class="badge saved">saved</span>` : '—'}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${rows.length === 0 ? html`<p class="notice">No letter matches the filters.</p>` : null}
  </main>`
}

// ---------------------------------------------------------------- marks: every spanned value of the letter

/** One highlighted value. `id` is its JSON path in the letter ("tasks.3.lead.0"). */
function collectMarks(letter) {
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
const WRAPPERS = new Set(['task', 'diag'])

/** Cuts the text where any mark starts or ends; each piece lists the marks that cover it. */
function segments(raw, marks) {
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

function innermost(list) {
  const values = list.filter((m) => !WRAPPERS.has(m.kind))
  const pool = values.length ? values : list
  return pool.reduce((best, m) => (!best || m.end - m.start < best.end - best.start ? m : best), null)
}

/** The letter's text with its marks. Re-renders only when the marks or the text change. */
class SourceText extends Component {
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
function selectionOffsets(root, rawLength) {
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

// ---------------------------------------------------------------- editing helpers

function lineStarts(raw) {
  const starts = [0]
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c === 10 || (c === 13 && raw.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return starts
}

function makeSpan(starts, start, end) {
  const point = (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset }
  }
  return { start: point(start), end: point(end) }
}

const squash = (s) => s.replace(/[*_`#>|]+/g, ' ').replace(/\s+/g, ' ').trim()

function getPath(obj, path) {
  return path.split('.').reduce((o, k) => (o == null ? o : o[k]), obj)
}

// ---------------------------------------------------------------- letter view

function LetterView({ id, ids }) {
  const [data, setData] = useState(null)
  const [letter, setLetter] = useState(null)
  const [reviewed, setReviewed] = useState(false)
  const [dirty, setDirty] = useState(false)
  const [status, setStatus] = useState(null)
  const [selected, setSelected] = useState(null)
  const [selection, setSelection] = useState(null)
  const textRef = useRef(null)
  const panelRef = useRef(null)

  const load = useCallback(async () => {
    const d = await api(`/letters/${id}`)
    setData(d)
    setLetter(structuredClone(d.letter))
    setReviewed(d.review?.reviewed ?? false)
    setDirty(false)
  }, [id])

  useEffect(() => {
    setData(null)
    setStatus(null)
    setSelected(null)
    load().catch((e) => setStatus({ error: e.message }))
  }, [load])

  const starts = useMemo(() => (data ? lineStarts(data.raw) : [0]), [data])
  const marks = useMemo(() => (letter ? collectMarks(letter) : []), [letter])
  const marksKey = useMemo(() => marks.map((m) => `${m.id}:${m.start}:${m.end}:${m.label}`).join('|'), [marks])

  const edit = useCallback((fn) => {
    setLetter((prev) => {
      const next = structuredClone(prev)
      fn(next)
      return next
    })
    setDirty(true)
  }, [])

  const span = (sel) => makeSpan(starts, sel.start, sel.end)
  const slice = (sel) => data.raw.slice(sel.start, sel.end)
  const fallbackAt = (offset) => ({ start: offset, end: offset })

  // The text selection in the source pane, for "take span from selection" and "add as…".
  useEffect(() => {
    const on = () => {
      const found = data ? selectionOffsets(textRef.current?.querySelector('#source'), data.raw.length) : null
      if (found !== undefined) setSelection(found)
    }
    document.addEventListener('selectionchange', on)
    return () => document.removeEventListener('selectionchange', on)
  }, [data])

  // Selecting a field: outline it in both panes, scroll the text to it and flash it.
  const select = useCallback((markId, { scrollPanel = false, scrollText = true } = {}) => {
    setSelected(markId)
    const esc = CSS.escape(markId)
    const segs = textRef.current ? [...textRef.current.querySelectorAll(`[data-m~="${esc}"]`)] : []
    if (scrollText && segs[0]) segs[0].scrollIntoView({ block: 'center', behavior: 'instant' })
    for (const s of segs) {
      s.classList.remove('flash')
      void s.offsetWidth
      s.classList.add('flash')
    }
    if (scrollPanel) panelRef.current?.querySelector(`[data-field="${esc}"]`)?.scrollIntoView({ block: 'center', behavior: 'instant' })
  }, [])

  useEffect(() => {
    for (const el of document.querySelectorAll('.sel')) el.classList.remove('sel')
    if (!selected) return
    const esc = CSS.escape(selected)
    for (const el of document.querySelectorAll(`[data-m~="${esc}"], [data-field="${esc}"]`)) el.classList.add('sel')
  }, [selected, marksKey, letter])

  const onTextClick = (e) => {
    if (!getSelection()?.isCollapsed) return
    const el = e.target.closest?.('[data-m]')
    if (!el) return
    const ids = el.dataset.m.split(' ')
    const covering = marks.filter((m) => ids.includes(m.id))
    // A second click on the same text steps outwards through the values that cover it.
    const order = covering.sort((a, b) => (WRAPPERS.has(a.kind) - WRAPPERS.has(b.kind)) || a.end - a.start - (b.end - b.start))
    const at = order.findIndex((m) => m.id === selected)
    const pick = order[(at + 1) % order.length] ?? order[0]
    select(pick.id, { scrollPanel: true, scrollText: false })
  }

  const save = useCallback(async () => {
    setStatus({ info: 'Saving…' })
    try {
      const r = await api(`/letters/${id}/review`, { method: 'POST', body: JSON.stringify({ letter, reviewed }) })
      await load()
      setStatus({ ok: `Saved ${r.saved} (${r.review.changes.length} change${r.review.changes.length === 1 ? '' : 's'})` })
    } catch (e) {
      setStatus({ error: `Not saved: ${e.message}` })
    }
  }, [id, letter, reviewed, load])

  const live = useRef(null)
  live.current = { ids, id, dirty, save }
  useEffect(() => {
    const leave = (hash) => {
      if (!live.current.dirty || confirm('Leave without saving the changes?')) go(hash)
    }
    const onKey = (e) => {
      const { ids, id, save } = live.current
      if ((e.ctrlKey || e.metaKey) && e.key === 's') {
        e.preventDefault()
        save()
        return
      }
      if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return
      const i = ids.indexOf(id)
      if (e.key === 'Escape') leave('#/')
      else if (e.key === 'n' && i < ids.length - 1) leave(`#/letter/${ids[i + 1]}`)
      else if (e.key === 'p' && i > 0) leave(`#/letter/${ids[i - 1]}`)
    }
    const onUnload = (e) => {
      if (live.current.dirty) e.preventDefault()
    }
    addEventListener('keydown', onKey)
    addEventListener('beforeunload', onUnload)
    return () => {
      removeEventListener('keydown', onKey)
      removeEventListener('beforeunload', onUnload)
    }
  }, [])

  if (!data || !letter) return html`<p class="notice ${status?.error ? 'error' : ''}">${status?.error ?? 'Loading…'}</p>`

  const d = letter.document
  const clearSelection = () => {
    getSelection()?.removeAllRanges()
    setSelection(null)
  }
  const ctx = { letter, edit, select, selected, selection, clearSelection, span, slice, fallbackAt }
  const i = ids.indexOf(id)
  return html`<main class="letter">
    <section class="text" ref=${textRef} onClick=${onTextClick}>
      <div class="legend">
        ${Object.entries(KIND_NAMES).map(([k, n]) => html`<span class=${`k-${k}`}>${n}</span>`)}
        <span class="seg diag">diagnostic</span>
      </div>
      <${SourceText} raw=${data.raw} marks=${marks} marksKey=${marksKey} />
    </section>
    <aside class="panel" ref=${panelRef}>
      <div class="toolbar">
        <button onClick=${() => go('#/')} title="Esc">← Letters</button>
        <button disabled=${i <= 0} onClick=${() => go(`#/letter/${ids[i - 1]}`)} title="p">‹</button>
        <button disabled=${i >= ids.length - 1} onClick=${() => go(`#/letter/${ids[i + 1]}`)} title="n">›</button>
        <strong class="grow" title=${data.path}>${d.ref ?? data.name}</strong>
        <label><input type="checkbox" id="reviewed" checked=${reviewed} onChange=${(e) => { setReviewed(e.currentTarget.checked); setDirty(true) }} /> reviewed</label>
        <button class="primary" id="save" onClick=${save} title="Ctrl+S">Save</button>
      </div>
      ${status ? html`<p id="status" class=${status.error ? 'error' : status.ok ? 'ok' : ''}>${status.error ?? status.ok ?? status.info}</p>` : null}
      ${data.stale ? html`<p class="error">${data.stale}</p>` : null}
      ${dirty ? html`<p class="resolution">Unsaved changes.</p>` : data.review ? html`<p class="resolution">Reviewed file ${data.saved}, saved ${data.review.savedAt}.</p>` : null}
      <${SelectionBox} ctx=${ctx} />
      <${HeaderPanel} ctx=${ctx} />
      <${CitationsPanel} ctx=${ctx} />
      <${TasksPanel} ctx=${ctx} />
      <${DiagnosticsPanel} ctx=${ctx} />
    </aside>
  </main>`
}

/** The selected source text, and the two values that can only be made from a selection. */
function SelectionBox({ ctx }) {
  const [label, setLabel] = useState('')
  const { selection, slice, span, edit } = ctx
  if (!selection) return html`<p class="selection">Select text in the letter to take a value's span from it, or to add a missed task or citation.</p>`
  const text = slice(selection)
  const addTask = () => {
    edit((l) => {
      const taken = new Set(l.tasks.map((t) => t.label))
      const wanted = label.trim() || `${l.tasks.length + 1}`
      let name = wanted
      for (let n = 2; taken.has(name); n++) name = `${wanted}.${n}`
      l.tasks.push({
        label: name, parent: null, title: null, text, span: span(selection),
        lead: [], support: [], reportTo: [], assignees: 'explicit', deadline: null, milestones: [], citations: [],
      })
    })
    setLabel('')
    ctx.clearSelection()
  }
  const addCitation = () => {
    edit((l) => {
      // The number/symbol in the selection ("91/QĐ-UBND"), else the selected text without spaces.
      const ref = (/\d[^\s,;()]*[/-][^\s,;()]+/u.exec(text)?.[0] ?? squash(text)).replace(/\s+/g, '')
      const [number, ...rest] = ref.split(/[/-]/)
      const year = /\/(\d{4})\//.exec(ref)?.[1]
      l.citations.push({
        id: `${ref.toUpperCase()}@${year ?? '?'}`, ref, number: number || ref, year: year ? Number(year) : null, symbol: rest.join('/') || ref,
        type: null, typeCode: null, party: /^\d+-/.test(ref), date: null,
        issuer: { printed: null, name: null, code: null, guessed: false },
        occurrences: [{ kind: 'full', task: null, relation: 'cites', via: null, context: squash(text), span: span(selection), text }],
      })
    })
    ctx.clearSelection()
  }
  return html`<div class="selection" id="selection">
    Selected <q>${text.length > 80 ? text.slice(0, 80) + '…' : text}</q> (${selection.start}–${selection.end})
    <div class="adder">
      <input type="text" placeholder="label of the new task" value=${label} onInput=${(e) => setLabel(e.currentTarget.value)} />
      <button id="add-task" onClick=${addTask}>Add as task</button>
      <button id="add-citation" onClick=${addCitation}>Add as citation</button>
      <button title="forget the selection" onClick=${ctx.clearSelection}>×</button>
    </div>
  </div>`
}

/** A small button that gives a value the span of the selected text. */
function SpanButton({ ctx, onSpan, title = 'take the span from the selected text' }) {
  return html`<button class="take" disabled=${!ctx.selection} title=${title} onMouseDown=${(e) => e.preventDefault()} onClick=${() => onSpan(ctx.selection)}>span</button>`
}

function HeaderPanel({ ctx }) {
  const { letter, edit, select, span, slice } = ctx
  const d = letter.document
  const field = (key, name) => {
    const id = `document.evidence.${key}`
    const value = d[key] ?? ''
    return html`
      <label data-field=${id} onClick=${() => d.evidence?.[key] && select(id)}>${name}</label>
      <input type=${key === 'date' ? 'date' : 'text'} name=${key} value=${value} onFocus=${() => d.evidence?.[key] && select(id)} onInput=${(e) => {
        const v = e.currentTarget.value
        edit((l) => {
          l.document[key] = v.trim() === '' && key !== 'type' ? null : v
          if (key === 'ref') {
            const m = /^(\d+[\w.]*)[/-]?(.*)$/u.exec(v.replace(/\s+/g, ''))
            l.document.number = m ? m[1] : null
            l.document.symbol = m && m[2] ? m[2] : null
          }
        })
      }} />
      <${SpanButton} ctx=${ctx} onSpan=${(sel) => edit((l) => {
        l.document.evidence[key] = { span: span(sel), text: slice(sel) }
        if (!l.document[key] && key !== 'date') l.document[key] = squash(slice(sel))
      })} />`
  }
  const person = (key, name) => {
    const id = `document.${key}`
    const v = d[key]
    return html`
      <label data-field=${id} onClick=${() => v && select(id)}>${name}</label>
      <input type="text" name=${key} value=${v?.name ?? ''} onFocus=${() => v && select(id)} onInput=${(e) => {
        const name = e.currentTarget.value
        edit((l) => {
          if (!name.trim()) l.document[key] = null
          else if (l.document[key]) l.document[key].name = name
          else {
            const at = ctx.fallbackAt(0)
            l.document[key] = key === 'issuer'
              ? { name, printed: name, parent: null, span: span(at), text: '' }
              : { name, authority: null, title: null, span: span(at), text: '' }
          }
        })
      }} />
      <${SpanButton} ctx=${ctx} onSpan=${(sel) => edit((l) => {
        const text = slice(sel)
        if (l.document[key]) Object.assign(l.document[key], { span: span(sel), text }, key === 'issuer' ? { printed: squash(text) } : {})
        else l.document[key] = key === 'issuer'
          ? { name: squash(text), printed: squash(text), parent: null, span: span(sel), text }
          : { name: squash(text), authority: null, title: null, span: span(sel), text }
      })} />`
  }
  return html`<section>
    <h2>Header</h2>
    <div class="fields">
      ${HEADER_FIELDS.map(([k, n]) => field(k, n))}
      ${person('issuer', 'Issuer')}
      ${person('signer', 'Signer')}
    </div>
    <h2>Recipients (Kính gửi)</h2>
    <${ValueList} ctx=${ctx} path="document.recipients" items=${d.recipients} kind="header" make=${(name, sp, text) => ({ name, span: sp, text })} />
  </section>`
}

/**
 * A list of named values with a span (recipients, lead or support agencies): rename, remove,
 * re-span from the selection, add (from the selection, or typed).
 */
function ValueList({ ctx, path, items, kind, make, anchor = 0 }) {
  const [adding, setAdding] = useState('')
  const { edit, select, selection, span, slice } = ctx
  const at = (l) => getPath(l, path)
  const add = () => {
    const sel = selection ?? ctx.fallbackAt(anchor)
    const text = slice(sel)
    const name = adding.trim() || squash(text)
    if (!name) return
    edit((l) => at(l).push(make(name, span(sel), text)))
    setAdding('')
    if (selection) ctx.clearSelection()
  }
  return html`<div class="values" data-list=${path}>
    ${items.map((a, j) => {
      const id = `${path}.${j}`
      return html`<div class="row" key=${id} data-field=${id}>
        <span class=${`dot d-${kind}`} title="show in the letter" onClick=${() => select(id)}></span>
        <input type="text" value=${a.name} aria-label=${`${kind} ${j + 1}`} onFocus=${() => select(id)} onInput=${(e) => {
          const name = e.currentTarget.value
          edit((l) => {
            at(l)[j].name = name
          })
        }} />
        <${SpanButton} ctx=${ctx} onSpan=${(sel) => edit((l) => {
          Object.assign(at(l)[j], { span: span(sel), text: slice(sel) }, 'printed' in at(l)[j] ? { printed: squash(slice(sel)) } : {})
        })} />
        <button class="remove" title="remove" onClick=${() => edit((l) => at(l).splice(j, 1))}>×</button>
      </div>`
    })}
    <div class="adder">
      <input type="text" class="add-name" placeholder=${selection ? 'name (or leave empty to use the selected text)' : 'add a name'} value=${adding}
        onInput=${(e) => setAdding(e.currentTarget.value)} onKeyDown=${(e) => e.key === 'Enter' && add()} />
      <button class="add" onMouseDown=${(e) => e.preventDefault()} onClick=${add}>Add</button>
    </div>
  </div>`
}

function CitationsPanel({ ctx }) {
  const { letter, edit, select } = ctx
  return html`<section>
    <h2>Citations (${letter.citations.length})</h2>
    ${letter.citations.map((c, i) => {
      const first = `citations.${i}.occurrences.0`
      const set = (key) => (e) => {
        const v = e.currentTarget.value
        edit((l) => {
          l.citations[i][key] = v.trim() === '' ? null : v
          if (key === 'ref' && v.trim()) l.citations[i].ref = v.replace(/\s+/g, '')
        })
      }
      return html`<div class="item citation" key=${c.id + i} data-field=${first}>
        <header>
          <span class="dot d-citation" onClick=${() => select(first)}></span>
          <input type="text" name="ref" value=${c.ref} onFocus=${() => select(first)} onInput=${set('ref')} />
          <button class="remove" title="remove this citation" onClick=${() => edit((l) => l.citations.splice(i, 1))}>×</button>
        </header>
        <div class="role">
          <span>type</span><input type="text" name="type" value=${c.type ?? ''} onInput=${set('type')} />
          <span>date</span><input type="date" name="date" value=${c.date ?? ''} onInput=${set('date')} />
          <span>cited</span><span>${c.occurrences.map((o, j) => html`${j ? ' · ' : ''}<button class="link" onClick=${() => select(`citations.${i}.occurrences.${j}`)}>${o.kind}${o.task ? ` in ${o.task}` : ''}</button>`)}</span>
        </div>
      </div>`
    })}
    ${letter.namedCitations.length ? html`<p class="resolution">Cited by name: ${letter.namedCitations.map((c, i) => html`<span class="name" onClick=${() => select(`namedCitations.${i}.occurrences.0`)}>${i ? '; ' : ''}${c.title}</span>`)}</p>` : null}
  </section>`
}

function TasksPanel({ ctx }) {
  const { letter, edit, select, span, slice } = ctx
  const agency = (name, sp, text) => ({ name, printed: squash(text) || name, kind: 'other', collective: false, span: sp, text })
  return html`<section>
    <h2>Tasks (${letter.tasks.length})</h2>
    ${letter.tasks.map((t, i) => {
      const tid = `tasks.${i}`
      const dl = t.deadline
      const setDeadline = (patch) =>
        edit((l) => {
          const cur = l.tasks[i].deadline
          const next = { ...patch }
          const date = 'date' in next ? next.date : cur.date
          const kind = next.kind ?? cur.kind
          l.tasks[i].deadline = { date, kind, resolution: `set by the reviewer: ${kind}${date ? ` ${date}` : ''}`, span: cur.span, text: cur.text }
        })
      return html`<div class="item task" key=${tid} data-field=${tid} data-label=${t.label}>
        <header>
          <input type="text" class="label" name="label" size="6" value=${t.label} onInput=${(e) => { const v = e.currentTarget.value; edit((l) => { l.tasks[i].label = v }) }} />
          <span class="grow"></span>
          <span class="resolution">${t.assignees === 'recipients' ? 'no agency named: the Kính gửi list' : ''}</span>
          <button class="remove" title="remove this task" onClick=${() => edit((l) => l.tasks.splice(i, 1))}>×</button>
        </header>
        <div class="snippet" onClick=${() => select(tid)}>${t.title ? html`<strong>${t.title}</strong> ` : null}${t.text.length > 160 ? t.text.slice(0, 160) + '…' : t.text}</div>
        <div class="role">
          <span>lead</span>
          <${ValueList} ctx=${ctx} path=${`tasks.${i}.lead`} items=${t.lead} kind="lead" make=${agency} anchor=${t.span.start.offset} />
          <span>support</span>
          <${ValueList} ctx=${ctx} path=${`tasks.${i}.support`} items=${t.support} kind="support" make=${agency} anchor=${t.span.start.offset} />
          <span>deadline</span>
          ${dl
            ? html`<div data-field=${`${tid}.deadline`}>
                <div class="row">
                  <span class="dot d-deadline" onClick=${() => select(`${tid}.deadline`)}></span>
                  <input type="date" name="deadline-date" value=${dl.date ?? ''} onFocus=${() => select(`${tid}.deadline`)} onInput=${(e) => setDeadline({ date: e.currentTarget.value || null })} />
                  <select name="deadline-kind" value=${dl.kind} onChange=${(e) => setDeadline({ kind: e.currentTarget.value })}>
                    ${DEADLINE_KINDS.map((k) => html`<option value=${k}>${k}</option>`)}
                  </select>
                  <${SpanButton} ctx=${ctx} onSpan=${(sel) => edit((l) => Object.assign(l.tasks[i].deadline, { span: span(sel), text: slice(sel) }))} />
                  <button class="remove" title="no deadline" onClick=${() => edit((l) => { l.tasks[i].deadline = null })}>×</button>
                </div>
                <div class="resolution">${dl.resolution}</div>
              </div>`
            : html`<div class="row">
                <span class="resolution">none</span>
                <button class="add-deadline" onMouseDown=${(e) => e.preventDefault()} onClick=${() => edit((l) => {
                  const sel = ctx.selection ?? ctx.fallbackAt(t.span.start.offset)
                  l.tasks[i].deadline = { date: null, kind: 'before', resolution: 'set by the reviewer', span: span(sel), text: slice(sel) }
                })}>Add deadline${ctx.selection ? ' from the selection' : ''}</button>
              </div>`}
        </div>
      </div>`
    })}
  </section>`
}

function DiagnosticsPanel({ ctx }) {
  const { letter, select } = ctx
  if (!letter.diagnostics.length) return html`<section><h2>Diagnostics</h2><p class="resolution">None.</p></section>`
  return html`<section>
    <h2>Diagnostics (${letter.diagnostics.length})</h2>
    <ul class="diags">
      ${letter.diagnostics.map((g, i) => html`<li key=${i} data-field=${`diagnostics.${i}`} class=${`sev-${g.severity}`} onClick=${() => g.span && select(`diagnostics.${i}`)}>
        <strong>${g.ruleId}</strong> ${g.message}${g.span ? html` <span class="resolution">(line ${g.span.start.line}:${g.span.start.column}–${g.span.end.line}:${g.span.end.column})</span>` : null}
      </li>`)}
    </ul>
  </section>`
}

// ---------------------------------------------------------------- app

function App() {
  const route = useRoute()
  const [letters, setLetters] = useState(null)
  const [error, setError] = useState(null)
  const [cursor, setCursor] = useState(null)
  useEffect(() => {
    if (!TOKEN) return
    api('/letters').then((r) => setLetters(r.letters), (e) => setError(e.message))
  }, [route.view, route.id])
  useEffect(() => {
    if (route.view === 'letter') setCursor(route.id)
  }, [route])
  if (!TOKEN) return html`<p class="notice error">This page needs the address that <code>congvan review</code> printed (it carries the run's token).</p>`
  if (error) return html`<p class="notice error">${error}</p>`
  if (!letters) return html`<p class="notice">Loading…</p>`
  if (route.view === 'letter') return html`<${LetterView} id=${route.id} ids=${letters.map((l) => l.id)} />`
  return html`<${Batch} letters=${letters} cursorId=${cursor ?? letters[0]?.id} onCursor=${setCursor} />`
}

render(html`<${App} />`, document.getElementById('app'))
