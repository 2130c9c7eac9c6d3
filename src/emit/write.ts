/** Atomic file writes: a temp file beside the target, then rename, so no output is half-written. */
import { mkdir, rename, writeFile, open, type FileHandle } from 'node:fs/promises'
import { dirname, join, basename } from 'node:path'
import { randomBytes } from 'node:crypto'

const tempName = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)

export async function writeAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = tempName(path)
  await writeFile(tmp, data)
  await rename(tmp, path)
}

/** A streamed output file that appears under its name only when complete. */
export class AtomicStream {
  private constructor(
    private readonly handle: FileHandle,
    private readonly tmp: string,
    private readonly path: string,
  ) {}

  static async open(path: string): Promise<AtomicStream> {
    await mkdir(dirname(path), { recursive: true })
    const tmp = tempName(path)
    return new AtomicStream(await open(tmp, 'w'), tmp, path)
  }

  async write(s: string): Promise<void> {
    await this.handle.write(s)
  }

  async close(): Promise<void> {
    await this.handle.close()
    await rename(this.tmp, this.path)
  }
}
