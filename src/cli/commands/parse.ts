import { statSync } from 'node:fs'
import { join } from 'node:path'
import { writeAtomic } from '../../emit/write.js'
import { choiceOption, flag, stringOption } from '../argv.js'
import { BATCH_OPTIONS, batchOptions } from '../batch-options.js'
import { runBatch } from '../batch.js'
import { UsageError, type Command } from '../command.js'
import { checkDirectoryOut } from '../output.js'

/** One input that is a plain file (or standard input): its JSON goes out as one document, not NDJSON. */
function isSingleFile(inputs: string[]): boolean {
  if (inputs.length !== 1) return false
  if (inputs[0] === '-') return true
  try {
    return statSync(inputs[0]).isFile()
  } catch {
    return false
  }
}

export const parse: Command = {
  name: 'parse',
  summary: 'Read letters into JSON (schema/letter.schema.json)',
  usage: ['parse <files|dirs|globs|-…> [--out DIR] [--format json|ndjson] [--pretty] [options]'],
  description: [
    'A directory means the files a reader takes, recursively; the others are named as skipped. - reads',
    'one letter from standard input. One input file prints one JSON document; several print NDJSON, in',
    'input order. Inputs with identical content are parsed once.',
  ].join('\n'),
  options: {
    out: { type: 'string', short: 'o', value: 'DIR', help: 'write one <name>.json per input into DIR (paths mirrored when\ntwo inputs share a name); - is standard output' },
    format: { type: 'string', value: 'json|ndjson', help: 'standard output: one document (one input) or one line per letter' },
    pretty: { type: 'boolean', help: 'indent the JSON' },
    ...BATCH_OPTIONS,
  },
  async run({ values, positionals, io, debug }) {
    const out = stringOption(values, 'out')
    const format = choiceOption(values, 'format', ['json', 'ndjson'] as const)
    const pretty = flag(values, 'pretty')
    const dir = out && out !== '-' ? checkDirectoryOut(out).kind && out : null
    if (dir && format === 'ndjson') throw new UsageError('--format ndjson is for standard output; with --out each letter is its own <name>.json', 'parse')
    const ndjson = format === 'ndjson' || (format === null && !isSingleFile(positionals))
    let count = 0
    const result = await runBatch(
      {
        ...batchOptions('parse', values, debug),
        inputs: positionals,
        acceptJson: false,
        everyInput: true,
        check: (files) => {
          if (format === 'json' && !dir && files.length > 1)
            throw new UsageError(`--format json writes one document and ${files.length} letters were given; use --format ndjson or --out DIR`, 'parse')
        },
      },
      io,
      async (d) => {
        if (dir) {
          await writeAtomic(join(dir, d.input.outRel), (pretty ? JSON.stringify(d.letter(), null, 2) : d.json) + '\n', { fsync: false })
          return
        }
        count++
        if (ndjson) io.stdout.write(d.json + '\n')
        else io.stdout.write((count > 1 ? '\n' : '') + (pretty ? JSON.stringify(d.letter(), null, 2) : d.json) + '\n')
      },
    )
    return result.exitCode
  },
}

export default parse
