/** Pipes and output paths: - reads stdin, --out - writes stdout, nothing but a regular file is ever replaced. */
import { describe, expect, it } from 'vitest'
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { run, tmp, batchDir, STACK } from './cli-support.js'
import { congVan, fixtureText } from './helpers.js'

describe('standard input and output', () => {
  it('reads one letter from standard input for -', async () => {
    const r = await run(['parse', '-'], { stdin: fixtureText('quang-ngai-1468-ubnd-ktth-2024') })
    expect(r.code).toBe(0)
    const l = JSON.parse(r.out)
    expect(l.document.ref).toBe('1468/UBND-KTTH')
    expect(l.source.path).toBeNull()
  })
  it('writes the export to standard output for --out -, and no file named -', async () => {
    const d = batchDir()
    const cwd = process.cwd()
    const r = await run(['export', d, '--format', 'csv', '--out', '-', '--quiet'])
    expect(r.code).toBe(0)
    const rows = parseCsv(r.out.slice(1), { columns: true }) as Array<Record<string, string>>
    expect(rows.length).toBeGreaterThan(60)
    expect(existsSync(join(cwd, '-'))).toBe(false)
  })
})

describe('output paths', () => {
  it('refuses to replace a symbolic link (as /dev/stdout is), leaving the link and its target alone', async () => {
    const d = tmp()
    const target = join(d, 'target.txt')
    writeFileSync(target, 'keep me')
    const link = join(d, 'stdout')
    symlinkSync(target, link)
    const r = await run(['export', batchDir(), '--format', 'csv', '--out', link])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/is a symbolic link; congvan only creates or replaces regular files \(use --out - for standard output\)/)
    expect(r.err).not.toMatch(STACK)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readlinkSync(link)).toBe(target)
    expect(readFileSync(target, 'utf8')).toBe('keep me')
  })
  it('refuses a device and a directory as --out, exit 2, before reading any letter', async () => {
    const dev = await run(['export', batchDir(), '--format', 'ics', '--out', '/dev/null'])
    expect(dev.code).toBe(2)
    expect(dev.err).toMatch(/\/dev\/null is a device/)
    const dir = await run(['graph', batchDir(), '--format', 'dot', '--out', tmp()])
    expect(dir.code).toBe(2)
    expect(dir.err).toMatch(/is a directory/)
    expect(dir.err).not.toMatch(/parsed/)
  })
  it('refuses an existing file as the folder of graph --format csv before the batch starts', async () => {
    const f = join(tmp(), 'taken')
    writeFileSync(f, 'x')
    const r = await run(['graph', batchDir(), '--format', 'csv', '--out', f])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/is not a directory/)
    expect(r.err).not.toMatch(/parsed|EEXIST/)
    expect(readFileSync(f, 'utf8')).toBe('x')
  })
  it('says clearly when the folder of --out is a file, with no stack trace', async () => {
    const f = join(tmp(), 'plain')
    writeFileSync(f, 'x')
    const r = await run(['export', batchDir(), '--format', 'csv', '--out', join(f, 'tasks.csv')])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/cannot write .*plain is not a directory/)
    expect(r.err).not.toMatch(/internal error|\n\s+at /)
  })
  it.skipIf(!existsSync('/proc/self'))('refuses an --out under /proc at once instead of looping', async () => {
    const t = Date.now()
    const r = await run(['export', batchDir(), '--format', 'csv', '--out', '/proc/congvan-test/x.csv'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/cannot write \/proc\/congvan-test\/x\.csv: cannot create the directory \/proc\/congvan-test: ENOENT/)
    expect(Date.now() - t).toBeLessThan(5000)
  })
  it('fails only the letter whose output name is taken by a directory, writing the others', async () => {
    const d = batchDir()
    const out = tmp()
    mkdirSync(join(out, '005-laocai-cv7103-ubnd-th-nd178.json'))
    const r = await run(['parse', d, '--out', out])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/005-laocai-cv7103-ubnd-th-nd178\.md: .*005-laocai-cv7103-ubnd-th-nd178\.json is a directory/)
    expect(r.err).toMatch(/2 parsed|3 parsed/)
    expect(readdirSync(out).sort()).toEqual(['005-laocai-cv7103-ubnd-th-nd178.json', '013-kontum-qd435-ctr-hanh-dong-quan-he-lao-dong.json', 'quang-ngai-1468-ubnd-ktth-2024.json'])
  })
})

describe('inputs no reader takes', () => {
  it('names the files a directory holds that were skipped, and why', async () => {
    const d = tmp()
    writeFileSync(join(d, 'cv.md'), congVan('1. Sở Y tế rà soát.'))
    writeFileSync(join(d, 'scan.xyz'), 'x')
    writeFileSync(join(d, 'cv.json'), '{}')
    const r = await run(['parse', d, '--out', tmp()])
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/skipped .*scan\.xyz: no reader takes \.xyz files; congvan reads \.md, \.markdown, \.txt/)
    expect(r.err).toMatch(/skipped .*cv\.json: a JSON file: parse reads letters/)
    expect(r.err).toMatch(/1 parsed, 0 failed, 2 skipped/)
  })
  it('refuses a file named on the command line that no reader takes, by name, with the formats read', async () => {
    const f = join(tmp(), 'page.xyz')
    writeFileSync(f, '<p>Số: 12/UBND</p>')
    const r = await run(['parse', f])
    expect(r.code).toBe(1)
    expect(r.out).toBe('')
    expect(r.err).toMatch(/page\.xyz: no reader takes \.xyz files; congvan reads \.md/)
  })
})

describe('PDF options of the batch commands', () => {
  const pdf = join('fixtures', 'binary', '011-btnmt-kh09-ke-hoach-trien-khai-ct13.pdf')
  it('refuses a PDF over --max-pages by name and reads it under the limit', async () => {
    const over = await run(['parse', pdf, '--max-pages', '3', '--jobs', '1', '--quiet'])
    expect(over.code).toBe(1)
    expect(over.err).toContain('011-btnmt-kh09-ke-hoach-trien-khai-ct13.pdf')
    expect(over.err).toMatch(/8 pages/)
    const under = await run(['parse', pdf, '--max-pages', '8', '--jobs', '1', '--quiet'])
    expect(under.code).toBe(0)
    expect(JSON.parse(under.out).source.format).toBe('pdf')
  })
})
