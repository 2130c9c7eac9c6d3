/**
 * Reviewed letters outside the page. A `<name>.reviewed.json` file is a whole letter in the
 * letter schema (the reviewer's values in place of the parser's) plus a `review` block, so
 * "applying" a review means taking that letter, checked against the schema.
 */
import { readFile, access } from 'node:fs/promises'
import { z } from 'zod'
import { LetterSchema, type Letter } from '../../schema/letter.js'

export const REVIEWED_SUFFIX = '.reviewed.json'

export const ChangeSchema = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })

export const ReviewBlockSchema = z.object({
  version: z.literal(1),
  tool: z.string(),
  /** When the file was last saved (ISO 8601, UTC). */
  savedAt: z.string(),
  /** The clerk marked the letter as checked. */
  reviewed: z.boolean(),
  /** When it was marked checked; null while it is not. */
  reviewedAt: z.string().nullable(),
  /** Every difference from the parser's output, oldest parser value first. */
  changes: z.array(ChangeSchema),
})

export const ReviewedLetterSchema = LetterSchema.extend({ review: ReviewBlockSchema })

export type ReviewBlock = z.infer<typeof ReviewBlockSchema>
export type ReviewedLetter = z.infer<typeof ReviewedLetterSchema>

export class ReviewFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReviewFileError'
  }
}

/** `out/a/b.json` → `out/a/b.reviewed.json`; a reviewed path stays as it is. */
export function reviewedPathOf(letterJsonPath: string): string {
  if (letterJsonPath.endsWith(REVIEWED_SUFFIX)) return letterJsonPath
  return letterJsonPath.replace(/\.json$/i, '') + REVIEWED_SUFFIX
}

/** The review block of a parsed JSON value, or null for a plain parser letter. */
export function reviewOf(value: unknown): ReviewBlock | null {
  if (value === null || typeof value !== 'object' || !('review' in value)) return null
  const checked = ReviewBlockSchema.safeParse((value as { review: unknown }).review)
  return checked.success ? checked.data : null
}

/**
 * A letter JSON value (plain parser output or a reviewed file) → the letter with the reviewed
 * values, validated. Throws ReviewFileError with the schema's message when it is not a letter.
 */
export function applyReview(value: unknown, where = 'letter'): Letter {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ReviewFileError(`${where}: not a letter object`)
  const { review: _review, ...letter } = value as Record<string, unknown>
  const checked = LetterSchema.safeParse(letter)
  if (!checked.success) throw new ReviewFileError(`${where}: not a congvan letter (${checked.error.issues[0]?.path.join('.')}: ${checked.error.issues[0]?.message})`)
  return checked.data
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

/**
 * Reads a letter JSON file, preferring the reviewed values: given `x.json` when `x.reviewed.json`
 * sits beside it, the reviewed file is read instead. Throws ReviewFileError on bad JSON or schema.
 */
export async function loadReviewed(path: string): Promise<Letter> {
  const reviewed = reviewedPathOf(path)
  const chosen = reviewed !== path && (await exists(reviewed)) ? reviewed : path
  let value: unknown
  try {
    value = JSON.parse(await readFile(chosen, 'utf8'))
  } catch (e) {
    throw new ReviewFileError(`${chosen}: ${(e as Error).message}`)
  }
  return applyReview(value, chosen)
}

/** Of a list of letter JSON files, drops each `x.json` whose `x.reviewed.json` is also listed. */
export function preferReviewed(paths: string[]): string[] {
  const listed = new Set(paths)
  return paths.filter((p) => p.endsWith(REVIEWED_SUFFIX) || !listed.has(reviewedPathOf(p)))
}
