/**
 * What every rules file's view shares: where rules/ is, reading and validating one file, and
 * compiling its regexes (word lists as alternations, `{{fragments}}`, the built-pattern registry,
 * the sticky and global twins). Each rules file has its own module beside this one.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/**
 * The rules/ folder the lexicon reads, once per process. CONGVAN_RULES_DIR points it at another
 * copy (a clerk's added rules, a test's variant) without touching the installed package.
 */
export const RULES_DIR = process.env.CONGVAN_RULES_DIR || join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules')

export const PatternEntry = z.object({
  id: z.string(),
  pattern: z.string(),
  flags: z.string().optional(),
  examples: z.array(z.string()).min(1),
  counterexamples: z.array(z.string()).default([]),
  note: z.string().optional(),
})
export type PatternEntry = z.infer<typeof PatternEntry>

/**
 * Named sub-patterns a file's entries share, written `{{name}}` in a pattern (as a non-capturing
 * group). A fragment may use other fragments; a file's word lists may also be fragments (see
 * wordFragments in deadline-phrases.ts).
 */
export const PatternFile = z.object({ description: z.string(), fragments: z.record(z.string(), z.string()).default({}), entries: z.array(PatternEntry) })

export interface CompiledPattern extends PatternEntry {
  re: RegExp
}

export function readJson(name: string, dir: string = RULES_DIR): unknown {
  const path = join(dir, name)
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (e) {
    // A clerk edits these files by hand: say which one is broken, not just "Unexpected token".
    throw new Error(`rules: cannot read ${path}: ${(e as Error).message}`, { cause: e })
  }
}

/** One rules file read and validated by its schema; a mismatch names the file and each field at fault. */
export function readRulesFile<S extends z.ZodType>(schema: S, name: string, dir: string = RULES_DIR): z.infer<S> {
  const parsed = schema.safeParse(readJson(name, dir))
  if (!parsed.success) throw new Error(`rules: ${join(dir, name)} does not match its schema:\n${z.prettifyError(parsed.error)}`, { cause: parsed.error })
  return parsed.data
}

/**
 * A view of a rules file built once per process from RULES_DIR. Given another folder it is built
 * afresh on every call and cached nowhere, so a test's variant never leaks into the pipeline's.
 */
export function rulesView<T>(build: (dir: string | undefined) => T): (dir?: string) => T {
  let cache: { value: T } | null = null
  return (dir) => {
    if (dir !== undefined) return build(dir)
    // build(undefined) reads RULES_DIR and takes the views it depends on from their caches too.
    cache ??= { value: build(undefined) }
    return cache.value
  }
}

/** Regex source of a word list: longest first (so "mười hai" wins over "mười"), spaces as \\s+. */
export function alternation(words: readonly string[]): string {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|')
}

export type Fragments = Record<string, string>

/** `{{name}}` → `(?:fragment)`, fragments expanded in turn; an unknown name is a bug in rules/. */
export function expand(source: string, fragments: Fragments, depth = 0): string {
  if (depth > 8) throw new Error('rules: fragments nest too deep (a fragment that uses itself?)')
  return source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const f = fragments[name]
    if (f === undefined) throw new Error(`rules: fragment "{{${name}}}" is not defined in its file's "fragments"`)
    return `(?:${expand(f, fragments, depth + 1)})`
  })
}

export function compile(entry: PatternEntry, fragments: Fragments = {}): CompiledPattern {
  const flags = entry.flags ?? 'u'
  return { ...entry, re: new RegExp(expand(entry.pattern, fragments), flags.includes('u') ? flags : flags + 'u') }
}

/** The entries of a pattern file compiled, its own fragments (and the given word fragments) expanded. */
export function compilePatternFile(name: string, dir: string = RULES_DIR, wordFragments: Fragments = {}): CompiledPattern[] {
  const file = readRulesFile(PatternFile, name, dir)
  // The forms of a date (rules/dates.json: {{fullDate}}, {{letterDate}}…) are one definition every pattern file composes.
  const fragments = { ...readRulesFile(PatternFile, 'dates.json', dir).fragments, ...wordFragments, ...file.fragments }
  return file.entries.map((e) => compile(e, fragments))
}

export const byId = (list: CompiledPattern[]) => new Map(list.map((p) => [p.id, p]))

const builtPatterns = new Map<string, RegExp>()

/**
 * A regex that code assembles from rules/ word lists (an agency run, a list of units): compiled
 * once under an id and registered, so that the time-bound test runs it with the file patterns.
 */
export function builtPattern(id: string, build: () => string, flags = 'u'): RegExp {
  let re = builtPatterns.get(id)
  if (!re) {
    re = new RegExp(build(), flags.includes('u') ? flags : flags + 'u')
    builtPatterns.set(id, re)
  }
  return re
}

/** The built patterns registered so far, by id (allPatterns walks them after the file patterns). */
export function builtPatternEntries(): Array<[string, RegExp]> {
  return [...builtPatterns]
}

/** A named pattern that must exist; a missing one is a bug in rules/, said plainly. */
export function pattern(map: Map<string, CompiledPattern>, id: string): RegExp {
  const p = map.get(id)
  if (!p) throw new Error(`rules: pattern "${id}" is missing; add it to the rules/ file that holds its family`)
  return p.re
}

// Sticky twins, compiled once per pattern: a match at the start of a text is tried there only.
const stickyTwins = new WeakMap<RegExp, RegExp>()

/** Does re match at the very start of s? (As `re.exec(s)?.index === 0`, without scanning the rest of s.) */
export function matchesAtStart(re: RegExp, s: string): boolean {
  let y = stickyTwins.get(re)
  if (!y) {
    y = new RegExp(re.source, re.flags.replace('g', '') + 'y')
    stickyTwins.set(re, y)
  }
  y.lastIndex = 0
  return y.test(s)
}

const globals = new WeakMap<RegExp, RegExp>()

/**
 * The global ("g") twin of a named pattern, compiled once and keeping the rule's own flags.
 * Its lastIndex is reset to 0 on every call: callers scan with exec() from there.
 */
export function globalPattern(map: Map<string, CompiledPattern>, id: string): RegExp {
  const base = pattern(map, id)
  let g = globals.get(base)
  if (!g) {
    g = new RegExp(base.source, base.flags.includes('g') ? base.flags : base.flags + 'g')
    globals.set(base, g)
  }
  g.lastIndex = 0
  return g
}
