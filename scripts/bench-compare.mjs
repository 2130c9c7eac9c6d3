#!/usr/bin/env node
// Issue 12's check: "pipeline / remark-parse time" of several built checkouts, measured back to back.
//   node scripts/bench-compare.mjs [--repeat N] [--rounds N] ROOT...
// Each ROOT is a checkout with a built dist/ (e.g. a worktree of the round's start and this one).
// Every measurement runs in a fresh process (one process holding several builds favours the first
// loaded), the roots take turns, and each root's median over the repeats is printed: on a shared,
// loaded machine one run of `npm run bench` per checkout moves by ±15%.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL, fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(name)
  if (i < 0) return dflt
  const v = Number(args[i + 1])
  args.splice(i, 2)
  return v
}

if (args[0] === '--one') {
  const root = args[1]
  const rounds = Number(args[2])
  const { unified } = await import('unified')
  const { default: remarkParse } = await import('remark-parse')
  const processor = unified().use(remarkParse)
  const { parseLetter } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href)
  const fx = join(root, 'fixtures')
  const texts = readdirSync(fx)
    .filter((d) => existsSync(join(fx, d, 'input.md')))
    .map((d) => readFileSync(join(fx, d, 'input.md'), 'utf8'))
  const passes = {
    remark: () => {
      for (const t of texts) processor.parse(t)
    },
    pipeline: () => {
      for (const t of texts) parseLetter(t, { validate: false })
    },
  }
  for (const f of Object.values(passes)) for (let i = 0; i < 3; i++) f()
  const times = { remark: [], pipeline: [] }
  // Interleaved round by round, as bench/bench.mjs does, so that load elsewhere hits both alike.
  for (let r = 0; r < rounds; r++)
    for (const [k, f] of Object.entries(passes)) {
      const t0 = process.hrtime.bigint()
      f()
      times[k].push(Number(process.hrtime.bigint() - t0) / 1e6)
    }
  const oneLine = texts.map((t) => t.replace(/\n/g, ' ')).join(' ').repeat(12)
  const t0 = process.hrtime.bigint()
  parseLetter(oneLine, { validate: false })
  const oneLineSecs = Number(process.hrtime.bigint() - t0) / 1e9
  console.log(JSON.stringify({ ratio: median(times.pipeline) / median(times.remark), oneLineSecs }))
  process.exit(0)
}

function median(a) {
  return [...a].sort((x, y) => x - y)[a.length >> 1]
}

const repeat = opt('--repeat', 6)
const rounds = opt('--rounds', 15)
const roots = args.map((r) => resolve(r))
if (!roots.length) {
  console.error('usage: node scripts/bench-compare.mjs [--repeat N] [--rounds N] ROOT...  (each ROOT built: npm run build)')
  process.exit(2)
}
for (const r of roots)
  if (!existsSync(join(r, 'dist', 'index.js'))) {
    console.error(`${r}: no dist/index.js (run npm run build there)`)
    process.exit(2)
  }
const self = fileURLToPath(import.meta.url)
const results = new Map(roots.map((r) => [r, []]))
for (let k = 0; k < repeat; k++)
  for (const r of roots) {
    const out = spawnSync(process.execPath, [self, '--one', r, String(rounds)], { encoding: 'utf8' })
    if (out.status !== 0) {
      console.error(out.stderr)
      process.exit(1)
    }
    results.get(r).push(JSON.parse(out.stdout.trim().split('\n').pop()))
  }
const base = median(results.get(roots[0]).map((x) => x.ratio))
console.log(`pipeline / remark-parse time, median of ${repeat} processes per checkout (${rounds} rounds each), taking turns:`)
for (const r of roots) {
  const xs = results.get(r)
  const ratio = median(xs.map((x) => x.ratio))
  const runs = xs.map((x) => x.ratio.toFixed(2)).join(' ')
  const vs = r === roots[0] ? '' : ` (${ratio / base >= 1 ? '+' : ''}${((ratio / base - 1) * 100).toFixed(0)}% vs first)`
  console.log(`${r}\n  ${ratio.toFixed(2)}×${vs}   runs: ${runs}   one 1 MB line: ${median(xs.map((x) => x.oneLineSecs)).toFixed(2)} s`)
}
