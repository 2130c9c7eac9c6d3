/** Arguments as eslint, ripgrep and jq users expect them: help per command, did-you-mean, --no-x, --. */
import { describe, expect, it } from 'vitest'
import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run, tmp, STACK } from './cli-support.js'
import { congVan, FIXTURES } from './helpers.js'
import { COMMANDS } from '../src/cli/commands/index.js'
import { didYouMean } from '../src/cli/argv.js'

const letter = () => {
  const d = tmp()
  const f = join(d, 'cv.md')
  writeFileSync(f, congVan('1. Sở Y tế rà soát trước ngày 30/4/2024.'))
  return f
}

describe('help', () => {
  it('prints each command its own help, on stdout with exit 0, when asked with --help', async () => {
    for (const c of COMMANDS) {
      const r = await run([c.name, '--help'])
      expect(r.code).toBe(0)
      expect(r.out).toMatch(new RegExp(`^Usage: congvan ${c.name}`))
      expect(r.err).toBe('')
    }
    expect((await run(['parse', '--help'])).out).not.toBe((await run(['export', '--help'])).out)
  })
  it('answers `congvan help parse` with the same text as `congvan parse --help`', async () => {
    const a = await run(['help', 'parse'])
    expect(a.code).toBe(0)
    expect(a.out).toBe((await run(['parse', '--help'])).out)
  })
  it('lists every command of the table in the global help', async () => {
    const r = await run(['--help'])
    for (const c of COMMANDS) expect(r.out).toMatch(new RegExp(`^  ${c.name} +${c.summary.replace(/[()|.*+?[\]]/g, '\\$&')}`, 'm'))
  })
  it('prints the help on stderr with exit 2 when called with nothing', async () => {
    const r = await run([])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(/Usage: congvan <command>/)
  })
  it('refuses help for a command that does not exist, suggesting the nearest', async () => {
    const r = await run(['help', 'pasre'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/did you mean "parse"/)
  })
  it('prints the version with --version and -V, for any command', async () => {
    expect((await run(['--version'])).out.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    expect((await run(['parse', '-V'])).out.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('flags', () => {
  it('refuses an unknown short flag instead of reading it as a file name', async () => {
    const r = await run(['parse', '-z', letter()])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/unknown option -z/)
    expect(r.err).not.toMatch(/no such file/)
  })
  it('suggests --format for --fromat', async () => {
    const r = await run(['parse', letter(), '--fromat', 'json'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/unknown option --fromat .*did you mean --format\?/)
    expect(didYouMean('fromat', ['format', 'out'])).toBe('format')
  })
  it('refuses flags that belong to another command (schema --out x --format dot)', async () => {
    const r = await run(['schema', '--out', 'x', '--format', 'dot'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--out does not apply to congvan schema/)
  })
  it('refuses an option that only another format reads (--remind with csv)', async () => {
    const r = await run(['export', letter(), '--format', 'csv', '--remind', '3', '--out', join(tmp(), 'x.csv')])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--remind applies to --format ics/)
  })
  it('reads --pretty=false and --no-pretty as off, --pretty=true as on', async () => {
    const f = letter()
    expect((await run(['parse', f, '--pretty=false'])).out.split('\n').length).toBe(2)
    expect((await run(['parse', f, '--no-pretty'])).out.split('\n').length).toBe(2)
    expect((await run(['parse', f, '--pretty=true'])).out.split('\n').length).toBeGreaterThan(20)
    expect((await run(['parse', f, '--pretty=maybe'])).code).toBe(2)
  })
  it('ends options at --, so a file whose name starts with dashes can be read', async () => {
    const d = tmp()
    const f = join(d, '--odd.md')
    copyFileSync(join(FIXTURES, 'quang-ngai-1468-ubnd-ktth-2024', 'input.md'), f)
    const r = await run(['parse', '--', f])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).document.ref).toBe('1468/UBND-KTTH')
  })
  it('says a string option lacks its value instead of taking the next option as it', async () => {
    const r = await run(['parse', letter(), '--out', '--quiet'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--out needs a value/)
  })
  it('refuses --format json for several letters instead of writing NDJSON silently', async () => {
    const r = await run(['parse', letter(), letter(), '--format', 'json'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--format json writes one document and 2 letters/)
    expect(r.out).toBe('')
  })
  it('names the command and its usage on a usage error, with no stack trace', async () => {
    const r = await run(['graph', letter(), '--jobs', 'many', '--out', join(tmp(), 'g.json')])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--jobs takes a whole number/)
    expect(r.err).toMatch(/usage: congvan graph/)
    expect(r.err).not.toMatch(STACK)
  })
})
