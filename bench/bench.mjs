#!/usr/bin/env node
// npm run bench: throughput of the whole pipeline against remark-parse alone on the same input
// (single thread, one run), then the CLI with --jobs 1 and --jobs 2 on the generated archive.
// Prints one block of figures; see README "Speed".
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'
import { Worker } from 'node:worker_threads'
import { unified } from 'unified'
import remarkParse from 'remark-parse'

import { parseLetter } from '../dist/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// The text fixtures (fixtures/binary holds DOCX/PDF/HTML inputs, measured apart by their readers' tests).
const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((d) => existsSync(join(root, 'fixtures', d, 'input.md')))
  .map((d) => readFileSync(join(root, 'fixtures', d, 'input.md'), 'utf8'))
const bytes = fixtures.reduce((n, t) => n + Buffer.byteLength(t), 0)
const rounds = Number(process.env.BENCH_ROUNDS ?? 40)
const processor = unified().use(remarkParse)

// The three passes are interleaved round by round and each keeps its median round, so that
// load from elsewhere on the machine hits them alike.
function measure(passes) {
  for (const f of Object.values(passes)) for (let i = 0; i < 3; i++) f() // warm up the JIT and caches
  const times = Object.fromEntries(Object.keys(passes).map((k) => [k, []]))
  for (let r = 0; r < rounds; r++)
    for (const [k, f] of Object.entries(passes)) {
      const t0 = process.hrtime.bigint()
      f()
      times[k].push(Number(process.hrtime.bigint() - t0) / 1e9)
    }
  const median = (a) => a.sort((x, y) => x - y)[a.length >> 1]
  return Object.fromEntries(Object.entries(times).map(([k, a]) => [k, median(a) * rounds]))
}

const m = measure({
  remark: () => {
    for (const t of fixtures) processor.parse(t)
  },
  // The CLI's configuration: output is not re-validated per letter (the test suite proves it valid).
  pipeline: () => {
    for (const t of fixtures) parseLetter(t, { validate: false })
  },
  validated: () => {
    for (const t of fixtures) parseLetter(t)
  },
})
const remarkSecs = m.remark
const pipelineSecs = m.pipeline
const validatedSecs = m.validated
const letters = fixtures.length * rounds
const mb = (bytes * rounds) / 1e6
const line = (k, v) => console.log(`${k.padEnd(34)} ${v}`)
console.log(`congvan bench — ${fixtures.length} fixtures, ${(bytes / 1024).toFixed(1)} KiB, ${rounds} rounds, node ${process.version}, one thread`)
line('remark-parse alone', `${(letters / remarkSecs).toFixed(0)} letters/s, ${(mb / remarkSecs).toFixed(2)} MB/s`)
line('whole pipeline', `${(letters / pipelineSecs).toFixed(0)} letters/s, ${(mb / pipelineSecs).toFixed(2)} MB/s`)
line('pipeline / remark-parse time', `${(pipelineSecs / remarkSecs).toFixed(2)}×`)
line('same, validating each output', `${(validatedSecs / remarkSecs).toFixed(2)}×`)
line('peak RSS (this process)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`)

// Inputs that once made a stage quadratic: a whole letter archive on one line, thousands of items.
{
  const oneLine = fixtures.map((t) => t.replace(/\n/g, ' ')).join(' ').repeat(12)
  const items = Array.from({ length: 20000 }, (_, i) => `${(i % 99) + 1}. Sở Tài chính chủ trì, phối hợp với Sở Y tế trước ngày 30/4/2024.`).join('\n')
  for (const [name, text] of [
    ['one line', oneLine],
    ['20,000 item lines', items],
  ]) {
    const t0 = process.hrtime.bigint()
    parseLetter(text, { validate: false })
    const secs = Number(process.hrtime.bigint() - t0) / 1e9
    line(`pathological: ${name}`, `${(text.length / 1e6).toFixed(1)} MB in ${secs.toFixed(2)} s (${(text.length / 1e6 / secs).toFixed(2)} MB/s)`)
  }
}

// How much a second thread can give on this machine right now (a VM may share its cores):
// the same CPU loop in one thread, then in two at once.
function spinCapacity() {
  const code = 'let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; require("worker_threads").parentPort.postMessage(x)'
  const run = (n) =>
    new Promise((resolve) => {
      const t0 = Date.now()
      let left = n
      for (let i = 0; i < n; i++)
        new Worker(code, { eval: true }).on('message', function () {
          this.terminate()
          if (--left === 0) resolve(Date.now() - t0)
        })
    })
  return run(1).then((one) => run(2).then((two) => (2 * one) / two))
}
line('parallel capacity of 2 threads', `${(await spinCapacity()).toFixed(2)}× (2.00 on two free cores)`)

// The CLI over the generated archive (node scripts/make-archive.mjs), with one and two threads.
const archive = process.env.BENCH_ARCHIVE ?? join(root, 'bench', 'archive')
if (existsSync(archive) && statSync(archive).isDirectory()) {
  const n = readdirSync(archive, { recursive: true }).filter((f) => String(f).endsWith('.md')).length
  for (const jobs of [1, 2]) {
    const t0 = Date.now()
    const r = spawnSync('/usr/bin/time', ['-f', '%M', 'node', join(root, 'bin', 'congvan.js'), 'parse', archive, '--jobs', String(jobs), '--quiet', '--out', join(root, 'out', `bench-${jobs}`)], { encoding: 'utf8' })
    const secs = (Date.now() - t0) / 1000
    const rss = Number(r.stderr.trim().split('\n').pop()) / 1024
    line(`CLI --jobs ${jobs} on ${n} letters`, `${(n / secs).toFixed(0)} letters/s, ${secs.toFixed(1)} s, peak RSS ${rss.toFixed(0)} MiB (main process)`)
    if (jobs === 1) globalThis.one = n / secs
    else line('--jobs 2 / --jobs 1 throughput', `${(n / secs / globalThis.one).toFixed(2)}×`)
  }
} else console.log(`(no archive at ${archive}: node scripts/make-archive.mjs 1000 to add the CLI figures)`)
