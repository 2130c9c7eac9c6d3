/** Ctrl-C during a long export: the child exits 130 and leaves no temp file behind (SIGTERM takes the same path, exit 143). */
import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { tmp } from './cli-support.js'
import { FIXTURES, ROOT, fixtureNames } from './helpers.js'

async function interrupt(signal: NodeJS.Signals): Promise<{ code: number | null; err: string; left: string[] }> {
  // Every fixture, each under many names: enough work that the signal lands mid-batch.
  const input = tmp()
  const names = fixtureNames()
  for (let i = 0; i < 200; i++) copyFileSync(join(FIXTURES, names[i % names.length], 'input.md'), join(input, `${String(i).padStart(4, '0')}.md`))
  const outDir = tmp()
  const out = join(outDir, 'tasks.csv')
  const script = `const m = await import(${JSON.stringify(join(ROOT, 'src', 'cli', 'main.ts'))}); process.exitCode = await m.main(process.argv.slice(1))`
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, '--', 'export', input, '--format', 'csv', '--out', out, '--jobs', '1', '--cache', join(outDir, 'cache')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let err = ''
  child.stderr.on('data', (d) => (err += d))
  // Wait until the export's temp file exists (the batch is writing), then interrupt.
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline && !readdirSync(outDir).some((f) => f.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 50))
  await new Promise((r) => setTimeout(r, 300))
  child.kill(signal)
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)))
  const walk = (d: string): string[] => (existsSync(d) ? readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [e.name])) : [])
  return { code, err, left: walk(outDir).filter((f) => !/^[0-9a-f]{64}\.json$/.test(f)) }
}

describe('interrupting a batch', () => {
  it('on SIGINT removes the unfinished export and exits 130', async () => {
    const r = await interrupt('SIGINT')
    expect(r.code).toBe(130)
    expect(r.err).toMatch(/interrupted \(SIGINT\); removed 1 unfinished file/)
    expect(r.left).toEqual([])
  }, 90_000)
})
