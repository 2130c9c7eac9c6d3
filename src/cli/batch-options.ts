/** The options every batch command (parse, export, graph) shares, and how they are read. */
import { availableParallelism } from 'node:os'
import { DEFAULT_MAX_BYTES } from '../load/index.js'
import type { OptionSpec, OptionValues } from './command.js'
import { choiceOption, flag, intOption, secondsOption, stringOption } from './argv.js'
import { ResultCache } from './cache.js'
import { explainFromEnv } from '../explain.js'
import type { BatchOptions } from './batch.js'

export const BATCH_OPTIONS: Record<string, OptionSpec> = {
  jobs: { type: 'string', short: 'j', value: 'N', help: "worker threads (default: the machine's cores)" },
  'max-bytes': { type: 'string', value: 'N', help: `refuse files larger than N bytes (default ${DEFAULT_MAX_BYTES})` },
  ocr: { type: 'boolean', help: 'read a scanned PDF by OCR (needs tesseract with Vietnamese data, and pdftoppm)' },
  'max-pages': { type: 'string', value: 'N', help: 'refuse PDF files of more than N pages (default 500)' },
  timeout: { type: 'string', value: 'SECONDS', help: 'fail a letter that takes longer than this (it is named; the batch goes on)' },
  cache: { type: 'string', value: 'DIR', help: 'keep results in DIR, keyed by content, parser version and rules;\na re-run reads only what changed' },
  validate: { type: 'boolean', help: 'check each output against the JSON Schema' },
  quiet: { type: 'boolean', short: 'q', help: 'no progress bar, no summary' },
  report: { type: 'string', value: 'text|json', help: 'the summary as text (default) or as JSON on stderr\n(failures, skipped files, duplicates, diagnostics)' },
  'report-file': { type: 'string', value: 'PATH', help: 'also write the JSON report to PATH' },
  'max-diagnostics': { type: 'string', value: 'N', help: 'exit 1 when the batch has more than N errors and warnings' },
  strict: { type: 'boolean', help: 'exit 1 on any error or warning (--max-diagnostics 0)' },
  explain: { type: 'boolean', help: 'print on stderr why candidates were kept or dropped, letter by\nletter, with line:column and the source text (also DEBUG=congvan)' },
}

export function batchOptions(command: string, values: OptionValues, debug: boolean): Omit<BatchOptions, 'inputs' | 'acceptJson' | 'everyInput'> {
  const timeout = secondsOption(values, 'timeout')
  const cache = stringOption(values, 'cache')
  const max = values['max-diagnostics'] !== undefined ? intOption(values, 'max-diagnostics', 0, 0) : null
  return {
    command,
    jobs: intOption(values, 'jobs', availableParallelism()),
    maxBytes: intOption(values, 'max-bytes', DEFAULT_MAX_BYTES),
    ocr: flag(values, 'ocr'),
    maxPages: intOption(values, 'max-pages', 500),
    validate: flag(values, 'validate'),
    timeoutMs: timeout === null ? null : Math.round(timeout * 1000),
    cache: cache ? new ResultCache(cache) : null,
    quiet: flag(values, 'quiet'),
    report: choiceOption(values, 'report', ['text', 'json'] as const) ?? 'text',
    reportFile: stringOption(values, 'report-file'),
    maxDiagnostics: flag(values, 'strict') ? Math.min(0, max ?? 0) : max,
    // DEBUG=congvan asks for it too; --no-explain wins over the environment.
    explain: values.explain === undefined ? explainFromEnv() : flag(values, 'explain'),
    debug,
  }
}
