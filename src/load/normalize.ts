/**
 * Unicode normalisation with a map back to source offsets.
 * Output text is NFC, uses one tone placement (the "old" style of state texts: hòa, thủy, Ủy),
 * Đ (U+0110) instead of the look-alike Ð (U+00D0), LF line ends, plain spaces,
 * and no zero-width characters or soft hyphens.
 * map[i] is the offset in `raw` of text[i]; map[text.length] === raw.length.
 */
export interface Normalized {
  text: string
  map: Int32Array
}

const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]/
const REMOVED = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'])
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/
const LOOKALIKE: Record<string, string> = { '\u00d0': '\u0110', '\u00f0': '\u0111', '\u0189': '\u0110' }

/** New-style tone placement (oà, uỷ) → old style (òa, ủy), only at the end of a syllable. */
const TONE_MOVES: Record<string, string> = buildToneMoves()

function buildToneMoves(): Record<string, string> {
  const marks = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']
  const out: Record<string, string> = {}
  for (const [first, second] of [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
  ]) {
    for (const m of marks) {
      for (const upperFirst of [false, true]) {
        for (const upperSecond of [false, true]) {
          const f = upperFirst ? first.toUpperCase() : first
          const s = upperSecond ? second.toUpperCase() : second
          const from = (f + (s + m).normalize('NFC')).normalize('NFC')
          const to = ((f + m).normalize('NFC') + s).normalize('NFC')
          out[from] = to
        }
      }
    }
  }
  return out
}


/** Characters that need work: CR, removed and space-like characters, combining marks, look-alikes, surrogates. */
const SPECIAL = /[\r\u200b-\u200d\u2060\ufeff\u00ad\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\u00d0\u00f0\u0189\ud800-\udbff]/

const SPECIAL_G = new RegExp(SPECIAL.source, 'g')
const TONE_G = /([oOuU])([\u00e0\u00e1\u1ea3\u00e3\u1ea1\u00c0\u00c1\u1ea2\u00c3\u1ea0\u00e8\u00e9\u1ebb\u1ebd\u1eb9\u00c8\u00c9\u1eba\u1ebc\u1eb8\u1ef3\u00fd\u1ef7\u1ef9\u1ef5\u1ef2\u00dd\u1ef6\u1ef8\u1ef4])(?!\p{L})/gu

/**
 * Copies runs of ordinary characters in bulk and treats only the special ones; then moves
 * tone marks in place (the move keeps the length, so the map stands).
 */
export function normalize(raw: string): Normalized {
  const n = raw.length
  const parts: string[] = []
  // NFC may, rarely, expand a cluster: room for that, trimmed at the end.
  const map = new Int32Array(2 * n + 2)
  let len = 0
  let i = 0
  const copy = (from: number, to: number) => {
    parts.push(raw.slice(from, to))
    for (let k = from; k < to; k++) map[len++] = k
  }
  const emit = (s: string, at: number) => {
    parts.push(s)
    for (let k = 0; k < s.length; k++) map[len++] = at
  }
  SPECIAL_G.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = SPECIAL_G.exec(raw))) {
    let at = m.index
    if (at < i) continue
    // A combining mark belongs to the cluster of the base character before it.
    let base = at
    if (COMBINING.test(raw[at]) && at > i) base = at - 1
    copy(i, base)
    const c = raw[base]
    const code = raw.charCodeAt(base)
    if (code === 13) {
      emit('\n', base)
      i = base + (raw.charCodeAt(base + 1) === 10 ? 2 : 1)
    } else if (REMOVED.has(c)) {
      i = base + 1
    } else if (SPACES.test(c)) {
      emit(' ', base)
      i = base + 1
    } else {
      let j = base + 1
      if (code >= 0xd800 && code <= 0xdbff && j < n) j++
      while (j < n && COMBINING.test(raw[j])) j++
      let cluster = j - base > 1 ? raw.slice(base, j).normalize('NFC') : c
      cluster = LOOKALIKE[cluster] ?? cluster
      emit(cluster, base)
      i = j
    }
    SPECIAL_G.lastIndex = i
    at = i
  }
  copy(i, n)
  map[len] = n
  let text = parts.join('')
  // Tone placement (hoà → hòa, thuỷ → thủy), not after q ("quý") nor before a final consonant.
  text = text.replace(TONE_G, (all: string, v: string, t: string, offset: number) => {
    const before = text[offset - 1]
    if (before === 'q' || before === 'Q') return all
    const moved = TONE_MOVES[all]
    return moved ?? v + t
  })
  return { text, map: map.slice(0, len + 1) }
}
