/** One unit of batch work, the same in a worker thread and in the main thread. */
import { LoadError } from '../load/index.js'
import { explainFile, parseFile } from '../parse-file.js'
import type { ExplainLine } from '../pipeline.js'
import type { Letter } from '../schema/letter.js'

export interface Job {
  id: number
  path: string
  maxBytes: number
  ocr?: boolean
  maxPages?: number
  /** Check each output against LetterSchema (--validate). */
  validate: boolean
  /** Trace why candidates were kept or dropped (--explain). */
  explain?: boolean
}

/** A diagnostic as the batch report keeps it: small, with the line it points at. */
export interface DiagnosticEntry {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  message: string
  line?: number
}

export interface JobResult {
  id: number
  ok: boolean
  /** The letter as compact JSON text. */
  json?: string
  /** Why the letter failed, naming it (no stack for refusals; the stack is in `stack`). */
  error?: string
  stack?: string
  diagnostics?: DiagnosticEntry[]
  /** With --explain: the extractors' decisions and the diagnostics, in order. */
  explain?: ExplainLine[]
}

export const diagnosticEntries = (letter: Letter): DiagnosticEntry[] =>
  letter.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, ...(d.span ? { line: d.span.start.line } : {}) }))

export async function parseFileToMessage(job: Job): Promise<JobResult> {
  try {
    const options = { maxBytes: job.maxBytes, ocr: job.ocr, maxPages: job.maxPages, validate: job.validate }
    if (job.explain) {
      const { letter, explain } = await explainFile(job.path, options)
      return { id: job.id, ok: true, json: JSON.stringify(letter), diagnostics: diagnosticEntries(letter), explain }
    }
    const letter = await parseFile(job.path, options)
    return { id: job.id, ok: true, json: JSON.stringify(letter), diagnostics: diagnosticEntries(letter) }
  } catch (e) {
    if (e instanceof LoadError) return { id: job.id, ok: false, error: e.message }
    return { id: job.id, ok: false, error: `${job.path}: internal error: ${(e as Error).message ?? String(e)}`, stack: (e as Error).stack }
  }
}
