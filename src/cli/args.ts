/** A small argv reader: `command [inputs…] [--flag value] [--switch]`. Usage errors exit 2. */
export class UsageError extends Error {}

export interface Args {
  command: string | null
  inputs: string[]
  flags: Map<string, string | true>
}

const SWITCHES = new Set(['pretty', 'quiet', 'help', 'version', 'task-row', 'validate'])
const VALUED = new Set(['out', 'format', 'jobs', 'max-bytes'])

export function parseArgs(argv: string[]): Args {
  const flags = new Map<string, string | true>()
  const inputs: string[] = []
  let command: string | null = null
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '-h') flags.set('help', true)
    else if (a === '-v' || a === '-V') flags.set('version', true)
    else if (a === '-o') flags.set('out', need(argv, ++i, 'out'))
    else if (a === '-j') flags.set('jobs', need(argv, ++i, 'jobs'))
    else if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s)
      if (SWITCHES.has(name)) flags.set(name, true)
      else if (VALUED.has(name)) flags.set(name, inline ?? need(argv, ++i, name))
      else throw new UsageError(`unknown option --${name}; see congvan --help`)
    } else if (command === null) command = a
    else inputs.push(a)
  }
  return { command, inputs, flags }
}

function need(argv: string[], i: number, name: string): string {
  const v = argv[i]
  if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value; see congvan --help`)
  return v
}

export function intFlag(args: Args, name: string, fallback: number, min = 1): number {
  const v = args.flags.get(name)
  if (v === undefined) return fallback
  const n = Number(v)
  if (v === true || !Number.isInteger(n) || n < min) throw new UsageError(`--${name} takes a whole number ≥ ${min}, got "${v}"`)
  return n
}

export function choiceFlag<T extends string>(args: Args, name: string, choices: readonly T[], fallback: T | null): T | null {
  const v = args.flags.get(name)
  if (v === undefined) return fallback
  if (v === true || !(choices as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got "${v}"`)
  return v as T
}
