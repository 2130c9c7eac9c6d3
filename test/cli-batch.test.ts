/** Batches: identical letters once, --cache, letter JSON as input, reports for machines, failures of one letter. */
import { describe, expect, it } from 'vitest'
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { run, tmp, batchDir, BATCH_FIXTURES } from './cli-support.js'
import { congVan, FIXTURES } from './helpers.js'
import { runJobs } from '../src/cli/pool.js'
import type { JobResult } from '../src/cli/parse-job.js'

const csvRows = (text: string) => parseCsv(text.slice(1), { columns: true }) as Array<Record<string, string>>

describe('identical inputs', () => {
  it('parses two files with the same content once, and counts them once in the graph and the export', async () => {
    const one = batchDir()
    const two = batchDir()
    copyFileSync(join(FIXTURES, BATCH_FIXTURES[0], 'input.md'), join(two, 'copy-of-1468.md'))
    const g1 = join(tmp(), 'g1.json')
    const g2 = join(tmp(), 'g2.json')
    await run(['graph', one, '--out', g1, '--quiet'])
    const r = await run(['graph', two, '--out', g2])
    expect(r.err).toMatch(/quang-ngai-1468-ubnd-ktth-2024\.md has the same content as .*copy-of-1468\.md; read once/)
    expect(r.err).toMatch(/3 parsed, 0 failed, 1 duplicate/)
    const counts = (f: string) => (JSON.parse(readFileSync(f, 'utf8')).edges as Array<{ count: number }>).map((e) => e.count)
    expect(counts(g2)).toEqual(counts(g1))
    const c1 = join(tmp(), 'a.csv')
    const c2 = join(tmp(), 'b.csv')
    await run(['export', one, '--format', 'csv', '--out', c1, '--quiet'])
    await run(['export', two, '--format', 'csv', '--out', c2, '--quiet'])
    expect(csvRows(readFileSync(c2, 'utf8')).length).toBe(csvRows(readFileSync(c1, 'utf8')).length)
  })
  it('still gives parse --out a file for each of two identical inputs, each with its own path', async () => {
    const d = tmp()
    for (const n of ['a.md', 'b.md']) writeFileSync(join(d, n), congVan('1. Sở Y tế rà soát.'))
    const out = tmp()
    const r = await run(['parse', d, '--out', out])
    expect(r.code).toBe(0)
    expect(JSON.parse(readFileSync(join(out, 'b.json'), 'utf8')).source.path).toBe(join(d, 'b.md'))
    expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')).source.path).toBe(join(d, 'a.md'))
  })
})

describe('--cache', () => {
  it('reads unchanged letters from the cache on a second run, with the same output, and re-reads a changed one', async () => {
    const d = batchDir()
    const cache = tmp()
    const first = await run(['parse', d, '--cache', cache])
    expect(first.err).toMatch(/3 parsed, 0 failed in/)
    const second = await run(['parse', d, '--cache', cache])
    expect(second.err).toMatch(/3 parsed, 0 failed, 3 from cache/)
    expect(second.out).toBe(first.out)
    const f = join(d, `${BATCH_FIXTURES[2]}.md`)
    writeFileSync(f, readFileSync(f, 'utf8').replace('Số:', 'Số: 1'))
    const third = await run(['parse', d, '--cache', cache])
    expect(third.err).toMatch(/3 parsed, 0 failed, 2 from cache/)
    // The changed letter (005, first in order) is read again; the others come back as they were.
    expect(third.out.split('\n')[0]).not.toBe(first.out.split('\n')[0])
    expect(third.out.split('\n').slice(1)).toEqual(first.out.split('\n').slice(1))
  })
})

describe('letter JSON as input to export and graph', () => {
  it('exports the same rows from parser JSON as from the letters', async () => {
    const d = batchDir()
    const json = tmp()
    await run(['parse', d, '--out', json, '--quiet'])
    const a = join(tmp(), 'a.csv')
    const b = join(tmp(), 'b.csv')
    await run(['export', d, '--format', 'csv', '--out', a, '--quiet'])
    expect((await run(['export', json, '--format', 'csv', '--out', b, '--quiet'])).code).toBe(0)
    const strip = (rows: Array<Record<string, string>>) => rows.map(({ sourceFile: _s, ...r }) => r)
    expect(strip(csvRows(readFileSync(b, 'utf8')))).toEqual(strip(csvRows(readFileSync(a, 'utf8'))))
  })
  it('prefers a reviewed file over the letter and its plain JSON, counting the letter once', async () => {
    const d = tmp()
    writeFileSync(join(d, 'cv.md'), congVan('1. Sở Y tế rà soát.'))
    await run(['parse', d, '--out', d, '--quiet'])
    const letter = JSON.parse(readFileSync(join(d, 'cv.json'), 'utf8'))
    letter.tasks[0].lead[0].name = 'Sở Tư pháp'
    const review = { version: 1, tool: 'test', savedAt: '2026-12-01T00:00:00Z', reviewed: true, reviewedAt: '2026-12-01T00:00:00Z', changes: [] }
    writeFileSync(join(d, 'cv.reviewed.json'), JSON.stringify({ ...letter, review }))
    const out = join(tmp(), 't.csv')
    const r = await run(['export', d, '--format', 'csv', '--out', out])
    expect(r.code).toBe(0)
    const rows = csvRows(readFileSync(out, 'utf8'))
    expect(rows.map((x) => x.lead)).toEqual(['Sở Tư pháp'])
    expect(r.err).toMatch(/2 duplicates/)
  })
  it('fails a JSON file that is not a letter, by name, and goes on', async () => {
    const d = tmp()
    writeFileSync(join(d, 'cv.md'), congVan('1. Sở Y tế rà soát.'))
    writeFileSync(join(d, 'other.json'), '{"hello": 1}')
    const r = await run(['export', d, '--format', 'ndjson', '--out', join(tmp(), 'x.ndjson')])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/other\.json: not a congvan letter/)
    expect(r.err).toMatch(/1 parsed, 1 failed/)
  })
})

