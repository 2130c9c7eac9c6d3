/** The command line, run in-process through main() and, for worker threads, as the built binary. */
import { describe, expect, it, beforeAll, afterAll } from 'vitest'
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync, copyFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync, spawnSync } from 'node:child_process'
import { PassThrough } from 'node:stream'
import ICAL from 'ical.js'
import { XMLParser } from 'fast-xml-parser'
import { parse as parseCsv } from 'csv-parse/sync'
import { main } from '../src/cli/main.js'
import { FIXTURES, ROOT, congVan } from './helpers.js'
import { LetterSchema } from '../src/schema/letter.js'

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d) => (out += d))
  stderr.on('data', (d) => (err += d))
  const code = await main(args, { stdout, stderr })
  return { code, out, err }
}

const made: string[] = []
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'congvan-cli-'))
  made.push(d)
  return d
}
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true })
})

let batch: string
beforeAll(() => {
  batch = tmp()
  for (const name of ['quang-ngai-1468-ubnd-ktth-2024', '013-kontum-qd435-ctr-hanh-dong-quan-he-lao-dong', '005-laocai-cv7103-ubnd-th-nd178']) copyFileSync(join(FIXTURES, name, 'input.md'), join(batch, `${name}.md`))
  // A letter citing 416/QĐ-TTg like 013 does: the two meet in one graph node.
  writeFileSync(
    join(batch, 'cites-416.md'),
    congVan('1. Sở Lao động - Thương binh và Xã hội thực hiện Quyết định số 416/QĐ-TTg ngày 25/3/2020 của Thủ tướng Chính phủ.').replace('1468/UBND-KTTH', '2001/UBND-VX'),
  )
})

describe('congvan parse', () => {
  it('writes one input as a JSON document to stdout', async () => {
    const r = await run(['parse', join(FIXTURES, '001-laocai-cv9387-ubnd-kt-ctr104', 'input.md')])
    expect(r.code).toBe(0)
    const letter = JSON.parse(r.out)
    expect(LetterSchema.safeParse(letter).success).toBe(true)
    expect(letter.document.ref).toBe('9387/UBND-KT')
  })
  it('writes NDJSON for a directory, one line per letter, in input order', async () => {
    const r = await run(['parse', batch, '--quiet'])
    const lines = r.out.trim().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines.map((l) => JSON.parse(l).source.path.split('/').pop())).toEqual(readdirSync(batch).sort())
  })
  it('writes <name>.json files with --out', async () => {
    const out = tmp()
    const r = await run(['parse', batch, '--out', out, '--quiet'])
    expect(r.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(readdirSync(batch).map((f) => f.replace(/\.md$/, '.json')).sort())
  })
  it('mirrors paths when two inputs share a file name, so neither is overwritten', async () => {
    const root = tmp()
    for (const d of ['a', 'b']) {
      mkdirSync(join(root, d))
      writeFileSync(join(root, d, 'cv.md'), congVan(`1. Sở ${d === 'a' ? 'Y tế' : 'Tư pháp'} rà soát.`))
    }
    const out = tmp()
    const r = await run(['parse', join(root, 'a', 'cv.md'), join(root, 'b', 'cv.md'), '--out', out, '--quiet'])
    expect(r.code).toBe(0)
    expect(JSON.parse(readFileSync(join(out, 'a', 'cv.json'), 'utf8')).tasks[0].lead[0].name).toBe('Sở Y tế')
    expect(JSON.parse(readFileSync(join(out, 'b', 'cv.json'), 'utf8')).tasks[0].lead[0].name).toBe('Sở Tư pháp')
  })
  it('reports a bad file with its path and reason, keeps the others, and exits 1', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'good.md'), congVan('1. Sở Y tế rà soát.'))
    writeFileSync(join(dir, 'empty.md'), '')
    writeFileSync(join(dir, 'scan.md'), Buffer.from('%PDF-1.7\n%âãÏÓ\n'))
    const out = tmp()
    const r = await run(['parse', dir, '--out', out])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/empty\.md: the file is empty/)
    expect(r.err).toMatch(/scan\.md: .*PDF/)
    expect(r.err).toMatch(/1 parsed, 2 failed/)
    expect(readdirSync(out)).toEqual(['good.json'])
  })
  it('reports an input that matches nothing', async () => {
    const r = await run(['parse', join(tmp(), 'missing.md')])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/missing\.md: no such file or directory/)
  })
  it('exits 2 for usage errors, saying what is wrong', async () => {
    expect((await run(['parse'])).code).toBe(2)
    expect((await run(['frobnicate'])).err).toMatch(/unknown command "frobnicate"/)
    expect((await run(['parse', batch, '--jobs', 'many'])).err).toMatch(/--jobs takes a whole number/)
    expect((await run(['parse', batch, '--bogus'])).code).toBe(2)
  })
  it('prints help, version and the JSON Schema', async () => {
    expect((await run(['--help'])).out).toMatch(/^congvan .* Vietnamese official letters/)
    expect((await run(['--version'])).out.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    const s = JSON.parse((await run(['schema'])).out)
    expect(s.$defs.Letter).toBeDefined()
    expect(JSON.parse((await run(['schema', '--task-row'])).out).$defs.TaskRow).toBeDefined()
  })
})

