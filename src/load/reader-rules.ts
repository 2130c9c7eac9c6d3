/** The readers' vocabulary (rules/readers.json): signature stamps and page numbers to leave out. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { compile, RULES_DIR, type CompiledPattern } from '../rules/index.js'

const Entry = z.object({
  id: z.string(),
  pattern: z.string(),
  flags: z.string().optional(),
  examples: z.array(z.string()).min(1),
  counterexamples: z.array(z.string()).default([]),
  note: z.string().optional(),
})
const File = z.object({ description: z.string(), entries: z.array(Entry) })

export interface ReaderRules {
  entries: CompiledPattern[]
  stamp: RegExp
  stampField: RegExp
  pageNumber: RegExp
}

let cache: ReaderRules | null = null

export function readerRules(): ReaderRules {
  if (cache) return cache
  const entries = File.parse(JSON.parse(readFileSync(join(RULES_DIR, 'readers.json'), 'utf8'))).entries.map(compile)
  const get = (id: string) => {
    const e = entries.find((x) => x.id === id)
    if (!e) throw new Error(`rules/readers.json: pattern "${id}" is missing`)
    return e.re
  }
  cache = { entries, stamp: get('reader/signature-stamp'), stampField: get('reader/signature-stamp-field'), pageNumber: get('reader/page-number') }
  return cache
}
