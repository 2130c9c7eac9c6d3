/**
 * Paragraphs a writer wrapped at a fixed width (pandoc's Markdown at 72 columns, a mail client or
 * a language model at 60 or 80): such a writer breaks a line only where the next word would not
 * fit, so each of its breaks satisfies len(line) ≤ W < len(line) + 1 + len(next word). A text
 * whose soft line breaks (inside a Markdown paragraph, no hard break) mostly fit one width W that
 * way, with almost no line longer than W, was wrapped by such a writer: those breaks are spaces
 * the writer added, not the letter's own line ends. A letter's printed lines (a PDF's text, a
 * clerk's typing) vary too much in length for one W to explain them, so they are left to the
 * layout stage's sentence cues.
 */

/** A soft line break: offset of its '\n' and of the start of the line it ends. */
export interface SoftBreak {
  at: number
  lineStart: number
}

/** How many breaks must fit one width, and what share of them, before the text counts as wrapped. */
const MIN_FITTING = 6
const MIN_SHARE = 0.6
/** Widths a wrapper uses; narrower or wider breaks are layout, not wrapping. */
const MIN_WIDTH = 30
const MAX_WIDTH = 160

interface Measured {
  at: number
  /** Line length with and without its indentation (a wrapper may or may not count it). */
  full: number
  bare: number
  /** Length of the next line's first word. */
  word: number
}

/** Code points, so that a Vietnamese letter counts once. */
function length(s: string): number {
  let n = 0
  for (const _ of s) n++
  return n
}

function measure(input: string, b: SoftBreak): Measured | null {
  const line = input.slice(b.lineStart, b.at).replace(/\s+$/u, '')
  const content = line.trimStart()
  // A table row or a line laid out in columns is not a wrapped paragraph line.
  if (!content || (content.startsWith('|') && content.endsWith('|')) || /\S {3,}\S/u.test(content)) return null
  let e = input.indexOf('\n', b.at + 1)
  if (e < 0) e = input.length
  const next = input.slice(b.at + 1, e).trimStart()
  const word = /^\S+/u.exec(next)?.[0]
  if (!word) return null
  const full = length(line)
  return { at: b.at, full, bare: full - (length(line) - length(content)), word: length(word) }
}

/** The width that most breaks fit, with the count that fit it and the count of longer lines. */
function bestWidth(ms: Measured[], key: 'full' | 'bare'): { width: number; fitting: number; over: number } {
  const diff = new Int32Array(MAX_WIDTH + 2)
  for (const m of ms) {
    const lo = Math.max(m[key], MIN_WIDTH)
    const hi = Math.min(m[key] + m.word, MAX_WIDTH) // last width the break fits
    if (lo > hi) continue
    diff[lo]++
    diff[hi + 1]--
  }
  let best = { width: 0, fitting: 0, over: 0 }
  let run = 0
  for (let w = MIN_WIDTH; w <= MAX_WIDTH; w++) {
    run += diff[w]
    if (run > best.fitting) best = { width: w, fitting: run, over: 0 }
  }
  best.over = ms.filter((m) => m[key] > best.width).length
  return best
}

/** Offsets of the soft breaks a fixed-width wrapper made, or an empty set when the text was not wrapped so. */
export function wrapBreaks(input: string, breaks: SoftBreak[]): Set<number> {
  const out = new Set<number>()
  const ms = breaks.map((b) => measure(input, b)).filter((m): m is Measured => m !== null)
  if (ms.length < MIN_FITTING) return out
  // The wrapper counted the indentation (pandoc) or not (a re-wrap of each line's text): the better fit says which.
  const full = bestWidth(ms, 'full')
  const bare = bestWidth(ms, 'bare')
  const [key, { width, fitting, over }] = full.fitting >= bare.fitting ? (['full', full] as const) : (['bare', bare] as const)
  if (fitting < MIN_FITTING || fitting < MIN_SHARE * ms.length || over > Math.max(1, 0.03 * ms.length)) return out
  for (const m of ms) if (m[key] <= width && width < m[key] + 1 + m.word) out.add(m.at)
  return out
}
