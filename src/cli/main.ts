/**
 * The congvan command line: a thin layer over the library. It finds the command in the table
 * (commands/index.ts), reads its arguments, and maps failures to exit codes: 0 every letter read,
 * 1 some letter failed, 2 a usage or output-location mistake (no stack trace), 130 interrupted.
 */
import { COMMANDS } from './commands/index.js'
import { readArgs, didYouMean } from './argv.js'
import { UsageError, type Command, type Io } from './command.js'
import { commandHelp, globalHelp } from './help.js'
import { OutputError, removeTempFiles } from '../emit/write.js'
import { VERSION } from '../version.js'

export type { Io } from './command.js'

/** Signals end the run cleanly: temp files removed, workers stopped with the process, 128 + signal number. */
function onSignals(io: Io): () => void {
  const handler = (signal: NodeJS.Signals) => {
    const removed = removeTempFiles()
    io.stderr.write(`\ncongvan: interrupted (${signal})${removed.length ? `; removed ${removed.length} unfinished file${removed.length > 1 ? 's' : ''}` : ''}\n`)
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
  return () => {
    process.off('SIGINT', handler)
    process.off('SIGTERM', handler)
  }
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const debug = argv.includes('--debug')
  let command: Command | null = null
  const off = onSignals(io)
  try {
    // The command is the first argument that is not an option (global options may come before it).
    const at = argv.findIndex((a) => a === '--' || !a.startsWith('-'))
    const name = at >= 0 && argv[at] !== '--' ? argv[at] : null
    if (name === null) {
      const { values } = readArgs(null, argv, COMMANDS)
      if (values.version) {
        io.stdout.write(`${VERSION}\n`)
        return 0
      }
      if (values.help) {
        io.stdout.write(globalHelp(COMMANDS))
        return 0
      }
      // Nothing asked for: the help is the answer to a misuse, so it goes to stderr.
      io.stderr.write(globalHelp(COMMANDS))
      return 2
    }
    command = COMMANDS.find((c) => c.name === name) ?? null
    if (!command) {
      const guess = didYouMean(name, COMMANDS.map((c) => c.name))
      throw new UsageError(`unknown command "${name}"${guess ? `; did you mean "${guess}"?` : ''} (commands: ${COMMANDS.map((c) => c.name).join(', ')})`)
    }
    const { values, positionals } = readArgs(command, [...argv.slice(0, at), ...argv.slice(at + 1)], COMMANDS)
    if (values.version) {
      io.stdout.write(`${VERSION}\n`)
      return 0
    }
    if (values.help) {
      io.stdout.write(commandHelp(command))
      return 0
    }
    return await command.run({ command, values, positionals, io, debug, commands: COMMANDS })
  } catch (e) {
    removeTempFiles()
    if (e instanceof UsageError) {
      const c = COMMANDS.find((x) => x.name === (e.command ?? command?.name))
      io.stderr.write(`congvan: ${e.message}\n${c ? `usage: congvan ${c.usage[0]}\nrun \`congvan help ${c.name}\` for the options\n` : 'run `congvan help` for the commands\n'}`)
      return 2
    }
    if (e instanceof OutputError) {
      io.stderr.write(`congvan: ${e.message}\n`)
      return 2
    }
    const err = e as NodeJS.ErrnoException
    // A system error about a path the user gave (EACCES, ENOSPC…) is theirs to fix: no stack.
    if (err?.code && err.syscall && !debug) {
      io.stderr.write(`congvan: ${err.message}\n`)
      return 1
    }
    io.stderr.write(`congvan: internal error: ${err?.message ?? String(e)}\n${debug ? `${err?.stack ?? ''}\n` : 'run again with --debug for the stack trace, and report it\n'}`)
    return 1
  } finally {
    off()
  }
}
