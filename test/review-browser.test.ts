/**
 * The review page in a real browser: Debian's Chromium driven by playwright-core (nothing is
 * downloaded). One browser for the whole file. Skipped, with a message, only when Chromium is absent.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startReviewServer, type ReviewServer } from '../src/cli/review/server.js'
import { ReviewedLetterSchema } from '../src/cli/review/apply.js'
import type { Entry } from '../src/cli/review/store.js'
import type { Letter } from '../src/schema/letter.js'
import { FIXTURES, ROOT } from './helpers.js'
import { makeRun, realLetter, spannedPaths, type Run } from './review-helpers.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const HAVE_CHROMIUM = existsSync(CHROMIUM)
if (!HAVE_CHROMIUM) console.warn(`review browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`)

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
export const SCREENSHOT = join(ROOT, 'out/review-screenshot.png')

let run: Run
let srv: ReviewServer
let browser: Browser
let page: Page
let real: Entry
let hostile: Entry
const pageErrors: string[] = []
const dialogs: string[] = []

/** Text highlighted for each value id, in document order (a value may be cut into several pieces). */
async function highlighted(p: Page): Promise<Record<string, string>> {
  return p.evaluate(() => {
    const out: Record<string, string> = {}
    for (const el of document.querySelectorAll<HTMLElement>('#source [data-m]'))
      for (const id of el.dataset.m!.split(' ')) out[id] = (out[id] ?? '') + el.textContent
    return out
  })
}

/** Selects source offsets [start, end) in the letter pane, as a mouse drag would. */
async function selectText(p: Page, start: number, end: number): Promise<void> {
  await p.evaluate(
    ([a, b]) => {
      const root = document.getElementById('source')!
      const find = (off: number, isEnd: boolean): [Node, number] => {
        for (const el of root.children as HTMLCollectionOf<HTMLElement>) {
          const s = Number(el.dataset.s)
          const len = el.textContent!.length
          if (el.firstChild && off >= s && (isEnd ? off <= s + len : off < s + len)) return [el.firstChild, off - s]
        }
        throw new Error(`offset ${off} not in the text`)
      }
      const range = document.createRange()
      range.setStart(...find(a, false))
      range.setEnd(...find(b, true))
      const sel = getSelection()!
      sel.removeAllRanges()
      sel.addRange(range)
    },
    [start, end] as [number, number],
  )
  await p.waitForSelector('#selection')
}

async function openLetter(id: string): Promise<void> {
  await page.goto(`${srv.url}#/letter/${id}`)
  await page.waitForSelector('#source')
}

/** Every value with a span in the letter shows exactly its source text, and nothing is highlighted that is not a value. */
async function expectHighlightsMatch(letter: Letter, raw: string): Promise<number> {
  const shown = await highlighted(page)
  const expected = spannedPaths(letter)
  for (const { path, value } of expected) {
    const text = raw.slice(value.span.start.offset, value.span.end.offset)
    if (typeof value.text === 'string') expect(value.text, path).toBe(text)
    expect(shown[path], path).toBe(text)
  }
  expect(Object.keys(shown).sort()).toEqual(expected.map((e) => e.path).sort())
  return expected.length
}