describe('reports for machines', () => {
  it('writes the summary, failures and diagnostics as JSON on stderr with --report json', async () => {
    const d = batchDir()
    writeFileSync(join(d, 'empty.md'), '')
    const r = await run(['parse', d, '--report', 'json', '--out', tmp()])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.err)
    expect(report.letters).toMatchObject({ parsed: 3, failed: 1 })
    expect(report.failures[0].message).toMatch(/empty\.md: the file is empty/)
    expect(report.elapsedMs).toBeGreaterThanOrEqual(0)
    expect(Object.values(report.diagnostics.byRule as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
      (report.diagnostics.letters as Array<{ diagnostics: unknown[] }>).reduce((a, l) => a + l.diagnostics.length, 0),
    )
  })
  it('fails the run with --max-diagnostics or --strict when there are more errors and warnings than allowed', async () => {
    const d = tmp()
    // No number, no date: header warnings.
    writeFileSync(join(d, 'bare.md'), 'Kính gửi: Sở Y tế\n\n1. Sở Y tế rà soát.\n')
    const report = join(tmp(), 'r.json')
    const lax = await run(['parse', d, '--report-file', report])
    expect(lax.code).toBe(0)
    const counted = JSON.parse(readFileSync(report, 'utf8')).diagnostics
    expect(counted.errors + counted.warnings).toBeGreaterThan(0)
    expect((await run(['parse', d, '--max-diagnostics', String(counted.errors + counted.warnings)])).code).toBe(0)
    const strict = await run(['parse', d, '--strict'])
    expect(strict.code).toBe(1)
    expect(strict.err).toMatch(/more than --max-diagnostics 0/)
  })
  it('prints the elapsed time in the summary', async () => {
    expect((await run(['parse', batchDir()])).err).toMatch(/3 parsed, 0 failed in \d+\.\d s/)
  })
})

describe('one letter failing does not fail the batch', () => {
  // A worker of the test's own: it crashes on one letter and hangs on another, as a parser bug would.
  const worker = () => {
    const f = join(tmp(), 'worker.mjs')
    writeFileSync(
      f,
      `import { parentPort } from 'node:worker_threads'
parentPort.on('message', (job) => {
  if (job.path.includes('crash')) throw new Error('boom')
  if (job.path.includes('hang')) { while (true) {} }
  parentPort.postMessage({ id: job.id, ok: true, json: '{}' })
})`,
    )
    return f
  }
  it('fails the letter whose worker crashed and the one over --timeout, naming them, and parses the rest', async () => {
    const jobs = ['a.md', 'crash.md', 'b.md', 'hang.md', 'c.md'].map((path, id) => ({ id, path, maxBytes: 1e6, validate: false }))
    const results: JobResult[] = []
    await runJobs(jobs, { threads: 2, timeoutMs: 500, workerFile: worker() }, (r) => void results.push(r))
    const byPath = new Map(results.map((r) => [jobs[r.id].path, r]))
    expect([...byPath.keys()].sort()).toEqual(['a.md', 'b.md', 'c.md', 'crash.md', 'hang.md'])
    expect(byPath.get('crash.md')!.error).toMatch(/^crash\.md: the worker parsing it crashed \(boom\)/)
    expect(byPath.get('hang.md')!.error).toMatch(/^hang\.md: took longer than --timeout 0\.5 s/)
    expect(['a.md', 'b.md', 'c.md'].every((p) => byPath.get(p)!.ok)).toBe(true)
  })
  it('stops every worker when aborted', async () => {
    const jobs = ['hang.md', 'hang2.md', 'x.md'].map((path, id) => ({ id, path, maxBytes: 1e6, validate: false }))
    const ac = new AbortController()
    setTimeout(() => ac.abort(), 200)
    const t = Date.now()
    await runJobs(jobs, { threads: 2, workerFile: worker(), signal: ac.signal, timeoutMs: 60_000 }, () => undefined)
    expect(Date.now() - t).toBeLessThan(5000)
  })
})

describe('listing', () => {
  it('keeps outputs in input order', async () => {
    const r = await run(['parse', batchDir(), '--quiet'])
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).source.path.split('/').pop())).toEqual([...BATCH_FIXTURES].map((n) => `${n}.md`).sort())
    void readdirSync
  })
})
