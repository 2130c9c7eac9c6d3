/**
 * The letters a review run was started with, by id, and the save that turns a page's edit
 * into `<out>/<name>.reviewed.json`. Nothing here takes a path from a request.
 */
import { readFile, mkdir } from 'node:fs/promises'
import { join, resolve, basename, dirname, extname } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { loadFile } from '../../load/index.js'
import { parseSourceToLetter } from '../../pipeline.js'
import { LetterSchema, type Letter } from '../../schema/letter.js'
import { VERSION } from '../../version.js'
import { diffLetters, type Change } from './diff.js'
import { normaliseSpans } from './spans.js'
import { REVIEWED_SUFFIX, ReviewedLetterSchema, type ReviewBlock, type ReviewedLetter } from './apply.js'

export interface Entry {
  id: string
  /** The input file, as given. */
  path: string
  /** `<out>/<name>.reviewed.json`. */
  reviewedPath: string
  /** Name used for gold files: the input's file name, or its folder's when names repeat. */
  goldName: string
  /** The decoded source text the spans index. */
  raw: string
  parsed: Letter
  reviewed: ReviewedLetter | null
  /** Set when a reviewed file exists but was made from another version of the source. */
  stale: string | null
}

export interface LetterSummary {
  id: string
  name: string
  ref: string | null
  date: string | null
  issuer: string | null
  tasks: number
  citations: number
  diagnostics: number
  reviewed: boolean
  saved: boolean
}

/** A refused save: the HTTP status and a message for the clerk. */
export class SaveError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'SaveError'
  }
}

export interface InputRef {
  path: string
  /** Output path relative to --out, as `congvan parse --out` names it (`a/b.json`). */
  outRel: string
}

/** Loads and parses every input; inputs that cannot be read are returned as failures. */
export async function loadEntries(files: InputRef[], outDir: string): Promise<{ entries: Entry[]; failed: Array<{ path: string; message: string }> }> {
  const entries: Entry[] = []
  const failed: Array<{ path: string; message: string }> = []
  const names = new Map<string, number>()
  for (const f of files) names.set(basename(f.path), (names.get(basename(f.path)) ?? 0) + 1)
  for (const f of files) {
    let source
    try {
      source = await loadFile(f.path)
    } catch (e) {
      failed.push({ path: f.path, message: (e as Error).message })
      continue
    }
    let parsed: Letter
    try {
      parsed = parseSourceToLetter(source)
    } catch (e) {
      // The parser never throws on content; if it does, that letter is reported, the others served.
      failed.push({ path: f.path, message: `${f.path}: internal error while parsing (${(e as Error).message})` })
      continue
    }
    const reviewedPath = join(outDir, f.outRel.replace(/\.json$/i, '') + REVIEWED_SUFFIX)
    const own = basename(f.path)
    const goldName = (names.get(own) ?? 0) > 1 ? basename(dirname(resolve(f.path))) + extname(own) : own
    const entry: Entry = { id: String(entries.length + 1), path: f.path, reviewedPath, goldName, raw: source.raw, parsed, reviewed: null, stale: null }
    await readExisting(entry)
    entries.push(entry)
  }
  return { entries, failed }
}

/** Reopening: a reviewed file beside the output is read back, so the page shows its values. */
async function readExisting(entry: Entry): Promise<void> {
  let text: string
  try {
    text = await readFile(entry.reviewedPath, 'utf8')
  } catch {
    return
  }
  const checked = ReviewedLetterSchema.safeParse(safeJson(text))
  if (!checked.success) {
    entry.stale = `${entry.reviewedPath} is not a reviewed letter; saving will replace it`
    return
  }
  entry.reviewed = checked.data
  if (checked.data.source.sha256 !== entry.parsed.source.sha256)
    entry.stale = 'the letter changed since it was reviewed: check the highlighted spans before saving'
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** The letter as the page should show it: the reviewed values when there are any. */
export function currentLetter(entry: Entry): Letter {
  if (!entry.reviewed) return entry.parsed
  const { review: _review, ...letter } = entry.reviewed
  return letter
}

export function summary(entry: Entry): LetterSummary {
  const l = currentLetter(entry)
  return {
    id: entry.id,
    name: entry.goldName,
    ref: l.document.ref,
    date: l.document.date,
    issuer: l.document.issuer?.name ?? null,
    tasks: l.tasks.length,
    citations: l.citations.length,
    diagnostics: l.diagnostics.length,
    reviewed: entry.reviewed?.review.reviewed ?? false,
    saved: entry.reviewed !== null,
  }
}

/**
 * Checks a page's edit and writes the reviewed file. Throws SaveError (and writes nothing)
 * when the body is not a letter of this source, a span falls outside the text, or the target
 * would be the parser's own output.
 */
export async function saveReview(entry: Entry, body: unknown, now = new Date()): Promise<ReviewedLetter> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new SaveError(400, 'the body must be a JSON object { letter, reviewed }')
  const { letter, reviewed } = body as { letter?: unknown; reviewed?: unknown }
  if (typeof reviewed !== 'boolean') throw new SaveError(400, '"reviewed" must be true or false')
  const checked = LetterSchema.safeParse(letter)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    throw new SaveError(422, `the letter does not match the schema at ${issue?.path.join('.') || '(top)'}: ${issue?.message}`)
  }
  const edited = structuredClone(checked.data)
  if (edited.source.sha256 !== entry.parsed.source.sha256) throw new SaveError(409, 'this edit was made on another letter or another version of it')
  const problems = normaliseSpans(edited, entry.raw)
  if (problems.length) throw new SaveError(422, problems.join('; '))
  // Labels name tasks in the change list: a reviewer may not make two tasks share one.
  const count = (tasks: Letter['tasks'], label: string) => tasks.filter((t) => t.label === label).length
  for (const t of edited.tasks) {
    if (!t.label.trim()) throw new SaveError(422, 'a task needs a label')
    if (count(edited.tasks, t.label) > Math.max(1, count(entry.parsed.tasks, t.label))) throw new SaveError(422, `two tasks are labelled "${t.label}"`)
  }
  // The parser's bookkeeping is not the reviewer's to change.
  edited.schemaVersion = entry.parsed.schemaVersion
  edited.source = entry.parsed.source
  edited.diagnostics = entry.parsed.diagnostics
  const changes: Change[] = diffLetters(entry.parsed, edited)
  const stamp = now.toISOString()
  const wasReviewedAt = entry.reviewed?.review.reviewed ? entry.reviewed.review.reviewedAt : null
  const review: ReviewBlock = {
    version: 1,
    tool: `congvan ${VERSION}`,
    savedAt: stamp,
    reviewed,
    reviewedAt: reviewed ? (wasReviewedAt ?? stamp) : null,
    changes,
  }
  const out = ReviewedLetterSchema.safeParse({ ...edited, review })
  if (!out.success) throw new SaveError(422, `the reviewed letter is not valid: ${out.error.issues[0]?.message}`)
  const target = resolve(entry.reviewedPath)
  if (!target.endsWith(REVIEWED_SUFFIX) || target === resolve(entry.path)) throw new SaveError(500, `refusing to write over ${entry.path}`)
  await mkdir(dirname(target), { recursive: true })
  await writeFileAtomic(target, JSON.stringify(out.data, null, 2) + '\n')
  entry.reviewed = out.data
  entry.stale = null
  return out.data
}