describe.skipIf(!HAVE_CHROMIUM)('the review page in Chromium', () => {
  beforeAll(async () => {
    run = await makeRun([realLetter(), join(FIXTURES, 'quang-ngai-1468-ubnd-ktth-2024/input.md')])
    ;[real, , hostile] = run.entries
    srv = await startReviewServer({ entries: run.entries })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    page.setDefaultTimeout(8000)
    page.on('pageerror', (e) => pageErrors.push(e.message))
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await srv?.close()
    run?.cleanup()
  })

  it('without the printed token the page says so and shows no letter', async () => {
    await page.goto(`${srv.origin}/`)
    await expect(page.locator('.notice').textContent()).resolves.toMatch(/needs the address/)
    expect(await page.locator('#source, table.letters').count()).toBe(0)
  })

  it('lists every letter with its counts, sorts, filters by diagnostics and opens a letter from the keyboard', async () => {
    await page.goto(srv.url)
    await page.waitForSelector('table.letters tbody tr')
    const ids = () => page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id))
    expect(await ids()).toEqual(run.entries.map((e) => e.id))
    const first = page.locator(`tbody tr[data-id="${real.id}"]`)
    const cells = await first.locator('td').allTextContents()
    expect(cells[1]).toContain(real.parsed.document.ref!)
    expect(cells[4]).toBe(String(real.parsed.tasks.length))
    expect(cells[5]).toBe(String(real.parsed.citations.length))

    await page.click('button[data-sort="tasks"]')
    const byTasks = [...run.entries].sort((a, b) => a.parsed.tasks.length - b.parsed.tasks.length || Number(a.id) - Number(b.id)).map((e) => e.id)
    expect(await ids()).toEqual(byTasks)
    await page.click('button[data-sort="tasks"]')
    expect(await ids()).toEqual([...run.entries].sort((a, b) => b.parsed.tasks.length - a.parsed.tasks.length || Number(a.id) - Number(b.id)).map((e) => e.id))
    await page.click('button[data-sort="id"]')

    await page.check('#only-diag')
    expect(await ids()).toEqual(run.entries.filter((e) => e.parsed.diagnostics.length > 0).map((e) => e.id))
    await page.uncheck('#only-diag')

    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.waitForSelector('#source')
    expect(new URL(page.url()).hash).toBe(`#/letter/${run.entries[1].id}`)
    await page.keyboard.press('Escape')
    await page.waitForSelector('table.letters')
  })

  it('highlights every extracted value of a real letter at its span, with exactly the span text, and names the field on hover', async () => {
    await openLetter(real.id)
    expect(await page.locator('#source').textContent()).toBe(real.raw)
    const n = await expectHighlightsMatch(real.parsed, real.raw)
    expect(n).toBeGreaterThan(10)
    const t = real.parsed.tasks.findIndex((x) => x.lead.length > 0)
    const title = await page.locator(`#source [data-m~="tasks.${t}.lead.0"]`).first().getAttribute('title')
    expect(title).toContain(`Task ${real.parsed.tasks[t].label} · lead: ${real.parsed.tasks[t].lead[0].name}`)
    const kinds = await page.locator('#source [data-m]').evaluateAll((els) => [...new Set(els.flatMap((e) => [...e.classList].filter((c) => c.startsWith('k-'))))])
    expect(kinds).toEqual(expect.arrayContaining(['k-header', 'k-citation', 'k-lead', 'k-support', 'k-deadline']))
  })

  it('selecting a field scrolls to and flashes its span; clicking highlighted text selects its field', async () => {
    await openLetter(real.id)
    const t = real.parsed.tasks.findIndex((x) => x.deadline && x.lead.length)
    const id = `tasks.${t}.deadline`
    await page.locator('.text').evaluate((el) => el.scrollTo(0, 0))
    await page.click(`[data-field="${id}"] .dot`)
    const seg = page.locator(`#source [data-m~="${id}"]`).first()
    await expect(seg.getAttribute('class')).resolves.toMatch(/\bflash\b/)
    await expect.poll(() => seg.getAttribute('class'), { timeout: 4000 }).toMatch(/\bsel\b/)
    const box = (await seg.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(800)
    mkdirSync(join(ROOT, 'out'), { recursive: true })
    await page.screenshot({ path: SCREENSHOT })

    const lead = `tasks.${t}.lead.0`
    await page.locator(`#source [data-m~="${lead}"]`).first().click()
    // The page marks the selection after its render: poll rather than read once.
    await expect.poll(() => page.locator(`[data-field="${lead}"]`).getAttribute('class'), { timeout: 4000 }).toMatch(/\bsel\b/)
  })

  it('saves a corrected lead, deadline, a support taken from a selection, a missed task and a missed citation; a reload shows them', async () => {
    await openLetter(real.id)
    const t = real.parsed.tasks.findIndex((x) => x.deadline && x.lead.length)
    const task = real.parsed.tasks[t]
    await page.fill(`[data-field="tasks.${t}.lead.0"] input[type=text]`, 'Bộ Tư pháp')
    await page.fill(`[data-field="tasks.${t}.deadline"] input[name=deadline-date]`, '2031-12-31')
    await page.selectOption(`[data-field="tasks.${t}.deadline"] select[name=deadline-kind]`, 'by')

    // A support agency the parser missed, its span from the selected text.
    const a = task.span.start.offset + 3
    const b = a + 12
    await selectText(page, a, b)
    const supports = page.locator(`[data-list="tasks.${t}.support"]`)
    await supports.locator('.add-name').fill('Bộ Nông nghiệp và Phát triển nông thôn')
    await selectText(page, a, b)
    await supports.locator('button.add').click()

    // A missed task, from another selection.
    const c = real.raw.length - 40
    await selectText(page, c, c + 25)
    await page.fill('#selection input', '9.9')
    await page.click('#add-task')

    // A missed citation, from a selection around a number/symbol.
    const cited = real.raw.indexOf(real.parsed.citations[0].occurrences[0].text)
    const e = cited + real.parsed.citations[0].occurrences[0].text.length
    await selectText(page, cited - 4, e)
    await page.click('#add-citation')

    await page.check('#reviewed')
    await page.click('#save')
    await page.waitForSelector('#status.ok')

    const saved = ReviewedLetterSchema.parse(JSON.parse(readFileSync(real.reviewedPath, 'utf8')))
    const st = saved.tasks[t]
    expect(st.lead[0].name).toBe('Bộ Tư pháp')
    expect(st.deadline).toMatchObject({ date: '2031-12-31', kind: 'by' })
    const added = st.support.at(-1)!
    expect(added.name).toBe('Bộ Nông nghiệp và Phát triển nông thôn')
    expect([added.span.start.offset, added.span.end.offset]).toEqual([a, b])
    expect(added.text).toBe(real.raw.slice(a, b))
    const missed = saved.tasks.find((x) => x.label === '9.9')!
    expect(missed.text).toBe(real.raw.slice(c, c + 25))
    const newCitation = saved.citations.at(-1)!
    expect(saved.citations).toHaveLength(real.parsed.citations.length + 1)
    expect(newCitation.ref).toBe(real.parsed.citations[0].ref)
    expect(newCitation.occurrences[0].text).toBe(real.raw.slice(cited - 4, e))
    expect(saved.review.reviewed).toBe(true)
    const paths = saved.review.changes.map((ch) => ch.path)
    expect(paths).toEqual(expect.arrayContaining([`tasks[${task.label}].lead`, `tasks[${task.label}].deadline`, `tasks[${task.label}].support`, 'tasks[9.9]']))
    const deadline = saved.review.changes.find((ch) => ch.path === `tasks[${task.label}].deadline`)!
    expect(deadline.before).toEqual(task.deadline)
    expect(deadline.after).toMatchObject({ date: '2031-12-31', kind: 'by' })

    await page.reload()
    await page.waitForSelector('#source')
    await expect(page.inputValue(`[data-field="tasks.${t}.lead.0"] input[type=text]`)).resolves.toBe('Bộ Tư pháp')
    await expect(page.inputValue(`[data-field="tasks.${t}.deadline"] input[name=deadline-date]`)).resolves.toBe('2031-12-31')
    await expect(page.inputValue(`[data-field="tasks.${t}.deadline"] select`)).resolves.toBe('by')
    expect(await page.isChecked('#reviewed')).toBe(true)
    expect(await page.locator('[data-label="9.9"]').count()).toBe(1)
    const { review: _review, ...reviewedLetter } = saved
    await expectHighlightsMatch(reviewedLetter, real.raw)

    await page.keyboard.press('Escape')
    await page.waitForSelector('table.letters')
    await expect(page.locator(`tbody tr[data-id="${real.id}"]`).textContent()).resolves.toContain('reviewed')
  })

  it('shows the hostile letter as text: no element, script or javascript: link comes from it', async () => {
    await openLetter(hostile.id)
    await page.waitForTimeout(200)
    expect(await page.locator('#source').textContent()).toBe(hostile.raw)
    const found = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      injected: document.querySelectorAll('#app img, #app script, #app iframe, #app object, #app b, #app a[href]').length,
      jsLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
      handlers: [...document.querySelectorAll('#app *')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
    }))
    expect(found).toEqual({ pwned: null, injected: 0, jsLinks: 0, handlers: 0 })
    await expect(page.inputValue('input[name=signer]')).resolves.toBe(hostile.parsed.document.signer!.name)
    expect(hostile.parsed.document.signer!.text).toContain('<b onmouseover=')
    const signer = await page.locator('#source [data-m~="document.signer"]').first().getAttribute('title')
    expect(signer).toContain(hostile.parsed.document.signer!.name)
    await expectHighlightsMatch(hostile.parsed, hostile.raw)
    // Hovering the markup-bearing text fires nothing either.
    await page.locator('#source [data-m~="document.signer"]').first().hover()
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull()
    expect(pageErrors).toEqual([])
    expect(dialogs).toEqual([])
  })

  it('the page refuses nothing it should accept: a save from the page with the token succeeds, the same request without it is refused', async () => {
    const statuses = await page.evaluate(async (id) => {
      const token = new URLSearchParams(location.search).get('token')!
      const letter = (await (await fetch(`/api/letters/${id}`, { headers: { 'X-Congvan-Token': token } })).json()).letter
      const send = (headers: Record<string, string>) =>
        fetch(`/api/letters/${id}/review`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ letter, reviewed: false }) }).then((r) => r.status)
      return [await send({}), await send({ 'X-Congvan-Token': 'wrong' }), await send({ 'X-Congvan-Token': token })]
    }, hostile.id)
    expect(statuses).toEqual([403, 403, 200])
  })
})
