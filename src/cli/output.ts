/**
 * Where output goes, checked before any letter is read: `-` is standard output; a file must be a
 * regular file or absent, in a directory we can write; a directory must be one (or creatable).
 */
import { closeSync, openSync, statSync, unlinkSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import { OutputError, makeDirs, notRegular } from '../emit/write.js'

export type OutTarget = { kind: 'stdout' } | { kind: 'file'; path: string } | { kind: 'directory'; path: string }

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message

/** Creates and removes a small file in dir: the only sure test that we can write there. */
function probe(dir: string, shown: string): void {
  const p = join(dir, `.congvan-probe-${process.pid}-${randomBytes(3).toString('hex')}`)
  try {
    closeSync(openSync(p, 'wx'))
    unlinkSync(p)
  } catch (e) {
    throw new OutputError(`cannot write ${shown}: ${code(e)} in ${dir}`)
  }
}

/** The nearest ancestor that exists must be a directory; the missing ones are created. */
function ensureDirectory(dir: string, shown: string): void {
  try {
    makeDirs(dir)
  } catch (e) {
    throw new OutputError(`cannot write ${shown}: ${(e as Error).message}`)
  }
}

export function checkFileOut(out: string): OutTarget {
  if (out === '-') return { kind: 'stdout' }
  const what = notRegular(out)
  if (what) throw new OutputError(`--out ${out} is ${what}; congvan only creates or replaces regular files (use --out - for standard output)`)
  const dir = dirname(resolve(out))
  ensureDirectory(dir, out)
  probe(dir, out)
  return { kind: 'file', path: out }
}

export function checkDirectoryOut(out: string, files: readonly string[] = []): OutTarget {
  let st
  try {
    st = statSync(out)
  } catch {
    st = null
  }
  if (st && !st.isDirectory()) throw new OutputError(`--out ${out} is not a directory; this output is a folder${files.length ? ` of ${files.join(', ')}` : ''}`)
  ensureDirectory(out, out)
  for (const f of files) {
    const what = notRegular(join(out, f))
    if (what) throw new OutputError(`${join(out, f)} is ${what}; congvan only creates or replaces regular files`)
  }
  probe(out, out)
  return { kind: 'directory', path: out }
}
