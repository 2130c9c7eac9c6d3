import { readFile, stat } from 'node:fs/promises'
import { decode, decodeAsync, LoadError, DEFAULT_MAX_BYTES, type DecodeOptions, type LoadedSource, type LoadReason } from './decode.js'
import './readers.js'

export { decode, decodeAsync, LoadError, DEFAULT_MAX_BYTES }
export { readableExtensions, registerFormat, type InputFormat, type ReadOptions, type PageBox, type BoxRun } from './formats.js'
export type { DecodeOptions, LoadedSource, LoadReason }

/** Reads one file into a Source; every refusal is a LoadError naming the file and the reason. */
export async function loadFile(path: string, options: DecodeOptions = {}): Promise<LoadedSource> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  let info
  try {
    info = await stat(path)
  } catch (e) {
    throw new LoadError('unreadable', `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
  if (!info.isFile()) throw new LoadError('unreadable', `${path}: not a regular file`)
  if (info.size > maxBytes)
    throw new LoadError('too-large', `${path}: ${info.size} bytes is over the limit of ${maxBytes} bytes (raise it with --max-bytes)`)
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (e) {
    throw new LoadError('unreadable', `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
  return decodeAsync(bytes, path, options)
}

/** A string already in memory (library use): no encoding checks, only empty/size. */
export function loadText(text: string, path: string | null = null): LoadedSource {
  return decode(new TextEncoder().encode(text), path, { maxBytes: Number.MAX_SAFE_INTEGER })
}
