/** Shared by the review tests: a hostile letter, a temporary run with its entries, HTTP helpers. */
import { mkdtempSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { request } from 'node:http'
import { ROOT } from './helpers.js'
import { loadEntries, type Entry } from '../src/cli/review/store.js'

/** Markup and script in every part a parser reads: header, recipients, subject, tasks, signer. */
export const HOSTILE_LETTER = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI <img src=x onerror="window.__pwned='img'">

Số: 15/UBND-KT
V/v kiểm tra <script>window.__pwned='script'</script> hồ sơ

Quảng Ngãi, ngày 05 tháng 3 năm 2024

Kính gửi:
- Sở Tài chính <img src=x onerror="window.__pwned='recipient'">;
- Sở Tư pháp [bấm](javascript:window.__pwned='link').

Thực hiện Quyết định số 91/QĐ-UBND ngày 19/01/2024 của UBND tỉnh, UBND tỉnh yêu cầu:

1. Sở Tài chính <script>window.__pwned='lead'</script> chủ trì, phối hợp với Sở Tư pháp <img src=x onerror="window.__pwned='support'"> kiểm tra hồ sơ, báo cáo trước ngày 30/4/2024.

2. Sở Tư pháp rà soát các văn bản tại javascript:alert(document.domain) và <a href="javascript:window.__pwned='a'">đây</a>, hoàn thành trong tháng 5/2024.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn <b onmouseover="window.__pwned='signer'">An</b>
`

/** A real letter: from ../shared/corpus/letters when it is there (CI has it), else a fixture. */
export function realLetter(): string {
  const shared = resolve(ROOT, '../shared/corpus/letters')
  const name = '003-vpcp-tb467-ket-luan-thi-truong-cac-bon.md'
  if (existsSync(join(shared, name))) return join(shared, name)
  const any = existsSync(shared) ? readdirSync(shared).filter((f) => f.endsWith('.md')).sort()[0] : undefined
  if (any) return join(shared, any)
  return join(ROOT, 'fixtures/003-vpcp-tb467-ket-luan-thi-truong-cac-bon/input.md')
}

export interface Run {
  dir: string
  out: string
  hostilePath: string
  entries: Entry[]
  cleanup(): void
}

/** A temporary folder with the hostile letter and the given letters loaded as a review run. */
export async function makeRun(letters: string[]): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-review-'))
  const hostilePath = join(dir, 'hostile.md')
  writeFileSync(hostilePath, HOSTILE_LETTER)
  const out = join(dir, 'out')
  const files = [...letters, hostilePath].map((p) => ({ path: p, outRel: p.split('/').pop()!.replace(/\.[^.]+$/, '') + '.json' }))
  const { entries, failed } = await loadEntries(files, out)
  if (failed.length) throw new Error(failed.map((f) => f.message).join('; '))
  return { dir, out, hostilePath, entries, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface Reply {
  status: number
  body: string
  json: () => any
}

/** A raw HTTP request (fetch cannot set Host), to 127.0.0.1:port. */
export function http(port: number, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        done({ status: res.statusCode ?? 0, body: text, json: () => JSON.parse(text) })
      })
      res.on('error', fail)
    })
    req.on('error', fail)
    if (body !== undefined) req.end(body)
    else req.end()
  })
}

/** Every object with a span in a letter, by its JSON path ("tasks.3.lead.0"). */
export function spannedPaths(value: unknown, path = ''): Array<{ path: string; value: { span: any; text?: string } }> {
  const out: Array<{ path: string; value: { span: any; text?: string } }> = []
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...spannedPaths(v, path ? `${path}.${i}` : String(i))))
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (o.span && path) out.push({ path, value: o as { span: any; text?: string } })
    for (const [k, v] of Object.entries(o)) if (k !== 'span') out.push(...spannedPaths(v, path ? `${path}.${k}` : k))
  }
  return out
}
