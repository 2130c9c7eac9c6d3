/** The review server without a browser: loopback, token, body cap, refused saves, reviewed files, gold. */
import { describe, expect, it, beforeAll, afterAll } from 'vitest'
import { existsSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PassThrough } from 'node:stream'
import { startReviewServer, type ReviewServer } from '../src/cli/review/server.js'
import { loadEntries, type Entry } from '../src/cli/review/store.js'
import { applyReview, loadReviewed, preferReviewed, ReviewedLetterSchema, ReviewFileError } from '../src/cli/review/apply.js'
import { diffLetters } from '../src/cli/review/diff.js'
import { runReview } from '../src/cli/review/command.js'
import type { Letter } from '../src/schema/letter.js'
import { ROOT } from './helpers.js'
import { makeRun, realLetter, http, type Run } from './review-helpers.js'

let run: Run
let srv: ReviewServer
let real: Entry

beforeAll(async () => {
  run = await makeRun([realLetter()])
  ;[real] = run.entries
  srv = await startReviewServer({ entries: run.entries, maxBody: 256 * 1024 })
})
afterAll(async () => {
  await srv?.close()
  run?.cleanup()
})

const auth = () => ({ 'x-congvan-token': srv.token })
const post = (id: string, body: unknown, headers: Record<string, string> = {}) =>
  http(srv.port, 'POST', `/api/letters/${id}/review`, { 'content-type': 'application/json', ...auth(), ...headers }, typeof body === 'string' ? body : JSON.stringify(body))

/** A copy of the letter with the first task's first lead renamed. */
function withRenamedLead(letter: Letter, name: string): { letter: Letter; task: number } {
  const copy = structuredClone(letter)
  const task = copy.tasks.findIndex((t) => t.lead.length > 0)
  copy.tasks[task].lead[0].name = name
  return { letter: copy, task }
}

