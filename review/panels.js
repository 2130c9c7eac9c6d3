// The side panel: header, recipients, citations, tasks and diagnostics, each value editable.
import { useState } from 'preact/hooks'
import { html, DEADLINE_KINDS, HEADER_FIELDS, squash, getPath } from './lib.js'

/** The selected source text, and the two values that can only be made from a selection. */
export function SelectionBox({ ctx }) {
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

export function HeaderPanel({ ctx }) {
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
function ValueList({ ctx, path, items, kind, make, anchor = 0, after = () => {} }) {
  const [adding, setAdding] = useState('')
  const { edit, select, selection, span, slice } = ctx
  const at = (l) => getPath(l, path)
  const add = () => {
    const sel = selection ?? ctx.fallbackAt(anchor)
    const text = slice(sel)
    const name = adding.trim() || squash(text)
    if (!name) return
    edit((l) => {
      at(l).push(make(name, span(sel), text))
      after(l)
    })
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
        <button class="remove" title="remove" onClick=${() => edit((l) => {
          at(l).splice(j, 1)
          after(l)
        })}>×</button>
      </div>`
    })}
    <div class="adder">
      <input type="text" class="add-name" placeholder=${selection ? 'name (or leave empty to use the selected text)' : 'add a name'} value=${adding}
        onInput=${(e) => setAdding(e.currentTarget.value)} onKeyDown=${(e) => e.key === 'Enter' && add()} />
      <button class="add" onMouseDown=${(e) => e.preventDefault()} onClick=${add}>Add</button>
    </div>
  </div>`
}

export function CitationsPanel({ ctx }) {
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

export function TasksPanel({ ctx }) {
  const { letter, edit, select, span, slice } = ctx
  // An item left with no agency falls back to the Kính gửi list; one the reviewer gives an agency names it.
  const named = (i) => (l) => {
    const t = l.tasks[i]
    if (!t.lead.length && !t.support.length) t.assignees = 'recipients'
    else if (t.assignees === 'recipients') t.assignees = 'explicit'
  }
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
          <${ValueList} ctx=${ctx} path=${`tasks.${i}.lead`} items=${t.lead} kind="lead" make=${agency} anchor=${t.span.start.offset} after=${named(i)} />
          <span>support</span>
          <${ValueList} ctx=${ctx} path=${`tasks.${i}.support`} items=${t.support} kind="support" make=${agency} anchor=${t.span.start.offset} after=${named(i)} />
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

export function DiagnosticsPanel({ ctx }) {
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
