/**
 * --cache DIR: results keyed by the letter's content hash, the parser's identity (version, a hash of
 * its code) and a hash of rules/, so a re-run of an archive re-reads only what changed. An entry is
 * two lines: the diagnostics summary, then the letter JSON.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VERSION } from '../version.js'
import { SCHEMA_VERSION } from '../schema/letter.js'
import { writeAtomic } from '../emit/write.js'
import { RULES_DIR } from '../lexicon/index.js'
import type { DiagnosticEntry } from './parse-job.js'

const here = dirname(fileURLToPath(import.meta.url))

function hashTree(dir: string, h: ReturnType<typeof createHash>, keep: (f: string) => boolean): void {
  let names: string[]
  try {
    names = readdirSync(dir).sort()
  } catch {
    return
  }
  for (const n of names) {
    const p = join(dir, n)
    if (statSync(p).isDirectory()) hashTree(p, h, keep)
    else if (keep(n)) h.update(n).update('\0').update(readFileSync(p)).update('\0')
  }
}

let identity: string | null = null

/** Parser version + a hash of the parser's code (dist/ or src/) + a hash of rules/. */
export function parserIdentity(): string {
  if (identity) return identity
  const h = createHash('sha256').update(`congvan ${VERSION} schema ${SCHEMA_VERSION}\0`)
  hashTree(join(here, '..'), h, (f) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts'))
  hashTree(RULES_DIR, h, (f) => f.endsWith('.json'))
  identity = h.digest('hex')
  return identity
}

export interface CacheEntry {
  json: string
  diagnostics: DiagnosticEntry[]
}

export class ResultCache {
  constructor(readonly dir: string) {}

  private file(sha256: string): string {
    const key = createHash('sha256').update(`${sha256}\0${parserIdentity()}`).digest('hex')
    return join(this.dir, key.slice(0, 2), `${key}.json`)
  }

  has(sha256: string): boolean {
    return existsSync(this.file(sha256))
  }

  async get(sha256: string): Promise<CacheEntry | null> {
    let text: string
    try {
      text = await readFile(this.file(sha256), 'utf8')
    } catch {
      return null
    }
    const nl = text.indexOf('\n')
    if (nl < 0 || !text.startsWith('{', nl + 1)) return null
    try {
      return { diagnostics: JSON.parse(text.slice(0, nl)) as DiagnosticEntry[], json: text.slice(nl + 1).trimEnd() }
    } catch {
      return null
    }
  }

  async put(sha256: string, entry: CacheEntry): Promise<void> {
    await writeAtomic(this.file(sha256), `${JSON.stringify(entry.diagnostics)}\n${entry.json}\n`, { fsync: false })
  }
}
