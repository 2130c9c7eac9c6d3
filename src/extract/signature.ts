/** The signature block and the Nơi nhận list, after the body. */
import type { Diagnostic, Doc } from '../types.js'
import { evidence, pointAt, type Evidence } from '../parse/span.js'
import { globalPattern, matchesAtStart, pattern, rules } from '../lexicon/index.js'
import { fragments, LIST_MARK, type Fragment } from './header.js'

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
  const inlineRe = pattern(R(), 'header/person-name-inline')
  const lines = doc.lines
  let start = -1
  for (let i = bodyStart; i < lines.length && start < 0; i++) {
    const l = lines[i]
    if (l.blank) continue
    for (const f of fragments(doc, l)) {
      const t = doc.text.slice(f.start, f.end)
      // "KT. CHỦ TỊCH" at the line's start: an authority followed by capitals, not "KT, TH" in a Lưu line.
      if (distRe.test(t) || atStart(authRe, t)) {
        start = i
        break
      }
    }
  }
  // No Nơi nhận nor authority line: a title alone on its line ("GIÁM ĐỐC") opens the signature, so a
  // name in an appendix after it (a list of people) is not taken for the signer's.
  const titleAlone = start < 0 ? titleAloneLine(doc, bodyStart, titleRe) : -1
  const result: SignatureResult = { start: start < 0 ? lines.length : start, end: lines.length, signer: null, distribution: [] }
  if (start < 0) {
    // No Nơi nhận nor authority line: the name may still close the letter.
    diagnostics.push({ ruleId: 'signature/missing', severity: 'info', message: 'No "Nơi nhận" list or signing authority found after the body' })
  }
  let authority: string | null = null
  let title: string | null = null
  let inDistribution = false
  let mergedName: { name: string; ev: Evidence; line: number } | null = null
  const from = start < 0 ? (titleAlone >= 0 ? titleAlone : Math.max(bodyStart, lines.length - 8)) : start
  // A name in capitals under the title ends the search: a name in an appendix further down is not the signer's.
  const sigStart = start >= 0 ? start : titleAlone
  const capsAt = sigStart >= 0 ? capitalNameLine(doc, sigStart, titleRe, authRe) : -1
  // (Two more lines are still read: a caps line that only looks like a name, "PHÓ VĂN PHÒNG", may stand above the name.)
  const capsLine = capsAt >= 0 ? lastOfNonBlank(doc, capsAt, 3) : lines.length
  for (let i = from; i < lines.length && i <= capsLine && !result.signer; i++) {
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
      // An empty bullet, then the right column far off ("-          Phan Trung Bá"): a converter
      // kept the list marker of the left column on the signer's line.
      const gap = /^\s*[-+]\s{6,}(?=\S)/u.exec(t)
      if (gap) {
        base += gap[0].length
        t = t.slice(gap[0].length)
      }
      const am = authRe.exec(t)
      if (am) authority = authorityOf(am.groups!.auth)
      const bullet = /^\s*[-+]\s*/u.exec(t)
      if (bullet && inDistribution && !/[\p{Lu}Đ]{2,}\s*$/u.test(beforeName(t, nameRe))) {
        let body = t.slice(bullet[0].length)
        // Both columns on one line ("Như trên; KT. CHỦ TỊCH"): the capitals after the item are the signature's.
        const tail = capsTail(authRe).exec(body)
        if (tail && (authRe.exec(tail[1])?.index === 0 || titleRe.test(tail[1]))) {
          const ta = authRe.exec(tail[1])
          if (ta) authority = authorityOf(ta.groups!.auth)
          const own = lastTitle(tail[1], titleRe)
          if (own) title = own
          body = body.slice(0, tail.index + 1)
        }
        // A name after the item's ";" ("Lãnh đạo VPUBND tỉnh; Nguyễn Thế Phước"): the signer's,
        // kept in case no name stands alone further down.
        const named = /;\s+([\p{Lu}Đ][\p{Ll}đ]+(?:\s+[\p{Lu}Đ][\p{Ll}đ]+){1,3})\s*$/u.exec(body)
        if (named) {
          const at = base + bullet[0].length + named.index + named[0].indexOf(named[1])
          mergedName = { name: named[1], ev: evidence(doc, at, at + named[1].length), line: i }
          body = body.slice(0, named.index + 1)
        }
        const a = base + bullet[0].length
        // An item closed by "," ("- Như trên,") as Party letters print them: the comma is no part of it.
        result.distribution.push({ name: body.replace(/[.;,]\s*$/, '').trim(), ev: evidence(doc, a, a + body.replace(/[\s.;,]+$/, '').length) })
        continue
      }
      // "(Đã ký)" printed after the name on its line is no part of it.
      const signedMark = pattern(R(), 'header/signed-mark').exec(t)
      if (signedMark && signedMark.index > 0) t = t.slice(0, signedMark.index)
      const direct = nameRe.exec(t)
      if (!direct) {
        const own = lastTitle(t, titleRe)
        if (own) title = own
      }
      // A name run into capitals that follow it on the line (an appendix heading after the signature).
      const nm = direct ?? (/[\p{Lu}Đ]{2,}/u.test(t) ? inlineRe.exec(t) : null)
      if (!nm) continue
      // A rank or degree printed before the name ("Đại tá", "BSCKII.", "PGS.TS.") is no part of it.
      const prefix = pattern(R(), 'header/signer-prefix').exec(t.slice(0, nm.index))
      const before = t.slice(0, prefix ? prefix.index : nm.index)
      // Only a caps title (or nothing) may stand before the name on its line.
      if (before.trim() && !/[\p{Lu}Đ]{2,}[\s,]*$/u.test(before) && !/[\p{Lu}Đ]$/u.test(before)) continue
      if (/[\p{Lu}Đ]{2,}/u.test(before)) {
        // The signer's own title is the last title in the caps before the name.
        const own = lastTitle(before, titleRe)
        if (own) title = own
        for (const a of before.matchAll(globalPattern(R(), 'header/authority'))) authority = authorityOf(a.groups!.auth)
      }
      let a = base + nm.index + nm[0].indexOf(nm.groups!.name)
      let name = nm.groups!.name
      let b = a + name.length
      // A name wrapped inside its column of a two-column block (a table laid out by column:
      // "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn" / "Quốc Trị" under it): the words that end the
      // line above in the same column start it.
      const head = before.trim() ? null : nameHead(doc, i, f.start, name.split(' ').length)
      if (head) {
        name = `${head.words} ${name}`
        a = head.start
      }
      // A name cut at the line end by the converter ("Mai Tiến" / "Dũng"): the next line's lone
      // capitalised words, or the word that stands in the name's column there, finish it.
      const rest = nameRest(doc, i, name.split(' ').length, f.start)
      if (rest) {
        name = `${name} ${rest.words}`
        b = rest.end
        i = rest.line
      }
      result.signer = { name, authority, title, ev: evidence(doc, a, b) }
      result.end = i + 1
      break
    }
  }
  if (!result.signer && mergedName) {
    result.signer = { name: mergedName.name, authority, title, ev: mergedName.ev }
    result.end = mergedName.line + 1
  }
  if (!result.signer && sigStart >= 0) result.signer = capitalName(doc, sigStart, authority, title, titleRe, authRe)
  // The Nơi nhận list printed under the signature (a text layer that gives the right column first),
  // or going on below the signer's name in the left column.
  if (result.signer && !result.distribution.length) {
    const after = distributionAfter(doc, result.end, distRe)
    if (after) {
      result.distribution.push(...after.items)
      result.end = after.end
    }
  } else if (result.signer && inDistribution) {
    const rest = bulletItems(doc, result.end)
    if (rest.items.length) {
      result.distribution.push(...rest.items)
      result.end = rest.end
    }
  }
  if (!result.signer) diagnostics.push({ ruleId: 'signature/missing-signer', severity: 'warning', message: "No signer's name found in the signature block" })
  return result
}

