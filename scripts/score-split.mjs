#!/usr/bin/env node
// Scores one prediction folder on two parts of the shared gold: the letters the parser was first
// built on (the ones bundled in fixtures/) and the others, so a note can quote both.
// Usage: node scripts/score-split.mjs PREDDIR [--shared DIR]
import { mkdtempSync, readdirSync, copyFileSync, existsSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const at = args.indexOf('--shared')
const shared = resolve(at >= 0 ? args[at + 1] : new URL('../../shared', import.meta.url).pathname)
const pred = resolve(args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1)) ?? 'out/shared')
const gold = join(shared, 'corpus', 'gold')
if (!existsSync(gold)) {
  console.error(`score-split: no gold at ${gold}; pass --shared DIR`)
  process.exit(2)
}
const fixtures = new Set(readdirSync(new URL('../fixtures', import.meta.url)))
const parts = { 'built on (fixtures)': [], others: [] }
for (const f of readdirSync(gold).filter((f) => f.endsWith('.json'))) parts[fixtures.has(f.replace(/\.json$/, '')) ? 'built on (fixtures)' : 'others'].push(f)
for (const [name, files] of Object.entries(parts)) {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-gold-'))
  for (const f of files) copyFileSync(join(gold, f), join(dir, f))
  const r = spawnSync('node', [join(shared, 'eval', 'score.mjs'), '--gold', dir, '--pred', pred], { encoding: 'utf8' })
  console.log(`## ${name}: ${files.length} letters`)
  console.log(r.stdout.split('\n').slice(r.stdout.split('\n').indexOf('---') + 1).join('\n').trim())
  rmSync(dir, { recursive: true, force: true })
}
