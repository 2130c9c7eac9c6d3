import { rules } from '../lexicon/index.js'

/**
 * The legacy Vietnamese encodings (TCVN3/ABC, VNI-Windows): detection and conversion to Unicode
 * by the tables in rules/encodings.json. A text needs several marker hits before we call it, and
 * a text that already carries Vietnamese letters only Unicode has is never called legacy, so an
 * ordinary Unicode letter (or one stray "©") is never converted.
 */
/** Characters Unicode Vietnamese does not use but the legacy encodings are full of: a cheap gate. */
const GATE = /[¨©ª«¬®§µ¶·¸¹¼½¾ÆÇÎÏ×ØÜÞßæçëîïñ÷þøûöÑ]|VnTime/

/** Letters a text decoded from TCVN3 or VNI bytes as Latin-1 cannot contain: proof of Unicode. */
const UNICODE_ONLY = /[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9\u0300-\u0323]/gu

export interface LegacyEncoding {
  id: string
  name: string
}

export function detectLegacyEncoding(text: string): string | null {
  return detectLegacy(text)?.name ?? null
}

export function detectLegacy(text: string): LegacyEncoding | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text
  if (!GATE.test(sample)) return null
  const unicode = sample.match(UNICODE_ONLY)?.length ?? 0
  let best: { enc: LegacyEncoding; hits: number } | null = null
  for (const enc of rules().encodings) {
    let hits = 0
    for (const re of enc.markers) {
      re.lastIndex = 0
      const m = sample.match(re)
      if (m) hits += m.length
    }
    // Real Vietnamese Unicode has these letters in nearly every sentence; legacy text has none.
    // Where both tables' markers hit (VNI's mark bytes are TCVN3 letters too), the most hits win.
    if (hits >= enc.minHits && unicode * 4 < hits && (!best || hits > best.hits)) best = { enc: { id: enc.id, name: enc.name }, hits }
  }
  return best?.enc ?? null
}


interface Compiled {
  table: Map<string, string>
  longest: number
  inverse: Map<string, string>
}

const compiled = new Map<string, Compiled>()

function tableOf(id: string): Compiled {
  let c = compiled.get(id)
  if (c) return c
  const enc = rules().encodings.find((e) => e.id === id)
  if (!enc) throw new Error(`rules/encodings.json: no encoding "${id}"`)
  const table = new Map(Object.entries(enc.table))
  const inverse = new Map<string, string>()
  // Where two spellings give one letter (VNI "î" and "yï" for ỵ), the encoder writes the longer, usual one.
  for (const [k, v] of [...table].sort((a, b) => b[0].length - a[0].length)) if (!inverse.has(v)) inverse.set(v, k)
  c = { table, longest: Math.max(...[...table.keys()].map((k) => k.length)), inverse }
  compiled.set(id, c)
  return c
}

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase()
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch)

/**
 * Legacy text → Unicode (NFC). The length changes (VNI writes one letter as two bytes), so the
 * result is the text the spans count; `congvan text` shows it.
 */
export function convertLegacy(text: string, id: string): string {
  const { table, longest } = tableOf(id)
  const out: string[] = []
  const converted: boolean[] = []
  let i = 0
  while (i < text.length) {
    let hit: string | undefined
    let len = 0
    for (let n = Math.min(longest, text.length - i); n >= 1; n--) {
      const key = text.slice(i, i + n)
      hit = table.get(key)
      if (hit === undefined && n > 1) {
        // VNI: a capital vowel with a small mark byte ("Uû"), or the other way round.
        const lower = table.get(key.toLowerCase())
        if (lower !== undefined) hit = isUpper(key[0]) ? lower.toUpperCase() : lower
      }
      if (hit !== undefined) {
        len = n
        break
      }
    }
    if (hit === undefined) {
      out.push(text[i])
      converted.push(false)
      i++
    } else {
      out.push(hit)
      converted.push(true)
      i += len
    }
  }
  if (id === 'tcvn3') recoverCapitals(out, converted)
  return out.join('').normalize('NFC')
}

/**
 * TCVN3 has no capital toned vowels (the .VnTimeH font draws the small ones as capitals), so a
 * converted small letter is written as a capital where its word is in capitals: "CéNG" → "CỘNG",
 * "ñY" → "ỦY" (no word starts small and goes on in capitals). A word of one capital and one
 * converted letter ("X·", "Sè", "Tù") is ambiguous: it takes capitals when a neighbouring word,
 * separated by a space, is in capitals and none is in small letters ("HÒA XÃ HỘI", "KẾ HOẠCH"),
 * else it keeps the small letter ("Tự do", "Số: 12").
 */
