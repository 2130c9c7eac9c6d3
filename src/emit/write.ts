/**
 * Output files. Every file appears under its name only when complete (write-file-atomic for whole
 * files, a temp file and a rename for streams), nothing but a regular file is ever replaced, and
 * the temp files in flight are known so an interrupted run can remove them.
 */
import writeFileAtomic from 'write-file-atomic'
import { createWriteStream, lstatSync, mkdirSync, statSync, unlinkSync, type WriteStream } from 'node:fs'
import { lstat, rename, unlink } from 'node:fs/promises'
import { dirname, join, basename, resolve } from 'node:path'
import { randomBytes } from 'node:crypto'

/** An output that cannot be written where asked: the user's to fix, reported without a stack. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OutputError'
  }
}

const temps = new Set<string>()

/** Removes every temp file still in flight (on SIGINT/SIGTERM). Synchronous: it runs on the way out. */
export function removeTempFiles(): string[] {
  const removed: string[] = []
  for (const t of temps) {
    try {
      unlinkSync(t)
      removed.push(t)
    } catch {
      // Already renamed or never created.
    }
  }
  temps.clear()
  return removed
}

/**
 * Creates a directory and its missing parents, one at a time. Not mkdir's `recursive`: on a
 * filesystem such as /proc it loops for ever (mkdir says ENOENT under a parent that exists).
 */
export function makeDirs(dir: string): void {
  const missing: string[] = []
  let cur = resolve(dir)
  for (;;) {
    let st
    try {
      st = statSync(cur)
    } catch {
      const up = dirname(cur)
      if (up === cur) break
      missing.push(cur)
      cur = up
      continue
    }
    if (!st.isDirectory()) throw new OutputError(`cannot create ${dir}: ${cur} is not a directory`)
    break
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'EEXIST') throw new OutputError(`cannot create the directory ${d}: ${code ?? (e as Error).message}`)
    }
  }
}

/** What a path is, in words, when it is not a regular file; null when absent or a regular file. */
export function notRegular(path: string): string | null {
  let st
  try {
    st = lstatSync(path)
  } catch {
    return null
  }
  if (st.isFile()) return null
  if (st.isSymbolicLink()) return 'a symbolic link'
  if (st.isDirectory()) return 'a directory'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device'
  if (st.isFIFO()) return 'a named pipe'
  if (st.isSocket()) return 'a socket'
  return 'not a regular file'
}

export function assertReplaceable(path: string): void {
  const what = notRegular(path)
  if (what) throw new OutputError(`${path} is ${what}; congvan only creates or replaces regular files (use --out - for standard output)`)
}

/**
 * Writes a whole file atomically. `fsync: false` for the many small files of a batch (per-letter
 * JSON, cache entries): the rename keeps them whole; syncing each to disk would cost more than the parsing.
 */
export async function writeAtomic(path: string, data: string | Uint8Array, options: { fsync?: boolean } = {}): Promise<void> {
  makeDirs(dirname(path))
  assertReplaceable(path)
  let tmp: string | null = null
  try {
    await writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data), {
      fsync: options.fsync ?? true,
      tmpfileCreated: (t: string) => {
        tmp = t
        temps.add(t)
      },
    })
  } finally {
    if (tmp) temps.delete(tmp)
  }
}

/** Where a reporter writes: written in pieces, committed by close(). */
export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>
  close(): Promise<void>
}

/** A streamed output file that appears under its name only when complete. */
export class AtomicStream implements Sink {
  private constructor(
    private readonly stream: WriteStream,
    private readonly tmp: string,
    private readonly path: string,
  ) {}

  static async open(path: string): Promise<AtomicStream> {
    makeDirs(dirname(path))
    assertReplaceable(path)
    const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
    temps.add(tmp)
    const stream = createWriteStream(tmp, { flags: 'wx' })
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve())
      stream.once('error', (e) => {
        temps.delete(tmp)
        reject(e)
      })
    })
    return new AtomicStream(stream, tmp, path)
  }

  write(chunk: string | Uint8Array): Promise<void> {
    return writeTo(this.stream, chunk)
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject)
      this.stream.end(() => resolve())
    })
    // Checked again at the end: something may have taken the name meanwhile.
    assertReplaceable(this.path)
    await rename(this.tmp, this.path)
    temps.delete(this.tmp)
  }

  async abort(): Promise<void> {
    this.stream.destroy()
    await unlink(this.tmp).catch(() => undefined)
    temps.delete(this.tmp)
  }
}

/** Writes to a stream, waiting when it asks to (a pipe to a slow reader). */
export function writeTo(stream: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (e) => (e ? reject(e) : undefined))
    if (ok) resolve()
    else stream.once('drain', () => resolve())
  })
}

/** Standard output as a sink (`--out -`): never closed. */
export const streamSink = (stream: NodeJS.WritableStream): Sink => ({
  write: (chunk) => writeTo(stream, chunk),
  close: async () => undefined,
})

/** Where a format writes: one file (name null), files in a directory, or standard output. */
export interface Target {
  open(name: string | null): Promise<Sink>
  /** Shown in messages. */
  describe: string
}

export const fileTarget = (path: string): Target => ({ open: () => AtomicStream.open(path), describe: path })
export const directoryTarget = (dir: string): Target => ({
  open: (name) => AtomicStream.open(join(dir, name ?? 'out')),
  describe: dir,
})
export const stdoutTarget = (stream: NodeJS.WritableStream): Target => ({ open: async () => streamSink(stream), describe: 'standard output' })

/** True when the path exists (any kind). */
export async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  )
}
