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

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c)

export function normalize(raw: string): Normalized {
  const out: string[] = []
  const map: number[] = []
  let i = 0
  const n = raw.length
  while (i < n) {
    const c = raw[i]
    if (c === '\r') {
      out.push('\n')
      map.push(i)
      i += raw[i + 1] === '\n' ? 2 : 1
      continue
    }
    if (REMOVED.has(c)) {
      i++
      continue
    }
    if (SPACES.test(c)) {
      out.push(' ')
      map.push(i)
      i++
      continue
    }
    // A base character and its combining marks form one cluster, composed together.
    let j = i + 1
    if (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff && j < n) j++
    while (j < n && COMBINING.test(raw[j])) j++
    let cluster = j - i > 1 ? raw.slice(i, j).normalize('NFC') : c
    cluster = LOOKALIKE[cluster] ?? cluster
    for (const ch of cluster) {
      out.push(ch)
      map.push(i)
    }
    i = j
  }
  // Tone placement: a length-preserving pass over the composed text.
  for (let k = 0; k + 1 < out.length; k++) {
    const pair = out[k] + out[k + 1]
    const moved = TONE_MOVES[pair]
    if (moved === undefined) continue
    const before = out[k - 1]
    if (before === 'q' || before === 'Q') continue // "quý": qu is a consonant, the tone is right
    if (isLetter(out[k + 2])) continue // a final consonant follows: "hoàn", "khuyến"
    const chars = [...moved]
    out[k] = chars[0]
    out[k + 1] = chars[1]
  }
  const text = out.join('')
  // out holds one UTF-16 unit per entry except astral characters; rebuild the map per unit.
  const units = new Int32Array(text.length + 1)
  let u = 0
  for (let k = 0; k < out.length; k++) {
    for (let t = 0; t < out[k].length; t++) units[u++] = map[k]
  }
  units[text.length] = n
  return { text, map: units }
}