describe('the review server', () => {
  it('listens on the loopback address only and prints a URL that carries the token', () => {
    const address = srv.server.address()
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1')
    expect(srv.url).toBe(`http://127.0.0.1:${srv.port}/?token=${srv.token}`)
    expect(srv.token.length).toBeGreaterThanOrEqual(32)
  })

  it('serves the page and the Preact, hooks and htm modules from node_modules with a strict content policy', async () => {
    const page = await http(srv.port, 'GET', '/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('type="importmap"')
    expect(page.body).not.toContain('__NONCE__')
    for (const path of ['/app.js', '/lib.js', '/marks.js', '/batch.js', '/letter.js', '/panels.js', '/vendor/preact.mjs', '/vendor/hooks.mjs', '/vendor/htm.mjs', '/style.css']) {
      const r = await http(srv.port, 'GET', path)
      expect(r.status, path).toBe(200)
      expect(r.body.length, path).toBeGreaterThan(100)
    }
    const vendored = await http(srv.port, 'GET', '/vendor/preact.mjs')
    expect(vendored.body).toBe(readFileSync(join(ROOT, 'node_modules/preact/dist/preact.mjs'), 'utf8'))
  })

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const r = await http(srv.port, 'GET', '/api/letters', { ...auth(), host: `evil.example:${srv.port}` })
    expect(r.status).toBe(421)
  })

  it('answers the API only with the run token', async () => {
    expect((await http(srv.port, 'GET', '/api/letters')).status).toBe(403)
    expect((await http(srv.port, 'GET', '/api/letters', { 'x-congvan-token': 'x'.repeat(srv.token.length) })).status).toBe(403)
    const ok = await http(srv.port, 'GET', '/api/letters', auth())
    expect(ok.status).toBe(200)
    expect(ok.json().letters.map((l: { id: string }) => l.id)).toEqual(run.entries.map((e) => e.id))
  })

  it('serves letters by id only, never a path from the request', async () => {
    for (const path of ['/api/letters/99', '/api/letters/..%2F..%2Fpackage.json', '/../package.json', '/api/letters/1/../../../etc/passwd', '/src/cli/review/server.ts', '/node_modules/preact/package.json'])
      expect((await http(srv.port, 'GET', path, auth())).status, path).toBe(404)
    const one = (await http(srv.port, 'GET', `/api/letters/${real.id}`, auth())).json()
    expect(one.raw).toBe(real.raw)
    expect(one.letter.source.sha256).toBe(real.parsed.source.sha256)
  })

  it('refuses a save without the token and writes nothing', async () => {
    const r = await http(srv.port, 'POST', `/api/letters/${real.id}/review`, { 'content-type': 'application/json' }, JSON.stringify({ letter: real.parsed, reviewed: true }))
    expect(r.status).toBe(403)
    expect(existsSync(real.reviewedPath)).toBe(false)
  })

  it('refuses a body over the size cap with 413 and writes nothing', async () => {
    const big = JSON.stringify({ letter: real.parsed, reviewed: true, padding: 'x'.repeat(300 * 1024) })
    const r = await post(real.id, big)
    expect(r.status).toBe(413)
    expect(r.json().error).toMatch(/limit/)
    expect(existsSync(real.reviewedPath)).toBe(false)
  })

  it('refuses a cross-origin save', async () => {
    const r = await post(real.id, { letter: real.parsed, reviewed: true }, { origin: 'http://evil.example' })
    expect(r.status).toBe(403)
    expect(existsSync(real.reviewedPath)).toBe(false)
  })

  it('refuses malformed saves with a message and changes nothing', async () => {
    const sourceBefore = readFileSync(real.path, 'utf8')
    const badSpan = structuredClone(real.parsed)
    badSpan.tasks[0].span.end.offset = real.raw.length + 10
    const otherLetter = structuredClone(real.parsed)
    otherLetter.source.sha256 = '0'.repeat(64)
    const noLabel = structuredClone(real.parsed)
    noLabel.tasks[0].label = ' '
    const cases: Array<[string | object, number, RegExp]> = [
      ['{"letter": ', 400, /not JSON/],
      [[1, 2], 400, /JSON object/],
      [{ letter: real.parsed }, 400, /reviewed/],
      [{ letter: { ...real.parsed, tasks: 'none' }, reviewed: true }, 422, /tasks/],
      [{ letter: badSpan, reviewed: true }, 422, /outside the letter's text/],
      [{ letter: otherLetter, reviewed: true }, 409, /another letter/],
      [{ letter: noLabel, reviewed: true }, 422, /label/],
    ]
    for (const [body, status, message] of cases) {
      const r = await post(real.id, body)
      expect(r.status, JSON.stringify(body).slice(0, 60)).toBe(status)
      expect(r.json().error).toMatch(message)
    }
    expect((await post(real.id, { letter: real.parsed, reviewed: true }, { 'content-type': 'text/plain' })).status).toBe(415)
    expect(existsSync(real.reviewedPath)).toBe(false)
    expect(readdirSync(run.dir).sort()).toEqual(['hostile.md'])
    expect(readFileSync(real.path, 'utf8')).toBe(sourceBefore)
    expect(real.reviewed).toBeNull()
  })

  it('saves a correction as a reviewed file with before/after changes, quoting the source at each span', async () => {
    // The parser's own output sits beside it and must survive.
    mkdirSync(run.out, { recursive: true })
    const parserOutput = real.reviewedPath.replace(/\.reviewed\.json$/, '.json')
    writeFileSync(parserOutput, JSON.stringify(real.parsed))
    const { letter, task } = withRenamedLead(real.parsed, 'Sở Tư pháp')
    // The page's text for a value is not trusted: the server quotes the source at the span.
    letter.tasks[task].lead[0].text = 'forged'
    const label = letter.tasks[task].label
    const r = await post(real.id, { letter, reviewed: true })
    expect(r.status, r.body).toBe(200)
    expect(resolve(r.json().saved)).toBe(resolve(real.reviewedPath))
    const saved = ReviewedLetterSchema.parse(JSON.parse(readFileSync(real.reviewedPath, 'utf8')))
    const lead = saved.tasks[task].lead[0]
    expect(lead.name).toBe('Sở Tư pháp')
    expect(lead.text).toBe(real.raw.slice(lead.span.start.offset, lead.span.end.offset))
    expect(saved.review.reviewed).toBe(true)
    expect(Date.parse(saved.review.savedAt)).toBeGreaterThan(Date.now() - 60_000)
    expect(saved.review.changes).toEqual([
      { path: `tasks[${label}].lead`, before: real.parsed.tasks[task].lead, after: saved.tasks[task].lead },
    ])
    expect(JSON.parse(readFileSync(parserOutput, 'utf8'))).toEqual(real.parsed)
    // Reopening: the page is given the reviewed values.
    const again = (await http(srv.port, 'GET', `/api/letters/${real.id}`, auth())).json()
    expect(again.letter.tasks[task].lead[0].name).toBe('Sở Tư pháp')
    expect(again.parsed.tasks[task].lead[0].name).toBe(real.parsed.tasks[task].lead[0].name)
    expect((await http(srv.port, 'GET', '/api/letters', auth())).json().letters[0]).toMatchObject({ reviewed: true, saved: true })
  })

  it('keeps the change list against the parser output across saves, and an undone change disappears', async () => {
    const r = await post(real.id, { letter: real.parsed, reviewed: false })
    expect(r.status).toBe(200)
    const saved = JSON.parse(readFileSync(real.reviewedPath, 'utf8'))
    expect(saved.review.changes).toEqual([])
    expect(saved.review.reviewed).toBe(false)
    expect(saved.review.reviewedAt).toBeNull()
  })
})

