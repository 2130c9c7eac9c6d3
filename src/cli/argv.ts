/**
 * Arguments for one command, read with node:util parseArgs (tokens mode) and then checked against
 * the command's own option table: unknown options and options of other commands are refused with
 * a "did you mean", booleans take --no-x and --x=false, `--` ends options, `-` is an input.
 */
import { parseArgs } from 'node:util'
import { UsageError, type Command, type OptionSpec, type OptionValues } from './command.js'

/** Options every command takes. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', help: 'this help' },
  version: { type: 'boolean', short: 'V', help: 'print the version' },
  debug: { type: 'boolean', help: 'show stack traces for internal errors' },
}

export interface ReadArgs {
  values: OptionValues
  positionals: string[]
}

const TRUE = new Set(['true', '1', 'yes', 'on'])
const FALSE = new Set(['false', '0', 'no', 'off'])

export function readArgs(command: Command | null, argv: string[], all: readonly Command[]): ReadArgs {
  const spec: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS, ...(command?.options ?? {}) }
  const config = Object.fromEntries(Object.entries(spec).map(([k, o]) => [k, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }]))
  const { tokens } = parseArgs({ args: argv, options: config, strict: false, allowPositionals: true, tokens: true })
  const values: OptionValues = {}
  const positionals: string[] = []
  for (const t of tokens) {
    if (t.kind === 'positional') {
      positionals.push(t.value)
      continue
    }
    if (t.kind === 'option-terminator') continue
    const o = spec[t.name]
    if (!o) {
      const negated = t.name.startsWith('no-') ? spec[t.name.slice(3)] : undefined
      if (negated?.type === 'boolean' && t.value === undefined) {
        values[t.name.slice(3)] = false
        continue
      }
      throw new UsageError(unknownMessage(t.rawName, t.name, command, spec, all), command?.name ?? null)
    }
    if (o.type === 'boolean') {
      if (t.value === undefined) values[t.name] = true
      else if (TRUE.has(t.value.toLowerCase())) values[t.name] = true
      else if (FALSE.has(t.value.toLowerCase())) values[t.name] = false
      else throw new UsageError(`--${t.name} is a switch: give --${t.name}, --no-${t.name} or --${t.name}=false, not "${t.value}"`, command?.name ?? null)
      continue
    }
    // parseArgs hands the next argument to a string option even when it is another option.
    if (t.value === undefined || (!t.inlineValue && t.value.startsWith('--') && t.value.length > 2))
      throw new UsageError(`${t.rawName} needs a value${o.value ? ` (${o.value})` : ''}`, command?.name ?? null)
    if (o.multiple) values[t.name] = [...((values[t.name] as string[] | undefined) ?? []), t.value]
    else values[t.name] = t.value
  }
  return { values, positionals }
}

function unknownMessage(raw: string, name: string, command: Command | null, spec: Record<string, OptionSpec>, all: readonly Command[]): string {
  const here = command ? `congvan ${command.name}` : 'congvan'
  if (!raw.startsWith('--')) {
    const shorts = Object.entries(spec).filter(([, o]) => o.short).map(([k, o]) => `-${o.short} (--${k})`)
    return `unknown option ${raw} for ${here}; short options: ${shorts.join(', ')}`
  }
  const owners = all.filter((c) => c !== command && name in c.options).map((c) => c.name)
  if (owners.length) return `--${name} does not apply to ${here} (it is an option of ${owners.map((o) => `congvan ${o}`).join(', ')})`
  const guess = didYouMean(name, Object.keys(spec))
  return `unknown option --${name} for ${here}${guess ? `; did you mean --${guess}?` : ''}`
}

/** The closest name within a small edit distance, or a unique name it is a prefix of. */
export function didYouMean(word: string, names: readonly string[]): string | null {
  let best: string | null = null
  let bestD = Infinity
  for (const n of names) {
    const d = distance(word, n)
    if (d < bestD) {
      best = n
      bestD = d
    }
  }
  if (best && bestD <= Math.max(1, Math.min(2, Math.floor(word.length / 3)))) return best
  const prefixed = names.filter((n) => n.startsWith(word))
  return word.length >= 2 && prefixed.length === 1 ? prefixed[0] : null
}

/** Damerau–Levenshtein (optimal string alignment): a swap of two letters counts once (fromat → format). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  return d[a.length][b.length]
}

/** Reads a whole-number option. */
export function intOption(values: OptionValues, name: string, fallback: number, min = 1): number {
  const v = values[name]
  if (v === undefined) return fallback
  const n = Number(v)
  if (typeof v !== 'string' || !/^\d+$/.test(v.trim()) || n < min) throw new UsageError(`--${name} takes a whole number ≥ ${min}, got "${String(v)}"`)
  return n
}

/** Reads a number of seconds (decimals allowed). */
export function secondsOption(values: OptionValues, name: string): number | null {
  const v = values[name]
  if (v === undefined) return null
  const n = Number(v)
  if (typeof v !== 'string' || !Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} takes a number of seconds > 0, got "${String(v)}"`)
  return n
}

export function choiceOption<T extends string>(values: OptionValues, name: string, choices: readonly T[]): T | null {
  const v = values[name]
  if (v === undefined) return null
  if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) {
    const guess = typeof v === 'string' ? didYouMean(v, choices) : null
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got "${String(v)}"${guess ? `; did you mean ${guess}?` : ''}`)
  }
  return v as T
}

export const stringOption = (values: OptionValues, name: string): string | null => {
  const v = values[name]
  return typeof v === 'string' ? v : null
}

export const flag = (values: OptionValues, name: string): boolean => values[name] === true
