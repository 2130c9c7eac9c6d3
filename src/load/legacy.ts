import { rules } from '../rules/index.js'

/**
 * Names the legacy Vietnamese encoding a text was written in (TCVN3/ABC, VNI), or null.
 * The markers live in rules/encodings.json; a text needs several hits before we call it,
 * so one stray "©" in a Unicode letter is not refused.
 */
/** Characters Unicode Vietnamese does not use but the legacy encodings are full of: a cheap gate. */
const GATE = /[¨©ª«¬®§µ¶·¸¹¼½¾ÆÇÎÏ×ØÜÞßæçëîïñ÷þøûöÑ]|VnTime/

export function detectLegacyEncoding(text: string): string | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text
  if (!GATE.test(sample)) return null
  for (const enc of rules().encodings) {
    let hits = 0
    for (const re of enc.markers) {
      re.lastIndex = 0
      const m = sample.match(re)
      if (m) hits += m.length
    }
    if (hits >= enc.minHits) return enc.name
  }
  return null
}
