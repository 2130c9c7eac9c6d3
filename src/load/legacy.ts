import { rules } from '../rules/index.js'

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
  for (const enc of rules().encodings) {
    let hits = 0
    for (const re of enc.markers) {
      re.lastIndex = 0
      const m = sample.match(re)
      if (m) hits += m.length
    }
    // Real Vietnamese Unicode has these letters in nearly every sentence; legacy text has none.
    if (hits >= enc.minHits && unicode * 4 < hits) return { id: enc.id, name: enc.name }
  }
  return null
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
  // TCVN3 has no capital toned vowels: inside a word otherwise in capitals, write one as a capital.
  for (let k = 0; k < out.length; k++) {
    if (!converted[k] || isUpper(out[k]) || !isLetter(out[k])) continue
    let a = k
    while (a > 0 && isLetter(out[a - 1])) a--
    let b = k + 1
    while (b < out.length && isLetter(out[b])) b++
    let upper = 0
    let lower = 0
    for (let j = a; j < b; j++) {
      if (j === k || (converted[j] && !isUpper(out[j]))) continue
      if (isUpper(out[j])) upper++
      else lower++
    }
    if (upper > 0 && lower === 0) out[k] = out[k].toUpperCase()
  }
  return out.join('').normalize('NFC')
}

/** Unicode → legacy text, for tests and fixtures (TCVN3 writes capital toned vowels small, as .VnTimeH users type them). */
export function encodeLegacy(text: string, id: string): string {
  const { inverse } = tableOf(id)
  let out = ''
  for (const ch of text.normalize('NFC')) {
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
