/** One unit of batch work, the same in a worker thread and in the main thread. */
import { LoadError } from '../load/index.js'
import { parseFile } from '../api/parse-file.js'
import { writeAtomic } from '../emit/write.js'

export interface Job {
  id: number
  path: string
  maxBytes: number
  pretty: boolean
  /** Check each output against LetterSchema (--validate). */
  validate: boolean
  /** Write the JSON here (atomically) instead of sending it back: the writing is spread over the workers too. */
  outPath?: string
}

export interface JobResult {
  id: number
  path: string
  ok: boolean
  /** The letter as JSON text (compact or pretty). */
  json?: string
  error?: string
  /** Diagnostic counts by rule id, for the batch summary. */
  rules?: Record<string, number>
}

export async function parseFileToMessage(job: Job): Promise<JobResult> {
  try {
    const letter = await parseFile(job.path, { maxBytes: job.maxBytes, validate: job.validate })
    const rules: Record<string, number> = {}
    for (const d of letter.diagnostics) rules[d.ruleId] = (rules[d.ruleId] ?? 0) + 1
    const json = JSON.stringify(letter, null, job.pretty ? 2 : undefined)
    if (job.outPath) {
      await writeAtomic(job.outPath, json + '\n')
      return { id: job.id, path: job.path, ok: true, rules }
    }
    return { id: job.id, path: job.path, ok: true, json, rules }
  } catch (e) {
    const message = e instanceof LoadError ? e.message : `${job.path}: internal error: ${(e as Error).stack ?? String(e)}`
    return { id: job.id, path: job.path, ok: false, error: message }
  }
}
