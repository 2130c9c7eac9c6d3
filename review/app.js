// congvan review: the page. Preact + htm, no build step; every piece of letter text is rendered
// as a text node (never as HTML), so a letter cannot inject markup or script.
import { render } from 'preact'
import { useState, useEffect } from 'preact/hooks'
import { html, api, TOKEN } from './lib.js'
import { Batch } from './batch.js'
import { LetterView } from './letter.js'

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