describe('reviewed letters outside the page', () => {
  it('diffs a renamed agency, a new deadline date and an added task by item', () => {
    const before = real.parsed
    const after = structuredClone(before)
    const t = after.tasks.findIndex((x) => x.deadline)
    after.tasks[t].deadline!.date = '2031-12-31'
    after.tasks.push({ ...structuredClone(after.tasks[0]), label: 'new-1' })
    after.document.date = '2030-01-02'
    const changes = diffLetters(before, after)
    expect(changes.map((c) => c.path)).toEqual(['document.date', `tasks[${before.tasks[t].label}].deadline`, 'tasks[new-1]'])
    expect(changes[0]).toEqual({ path: 'document.date', before: before.document.date, after: '2030-01-02' })
    expect(changes[2].before).toBeNull()
    expect(diffLetters(before, structuredClone(before))).toEqual([])
  })

  it('loadReviewed prefers x.reviewed.json beside x.json, and preferReviewed drops the plain file of a pair', async () => {
    const plain = real.reviewedPath.replace(/\.reviewed\.json$/, '.json')
    writeFileSync(real.reviewedPath, JSON.stringify({ ...withRenamedLead(real.parsed, 'Bộ Công an').letter, review: JSON.parse(readFileSync(real.reviewedPath, 'utf8')).review }))
    const letter = await loadReviewed(plain)
    expect(letter.tasks.some((t) => t.lead[0]?.name === 'Bộ Công an')).toBe(true)
    expect('review' in letter).toBe(false)
    expect(preferReviewed([plain, real.reviewedPath, '/x/other.json'])).toEqual([real.reviewedPath, '/x/other.json'])
    expect(() => applyReview({ schemaVersion: '1.0.0', tasks: 3 }, 'bad.json')).toThrow(ReviewFileError)
    expect(applyReview(real.parsed)).toEqual(real.parsed)
  })

  it('review --gold writes the reviewed letters in the corpus gold format and skips letters not marked reviewed', async () => {
    const { letter, task } = withRenamedLead(real.parsed, 'Sở Tư pháp')
    expect((await post(real.id, { letter, reviewed: true })).status).toBe(200)
    const gold = join(run.dir, 'gold')
    const stdout = new PassThrough()
    let printed = ''
    stdout.on('data', (d) => (printed += d))
    const code = await runReview({ inputs: [real.path, run.hostilePath], out: run.out, gold, stdout, stderr: new PassThrough() })
    expect(code).toBe(0)
    expect(printed).toMatch(/1 gold file written.*1 letter not marked reviewed/)
    const name = real.path.split('/').pop()!.replace(/\.md$/, '.json')
    expect(readdirSync(gold)).toEqual([name])
    const record = JSON.parse(readFileSync(join(gold, name), 'utf8'))
    expect(record.letter).toBe(real.path.split('/').pop())
    const lead = record.tasks[task].lead[0]
    expect(typeof lead === 'string' ? lead : lead.name).toBe('Sở Tư pháp')
    expect(record.tasks.map((t: { label: string }) => t.label)).toEqual(real.parsed.tasks.map((t) => t.label))
    expect(Object.keys(record.document).sort()).toEqual(['date', 'issuer', 'place', 'recipients', 'ref', 'signer', 'subject', 'type'])
    const sharedGold = resolve(ROOT, '../shared/corpus/gold', name)
    if (existsSync(sharedGold)) {
      const reference = JSON.parse(readFileSync(sharedGold, 'utf8'))
      expect(Object.keys(record).filter((k) => k !== 'notes')).toEqual(Object.keys(reference).filter((k) => k !== 'notes'))
      expect(Object.keys(record.tasks[0]).sort()).toEqual(Object.keys(reference.tasks[0]).sort())
    }
  })

  it('reopening a letter whose source changed since the review keeps the reviewed values and says the spans need checking', async () => {
    const saved = JSON.parse(readFileSync(real.reviewedPath, 'utf8'))
    saved.source.sha256 = 'f'.repeat(64)
    writeFileSync(real.reviewedPath, JSON.stringify(saved))
    const input = [{ path: real.path, outRel: real.reviewedPath.slice(run.out.length + 1).replace(/\.reviewed\.json$/, '.json') }]
    const [again] = (await loadEntries(input, run.out)).entries
    expect(again.reviewed?.tasks.some((t) => t.lead[0]?.name === 'Sở Tư pháp')).toBe(true)
    expect(again.stale).toMatch(/changed since it was reviewed/)
    writeFileSync(real.reviewedPath, '{"not": "a letter"}')
    const [broken] = (await loadEntries(input, run.out)).entries
    expect(broken.reviewed).toBeNull()
    expect(broken.stale).toMatch(/not a reviewed letter/)
  })

  it('runReview serves the letters, prints the address and stops when asked', async () => {
    let stop!: () => void
    const until = new Promise<void>((r) => (stop = r))
    const stdout = new PassThrough()
    let printed = ''
    stdout.on('data', (d) => (printed += d))
    const done = runReview({
      inputs: [run.hostilePath],
      out: run.out,
      until,
      stdout,
      stderr: new PassThrough(),
      onListening: async (s) => {
        const r = await http(s.port, 'GET', '/api/letters', { 'x-congvan-token': s.token })
        expect(r.json().letters).toHaveLength(1)
        stop()
      },
    })
    expect(await done).toBe(0)
    expect(printed).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32,}/)
  })

})
