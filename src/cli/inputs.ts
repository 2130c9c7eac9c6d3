/**
 * Inputs → files: paths, directories (the files a reader takes, recursively), globs (fast-glob),
 * and `-` for standard input. What a directory holds but no reader takes is named as skipped; a file
 * named on the command line that no reader takes is refused by name.
 */
import fg from 'fast-glob'
import { statSync } from 'node:fs'
import { dirname, extname, relative, resolve, sep, join, parse as parsePath } from 'node:path'
import * as formats from '../load/formats.js'
import '../load/index.js'

export type InputKind = 'letter' | 'json' | 'stdin'

export interface InputFile {
  path: string
  kind: InputKind
  /** Where its output goes, relative to --out. */
  outRel: string
}

export interface Expanded {
  files: InputFile[]
  /** Inputs that matched nothing or that no reader takes: reported as failures. */
  missing: Array<{ input: string; reason: string }>
  /** Files inside a directory that no reader takes: named, not failures. */
  skipped: Array<{ path: string; reason: string }>
}

/**
 * The extensions the load stage reads (its readers register them), with the dot, lower case; the
 * text formats alone where the load stage does not list them.
 */
const listed = (formats as unknown as { readableExtensions?: () => readonly string[] }).readableExtensions
export const readable = (): string[] => (listed ? listed() : ['md', 'markdown', 'txt']).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase())

const isLetterJson = (p: string) => p.toLowerCase().endsWith('.json')

function classify(path: string, acceptJson: boolean): { kind: InputKind } | { reason: string } {
  const READABLE_EXTENSIONS = readable()
  const ext = extname(path).toLowerCase()
  if (READABLE_EXTENSIONS.includes(ext)) return { kind: 'letter' }
  if (isLetterJson(path))
    return acceptJson ? { kind: 'json' } : { reason: `a JSON file: parse reads letters (${READABLE_EXTENSIONS.join(', ')}); export and graph read letter JSON` }
  if (!ext) return { kind: 'letter' }
  return { reason: `no reader takes ${ext} files; congvan reads ${READABLE_EXTENSIONS.join(', ')}${acceptJson ? ' and letter JSON (.json, .reviewed.json)' : ''}` }
}

export async function expandInputs(inputs: string[], options: { acceptJson: boolean }): Promise<Expanded> {
  const found: Array<{ path: string; root: string; kind: InputKind }> = []
  const missing: Expanded['missing'] = []
  const skipped: Expanded['skipped'] = []
  const READABLE_EXTENSIONS = readable()
  let stdin = false
  for (const input of inputs) {
    if (input === '-') {
      if (stdin) missing.push({ input, reason: 'standard input can be read once' })
      else found.push({ path: '-', root: '.', kind: 'stdin' })
      stdin = true
      continue
    }
    let st
    try {
      st = statSync(input)
    } catch {
      st = null
    }
    if (st?.isDirectory()) {
      const list = await fg('**/*', { cwd: input, absolute: false, onlyFiles: true, dot: false })
      let taken = 0
      for (const f of list.sort()) {
        const c = classify(f, options.acceptJson)
        if ('kind' in c && extname(f)) {
          found.push({ path: join(input, f), root: input, kind: c.kind })
          taken++
        } else skipped.push({ path: join(input, f), reason: 'reason' in c ? c.reason : 'no extension, so no reader is chosen' })
      }
      if (!taken) missing.push({ input, reason: `the directory has no file that congvan reads (${READABLE_EXTENSIONS.join(', ')}${options.acceptJson ? ', .json' : ''})${list.length ? `; ${list.length} other file${list.length > 1 ? 's' : ''} skipped` : ''}` })
    } else if (st) {
      const c = classify(input, options.acceptJson)
      if ('kind' in c) found.push({ path: input, root: dirname(input), kind: c.kind })
      else missing.push({ input, reason: c.reason })
    } else if (fg.isDynamicPattern(input)) {
      const list = await fg(input, { onlyFiles: true, dot: false })
      if (!list.length) missing.push({ input, reason: 'the pattern matched no file' })
      for (const f of list.sort()) {
        const c = classify(f, options.acceptJson)
        if ('kind' in c) found.push({ path: f, root: fg.generateTasks(input)[0]?.base ?? '.', kind: c.kind })
        else skipped.push({ path: f, reason: c.reason })
      }
    } else missing.push({ input, reason: 'no such file or directory' })
  }
  // One file named twice is read once.
  const seen = new Set<string>()
  const unique = found.filter((f) => {
    const k = f.kind === 'stdin' ? '-' : resolve(f.path)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
  const toJson = (p: string) => {
    const { dir, name } = parsePath(p)
    return join(dir, `${name}.json`)
  }
  const rel = (f: { path: string; root: string; kind: InputKind }) => (f.kind === 'stdin' ? 'stdin.json' : toJson(relative(f.root, f.path)))
  let files: InputFile[] = unique.map((f) => ({ path: f.path, kind: f.kind, outRel: rel(f) }))
  // Two inputs may not write the same output: mirror their paths from a common ancestor.
  const counts = new Map<string, number>()
  for (const f of files) counts.set(f.outRel, (counts.get(f.outRel) ?? 0) + 1)
  if ([...counts.values()].some((n) => n > 1)) {
    const base = commonAncestor(files.filter((f) => f.kind !== 'stdin').map((f) => resolve(f.path)))
    files = files.map((f) => (f.kind === 'stdin' ? f : { ...f, outRel: toJson(relative(base, resolve(f.path))) }))
  }
  return { files, missing, skipped }
}

function commonAncestor(paths: string[]): string {
  const split = paths.map((p) => dirname(p).split(sep))
  const first = split[0] ?? []
  let n = first.length
  for (const s of split) {
    let k = 0
    while (k < n && k < s.length && s[k] === first[k]) k++
    n = k
  }
  return first.slice(0, n).join(sep) || sep
}