/** A "Nơi nhận:" line within the next few lines after `from`, and its "- …" items: the list and the line after it. */
function distributionAfter(doc: Doc, from: number, distRe: RegExp): { items: SignatureResult['distribution']; end: number } | null {
  let i = from
  for (let seen = 0; i < doc.lines.length && seen < 3; i++) if (!doc.lines[i].blank && (++seen, distRe.test(doc.text.slice(doc.lines[i].start, doc.lines[i].end)))) break
  if (i >= doc.lines.length || !distRe.test(doc.text.slice(doc.lines[i].start, doc.lines[i].end))) return null
  const { items, end } = bulletItems(doc, i + 1)
  return items.length ? { items, end } : null
}

/** The "- …" items from line `from` on (one column: the first fragment of each line), up to the first other line. */
function bulletItems(doc: Doc, from: number): { items: SignatureResult['distribution']; end: number } {
  const items: SignatureResult['distribution'] = []
  let end = from
  for (let j = from; j < doc.lines.length; j++) {
    const l = doc.lines[j]
    if (l.blank) continue
    const f = fragments(doc, l)[0]
    const t = f ? doc.text.slice(f.start, f.end) : ''
    const bullet = new RegExp(`^\\s*(?:[-+]|${LIST_MARK.source})\\s*`, 'u').exec(t)
    if (!f || !bullet || t.length > 160) break
    const body = t.slice(bullet[0].length).replace(/[\s.;,]+$/u, '')
    const a = f.start + bullet[0].length
    if (body) items.push({ name: body, ev: evidence(doc, a, a + body.length) })
    end = j + 1
  }
  return { items, end }
}

