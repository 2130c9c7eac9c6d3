// The batch view: every letter of the run, sortable, filterable, driven from the keyboard.
import { useState, useEffect, useMemo, useRef } from 'preact/hooks'
import { html, go, typing } from './lib.js'

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

export function Batch({ letters, cursorId, onCursor }) {
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
