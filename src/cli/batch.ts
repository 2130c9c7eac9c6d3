/**
 * A batch: inputs expanded, each file hashed, identical contents read once, results from --cache
 * where they are, the rest parsed over the worker pool; results delivered in input order; a
 * summary (text, or JSON with --report json) with failures, skipped files, duplicates,
 * diagnostics and the elapsed time.
 */
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import * as load from '../load/index.js'
import { LoadError } from '../load/index.js'
import { explainSource, parseSourceToLetter, type ExplainLine } from '../pipeline.js'
import type { Letter } from '../schema/letter.js'
import { applyReview, REVIEWED_SUFFIX } from './review/apply.js'
import { OutputError, writeAtomic } from '../emit/write.js'
import { VERSION } from '../version.js'
import { UsageError, type Io } from './command.js'
import { expandInputs, type InputFile } from './inputs.js'
import { runJobs } from './pool.js'
import { Progress } from './progress.js'
import { diagnosticEntries, type DiagnosticEntry, type Job } from './parse-job.js'
import type { ResultCache } from './cache.js'

export interface BatchOptions {
  command: string
  inputs: string[]
  /** export and graph also read letter JSON (parser output and reviewed files). */
  acceptJson: boolean
  jobs: number
  maxBytes: number
  /** Scanned PDFs read by OCR (--ocr); PDFs over maxPages refused. */
  ocr: boolean
  maxPages: number
  validate: boolean
  timeoutMs: number | null
  cache: ResultCache | null
  quiet: boolean
  report: 'text' | 'json'
  reportFile: string | null
  /** Fail (exit 1) when the errors and warnings of the batch are more than this. */
  maxDiagnostics: number | null
  /** parse gives every input its output; export and graph take each content once. */
  everyInput: boolean
  /** Print each letter's trace on stderr (--explain, DEBUG=congvan); results are not cached then. */
  explain?: boolean
  debug: boolean
  /** Checked once the inputs are known, before any letter is read (e.g. --format json needs one letter). */
  check?: (files: InputFile[]) => void
}

export interface Delivered {
  input: InputFile
  /** The letter as compact JSON, with this input's path. */
  json: string
  letter(): Letter
  /** The input with the same content that was read instead, if any. */
  duplicateOf: string | null
}

export interface BatchResult {
  failed: number
  exitCode: number
}

interface Unit {
  file: InputFile
  key: string | null
  priority: number
  bytes?: Uint8Array
  letter?: Letter
  error?: string
}

interface Ready {
  json?: string
  diagnostics?: DiagnosticEntry[]
  explain?: ExplainLine[]
  error?: string
}

type Decoded = ReturnType<typeof load.decode>
/** Standard input may hold any readable format: the asynchronous decoder (DOCX, PDF) where the load stage has one. */
const decodeAny = async (bytes: Uint8Array, maxBytes: number): Promise<Decoded> => {
  const async = (load as unknown as { decodeAsync?: (b: Uint8Array, p: string | null, o: { maxBytes: number }) => Promise<Decoded> }).decodeAsync
  return async ? async(bytes, null, { maxBytes }) : load.decode(bytes, null, { maxBytes })
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const display = (f: InputFile) => (f.kind === 'stdin' ? '-' : f.path)

async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer))
  return Buffer.concat(chunks)
}

/** Reads what is needed to know a file's content: bytes for a letter, the letter for JSON. */
async function identify(file: InputFile, io: Io, maxBytes: number): Promise<Unit> {
  if (file.kind === 'stdin') {
    const bytes = await readStdin(io.stdin ?? process.stdin)
    return { file, key: sha256(bytes), priority: 0, bytes }
  }
  if (file.kind === 'json') {
    try {
      const text = await readFile(file.path, 'utf8')
      const letter = applyReview(JSON.parse(text), file.path)
      return { file, key: letter.source.sha256 || sha256(Buffer.from(text)), priority: file.path.endsWith(REVIEWED_SUFFIX) ? 2 : 1, letter }
    } catch (e) {
      return { file, key: null, priority: 0, error: e instanceof SyntaxError ? `${file.path}: not JSON (${e.message})` : (e as Error).message }
    }
  }
  try {
    const st = await stat(file.path)
    // Refusals (too large, not a file) are the load stage's to word; it sees the file unhashed.
    if (!st.isFile() || st.size > maxBytes) return { file, key: null, priority: 0 }
    return { file, key: sha256(await readFile(file.path)), priority: 0 }
  } catch {
    return { file, key: null, priority: 0 }
  }
}

async function mapLimit<T, R>(items: T[], limit: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await f(items[i])
      }
    }),
  )
  return out
}