/** "T/M", "K.T", "TM" → "TM.": the authority as one writes it, whatever the separators printed. */
const authorityOf = (printed: string): string => {
  // Spelled out ("THAY MẶT", "KÝ THAY"): the code its group is named by.
  const spelled = pattern(R(), 'header/authority-spelled').exec(printed.replace(/\s+/g, ' ').trim())
  const code = spelled ? Object.entries(spelled.groups ?? {}).find(([, v]) => v !== undefined)?.[0] : undefined
  return (code ?? printed.replace(/[/.\s]/g, '')) + '.'
}

/** The line where the `count`-th non-blank line from `from` on (counting `from`) ends the stretch: its index, or the last line. */
function lastOfNonBlank(doc: Doc, from: number, count: number): number {
  let seen = 0
  for (let k = from; k < doc.lines.length; k++) if (!doc.lines[k].blank && ++seen === count) return k
  return doc.lines.length - 1
}

/** The first line after the body that holds only a signer's title in capitals ("GIÁM ĐỐC", "PHÓ CHỦ TỊCH"), or -1. */
function titleAloneLine(doc: Doc, from: number, titleRe: RegExp): number {
  for (let i = from; i < doc.lines.length; i++) {
    const l = doc.lines[i]
    if (l.blank || l.cells) continue
    const t = doc.text.slice(l.start, l.end).trim()
    const m = titleRe.exec(t)
    if (m && m[0].length === t.length) return i
  }
  return -1
}

function beforeName(t: string, nameRe: RegExp): string {
  const m = nameRe.exec(t)
  return m ? t.slice(0, m.index) : ''
}

let tailRe: RegExp | null = null
/**
 * Capitals after an item's ";" at the end of a Nơi nhận line, maybe under an authority ("Như
 * trên; KT. CHỦ TỊCH"): the signature's column run into the list's. Composed from the
 * authority rule so that its prefixes have one home (rules/header.json).
 */
function capsTail(authRe: RegExp): RegExp {
  tailRe ??= new RegExp(`[;,.]\\s+((?:${authRe.source})?[\\p{Lu}Đ]{2,}(?:\\s+[\\p{Lu}Đ]{2,})*)\\s*$`, 'u')
  return tailRe
}

/** The signer's own title: the last group of titles in a run of capitals ("KT. BỘ TRƯỞNG THỨ TRƯỞNG" → "THỨ TRƯỞNG"). */
function lastTitle(caps: string, titleRe: RegExp): string | null {
  const text = caps.replace(globalPattern(R(), 'header/authority'), '| ').trim()
  const groups: string[] = []
  let current: string[] = []
  let i = 0
  while (i < text.length) {
    const rest = text.slice(i)
    const m = titleRe.exec(rest)
    if (m && m.index === 0) {
      current.push(m[0])
      i += m[0].length
      const sep = /^\s*,\s*/u.exec(text.slice(i))
      if (sep) i += sep[0].length
      else {
        groups.push(current.join(', '))
        current = []
      }
      continue
    }
    if (current.length) {
      groups.push(current.join(', '))
      current = []
    }
    const skip = /^\S+\s*/u.exec(rest)
    i += skip ? skip[0].length : 1
  }
  if (current.length) groups.push(current.join(', '))
  return groups.length ? groups[groups.length - 1] : null
}

