// The letter view: the source with its marks, the side panel, selection, save and keys.
import { useState, useEffect, useMemo, useRef, useCallback } from 'preact/hooks'
import { html, api, go, typing, lineStarts, makeSpan, KIND_NAMES } from './lib.js'
import { collectMarks, SourceText, selectionOffsets, WRAPPERS } from './marks.js'
import { SelectionBox, HeaderPanel, CitationsPanel, TasksPanel, DiagnosticsPanel } from './panels.js'

export function LetterView({ id, ids }) {
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
