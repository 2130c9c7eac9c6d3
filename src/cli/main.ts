/**
 * The congvan command line: a thin layer over the library. Exit codes: 0 when every file
 * succeeded, 1 when some file failed, 2 for usage errors.
 */
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { statSync } from 'node:fs'
import { parseArgs, intFlag, choiceFlag, UsageError, type Args } from './args.js'
import { expandInputs } from './inputs.js'
import { runJobs } from './pool.js'
import { Progress } from './progress.js'
import type { Job, JobResult } from './parse-job.js'
import { DEFAULT_MAX_BYTES } from '../load/index.js'
import { letterJsonSchema, type Letter } from '../schema/letter.js'
import { taskRowJsonSchema, taskRows } from '../schema/task-row.js'
import { writeAtomic, AtomicStream } from '../emit/write.js'
import { csvHeader, csvRow } from '../emit/csv.js'
import { icsHeader, icsFooter, icsTodos } from '../emit/ics.js'
import { GraphBuilder, toDot, toGraphML, toNeo4jCsv } from '../emit/graph.js'
import { VERSION } from '../version.js'

const HELP = `congvan ${VERSION} — Vietnamese official letters → structured JSON

Usage:
  congvan parse <files|dirs|globs…> [--out DIR] [--format json|ndjson] [--pretty]
  congvan export <files|dirs|globs…> --format csv|ics|ndjson --out PATH
  congvan graph <files|dirs|globs…> --format json|graphml|dot|csv --out PATH
  congvan schema [--task-row]

A directory means its .md and .txt files (recursively).

Options:
  --out, -o DIR|PATH   parse: write one <name>.json per input into DIR (paths mirrored
                       when two inputs share a name); export/graph: the output file
                       (graph --format csv: a directory for nodes.csv and edges.csv)
  --format F           parse: json (one input) or ndjson (default for several)
  --pretty             indent JSON
  --jobs, -j N         worker threads (default: the machine's cores)
  --max-bytes N        refuse files larger than N bytes (default ${DEFAULT_MAX_BYTES})
  --validate           check each output against the JSON Schema (the tests prove it valid;
                       this re-checks at a cost of a few percent)
  --quiet              no progress bar, no summary
  --help, -h           this help
  --version, -v        the version

Exit status: 0 all files read, 1 some file failed (reported on stderr), 2 usage error.`

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WriteStream | (NodeJS.WritableStream & { isTTY?: boolean })
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let args: Args
  try {
    args = parseArgs(argv)
    if (args.flags.has('version')) {
      io.stdout.write(`${VERSION}\n`)
      return 0
    }
    if (args.flags.has('help') || !args.command) {
      io.stdout.write(HELP + '\n')
      return args.command || args.flags.has('help') ? 0 : 2
    }
    switch (args.command) {
      case 'schema':
        io.stdout.write(JSON.stringify(args.flags.has('task-row') ? taskRowJsonSchema() : letterJsonSchema(), null, 2) + '\n')
        return 0
      case 'parse':
        return await parseCommand(args, io)
      case 'export':
        return await exportCommand(args, io)
      case 'graph':
        return await graphCommand(args, io)
      default:
        throw new UsageError(`unknown command "${args.command}"; commands: parse, export, graph, schema (see congvan --help)`)
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`congvan: ${e.message}\n`)
      return 2
    }
    throw e
  }
}

