/** Shared by the cli-*.test.ts files: run main() in-process with captured streams, temp dirs, a small batch. */
import { afterAll } from 'vitest'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { main } from '../src/cli/main.js'
import { FIXTURES } from './helpers.js'

export interface Run {
  code: number
  out: string
  err: string
}

export async function run(args: string[], opts: { stdin?: string; tty?: boolean } = {}): Promise<Run> {
  const stdout = Object.assign(new PassThrough(), { isTTY: opts.tty ?? false })
  const stderr = Object.assign(new PassThrough(), { isTTY: opts.tty ?? false, columns: 60 })
  let out = ''
  let err = ''
  stdout.on('data', (d) => (out += d))
  stderr.on('data', (d) => (err += d))
  const stdin = opts.stdin !== undefined ? Readable.from([Buffer.from(opts.stdin)]) : Readable.from([])
  const code = await main(args, { stdout, stderr, stdin })
  return { code, out, err }
}

const made: string[] = []
export const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'congvan-cli-'))
  made.push(d)
  return d
}
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true })
})

export const BATCH_FIXTURES = ['quang-ngai-1468-ubnd-ktth-2024', '013-kontum-qd435-ctr-hanh-dong-quan-he-lao-dong', '005-laocai-cv7103-ubnd-th-nd178']

/** A folder with three fixture letters as <name>.md. */
export function batchDir(): string {
  const d = tmp()
  for (const name of BATCH_FIXTURES) copyFileSync(join(FIXTURES, name, 'input.md'), join(d, `${name}.md`))
  return d
}

/** A stack trace line, which a user's mistake must never print. */
export const STACK = /^\s+at .+[(:]\d+/m