describe('congvan export', () => {
  it('writes CSV that opens in spreadsheets: BOM, quoted fields, one row per task', async () => {
    const out = join(tmp(), 'tasks.csv')
    expect((await run(['export', batch, '--format', 'csv', '--out', out, '--quiet'])).code).toBe(0)
    const text = readFileSync(out, 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const rows = parseCsv(text.slice(1), { columns: true }) as Array<Record<string, string>>
    const row = rows.find((r) => r.letterRef === '1468/UBND-KTTH' && r.label === '5.c')!
    expect([row.lead, row.support, row.deadline, row.deadlineKind]).toEqual(['Sở Kế hoạch và Đầu tư', 'Các chủ đầu tư', '2024-04-30', 'before'])
    expect(rows.length).toBeGreaterThan(60)
  })
  it('writes a valid iCalendar of VTODOs with DUE dates and stable UIDs', async () => {
    const out1 = join(tmp(), 'a.ics')
    const out2 = join(tmp(), 'b.ics')
    await run(['export', batch, '--format', 'ics', '--out', out1, '--quiet'])
    await run(['export', batch, '--format', 'ics', '--out', out2, '--quiet'])
    const cal = new ICAL.Component(ICAL.parse(readFileSync(out1, 'utf8')))
    const todos = cal.getAllSubcomponents('vtodo')
    expect(todos.length).toBeGreaterThan(60)
    const due = todos.filter((t) => t.getFirstPropertyValue('due')).map((t) => String(t.getFirstPropertyValue('due')))
    expect(due).toContain('2024-04-30')
    const uids = (f: string) => new ICAL.Component(ICAL.parse(readFileSync(f, 'utf8'))).getAllSubcomponents('vtodo').map((t) => t.getFirstPropertyValue('uid'))
    expect(uids(out2)).toEqual(uids(out1))
    expect(new Set(uids(out1)).size).toBe(todos.length)
  })
  it('writes recurring deadlines as RRULE', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'r.md'), congVan('1. Sở Tài chính báo cáo trước ngày 15 hằng tháng.'))
    const out = join(tmp(), 'r.ics')
    await run(['export', dir, '--format', 'ics', '--out', out, '--quiet'])
    const todo = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8'))).getFirstSubcomponent('vtodo')!
    expect(todo.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=MONTHLY;BYMONTHDAY=15')
  })
  it('writes NDJSON task rows', async () => {
    const out = join(tmp(), 't.ndjson')
    await run(['export', batch, '--format', 'ndjson', '--out', out, '--quiet'])
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    expect(rows[0]).toHaveProperty('lead')
    expect(rows[0]).toHaveProperty('line')
  })
})

describe('congvan graph', () => {
  let json: { nodes: Array<{ id: string; inBatch: boolean; citedBy: number }>; edges: Array<{ from: string; to: string; relation: string }> }
  beforeAll(async () => {
    const out = join(tmp(), 'g.json')
    await run(['graph', batch, '--format', 'json', '--out', out, '--quiet'])
    json = JSON.parse(readFileSync(out, 'utf8'))
  })
  it('makes two letters that cite the same document meet in one node', () => {
    const node = json.nodes.filter((n) => n.id === '416/QĐ-TTG@2020')
    expect(node).toHaveLength(1)
    expect(node[0].citedBy).toBe(2)
    expect(new Set(json.edges.filter((e) => e.to === '416/QĐ-TTG@2020').map((e) => e.from)).size).toBe(2)
  })
  it('adds an edge between two cited documents when one implements the other', () => {
    expect(json.edges).toContainEqual(expect.objectContaining({ from: '117/QĐ-UBND@2023@uy-ban-nhan-dan-tinh-quang-ngai', to: '168/NQ-CP@2022', relation: 'thuc-hien' }))
  })
  it('writes GraphML that an XML parser reads back with the same counts', async () => {
    const out = join(tmp(), 'g.graphml')
    await run(['graph', batch, '--format', 'graphml', '--out', out, '--quiet'])
    const doc = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(out, 'utf8'))
    const g = doc.graphml.graph
    expect([g.node.length, g.edge.length]).toEqual([json.nodes.length, json.edges.length])
  })
  it('writes Neo4j bulk-import CSV that a CSV parser reads back with the same counts', async () => {
    const out = tmp()
    await run(['graph', batch, '--format', 'csv', '--out', out, '--quiet'])
    const nodes = parseCsv(readFileSync(join(out, 'nodes.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>
    const edges = parseCsv(readFileSync(join(out, 'edges.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>
    expect([nodes.length, edges.length]).toEqual([json.nodes.length, json.edges.length])
    expect(Object.keys(nodes[0])).toEqual(expect.arrayContaining([':ID', ':LABEL']))
    expect(Object.keys(edges[0])).toEqual(expect.arrayContaining([':START_ID', ':END_ID', ':TYPE']))
  })
  it('writes DOT with one line per node and edge', async () => {
    const out = join(tmp(), 'g.dot')
    await run(['graph', batch, '--format', 'dot', '--out', out, '--quiet'])
    const text = readFileSync(out, 'utf8')
    expect(text.startsWith('digraph congvan {')).toBe(true)
    expect(text.split('\n').filter((l) => l.includes(' -> ')).length).toBe(json.edges.length)
  })
})

describe('the built binary', () => {
  const bin = join(ROOT, 'bin', 'congvan.js')
  it('runs a batch over two worker threads with the same output as one thread', () => {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'worker.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT })
    const one = execFileSync('node', [bin, 'parse', batch, '--jobs', '1', '--quiet'], { encoding: 'utf8' })
    const two = execFileSync('node', [bin, 'parse', batch, '--jobs', '2', '--quiet'], { encoding: 'utf8' })
    expect(two).toBe(one)
  })
  it('exits 2 on a usage error and 1 when a file failed', () => {
    expect(spawnSync('node', [bin, 'parse']).status).toBe(2)
    const dir = tmp()
    writeFileSync(join(dir, 'e.md'), '')
    expect(spawnSync('node', [bin, 'parse', dir]).status).toBe(1)
  })
})