/**
 * A name printed in capitals ("NGUYỄN HỮU THÁP") under the signer's title: 2 to 5 words of
 * letters only, none of them a title, an authority or a body's name. Read only when no
 * title-case name was found.
 */
function capitalName(
  doc: Doc,
  start: number,
  authority: string | null,
  title: string | null,
  titleRe: RegExp,
  authRe: RegExp,
): SignatureResult['signer'] {
  const f = capitalNameFragment(doc, start, titleRe, authRe)
  if (!f) return null
  const name = doc.text.slice(f.start, f.end).trim().toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase())
  return { name, authority, title, ev: evidence(doc, f.start, f.end) }
}

/** The line (index into doc.lines) of the name in capitals under the title, or -1. */
function capitalNameLine(doc: Doc, start: number, titleRe: RegExp, authRe: RegExp): number {
  return capitalNameFragment(doc, start, titleRe, authRe)?.line ?? -1
}

function capitalNameFragment(doc: Doc, start: number, titleRe: RegExp, authRe: RegExp): Fragment | null {
  let seenTitle = false
  for (let i = start; i < doc.lines.length; i++) {
    const l = doc.lines[i]
    if (l.blank) continue
    for (const f of fragments(doc, l)) {
      const t = doc.text.slice(f.start, f.end).trim()
      if (titleRe.test(stripAuthority(t, authRe)) || authRe.test(t)) {
        seenTitle = true
        continue
      }
      if (!seenTitle) continue
      if (!/^[\p{Lu}Đ]+(?:\s+[\p{Lu}Đ]+){1,4}$/u.test(t) || pattern(rules().header, 'header/level-head').test(t)) continue
      return f
    }
  }
  return null
}

/** The column (in the source line) where flat offset k stands. */
function rawColumn(doc: Doc, k: number): number {
  return pointAt(doc, doc.map[k]).column
}

/**
 * The rest of a name wrapped onto the next line (a name has at most four words): one
 * capitalised word alone there, or one that ends that line in the column where the name's
 * block starts (`column`: flat offset of the block's fragment).
 */
function nameRest(doc: Doc, i: number, have: number, column: number): { words: string; end: number; line: number } | null {
  for (let j = i + 1; j < Math.min(doc.lines.length, i + 3); j++) {
    const l = doc.lines[j]
    if (l.blank) continue
    if (have + 1 > 4) return null
    const t = doc.text.slice(l.start, l.end)
    const m = /^\s*([\p{Lu}Đ][\p{Ll}đ]+)\s*$/u.exec(t) ?? /\s([\p{Lu}Đ][\p{Ll}đ]+)\s*$/u.exec(t)
    if (!m) return null
    const start = l.start + m.index + m[0].indexOf(m[1])
    if (!/^\s*[\p{Lu}Đ][\p{Ll}đ]+\s*$/u.test(t) && Math.abs(rawColumn(doc, start) - rawColumn(doc, column)) > 1) return null
    return { words: m[1], end: start + m[1].length, line: j }
  }
  return null
}

/**
 * The start of a name wrapped inside its column: the line above holds a fragment in the same
 * column (`column`: flat offset where the name's fragment starts) that ends with one or two
 * capitalised words after the title's capitals ("… THỨ TRƯỞNG Nguyễn").
 */
function nameHead(doc: Doc, i: number, column: number, have: number): { words: string; start: number } | null {
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const l = doc.lines[j]
    if (l.blank) continue
    const want = rawColumn(doc, column)
    for (const g of fragments(doc, l)) {
      if (Math.abs(rawColumn(doc, g.start) - want) > 1) continue
      const t = doc.text.slice(g.start, g.end)
      const m = /(?:^|[\p{Lu}Đ]{2,}\s+)((?:[\p{Lu}Đ][\p{Ll}đ]+\s+)?[\p{Lu}Đ][\p{Ll}đ]+)\s*$/u.exec(t)
      if (!m || have + m[1].split(/\s+/).length > 5) return null
      const start = g.start + m.index + m[0].indexOf(m[1])
      return { words: m[1].replace(/\s+/g, ' '), start }
    }
    return null
  }
  return null
}

/** The line without the authority that opens it ("KT. CHỦ TỊCH" → "CHỦ TỊCH"). */
function stripAuthority(t: string, authRe: RegExp): string {
  const m = authRe.exec(t)
  return m && m.index === 0 ? t.slice(m[0].length) : t
}

const atStart = matchesAtStart
