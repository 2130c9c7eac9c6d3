/**
 * The command table's types. Each command is one module under commands/ that exports a Command;
 * commands/index.ts lists them, and help, the flag check and dispatch all read that list.
 */

/** One option: the node:util parseArgs config (type, short, multiple) plus what help shows. */
export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  multiple?: boolean
  /** Placeholder shown in help: `--out DIR`. */
  value?: string
  /** One line (or a few) for the help text. */
  help: string
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  /** Where `-` as an input reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream
}

export interface Context {
  command: Command
  values: OptionValues
  positionals: string[]
  io: Io
  debug: boolean
  /** The whole table (the help command reads it). */
  commands: readonly Command[]
}

export interface Command {
  name: string
  /** One line for the command list. */
  summary: string
  /** Usage lines, without the leading "congvan ". */
  usage: string[]
  /** A paragraph or two under the usage lines. */
  description?: string
  options: Record<string, OptionSpec>
  run(ctx: Context): Promise<number>
}

/** A mistake in how congvan was called: reported without a stack trace, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to point at, when there is one. */
    readonly command: string | null = null,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}
