#!/usr/bin/env node
// Scores the TypeScript sources directly (through tsx, no build), so several people can measure at
// once without racing on dist/. Usage: npx tsx scripts/score-src.mjs [OUTDIR] [--verbose] [--shared DIR]
// DIR holds corpus/letters and corpus/gold; its eval/score.mjs is used, else the one in ../shared
// (so the synthetic sets in eval/synthetic/*, which carry no scorer, are scored the same way).
import { mkdirSync, rmSync, writeFileSync, readdirSync, existsSync } from 'node:fs'
import { join, basename, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { parseFile } from '../src/parse-file.ts'

const args = process.argv.slice(2)
const sharedAt = args.indexOf('--shared')
const shared = resolve(sharedAt >= 0 ? args[sharedAt + 1] : new URL('../../shared', import.meta.url).pathname)
const positional = args.filter((a, i) => !a.startsWith('--') && (sharedAt < 0 || i !== sharedAt + 1))
const out = resolve(positional[0] ?? `out/score-${process.pid}`)
const letters = join(shared, 'corpus', 'letters')
if (!existsSync(letters)) {
  console.error(`score: no shared corpus at ${letters}; pass --shared DIR (the folder holding corpus/ and eval/)`)
  process.exit(2)
}
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
for (const f of readdirSync(letters).filter((f) => /\.(md|txt)$/.test(f)).sort()) {
  const letter = await parseFile(join(letters, f), { validate: false })
  writeFileSync(join(out, basename(f).replace(/\.(md|txt)$/, '.json')), JSON.stringify(letter))
}
const scorer = [join(shared, 'eval', 'score.mjs'), new URL('../../shared/eval/score.mjs', import.meta.url).pathname].find((f) => existsSync(f))
if (!scorer) {
  console.error(`score: no scorer at ${join(shared, 'eval', 'score.mjs')} nor in ../shared/eval`)
  process.exit(2)
}
const r = spawnSync('node', [scorer, '--gold', join(shared, 'corpus', 'gold'), '--pred', out, ...(args.includes('--verbose') ? ['--verbose'] : [])], { stdio: 'inherit' })
process.exit(r.status ?? 1)
