/** The signature block and the Nơi nhận list, after the body. */
import type { Diagnostic, Doc } from '../types.js'
import { evidence, type Evidence } from '../parse/span.js'
import { pattern, rules } from '../rules/index.js'
import { fragments } from './header.js'

export interface SignatureResult {
  /** First line of the closing block (Nơi nhận or authority); the body ends before it. */
  start: number
  /** First line after the signer's name: an appendix may follow. */
  end: number
  signer: { name: string; authority: string | null; title: string | null; ev: Evidence } | null
  distribution: Array<{ name: string; ev: Evidence }>
}

const R = () => rules().header

export function extractSignature(doc: Doc, bodyStart: number, diagnostics: Diagnostic[]): SignatureResult {
  const distRe = pattern(R(), 'header/distribution')
  const authRe = pattern(R(), 'header/authority')
  const titleRe = pattern(R(), 'header/signer-title')
  const nameRe = pattern(R(), 'header/person-name')
  const lines = doc.lines
  let start = -1
  for (let i = bodyStart; i < lines.length && start < 0; i++) {
    const l = lines[i]
    if (l.blank) continue
    for (const f of fragments(doc, l)) {
      const t = doc.text.slice(f.start, f.end)
      if (distRe.test(t) || (authRe.exec(t)?.index === 0 && isCapsTail(t))) {
        start = i
        break
      }
    }
  }
  const result: SignatureResult = { start: start < 0 ? lines.length : start, end: lines.length, signer: null, distribution: [] }
  if (start < 0) {
    // No Nơi nhận nor authority line: the name may still close the letter.
    diagnostics.push({ ruleId: 'signature/missing', severity: 'info', message: 'No "Nơi nhận" list or signing authority found after the body' })
  }
  let authority: string | null = null
  let title: string | null = null
  let inDistribution = false
  const from = start < 0 ? Math.max(bodyStart, lines.length - 8) : start
  for (let i = from; i < lines.length && !result.signer; i++) {
    const l = lines[i]
    if (l.blank) continue
    for (const f of fragments(doc, l)) {
      let t = doc.text.slice(f.start, f.end)
      let base = f.start
      const dm = distRe.exec(t)
      if (dm) {
        inDistribution = true
        base += dm.index + dm[0].length
        t = t.slice(dm.index + dm[0].length)
        // Inline list: "Nơi nhận: - A; - B; …"
        for (const m of t.matchAll(/(?:^|\s)[-+]\s*([^;]+?)\s*(?=;|\s-\s|$)/gu)) {
          const a = base + m.index! + m[0].indexOf(m[1])
          result.distribution.push({ name: m[1].replace(/[.;]$/, ''), ev: evidence(doc, a, a + m[1].length) })
        }
        continue
      }
      const am = authRe.exec(t)
      if (am && !authority) authority = am.groups!.auth.replace('/', '') + '.'
      const bullet = /^\s*[-+]\s*/u.exec(t)
      if (bullet && inDistribution && !/[\p{Lu}Đ]{2,}\s*$/u.test(beforeName(t, nameRe))) {
        const body = t.slice(bullet[0].length)
        const a = base + bullet[0].length
        result.distribution.push({ name: body.replace(/[.;]\s*$/, '').trim(), ev: evidence(doc, a, a + body.replace(/[\s.;]+$/, '').length) })
        continue
      }
      const tm = titleRe.exec(t.replace(/^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\.?\s+/u, ''))
      if (tm) title = t.replace(/^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\.?\s+/u, '').split(/\s{2,}/)[0].trim()
      const nm = nameRe.exec(t)
      if (!nm) continue
      const before = t.slice(0, nm.index)
      // Only a caps title (or nothing) may stand before the name on its line.
      if (before.trim() && !/[\p{Lu}Đ]{2,}[\s,]*$/u.test(before) && !/[\p{Lu}Đ]$/u.test(before)) continue
      if (/[\p{Lu}Đ]{2,}/u.test(before)) {
        const caps = before.replace(/^.*?((?:[\p{Lu}Đ]{2,}[\s,.]*)+)$/u, '$1').trim()
        const ct = titleRe.exec(caps.replace(/^.*?(PHÓ\s|CHỦ|BỘ|THỨ|GIÁM|CHÁNH|CỤC|VỤ|TRƯỞNG|BÍ|THỦ)/u, '$1'))
        if (ct) title = caps.replace(/^(TM|KT|TL|TUQ|Q)\.?\s+/u, '')
      }
      const a = base + nm.index + nm[0].indexOf(nm.groups!.name)
      result.signer = { name: nm.groups!.name, authority, title, ev: evidence(doc, a, a + nm.groups!.name.length) }
      result.end = i + 1
      break
    }
  }
  if (!result.signer) diagnostics.push({ ruleId: 'signature/missing-signer', severity: 'warning', message: "No signer's name found in the signature block" })
  return result
}

function beforeName(t: string, nameRe: RegExp): string {
  const m = nameRe.exec(t)
  return m ? t.slice(0, m.index) : ''
}

/** "KT. CHỦ TỊCH" — an authority followed by capitals, not "KT, TH" in a Lưu line. */
function isCapsTail(t: string): boolean {
  return /^(?:TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\.?\s+[\p{Lu}Đ]{2,}/u.test(t)
}
