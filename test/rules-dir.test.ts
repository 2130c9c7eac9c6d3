/**
 * CONGVAN_RULES_DIR: the lexicon reads another copy of rules/ (a clerk's added rules, a test's
 * variant) without touching the package; the rest of the pipeline follows it.
 */
import { describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { ROOT } from './helpers.js'

// A letter whose symbol carries a type code no rules file knows: "ZZ" (so it defaults to Công văn).
const LETTER = 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 12/ZZ-UBND\n\nLào Cai, ngày 2 tháng 3 năm 2025\n\nSở Tài chính thực hiện.\n'
const SCRIPT = `import { parseLetter } from ${JSON.stringify(join(ROOT, 'src/pipeline.ts'))}
process.stdout.write(parseLetter(${JSON.stringify(LETTER)}).document.type)`

function typeWith(env: NodeJS.ProcessEnv): string {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['-e', SCRIPT], { env: { ...process.env, ...env }, encoding: 'utf8', cwd: ROOT })
  if (r.status !== 0) throw new Error(r.stderr)
  return r.stdout
}

describe('CONGVAN_RULES_DIR', () => {
  it('reads the document types from the folder it names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'congvan-rules-'))
    try {
      cpSync(join(ROOT, 'rules'), dir, { recursive: true })
      const file = join(dir, 'doc-types.json')
      const types = JSON.parse(readFileSync(file, 'utf8'))
      types.entries.push({ name: 'Phiếu chuyển', codes: ['ZZ'], titles: ['PHIẾU CHUYỂN'], examples: ['12/ZZ-UBND'] })
      writeFileSync(file, JSON.stringify(types, null, 2))
      expect(typeWith({})).toBe('Công văn')
      expect(typeWith({ CONGVAN_RULES_DIR: dir })).toBe('Phiếu chuyển')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
