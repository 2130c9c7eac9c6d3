// Shared by the page's modules: htm bound to Preact, the API with the run's token, small helpers.
import { h } from 'preact'
import htm from 'htm'

export const html = htm.bind(h)
export const TOKEN = new URLSearchParams(location.search).get('token') ?? ''
export const DEADLINE_KINDS = ['before', 'by', 'on', 'within-period', 'relative', 'recurring', 'ongoing', 'asap']
export const KIND_NAMES = { header: 'header field', citation: 'citation', lead: 'lead (chủ trì)', support: 'support (phối hợp)', deadline: 'deadline', report: 'reported to' }
export const HEADER_FIELDS = [
  ['ref', 'Number'],
  ['type', 'Type'],
  ['date', 'Date'],
  ['place', 'Place'],
  ['subject', 'Subject'],
]

export async function api(path, options = {}) {
  const res = await fetch('/api' + path, {
    ...options,
    headers: { 'X-Congvan-Token': TOKEN, ...(options.body ? { 'Content-Type': 'application/json' } : {}) },
  })
  const body = await res.json().catch(() => ({ error: `HTTP ${res.status}` }))
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`)
  return body
}


export const go = (hash) => {
  location.hash = hash
}

/** A key pressed in a field that takes text: the page's shortcuts leave it alone. */
export function typing(e) {
  const t = e.target
  if (!(t instanceof HTMLElement)) return false
  if (t instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(t.type)
  return t.isContentEditable || ['SELECT', 'TEXTAREA'].includes(t.tagName)
}


export function lineStarts(raw) {
  const starts = [0]
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c === 10 || (c === 13 && raw.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return starts
}

export function makeSpan(starts, start, end) {
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

export const squash = (s) => s.replace(/[*_`#>|]+/g, ' ').replace(/\s+/g, ' ').trim()

export function getPath(obj, path) {
  return path.split('.').reduce((o, k) => (o == null ? o : o[k]), obj)
}
