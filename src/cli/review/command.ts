/**
 * `congvan review <files|dirs|globs…> [--port N] [--out DIR] [--open] [--gold DIR]`, as a function
 * of parsed options so the CLI's command table only has to call it.
 */
import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { expandInputs } from '../inputs.js'
import { loadEntries, type Entry, type InputRef } from './store.js'
import { startReviewServer, type ReviewServer } from './server.js'
import { toGold, writeGold, type GoldLetter } from './gold.js'
import { applyReview, reviewOf, REVIEWED_SUFFIX } from './apply.js'

export interface ReviewOptions {
  inputs: string[]
  port?: number
  /** Where `<name>.reviewed.json` files go (and are read back from). Default `out`. */
  out?: string
  open?: boolean
  /** Write the reviewed letters in the corpus gold format into this folder, then exit (no server). */
  gold?: string
  /** Resolves to stop the server (default: SIGINT or SIGTERM). */
  until?: Promise<unknown>
  /** Called once the server listens (tests, embedding). */
  onListening?: (server: ReviewServer) => void
  stdout?: NodeJS.WritableStream
  stderr?: NodeJS.WritableStream
}

export const DEFAULT_REVIEW_OUT = 'out'

/** Runs the command; resolves to its exit status (0 ok, 1 some input failed, 2 usage). */
export async function runReview(options: ReviewOptions): Promise<number> {
  const stdout = options.stdout ?? process.stdout
  const stderr = options.stderr ?? process.stderr
  if (!options.inputs.length) {
    stderr.write('congvan: review needs at least one file, directory or glob\n')
    return 2
  }
  if (options.port !== undefined && (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)) {
    stderr.write(`congvan: --port must be a port number (0-65535), not ${options.port}\n`)
    return 2
  }
  const outDir = options.out ?? DEFAULT_REVIEW_OUT
  // Reviewed files given directly only make sense for --gold.
  const direct = options.inputs.filter((i) => i.endsWith(REVIEWED_SUFFIX))
  const letters = options.inputs.filter((i) => !i.endsWith(REVIEWED_SUFFIX))
  if (direct.length && options.gold === undefined) {
    stderr.write(`congvan: review reads letters, not ${direct[0]}; give the letter (its reviewed file is found in --out), or use --gold\n`)
    return 2
  }
  if (letters.includes('-')) {
    stderr.write('congvan: review reads files, not standard input (the page shows the file it was started with)\n')
    return 2
  }
  const { files, missing } = letters.length ? await expandInputs(letters, { acceptJson: false }) : { files: [], missing: [] }
  for (const m of missing) stderr.write(`congvan: ${m.input}: ${m.reason}\n`)
  const inputs: InputRef[] = files.filter((f) => f.kind === 'letter').map((f) => ({ path: f.path, outRel: f.outRel }))
  const { entries, failed } = await loadEntries(inputs, outDir)
  for (const f of failed) stderr.write(`congvan: ${f.message}\n`)
  const problems = missing.length + failed.length

  if (options.gold !== undefined) return (await goldCommand(entries, direct, options.gold, stdout, stderr)) || (problems ? 1 : 0)

  if (!entries.length) {
    stderr.write('congvan: no letter to review\n')
    return 1
  }
  const server = await startReviewServer({ entries, port: options.port })
  stdout.write(`congvan review: ${entries.length} letter${entries.length === 1 ? '' : 's'}; reviewed files go to ${outDir}/\n${server.url}\n`)
  options.onListening?.(server)
  if (options.open) openBrowser(server.url, stderr)
  await (options.until ?? untilSignal())
  await server.close()
  return problems ? 1 : 0
}

async function goldCommand(entries: Entry[], direct: string[], dir: string, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  const records: GoldLetter[] = []
  let skipped = 0
  for (const e of entries) {
    if (e.reviewed?.review.reviewed) records.push(toGold(applyReview(e.reviewed), e.reviewed.review, e.goldName))
    else skipped++
  }
  for (const path of direct) {
    let value: unknown
    try {
      value = JSON.parse(await readFile(path, 'utf8'))
      const review = reviewOf(value)
      if (review?.reviewed) records.push(toGold(applyReview(value, path), review))
      else skipped++
    } catch (e) {
      stderr.write(`congvan: ${path}: ${(e as Error).message}\n`)
      return 1
    }
  }
  try {
    const written = await writeGold(dir, records)
    stdout.write(`congvan review: ${written.length} gold file${written.length === 1 ? '' : 's'} written to ${dir}${skipped ? `; ${skipped} letter${skipped === 1 ? '' : 's'} not marked reviewed, skipped` : ''}\n`)
  } catch (e) {
    stderr.write(`congvan: ${(e as Error).message}\n`)
    return 1
  }
  return 0
}

function untilSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      done()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

function onPath(cmd: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, cmd), constants.X_OK)
      return true
    } catch {
      // not in this directory
    }
  }
  return false
}

/** The system browser: open (macOS), start (Windows), xdg-open elsewhere when it is installed. */
function openBrowser(url: string, stderr: NodeJS.WritableStream): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]]
  if (process.platform !== 'darwin' && process.platform !== 'win32' && !onPath('xdg-open')) {
    stderr.write('congvan: xdg-open is not installed; open the address above in a browser\n')
    return
  }
  const child = spawn(cmd as string, args as string[], { detached: true, stdio: 'ignore' })
  child.on('error', () => stderr.write('congvan: could not start a browser; open the address above\n'))
  child.unref()
}