function recoverCapitals(out: string[], converted: boolean[]): void {
  type Word = { a: number; b: number; state: 'upper' | 'lower' | 'ambiguous'; fix: number[] }
  const words: Word[] = []
  for (let i = 0; i < out.length; ) {
    if (!isLetter(out[i])) {
      i++
      continue
    }
    let b = i
    while (b < out.length && isLetter(out[b])) b++
    let upper = 0
    let lower = 0
    const fix: number[] = []
    for (let j = i; j < b; j++) {
      if (converted[j] && !isUpper(out[j])) fix.push(j)
      else if (isUpper(out[j])) upper++
      else lower++
    }
    let state: Word['state'] = lower > 0 ? 'lower' : fix.length === 0 ? 'upper' : upper >= 2 || (upper === 1 && fix[0] === i) ? 'upper' : upper === 0 ? 'lower' : 'ambiguous'
    if (state === 'upper') for (const j of fix) out[j] = out[j].toUpperCase()
    words.push({ a: i, b, state, fix })
    i = b
  }
  // A word that opens a line after a blank line or a finished sentence (or opens a sentence)
  // starts with a capital: "Ứng dụng …", "- Ủy ban …".
  for (const w of words) {
    if (w.state !== 'lower' || w.fix[0] !== w.a || w.b - w.a < 2) continue
    let i = w.a - 1
    while (i >= 0 && out[i] !== '\n' && /[\s\-+*•\d.)(|]/u.test(out[i]) && !(out[i] === '.' && out[i - 1] !== undefined && /\p{L}/u.test(out[i - 1]))) i--
    let opens = false
    if (i < 0) opens = true
    else if (out[i] === '\n') {
      let j = i - 1
      while (j >= 0 && (out[j] === ' ' || out[j] === '\r')) j--
      opens = j < 0 || out[j] === '\n' || /[.:;!?*|]/.test(out[j])
    } else opens = /[.!?|]/.test(out[i]) && out.slice(i + 1, w.a).join('').startsWith(' ')
    if (opens) out[w.a] = out[w.a].toUpperCase()
  }
  const spaced = (x: Word, y: Word) => /^ +$/.test(out.slice(x.b, y.a).join(''))
  for (let changed = true; changed; ) {
    changed = false
    words.forEach((w, n) => {
      if (w.state !== 'ambiguous') return
      const near = [words[n - 1], words[n + 1]].filter((v, k) => v && (k === 0 ? spaced(v, w) : spaced(w, v)))
      if (near.some((v) => v.state === 'upper') && !near.some((v) => v.state === 'lower')) {
        w.state = 'upper'
        for (const j of w.fix) out[j] = out[j].toUpperCase()
        changed = true
      }
    })
  }
}

/** Unicode → legacy text, for tests and fixtures (TCVN3 writes capital toned vowels small, as .VnTimeH users type them). */
export function encodeLegacy(text: string, id: string): string {
  const { inverse } = tableOf(id)
  let out = ''
  const chars = [...text.normalize('NFC')]
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]
    // As .VnTime typists write "Ủy ban": "Uỷ" (the tone on the y), which reads back as "Ủy".
    const next = chars[i + 1]
    if (id === 'tcvn3' && !inverse.has(ch) && /^[ÒÓỎÕỌÙÚỦŨỤ]$/.test(ch) && next && /^[aey]$/.test(next) && !/\p{L}/u.test(chars[i + 2] ?? ' ')) {
      const base = ch.normalize('NFD')[0]
      const mark = ch.normalize('NFD').slice(1)
      const moved = (next + mark).normalize('NFC')
      if (inverse.has(moved) && /^(O[ae]|Uy)$/.test(base + next)) {
        out += base + inverse.get(moved)
        i++
        continue
      }
    }
    const direct = inverse.get(ch)
    if (direct !== undefined) out += direct
    else if (ch !== ch.toLowerCase() && inverse.has(ch.toLowerCase())) out += inverse.get(ch.toLowerCase())
    else out += ch
  }
  return out
}

/** The encoding a PDF font's name says its text is in (".VnTime", "VNI-Times"), or null. */
export function legacyOfFont(fontName: string): LegacyEncoding | null {
  for (const enc of rules().encodings) if (enc.fonts.some((f) => new RegExp(f, 'u').test(fontName))) return { id: enc.id, name: enc.name }
  return null
}