/** Runs the batch, reporting failures and the summary; calls onLetter for each success. */
async function runBatch(
  args: Args,
  io: Io,
  onResult: (r: JobResult, outRel: string) => Promise<void>,
  outDir: string | null = null,
): Promise<{ failed: number; total: number }> {
  if (!args.inputs.length) throw new UsageError(`${args.command} needs at least one file, directory or glob`)
  const jobs = intFlag(args, 'jobs', availableParallelism())
  const maxBytes = intFlag(args, 'max-bytes', DEFAULT_MAX_BYTES)
  const quiet = args.flags.has('quiet')
  const { files, missing } = await expandInputs(args.inputs)
  for (const m of missing) io.stderr.write(`congvan: ${m.input}: ${m.reason}\n`)
  const progress = new Progress(files.length, !quiet && files.length > 1 && (io.stderr as { isTTY?: boolean }).isTTY === true, io.stderr as NodeJS.WriteStream)
  const byRule = new Map<string, number>()
  let failed = missing.length
  const list: Job[] = files.map((f, id) => ({
    id,
    path: f.path,
    maxBytes,
    pretty: args.flags.has('pretty'),
    validate: args.flags.has('validate'),
    ...(outDir ? { outPath: join(outDir, f.outRel) } : {}),
  }))
  await runJobs(list, jobs, async (r) => {
    if (!r.ok) {
      failed++
      progress.tick(false)
      io.stderr.write(`${progress.enabled ? '\r\x1b[K' : ''}congvan: ${r.error}\n`)
      return
    }
    for (const [k, v] of Object.entries(r.rules ?? {})) byRule.set(k, (byRule.get(k) ?? 0) + v)
    await onResult(r, files[r.id].outRel)
    progress.tick(true)
  })
  progress.finish()
  if (!quiet && files.length + missing.length > 1) {
    const rules = [...byRule.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')
    io.stderr.write(`congvan: ${files.length - (failed - missing.length)} parsed, ${failed} failed${rules ? `; diagnostics: ${rules}` : ''}\n`)
  }
  return { failed, total: files.length + missing.length }
}

async function parseCommand(args: Args, io: Io): Promise<number> {
  const out = args.flags.get('out')
  if (out === true) throw new UsageError('--out needs a directory')
  const format = choiceFlag(args, 'format', ['json', 'ndjson'] as const, null)
  let count = 0
  const many = args.inputs.length > 1
  const { failed } = await runBatch(
    args,
    io,
    async (r) => {
      // With --out the job has written its file already.
      if (out) return
      count++
    const ndjson = format === 'ndjson' || (format === null && (many || count > 1 || !isSingleFile(args)))
      if (ndjson) io.stdout.write((args.flags.has('pretty') ? JSON.stringify(JSON.parse(r.json!)) : r.json!) + '\n')
      else io.stdout.write((count > 1 ? '\n' : '') + r.json! + '\n')
    },
    out || null,
  )
  return failed ? 1 : 0
}

/** One input that is a plain file: its JSON goes to stdout as a document, not NDJSON. */
function isSingleFile(args: Args): boolean {
  if (args.inputs.length !== 1) return false
  try {
    return statSync(args.inputs[0]).isFile()
  } catch {
    return false
  }
}

async function exportCommand(args: Args, io: Io): Promise<number> {
  const format = choiceFlag(args, 'format', ['csv', 'ics', 'ndjson'] as const, null)
  if (!format) throw new UsageError('export needs --format csv, ics or ndjson')
  const out = args.flags.get('out')
  if (!out || out === true) throw new UsageError('export needs --out PATH')
  const stream = await AtomicStream.open(out)
  if (format === 'csv') await stream.write(csvHeader())
  if (format === 'ics') await stream.write(icsHeader())
  const { failed } = await runBatch(args, io, async (r) => {
    const letter = JSON.parse(r.json!) as Letter
    if (format === 'csv') for (const row of taskRows(letter)) await stream.write(csvRow(row))
    if (format === 'ndjson') for (const row of taskRows(letter)) await stream.write(JSON.stringify(row) + '\n')
    if (format === 'ics') await stream.write(icsTodos(letter))
  })
  if (format === 'ics') await stream.write(icsFooter())
  await stream.close()
  return failed ? 1 : 0
}

async function graphCommand(args: Args, io: Io): Promise<number> {
  const format = choiceFlag(args, 'format', ['json', 'graphml', 'dot', 'csv'] as const, 'json')!
  const out = args.flags.get('out')
  if (!out || out === true) throw new UsageError('graph needs --out PATH (a directory for --format csv)')
  const g = new GraphBuilder()
  const { failed } = await runBatch(args, io, async (r) => {
    g.add(JSON.parse(r.json!) as Letter)
  })
  if (format === 'json') await writeAtomic(out, JSON.stringify(g.toJSON(), null, args.flags.has('pretty') ? 2 : undefined) + '\n')
  if (format === 'graphml') await writeAtomic(out, toGraphML(g))
  if (format === 'dot') await writeAtomic(out, toDot(g))
  if (format === 'csv') {
    const { nodes, edges } = toNeo4jCsv(g)
    await writeAtomic(join(out, 'nodes.csv'), nodes)
    await writeAtomic(join(out, 'edges.csv'), edges)
  }
  return failed ? 1 : 0
}
