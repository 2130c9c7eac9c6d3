#!/usr/bin/env node
// Generates an archive of N letters from the fixtures for the corpus benchmark:
//   node scripts/make-archive.mjs 10000 [DIR]   (default DIR: bench/archive, not committed)
// Each letter is a fixture with its number, dates and one agency varied, in folders of 1,000.
import { existsSync, readFileSync, readdirSync, mkdirSync, writeFileSync, rmSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const n = Number(process.argv[2] ?? 1000)
const out = process.argv[3] ?? join(root, 'bench', 'archive')
if (!Number.isInteger(n) || n < 1) {
  console.error('usage: node scripts/make-archive.mjs N [DIR]')
  process.exit(2)
}
const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((d) => existsSync(join(root, 'fixtures', d, 'input.md')))
  .map((d) => ({ name: d, text: readFileSync(join(root, 'fixtures', d, 'input.md'), 'utf8') }))
const agencies = ['Sở Tài chính', 'Sở Y tế', 'Sở Xây dựng', 'Sở Nội vụ', 'Sở Công Thương', 'Sở Tư pháp']
rmSync(out, { recursive: true, force: true })
for (let i = 0; i < n; i++) {
  const f = fixtures[i % fixtures.length]
  const dir = join(out, String(Math.floor(i / 1000)).padStart(3, '0'))
  if (i % 1000 === 0) mkdirSync(dir, { recursive: true })
  const day = (i % 28) + 1
  const text = f.text
    .replace(/Số:\s*(\*\*)?(\d+)/, (_, b = '', num) => `Số: ${b}${Number(num) + i}`)
    .replace(/ngày (\*\*)?(\d{1,2})(\*\*)? tháng/, (_, a = '', _d, c = '') => `ngày ${a}${String(day).padStart(2, '0')}${c} tháng`)
    .replace(/Sở Tài chính/g, agencies[i % agencies.length])
  writeFileSync(join(dir, `${String(i).padStart(6, '0')}-${f.name}.md`), text)
}
console.log(`wrote ${n} letters to ${out}`)