/** One letter's trace as `--explain` prints it: one decision per line, where it points and the source text. */
export function explainBlock(path: string, lines: ExplainLine[]): string {
  const out = [`congvan: explain ${path}: ${lines.length} ${lines.length === 1 ? 'entry' : 'entries'}`]
  for (const l of lines) {
    const at = l.line ? `${l.line}:${l.column}` : '-'
    const text = l.text ? `  «${l.text.replace(/\s+/g, ' ').slice(0, 80)}»` : ''
    out.push(`  ${at.padEnd(8)} ${l.verdict.padEnd(7)} ${l.ruleId}  ${l.message}${text}`)
  }
  return out.join('\n') + '\n'
}

/** The letter JSON with source.path set to this input's path (a duplicate or a cache entry from elsewhere). */
function withPath(json: string, path: string | null): string {
  if (json.startsWith(`{"schemaVersion":`) && json.includes(`"source":{"path":${JSON.stringify(path)},`)) return json
  const l = JSON.parse(json) as Letter
  l.source.path = path
  return JSON.stringify(l)
}

export async function runBatch(o: BatchOptions, io: Io, onLetter: (d: Delivered) => Promise<void>): Promise<BatchResult> {
  const started = Date.now()
  if (!o.inputs.length) throw new UsageError(`${o.command} needs at least one file, directory, glob or - (standard input)`, o.command)
  const { files, missing, skipped } = await expandInputs(o.inputs, { acceptJson: o.acceptJson })
  o.check?.(files)
  const text = o.report === 'text'
  const say = (line: string) => {
    if (text) io.stderr.write(`${progress.enabled ? '\r\x1b[K' : ''}congvan: ${line}\n`)
  }
  const progress = new Progress(files.length, text && !o.quiet && files.length > 1 && io.stderr.isTTY === true, io.stderr as NodeJS.WriteStream)
  const failures: Array<{ path: string; message: string }> = missing.map((m) => ({ path: m.input, message: `${m.input}: ${m.reason}` }))
  for (const f of failures) say(f.message)
  reportSkipped(skipped, say, o.quiet)

  const units = await mapLimit(files, 16, (f) => identify(f, io, o.maxBytes))
  // Identical contents: the reviewed file wins over plain JSON, JSON over the letter, else the first.
  const primaryOf = new Map<string, number>()
  units.forEach((u, i) => {
    if (!u.key) return
    const p = primaryOf.get(u.key)
    if (p === undefined || u.priority > units[p].priority) primaryOf.set(u.key, i)
  })
  const primary = (i: number) => (units[i].key ? primaryOf.get(units[i].key!)! : i)
  // How many inputs still need each primary's result: it is dropped after the last, so memory holds only what waits.
  const uses = new Map<number, number>()
  units.forEach((_, i) => uses.set(primary(i), (uses.get(primary(i)) ?? 0) + 1))
  const duplicates = units.flatMap((u, i) => (primary(i) !== i ? [{ path: display(u.file), sameAs: display(units[primary(i)].file) }] : []))

  const ready = new Map<number, Ready>()
  const cached = new Set<number>()
  const jobs: Job[] = []
  let fromCache = 0
  for (let i = 0; i < units.length; i++) {
    if (primary(i) !== i) continue
    const u = units[i]
    if (u.error) ready.set(i, { error: u.error })
    else if (u.letter) ready.set(i, { json: JSON.stringify(u.letter), diagnostics: diagnosticEntries(u.letter) })
    else if (u.bytes) {
      try {
        const source = await decodeAny(u.bytes, o.maxBytes)
        if (o.explain) {
          const { letter, explain } = explainSource(source, { validate: o.validate })
          ready.set(i, { json: JSON.stringify(letter), diagnostics: diagnosticEntries(letter), explain })
        } else {
          const letter = parseSourceToLetter(source, { validate: o.validate })
          ready.set(i, { json: JSON.stringify(letter), diagnostics: diagnosticEntries(letter) })
        }
      } catch (e) {
        if (!(e instanceof LoadError)) throw e
        ready.set(i, { error: `standard input: ${e.message.replace(/^<input>: /, '')}` })
      }
    } else {
      // A cache entry is read when its turn comes, so a warm archive does not sit in memory at once.
      if (u.key && !o.explain && o.cache?.has(u.key)) {
        fromCache++
        cached.add(i)
      } else jobs.push({ id: i, path: u.file.path, maxBytes: o.maxBytes, ocr: o.ocr, maxPages: o.maxPages, validate: o.validate, explain: o.explain })
    }
  }

  const byRule = new Map<string, number>()
  const bySeverity = { error: 0, warning: 0, info: 0 }
  const perLetter: Array<{ path: string; diagnostics: DiagnosticEntry[] }> = []
  let parsed = 0
  let cursor = 0
  let cacheWarned = false
  let flushing: Promise<void> = Promise.resolve()
  const flush = async () => {
    while (cursor < units.length) {
      const i = cursor
      const p = primary(i)
      if (cached.has(p) && !ready.has(p)) {
        const hit = await o.cache!.get(units[p].key!)
        ready.set(p, hit ? { json: hit.json, diagnostics: hit.diagnostics } : { error: `${display(units[p].file)}: the cache entry could not be read; run again` })
      }
      const r = ready.get(p)
      if (!r) return
      cursor++
      const left = uses.get(p)! - 1
      uses.set(p, left)
      if (left === 0) ready.delete(p)
      if (p === i) {
        progress.tick(!r.error)
        if (r.error) {
          failures.push({ path: display(units[i].file), message: r.error })
          say(r.error)
          continue
        }
        parsed++
        for (const d of r.diagnostics ?? []) {
          byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1)
          bySeverity[d.severity]++
        }
        if (r.diagnostics?.length && (o.report === 'json' || o.reportFile)) perLetter.push({ path: display(units[i].file), diagnostics: r.diagnostics })
        if (r.explain) io.stderr.write(`${progress.enabled ? '\r\x1b[K' : ''}${explainBlock(display(units[i].file), r.explain)}`)
      } else if (!o.everyInput || r.error) continue
      const f = units[i].file
      const json = withPath(r.json!, f.kind === 'stdin' ? null : f.path)
      let letter: Letter | null = null
      try {
        await onLetter({ input: f, json, letter: () => (letter ??= JSON.parse(json) as Letter), duplicateOf: p === i ? null : display(units[p].file) })
      } catch (e) {
        // One output that cannot be written (its name is taken by a directory, say) fails that letter only.
        if (!(e instanceof OutputError)) throw e
        failures.push({ path: display(f), message: `${display(f)}: ${e.message}` })
        say(`${display(f)}: ${e.message}`)
      }
    }
  }
  const settle = (id: number, r: Ready) => {
    ready.set(id, r)
    flushing = flushing.then(flush)
    return flushing
  }
  await settle(-1, {})
  await runJobs(jobs, { threads: o.jobs, timeoutMs: o.timeoutMs, describe: (j) => j.path }, async (r) => {
    if (r.ok && o.cache && units[r.id].key)
      await o.cache.put(units[r.id].key!, { json: r.json!, diagnostics: r.diagnostics ?? [] }).catch((e: Error) => {
        if (!cacheWarned) say(`cannot write to the cache ${o.cache!.dir}: ${e.message}`)
        cacheWarned = true
      })
    await settle(r.id, r.ok ? { json: r.json!, diagnostics: r.diagnostics, explain: r.explain } : { error: r.error + (r.stack && o.debug ? `\n${r.stack}` : '') })
  })
  await flushing
  progress.finish()

  const elapsedMs = Date.now() - started
  const failed = failures.length
  const counted = bySeverity.error + bySeverity.warning
  const tooMany = o.maxDiagnostics !== null && counted > o.maxDiagnostics
  if (text && !o.quiet) for (const d of duplicates) say(`${d.path} has the same content as ${d.sameAs}; read once`)
  if (text && (!o.quiet || tooMany) && (files.length + missing.length > 1 || skipped.length > 0 || tooMany)) {
    const rules = [...byRule.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')
    const extra = [fromCache ? `${fromCache} from cache` : '', duplicates.length ? `${duplicates.length} duplicate${duplicates.length > 1 ? 's' : ''}` : '', skipped.length ? `${skipped.length} skipped` : '']
      .filter(Boolean)
      .join(', ')
    say(`${parsed} parsed, ${failed} failed${extra ? `, ${extra}` : ''} in ${(elapsedMs / 1000).toFixed(1)} s${rules ? `; diagnostics: ${rules}` : ''}`)
  }
  if (tooMany && text) say(`${counted} diagnostics (errors and warnings) are more than --max-diagnostics ${o.maxDiagnostics}`)
  if (o.report === 'json' || o.reportFile) {
    const report = {
      congvan: VERSION,
      command: o.command,
      elapsedMs,
      exitCode: failed || tooMany ? 1 : 0,
      letters: { inputs: files.length + missing.length, parsed, failed, fromCache, duplicates: duplicates.length, skipped: skipped.length },
      failures,
      skipped,
      duplicates,
      diagnostics: { errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info, max: o.maxDiagnostics, byRule: Object.fromEntries(byRule), letters: perLetter },
    }
    const json = JSON.stringify(report, null, 2) + '\n'
    if (o.reportFile) await writeAtomic(o.reportFile, json)
    else io.stderr.write(json)
  }
  return { failed, exitCode: failed || tooMany ? 1 : 0 }
}

function reportSkipped(skipped: Array<{ path: string; reason: string }>, say: (s: string) => void, quiet: boolean): void {
  if (quiet || !skipped.length) return
  if (skipped.length <= 10) {
    for (const s of skipped) say(`skipped ${s.path}: ${s.reason}`)
    return
  }
  const byReason = new Map<string, string[]>()
  for (const s of skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.path])
  for (const [reason, paths] of byReason) say(`skipped ${paths.length} file${paths.length > 1 ? 's' : ''} (${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ', …' : ''}): ${reason}`)
}
