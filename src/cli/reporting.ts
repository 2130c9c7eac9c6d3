/** export and graph: a batch whose letters go to one reporter of the format table (src/emit/formats.ts). */
import { formatsOf, findFormat } from '../emit/formats.js'
import { directoryTarget, fileTarget, stdoutTarget, type Target } from '../emit/write.js'
import { choiceOption, flag, intOption, stringOption } from './argv.js'
import { batchOptions } from './batch-options.js'
import { runBatch } from './batch.js'
import { UsageError, type Context } from './command.js'
import { checkDirectoryOut, checkFileOut } from './output.js'

export const formatList = (command: 'export' | 'graph'): string => formatsOf(command).map((f) => f.name).join('|')

export const formatHelp = (command: 'export' | 'graph'): string => formatsOf(command).map((f) => `${f.name}: ${f.summary}`).join('\n')

export async function runReporter(kind: 'export' | 'graph', ctx: Context, fallback: string | null): Promise<number> {
  const { values, io } = ctx
  const names = formatsOf(kind).map((f) => f.name)
  const name = choiceOption(values, 'format', names) ?? fallback
  if (!name) throw new UsageError(`${kind} needs --format ${names.join(', ')}`, kind)
  const format = findFormat(kind, name)!
  // Options that only some formats read are refused for the others.
  const formatOptions = new Set(formatsOf(kind).flatMap((f) => f.options ?? []))
  for (const o of formatOptions)
    if (values[o] !== undefined && !(format.options ?? []).includes(o)) {
      const readers = formatsOf(kind).filter((f) => f.options?.includes(o)).map((f) => f.name)
      throw new UsageError(`--${o} applies to --format ${readers.join(', ')}, not ${name}`, kind)
    }
  const out = stringOption(values, 'out')
  if (!out) throw new UsageError(`${kind} needs --out ${format.target === 'directory' ? 'DIR' : 'PATH (or - for standard output)'}`, kind)
  let target: Target
  if (format.target === 'directory') {
    if (out === '-') throw new UsageError(`--format ${name} writes ${format.files?.join(' and ') ?? 'several files'}: --out must be a directory, not -`, kind)
    target = directoryTarget(checkDirectoryOut(out, format.files).kind === 'directory' ? out : out)
  } else {
    const t = checkFileOut(out)
    if (t.kind === 'stdout' && format.binary && io.stdout.isTTY)
      throw new UsageError(`--format ${name} is binary; redirect standard output to a file or give --out FILE`, kind)
    target = t.kind === 'stdout' ? stdoutTarget(io.stdout) : fileTarget(out)
  }
  const remind = values.remind !== undefined ? intOption(values, 'remind', 0, 0) : undefined
  const reporter = format.create(target, { remind, pretty: flag(values, 'pretty') })
  const result = await runBatch(
    { ...batchOptions(kind, values, ctx.debug), inputs: ctx.positionals, acceptJson: true, everyInput: false },
    io,
    async (d) => {
      await reporter.add(d.letter())
    },
  )
  await reporter.end()
  return result.exitCode
}
