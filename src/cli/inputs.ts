/** Inputs → files: paths, directories (their .md/.txt files, recursively) and globs (fast-glob). */
import fg from 'fast-glob'
import { statSync } from 'node:fs'
import { dirname, relative, resolve, sep, join, parse as parsePath } from 'node:path'

export interface InputFile {
  path: string
  /** Where its output goes, relative to --out. */
  outRel: string
}

export interface Expanded {
  files: InputFile[]
  /** Inputs that matched nothing or cannot be read: reported as failures. */
  missing: Array<{ input: string; reason: string }>
}

const TEXT_EXT = '{md,markdown,txt,MD,TXT}'

export async function expandInputs(inputs: string[]): Promise<Expanded> {
  const found: Array<{ path: string; root: string }> = []
  const missing: Expanded['missing'] = []
  for (const input of inputs) {
    let st
    try {
      st = statSync(input)
    } catch {
      st = null
    }
    if (st?.isDirectory()) {
      const list = await fg(`**/*.${TEXT_EXT}`, { cwd: input, absolute: false, onlyFiles: true, dot: false })
      if (!list.length) missing.push({ input, reason: 'the directory has no .md or .txt files' })
      for (const f of list.sort()) found.push({ path: join(input, f), root: input })
    } else if (st) found.push({ path: input, root: dirname(input) })
    else if (fg.isDynamicPattern(input)) {
      const list = await fg(input, { onlyFiles: true, dot: false })
      if (!list.length) missing.push({ input, reason: 'the pattern matched no file' })
      for (const f of list.sort()) found.push({ path: f, root: fg.generateTasks(input)[0]?.base ?? '.' })
    } else missing.push({ input, reason: 'no such file or directory' })
  }
  // One file named twice is read once.
  const seen = new Set<string>()
  const unique = found.filter((f) => {
    const k = resolve(f.path)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
  const toJson = (p: string) => {
    const { dir, name } = parsePath(p)
    return join(dir, `${name}.json`)
  }
  let files = unique.map((f) => ({ path: f.path, outRel: toJson(relative(f.root, f.path)) }))
  // Two inputs may not write the same output: mirror their paths from a common ancestor.
  const counts = new Map<string, number>()
  for (const f of files) counts.set(f.outRel, (counts.get(f.outRel) ?? 0) + 1)
  if ([...counts.values()].some((n) => n > 1)) {
    const base = commonAncestor(files.map((f) => resolve(f.path)))
    files = files.map((f) => ({ path: f.path, outRel: toJson(relative(base, resolve(f.path))) }))
  }
  return { files, missing }
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
