/** Help text, rendered from the command table (never written by hand twice). */
import type { Command, OptionSpec } from './command.js'
import { GLOBAL_OPTIONS } from './argv.js'
import { VERSION } from '../version.js'

const EXIT = 'Exit status: 0 every letter read, 1 some letter failed (or --max-diagnostics exceeded), 2 usage error, 130 interrupted.'

export function globalHelp(commands: readonly Command[]): string {
  const w = Math.max(...commands.map((c) => c.name.length))
  return [
    `congvan ${VERSION} — Vietnamese official letters → structured JSON`,
    '',
    'Usage: congvan <command> [options] [inputs…]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    '',
    'Options for every command:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Run `congvan help <command>` (or `congvan <command> --help`) for its options.',
    EXIT,
    '',
  ].join('\n')
}

export function commandHelp(c: Command): string {
  return [
    `Usage: ${c.usage.map((u, i) => (i ? `       congvan ${u}` : `congvan ${u}`)).join('\n')}`,
    '',
    `${c.summary}.`,
    ...(c.description ? ['', c.description] : []),
    '',
    'Options:',
    ...optionLines({ ...c.options, ...GLOBAL_OPTIONS }),
    '',
    EXIT,
    '',
  ].join('\n')
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  const heads = Object.entries(options).map(([name, o]) => {
    const short = o.short ? `-${o.short}, ` : '    '
    const neg = o.type === 'boolean' && name !== 'help' && name !== 'version' ? `, --no-${name}` : ''
    return [`  ${short}--${name}${o.value ? ` ${o.value}` : ''}${neg}`, o.help] as const
  })
  const w = Math.min(34, Math.max(...heads.map(([h]) => h.length)) + 2)
  return heads.flatMap(([h, text]) => {
    const lines = text.split('\n')
    if (h.length + 1 > w) return [h, ...lines.map((l) => ' '.repeat(w) + l)]
    return [h.padEnd(w) + lines[0], ...lines.slice(1).map((l) => ' '.repeat(w) + l)]
  })
}
