import { loadFile, type DecodeOptions } from '../load/index.js'
import { parseSourceToLetter, type ParseOptions } from '../pipeline.js'
import type { Letter } from '../schema/letter.js'

/** Read and parse one file. Rejects with a LoadError (path and reason) when the file is refused. */
export async function parseFile(path: string, options: DecodeOptions & Pick<ParseOptions, 'validate'> = {}): Promise<Letter> {
  return parseSourceToLetter(await loadFile(path, options), options)
}
