/**
 * The letter header (Nghị định 30/2020/NĐ-CP Phụ lục I): issuing body, number and symbol,
 * place and date, type and subject, Kính gửi; and the signature block at the end.
 * Works on "fragments": a line split into its printed columns (table cells, or runs of
 * three or more spaces in PDF text), with the national name and motto cut out.
 */
import type { Diagnostic, Doc, Line } from '../types.js'
import { evidence, type Evidence } from '../parse/span.js'
import { pattern, globalPattern, rules, localityPatterns } from '../lexicon/index.js'
import { parseRef, type ParsedRef } from '../readers/refs.js'
import { canonicalAgencyName, fold, properCaseUpper } from '../readers/names.js'
import { docTypeByTitle } from '../readers/doc-types.js'
import { agencyRunAt } from '../readers/agencies.js'
import { readLetterDate } from '../readers/dates.js'
import { localityOf } from '../resolve/identity.js'
import { trace, tracing } from '../explain.js'

export interface Fragment {
  line: number
  start: number
  end: number
}

export interface HeaderResult {
  ref: (ParsedRef & { ev: Evidence }) | null
  /** Type from the title line, or null (then the symbol decides). */
  titleType: { name: string; ev: Evidence } | null
  date: { iso: string | null; ev: Evidence } | null
  place: { name: string; ev: Evidence } | null
  issuer: { name: string; printed: string; parent: string | null; ev: Evidence } | null
  subject: { text: string; ev: Evidence } | null
  recipients: Array<{ name: string; ev: Evidence }>
  /** First line of the body (after the header). */
  bodyStart: number
  /** Secrecy and urgency marks printed alone on a line (MẬT, KHẨN, HỎA TỐC). */
  marks: string[]
}

const R = () => rules().header

const fragmentCache = new WeakMap<Doc, Map<number, Fragment[]>>()

/** Split one line into its printed columns (computed once per line: header and signature both ask). */
export function fragments(doc: Doc, line: Line): Fragment[] {
  let byLine = fragmentCache.get(doc)
  if (!byLine) {
    byLine = new Map()
    fragmentCache.set(doc, byLine)
  }
  let cached = byLine.get(line.index)
  if (!cached) {
    cached = computeFragments(doc, line)
    byLine.set(line.index, cached)
  }
  return cached.slice()
}

function computeFragments(doc: Doc, line: Line): Fragment[] {
  const out = splitColumns(doc, line)
  return wrappedYear(doc, line, dropNationalTail(doc, line, mergeNumber(doc, out).flatMap((f) => cutMottos(doc, f))))
}

/** The printed columns of a line, before any merge: table cells, or runs split by wide gaps. */
function splitColumns(doc: Doc, line: Line): Fragment[] {
  const out: Fragment[] = []
  const ranges = line.cells ?? [{ start: line.start, end: line.end }]
  for (const r of ranges) {
    const text = doc.text.slice(r.start, r.end)
    // Columns in PDF text are separated by wide runs of spaces, or by a pipe between spaces (a
    // converter's "left | right" header lines).
    const re = /\S(?:.*?\S)?(?=\s{3,}|\s+\|\s|\s*$)/gu
    let m: RegExpExecArray | null
    while ((m = re.exec(text))) out.push(...brokenAtBr(doc, { line: line.index, start: r.start + m.index, end: r.start + m.index + m[0].length }))
  }
  return out
}

/**
 * "Số: 5512/UBND-XDNĐ<br>V/v …" in one table cell: a "<br>" the flat text drops is a printed line
 * break, so the cell's lines are fragments of their own (the number does not run into the subject).
 */
function brokenAtBr(doc: Doc, f: Fragment): Fragment[] {
  const raw = doc.source.raw
  // Only the fragment's own stretch of the source is looked at: the header reads a fragment per
  // line, and scanning the whole source each time made a 20,000-line letter quadratic.
  if (f.end <= f.start || !raw.slice(doc.map[f.start], (doc.map[f.end - 1] ?? raw.length) + 1).includes('<')) return [f]
  const out: Fragment[] = []
  let from = f.start
  for (let p = f.start + 1; p < f.end; p++) {
    if (!/<br\s*\/?>/iu.test(raw.slice(doc.map[p - 1] + 1, doc.map[p]))) continue
    const part = trimFragment(doc, { line: f.line, start: from, end: p })
    if (part.end > part.start) out.push(part)
    from = p
  }
  const last = trimFragment(doc, { line: f.line, start: from, end: f.end })
  if (last.end > last.start) out.push(last)
  return out.length ? out : [f]
}

/**
 * "Hà Nội, ngày 22 tháng 7 năm" / "2025": a narrow right column wrapped the year of the date onto
 * the next line, where it stands alone in that column. The date's fragment runs on to the year
 * (its span crosses the line end), and the year is no fragment of its own line.
 */
function wrappedYear(doc: Doc, line: Line, frags: Fragment[]): Fragment[] {
  if (line.cells) return frags
  const open = pattern(R(), 'header/date-year-wrapped')
  const last = frags[frags.length - 1]
  const next = doc.lines[line.index + 1]
  if (last && next && !next.blank && !next.cells && open.test(doc.text.slice(last.start, last.end))) {
    const year = alignedYear(doc, next, last.start - line.start)
    if (year) frags[frags.length - 1] = { line: last.line, start: last.start, end: year.end }
  }
  const prev = doc.lines[line.index - 1]
  if (!prev || prev.blank || prev.cells) return frags
  const above = splitColumns(doc, prev).pop()
  if (!above || !open.test(doc.text.slice(above.start, above.end))) return frags
  const year = alignedYear(doc, line, above.start - prev.start)
  return year ? frags.filter((f) => f.start !== year.start) : frags
}

/** A four-digit year alone as the last column of `line`, starting at or right of `column` (less 2). */
function alignedYear(doc: Doc, line: Line, column: number): Fragment | null {
  const f = splitColumns(doc, line).pop()
  if (!f || !/^\d{4}$/u.test(doc.text.slice(f.start, f.end)) || f.start - line.start < column - 2) return null
  return f
}

/**
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM": a narrow right column wrapped the national name, so
 * the rest stands alone on the next line; it is no letterhead line (the rightmost such fragment at
 * or right of where the cut name starts).
 */
function dropNationalTail(doc: Doc, line: Line, frags: Fragment[]): Fragment[] {
  const tail = pattern(R(), 'header/national-name-tail')
  if (!frags.some((f) => tail.test(doc.text.slice(f.start, f.end)))) return frags
  let k = line.index - 1
  if (k >= 0 && doc.lines[k].blank) k--
  const prev = k >= 0 ? doc.lines[k] : null
  if (!prev) return frags
  const prevText = doc.text.slice(prev.start, prev.end)
  const g = globalPattern(R(), 'header/national-name')
  let cutAt = -1
  for (let m: RegExpExecArray | null; (m = g.exec(prevText)); ) {
    if (m[0].length === 0) {
      g.lastIndex++
      continue
    }
    const last = m[0].trim().split(/\s+/u).pop() ?? ''
    if (!tail.test(last)) cutAt = m.index
  }
  if (cutAt < 0) return frags
  let drop = -1
  for (let i = 0; i < frags.length; i++) if (tail.test(doc.text.slice(frags[i].start, frags[i].end)) && frags[i].start - line.start >= cutAt - 4) drop = i
  return drop < 0 ? frags : frags.filter((_, i) => i !== drop)
}

/** "Số:   69   /2024/QĐ-UBND": a number and symbol spread over wide gaps are one field; so is a date around a blank day. */
function mergeNumber(doc: Doc, frags: Fragment[]): Fragment[] {
  const out: Fragment[] = []
  for (const f of frags) {
    const prev = out[out.length - 1]
    if (prev && pattern(R(), 'header/number-label-alone').test(doc.text.slice(prev.start, prev.end)) && /^(?:\d+[a-z]?(?:\s|$)|[/\-–])/u.test(doc.text.slice(f.start, f.end)))
      out[out.length - 1] = { line: prev.line, start: prev.start, end: f.end }
    // "Quảng Trị, ngày      tháng 9 năm 2025": a day (or month) left blank is a gap inside the date.
    else if (prev && pattern(R(), 'header/date-gap-before').test(doc.text.slice(prev.start, prev.end)) && pattern(R(), 'header/date-gap-after').test(doc.text.slice(f.start, f.end)))
      out[out.length - 1] = { line: prev.line, start: prev.start, end: f.end }
    else out.push(f)
  }
  return out
}

/** Removes the national name, the motto and decoration rules; keeps what is left around them. */
function cutMottos(doc: Doc, f: Fragment): Fragment[] {
  let parts: Fragment[] = [f]
  for (const id of ['header/national-name', 'header/motto', 'header/party-name', 'header/decoration']) {
    const next: Fragment[] = []
    for (const p of parts) {
      const text = doc.text.slice(p.start, p.end)
      const g = globalPattern(R(), id)
      let last = 0
      let m: RegExpExecArray | null
      while ((m = g.exec(text))) {
        if (m[0].length === 0) {
          g.lastIndex++
          continue
        }
        if (m.index > last) next.push({ line: p.line, start: p.start + last, end: p.start + m.index })
        last = m.index + m[0].length
      }
      if (last < text.length) next.push({ line: p.line, start: p.start + last, end: p.end })
    }
    parts = next.map((p) => trimFragment(doc, p)).filter((p) => p.end > p.start)
  }
  return parts
}

function trimFragment(doc: Doc, f: Fragment): Fragment {
  let { start, end } = f
  while (start < end && /[\s*_|]/.test(doc.text[start])) start++
  while (end > start && /[\s*_|]/.test(doc.text[end - 1])) end--
  return { line: f.line, start, end }
}

const upperRatio = (s: string): number => {
  const letters = s.match(/\p{L}/gu) ?? []
  if (!letters.length) return 0
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length
}

const isBlank = (doc: Doc, i: number) => !doc.lines[i] || doc.lines[i].blank

/** How far down the header may reach: it ends before the first long body paragraph. */
function headerLimit(doc: Doc): number {
  let seen = 0
  for (const line of doc.lines) {
    if (line.blank) continue
    seen++
    const len = line.end - line.start
    if (seen > 60) return line.index
    if (len > 180 && !line.cells) {
      const t = doc.text.slice(line.start, line.end)
      // A title line run into its subject ("QUYẾT ĐỊNH V/V BAN HÀNH …") is long and still header.
      if (!pattern(R(), 'header/number').test(t) && !pattern(R(), 'header/place-date').test(t) && !pattern(R(), 'header/recipients').test(t) && !docTypeTitle(t)) return line.index
    }
  }
  return doc.lines.length
}

export function extractHeader(doc: Doc, diagnostics: Diagnostic[]): HeaderResult {
  const limit = headerLimit(doc)
  const frags: Fragment[] = []
  for (let i = 0; i < limit; i++) if (!doc.lines[i].blank) frags.push(...fragments(doc, doc.lines[i]))
  const fragText = (f: Fragment) => doc.text.slice(f.start, f.end)
  const result: HeaderResult = {
    ref: null,
    titleType: null,
    date: null,
    place: null,
    issuer: null,
    subject: null,
    recipients: [],
    bodyStart: 0,
    marks: [],
  }
  let lastHeaderLine = -1
  // A consumed part of a fragment leaves its remainder as a new fragment (one-line headers).
  const remainder = (f: Fragment, a: number, b: number): Fragment[] => {
    const out: Fragment[] = []
    if (a > f.start) out.push(trimFragment(doc, { line: f.line, start: f.start, end: a }))
    if (b < f.end) out.push(trimFragment(doc, { line: f.line, start: b, end: f.end }))
    return out.filter((x) => x.end > x.start)
  }

  // 1. Number and symbol: the first "Số:" in the header.
  const numberRe = pattern(R(), 'header/number')
  let refFrag = -1
  let refLine = -1
  for (let k = 0; k < frags.length && !result.ref; k++) {
    const f = frags[k]
    const m = numberRe.exec(fragText(f))
    if (!m || m.index !== 0) continue
    const a = f.start + m.index
    let b = a + m[0].length
    // OCR's stray space inside the number ("Số: 15 27 /…"): the pattern admits it only before the separator.
    const numPrinted = m.groups?.number ?? null
    const num = numPrinted?.replace(/\s+/g, '') ?? null
    let symbol = m.groups?.symbol ?? ''
    // "Số: 2345/SNNPTNT-" / "CCTL": the column wrapped the symbol after a hyphen; the code that opens
    // the next line in the same column ends it.
    const wrapped = symbol ? wrappedSymbol(doc, f, b) : null
    if (wrapped) {
      // The span stays on the number's line (through the hyphen): a span is one stretch of the source.
      const hyphen = doc.text.slice(b, f.end).trim()
      symbol += hyphen + doc.text.slice(wrapped.start, wrapped.end)
      b = f.end
      const at = frags.findIndex((x) => x.start === wrapped.start)
      if (at > k) frags.splice(at, 1)
      traceHeader('header/number', 'note', 'symbol wrapped after its hyphen onto the next line', wrapped.start, wrapped.end)
    }
    const parsed = parseRef(num, m.groups?.year?.replace(/[/\s]/g, '') ?? null, m.groups?.sep ?? '/', symbol)
    const sStart = numPrinted ? a + m[0].indexOf(numPrinted) : b - (m.groups?.symbol?.length ?? 0)
    result.ref = { ...parsed, ev: evidence(doc, sStart, b) }
    traceHeader('header/number', 'kept', `number and symbol: ${parsed.ref ?? '(no number printed)'}`, sStart, b)
    refFrag = k
    refLine = f.line
    lastHeaderLine = Math.max(lastHeaderLine, wrapped ? wrapped.line : f.line)
    frags.splice(k, 1, ...remainder(f, a, b))
  }

  // 2. Issuing body: capitalised fragments above the number (or above the date).
  const dateRe = pattern(R(), 'header/place-date')
  let firstDateFrag = frags.findIndex((f) => dateRe.test(fragText(f)))
  // With neither, the first four fragments, past a type title printed above the letterhead.
  let titleBlock = 0
  if (frags.length && docTypeTitle(fragText(frags[0]))) while (titleBlock < frags.length && (titleBlock === 0 || !pattern(R(), 'header/level-head').test(fragText(frags[titleBlock]).trim()))) titleBlock++
  const issuerEnd = refFrag >= 0 ? refFrag : firstDateFrag >= 0 ? firstDateFrag : Math.min(frags.length, 4 + titleBlock)
  // A type title above the letterhead ("NGHỊ QUYẾT" / "VỀ" / … / "HỘI ĐỒNG NHÂN DÂN TỈNH X") and its title lines are no level of it.
  let inTitle = false
  let lastKept: Fragment | null = null
  const issuerFrags = frags.slice(0, issuerEnd).filter((f) => {
    const t = fragText(f)
    // "BAN QUẢN LÝ" / "DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH": a type word that goes on with a letterhead line
    // left open just above it is part of the name, not a title.
    const continues = !!lastKept && lastKept.line < f.line && f.line - lastKept.line <= 2 && pattern(R(), 'header/level-open-end').test(fragText(lastKept))
    if (docTypeTitle(t) && !continues) inTitle = true
    else if (inTitle && pattern(R(), 'header/level-head').test(t.trim())) inTitle = false
    const kept = !inTitle && upperRatio(t) > 0.8 && !/[0-9:]/.test(withoutPlaceNumber(t)) && !pattern(R(), 'header/session-line').test(t.trim())
    if (kept) lastKept = f
    return kept
  })
  if (tracing())
    for (const f of frags.slice(0, issuerEnd)) {
      const t = fragText(f)
      const kept = issuerFrags.includes(f)
      const why = upperRatio(t) <= 0.8 ? 'not in capitals' : /[0-9:]/.test(withoutPlaceNumber(t)) ? 'holds a digit or a colon' : pattern(R(), 'header/session-line').test(t.trim()) ? "a council's term and session" : 'a type title or its title lines'
      traceHeader('header/issuer', kept ? 'kept' : 'dropped', kept ? `issuer line (capitals above the ${refFrag >= 0 ? 'number' : firstDateFrag >= 0 ? 'date' : 'fourth fragment'})` : `not an issuer line: ${why}`, f.start, f.end)
    }
  // A letterhead printed in sentence case (a portal's page whose capitals were only a style):
  // the short lines above the number, the first opening with a body's head word, are the issuer.
  const caseless = !issuerFrags.length && refFrag >= 0 ? sentenceCaseLetterhead(doc, frags.slice(0, refFrag)) : null
  if (caseless) traceHeader('header/issuer', 'note', 'letterhead in sentence case: the lines above the number that open with a body\'s head word', caseless[0].start, caseless[caseless.length - 1].end)
  if (issuerFrags.length) result.issuer = buildIssuer(doc, issuerFrags)
  else if (caseless) result.issuer = buildIssuer(doc, caseless, true)
  else if (tracing()) traceHeader('header/missing-issuer', 'note', `issuer null: no line in capitals above the ${refFrag >= 0 ? 'number' : firstDateFrag >= 0 ? 'place and date' : 'first fragments'}`)

  // 3. Place and date.
  firstDateFrag = frags.findIndex((f) => dateRe.test(fragText(f)))
  if (firstDateFrag >= 0) {
    const f = frags[firstDateFrag]
    const m = dateRe.exec(fragText(f))!
    const a = f.start + m.index
    const b = a + m[0].length
    const place = m.groups!.place
    result.place = { name: place, ev: evidence(doc, a, a + place.length) }
    // The pattern composes {{letterDate}}: the shared date reader reads it (blank or illegible: iso null).
    const date = readLetterDate(m[0], place.length)
    if (!date) throw new Error('rules: header/place-date must compose {{letterDate}} (rules/dates.json) after the place')
    const iso = date.iso
    result.date = { iso, ev: evidence(doc, a + date.start, a + date.end) }
    traceHeader('header/place-date', 'kept', `place "${place}", date ${iso ?? 'unreadable (left blank or illegible)'}`, a, b)
    if (!iso)
      diagnostics.push({
        ruleId: 'header/unreadable-date',
        severity: 'warning',
        message: 'Unexpected blank or illegible issue date, expected "ngày D tháng M năm YYYY"',
        span: result.date.ev.span,
      })
    lastHeaderLine = Math.max(lastHeaderLine, f.line)
    frags.splice(firstDateFrag, 1, ...remainder(f, a, b))
  } else {
    traceHeader('header/missing-date', 'note', 'place and date null: no fragment of the header reads "<place>, ngày … tháng … năm …"')
    diagnostics.push({ ruleId: 'header/missing-date', severity: 'warning', message: 'No place and date line ("…, ngày … tháng … năm …") in the header' })
  }

  // 4. Subject of a công văn: "V/v …" and its wrapped lines.
  const subjectRe = pattern(R(), 'header/subject-lead')
  const subjectLower = pattern(R(), 'header/subject-lead-lower')
  const recipientsRe = pattern(R(), 'header/recipients')
  for (let k = 0; k < frags.length && !result.subject; k++) {
    const f = frags[k]
    let m = subjectRe.exec(fragText(f))
    // Party style: "về việc …" in lower case right under the number.
    // Only header matter (the date, the Party's name, cell marks) may stand between them.
    if (!m && refLine >= 0 && f.line > refLine && f.line <= refLine + 8 && !frags.some((x) => x.line > refLine && x.line < f.line)) m = subjectLower.exec(fragText(f))
    if (!m || upperRatio(fragText(f)) > 0.8) continue
    // "V/v" must open its fragment, or follow the number on the same line.
    if (m.index > 0 && !sameLineAsRef(doc, f, result)) continue
    const parts: Fragment[] = [{ line: f.line, start: f.start + m.index + m[0].length, end: f.end }]
    let line = f.line
    const subjectColumn = f.start - doc.lines[f.line].start
    let passed = 0
    while (true) {
      const nextLine = line + 1
      if (nextLine >= limit || isBlank(doc, nextLine)) break
      const nf = fragments(doc, doc.lines[nextLine])
      const first = nf[0]
      const t = first ? fragText(first) : ''
      // The right column's date on the same line ends the subject there ("DN 2014 Hà Nội, ngày …").
      const dm = dateRe.exec(t)
      // A line of the right column alone between two lines of the subject (pdftotext -layout puts the
      // date, or the motto, on its own line there): passed over, the subject goes on below it.
      const rightOnly = !nf.length || (nf.length === 1 && dm?.index === 0 && first.start - doc.lines[nextLine].start > subjectColumn + 15)
      // An unwrapper may have run the subject's next line on after that date: the lower-case rest goes on with it.
      const runOnRest = rightOnly && dm ? trimFragment(doc, { line: first.line, start: first.start + dm.index + dm[0].length, end: first.end }) : null
      const restText = runOnRest ? fragText(runOnRest) : ''
      if (runOnRest && /^\p{Ll}/u.test(restText) && !recipientsRe.test(restText)) {
        parts.push(runOnRest)
        line = nextLine
        continue
      }
      if (rightOnly && (!dm || dm.index + dm[0].length >= t.trimEnd().length) && passed < 2 && !isBlank(doc, nextLine + 1)) {
        passed++
        line = nextLine
        continue
      }
      if (!nf.length) break
      if (dm && dm.index > 0 && !recipientsRe.test(t.slice(0, dm.index)) && numberRe.exec(t)?.index !== 0) {
        const cut = trimFragment(doc, { line: first.line, start: first.start, end: first.start + dm.index })
        if (cut.end > cut.start) parts.push(cut)
        line = nextLine
        break
      }
      // "số 104-CTr/TU ngày …" in lower case continues the subject; "Số: …" is a number line.
      if (dm || recipientsRe.test(t) || (numberRe.exec(t)?.index === 0 && pattern(R(), 'header/number-line-start').test(t))) break
      // A wrapped subject line is short and opens nothing: an item, a body paragraph or a title stop it.
      if (blockStart().test(t) || pattern(R(), 'header/body-start-strict').test(t) || docTypeTitle(t) || t.length > 160) break
      // In a table, the subject goes on down its own (left) column.
      const cells = doc.lines[nextLine].cells
      if (cells) {
        const own = doc.lines[f.line].cells
        if (!own || doc.lines[nextLine].table !== doc.lines[f.line].table || !cells.length || first.start >= cells[0].end || first.start < cells[0].start) break
      }
      parts.push(first)
      line = nextLine
    }
    // An unwrapper ran the subject's wrapped words on after the right column's date on its line
    // ("V/v … các quy định | Hà Nội, ngày … pháp luật về …"): a lower-case rest there goes on with it.
    const runOn = frags.findIndex((x) => x.line === f.line && x.start > f.end && /^\p{Ll}/u.test(fragText(x)) && !recipientsRe.test(fragText(x)) && !dateRe.test(fragText(x)))
    if (runOn >= 0 && parts.length === 1) {
      parts.push(frags[runOn])
      traceHeader('header/subject-lead', 'note', 'subject goes on after the date the line carries (wrapped words run on by an unwrapper)', frags[runOn].start, frags[runOn].end)
      frags.splice(runOn, 1)
    }
    // A converter's blank line inside the subject: the short lines between it and "Kính gửi" go on with it.
    if (isBlank(doc, line + 1) && !/[.;:]\s*$/u.test(fragText(parts[parts.length - 1]))) {
      const more = linesBeforeRecipients(doc, line + 1, limit, recipientsRe)
      if (more) {
        parts.push(...more.parts)
        line = more.last
        traceHeader('header/subject-lead', 'note', `subject goes on after a blank line: ${more.parts.length} short line(s) right above "Kính gửi"`, more.parts[0].start, more.parts[more.parts.length - 1].end)
      }
    }
    const text = parts.map((p) => fragText(p).trim()).join(' ').replace(/\s+/g, ' ').replace(/[.;]\s*$/, '')
    result.subject = { text, ev: evidence(doc, parts[0].start, parts[parts.length - 1].end) }
    traceHeader('header/subject-lead', 'kept', `subject from a "V/v" line${parts.length > 1 ? ` and ${parts.length - 1} wrapped line(s)` : ''}`, parts[0].start, parts[parts.length - 1].end)
    lastHeaderLine = Math.max(lastHeaderLine, line)
    frags.splice(k, 1, ...remainder(f, f.start + m.index, f.end))
  }

  // 5. Title line of a named type (THÔNG BÁO, KẾ HOẠCH, QUYẾT ĐỊNH…) and its title lines.
  let titleLine = -1
  // Second pass, when no title in capitals is printed: a type word in sentence case alone on its line
  // below the number ("Kế hoạch", a portal page whose capitals were only a style).
  const letterhead = issuerFrags.length ? issuerFrags : (caseless ?? [])
  const afterLetterhead = Math.max(refLine, letterhead.length ? letterhead[letterhead.length - 1].line : -1)
  // (Not in a công văn, whose subject its "V/v" line gave.)
  const passes = result.subject ? [0] : [0, 1]
  for (let n = 0, k = 0; n < passes.length && !result.titleType; k = 0, n++) for (; k < frags.length && !result.titleType; k++) {
    const pass = passes[n]
    const f = frags[k]
    const t = fragText(f)
    // A title printed after "Kính gửi" is a form's (a short letter with its "BÁO CÁO" template
    // after the signature), never the letter's: the header ends at its recipients.
    if (recipientsRe.test(t)) break
    // A line of the letterhead is no title, whatever word it opens with.
    if (issuerFrags.includes(f)) continue
    const hit = pass === 0 ? docTypeTitle(t) : sentenceCaseTitle(doc, f, afterLetterhead)
    if (!hit) continue
    titleLine = f.line
    result.titleType = { name: hit.name, ev: evidence(doc, f.start, f.start + hit.length) }
    traceHeader('header/title', 'kept', `type from the title line: ${hit.name}`, f.start, f.start + hit.length)
    lastHeaderLine = Math.max(lastHeaderLine, f.line)
    if (result.subject) break
    const parts: Fragment[] = []
    const rest = trimFragment(doc, { line: f.line, start: f.start + hit.length, end: f.end })
    if (rest.end > rest.start) parts.push(rest)
    const line = titleLines(doc, f.line, parts, rest.end <= rest.start, limit)
    lastHeaderLine = Math.max(lastHeaderLine, line)
    if (parts.length) {
      let text = parts.map((p) => fragText(p).trim()).join(' ').replace(/\s+/g, ' ')
      const lead = subjectRe.exec(text)
      if (lead && lead.index === 0) text = text.slice(lead[0].length)
      text = stripAuthorityTail(text, result.issuer?.printed ?? null)
      result.subject = { text: text.replace(/[.;]\s*$/, ''), ev: evidence(doc, parts[0].start, parts[parts.length - 1].end) }
      traceHeader('header/title-lines', 'kept', `subject from ${parts.length} title line(s) under the type word`, parts[0].start, parts[parts.length - 1].end)
    }
  }

  // 5b. No letterhead printed: the authority line under a decision's title names the body
  // ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"); nothing is taken from the body text.
  if (!result.issuer && result.titleType) {
    const authLine = pattern(R(), 'header/authority-line')
    const titleWord = pattern(R(), 'header/authority-title')
    const near: Fragment[] = []
    for (let j = titleLine + 1; j < Math.min(doc.lines.length, titleLine + 10); j++) if (!doc.lines[j].blank) near.push(...fragments(doc, doc.lines[j]))
    for (const f of near) {
      const t = fragText(f).trim()
      if (upperRatio(t) <= 0.8 || !authLine.test(t)) continue
      const head = titleWord.exec(t)
      if (!head) continue
      const body: Fragment = { line: f.line, start: f.start + head[0].length, end: f.end }
      result.issuer = buildIssuer(doc, [body])
      diagnostics.push({ ruleId: 'header/issuer-from-authority', severity: 'info', message: `No letterhead printed: issuer read from the authority line "${t}"`, span: evidence(doc, f.start, f.end).span })
      break
    }
  }

  // 6. Kính gửi (or a công điện's "… điện:"): inline, in a cell, or a list below; then Đồng kính gửi.
  const telegramRe = pattern(R(), 'header/telegram-recipients')
  // In a công điện the lead may be printed in sentence case ("Chủ tịch UBND tỉnh điện:").
  const telegram = pattern(R(), 'header/telegram-type').test(result.titleType?.name ?? result.ref?.typeName ?? '')
  const telegramSentence = pattern(R(), 'header/telegram-recipients-sentence')
  const ccRe = pattern(R(), 'header/cc-recipients')
  for (let i = 0; i < limit && !result.recipients.length; i++) {
    const line = doc.lines[i]
    if (line.blank) continue
    const text = doc.text.slice(line.start, line.end)
    const m = recipientsRe.exec(text) ?? telegramRe.exec(text) ?? (telegram ? telegramSentence.exec(text.replace(/\s+$/u, '')) : null)
    if (!m) continue
    const end = readRecipientBlock(doc, i, line.start + m.index + m[0].length, result.recipients, dateRe)
    lastHeaderLine = Math.max(lastHeaderLine, end)
    // Đồng kính gửi right below the first block.
    for (let j = end + 1; j < Math.min(doc.lines.length, end + 4); j++) {
      const l = doc.lines[j]
      if (l.blank) continue
      const cm = ccRe.exec(doc.text.slice(l.start, l.end))
      if (cm) lastHeaderLine = Math.max(lastHeaderLine, readRecipientBlock(doc, j, l.start + cm.index + cm[0].length, result.recipients, dateRe))
      break
    }
  }

  // 7. Secrecy and urgency marks printed alone on a line.
  const marksRe = pattern(R(), 'header/marks')
  for (const f of frags) {
    const m = marksRe.exec(fragText(f))
    if (m?.groups?.mark && !result.marks.includes(m.groups.mark)) result.marks.push(m.groups.mark)
  }

  if (tracing()) {
    if (!result.subject) traceHeader('header/missing-subject', 'note', `subject null: no "V/v" line and ${result.titleType ? 'no title lines under the type word' : 'no title line of a named type'}`)
    if (result.recipients.length) traceHeader('header/recipients', 'kept', `${result.recipients.length} addressee(s): ${result.recipients.map((r) => r.name).join('; ')}`)
    else traceHeader('header/recipients', 'note', 'recipients empty: no "Kính gửi" (or "… điện:") line in the header')
    if (!result.ref) traceHeader('header/missing-ref', 'note', 'number null: no fragment of the header opens with "Số" and a number or symbol')
  }
  if (!result.ref) diagnostics.push({ ruleId: 'header/missing-ref', severity: 'warning', message: 'No readable number and symbol ("Số: …/…") in the header' })
  if (!result.issuer) diagnostics.push({ ruleId: 'header/missing-issuer', severity: 'warning', message: 'No issuing body found at the top left of the header' })
  result.bodyStart = Math.max(lastHeaderLine + 1, 0)
  if (result.issuer) {
    // A letterhead in capitals is cased by a generic rule; the body's own mixed-case spelling of the same name wins.
    // Searched in the first 200,000 characters after the letterhead (a body's mentions are early; a huge input stays cheap).
    const from = result.issuer.ev.span.end.offset
    const window = doc.text.slice(0, from + 200_000)
    const lower = window.toLowerCase()
    const name = caseFromText(window, lower, result.issuer.name, from)
    if (name !== result.issuer.name) traceIssuer({ line: 0, start: result.issuer.ev.span.start.offset, end: from }, 'chose', `issuer cased as the letter prints it: ${result.issuer.name} → ${name}`)
    result.issuer.name = name
    if (result.issuer.parent) result.issuer.parent = caseFromText(window, lower, result.issuer.parent, from)
  }
  return result
}

/**
 * Up to three short single-column lines after blank line(s) at `from`, when the line after them
 * opens "Kính gửi": in a công văn nothing but the subject stands between "V/v" and the addressees.
 * Null when anything else is there (a date, a number, a title, a mark, a body sentence).
 */
function linesBeforeRecipients(doc: Doc, from: number, limit: number, recipientsRe: RegExp): { parts: Fragment[]; last: number } | null {
  let j = from
  for (let skipped = 0; j < limit && isBlank(doc, j); j++) if (++skipped > 2) return null
  const parts: Fragment[] = []
  for (; j < limit && !isBlank(doc, j); j++) {
    const nf = fragments(doc, doc.lines[j])
    if (nf.length !== 1) return null
    const t = doc.text.slice(nf[0].start, nf[0].end)
    if (recipientsRe.exec(t)?.index === 0) return null
    if (parts.length >= 3 || t.length > 100 || upperRatio(t) > 0.8 || /[.;:]\s*$/u.test(t)) return null
    if (pattern(R(), 'header/place-date').test(t) || pattern(R(), 'header/number').test(t) || blockStart().test(t) || pattern(R(), 'header/body-opening').test(t) || pattern(R(), 'header/body-start-strict').test(t) || docTypeTitle(t)) return null
    parts.push(nf[0])
  }
  if (!parts.length) return null
  const last = j - 1
  for (let skipped = 0; j < limit && isBlank(doc, j); j++) if (++skipped > 2) return null
  if (j >= limit) return null
  const next = doc.text.slice(doc.lines[j].start, doc.lines[j].end).trimStart()
  return recipientsRe.exec(next)?.index === 0 ? { parts, last } : null
}

/** The fragment sits on the line of the letter's number ("Số: 2739/VPCP-ĐMDN V/v …"). */
function sameLineAsRef(doc: Doc, f: Fragment, result: HeaderResult): boolean {
  if (!result.ref) return false
  return result.ref.ev.span.start.line === evidence(doc, f.start, f.start + 1).span.start.line
}

/**
 * The rest of a symbol a narrow column wrapped after its hyphen or slash: the number's fragment
 * ends right after the match (`b`) with "-" or "/", and the next line opens, in the same column
 * (±4), with a code in capitals alone ("CCTL", "VP-TH"). Null otherwise.
 */
function wrappedSymbol(doc: Doc, f: Fragment, b: number): Fragment | null {
  if (!/^[-–/]$/u.test(doc.text.slice(b, f.end).trim())) return null
  const next = doc.lines[f.line + 1]
  if (!next || next.blank) return null
  const first = fragments(doc, next)[0]
  if (!first) return null
  const code = doc.text.slice(first.start, first.end)
  if (!/^[\p{Lu}Đ][\p{Lu}Đ\d]*(?:[-–/&][\p{Lu}Đ\d]+)*$/u.test(code) || code.length > 20) return null
  if (Math.abs(first.start - next.start - (f.start - doc.lines[f.line].start)) > 4) return null
  return first
}

/** The line without a place named by its number ("QUẬN 1"): what is left must hold no digit to be a letterhead line. */
const withoutPlaceNumber = (t: string): string => t.replace(globalPattern(R(), 'header/numbered-place'), '')

/**
 * Lines above the number that form a letterhead in sentence case ("Ủy ban nhân dân" / "Tỉnh Hà
 * Tĩnh"): at most four short lines without digits or colons, each opening with a capital, the
 * first with a body's head word; null otherwise.
 */
function sentenceCaseLetterhead(doc: Doc, above: Fragment[]): Fragment[] | null {
  const lines = above.filter((f) => {
    const t = doc.text.slice(f.start, f.end).trim()
    return t.length < 100 && /^\p{Lu}/u.test(t) && !/[0-9:;.]/.test(withoutPlaceNumber(t)) && !docTypeTitle(t) && !pattern(R(), 'header/marks').test(t)
  })
  if (!lines.length || lines.length > 4 || lines.length !== above.length) return null
  return pattern(R(), 'header/level-head').test(doc.text.slice(lines[0].start, lines[0].end).trim().toUpperCase()) ? lines : null
}

/**
 * "ỦY BAN NHÂN DÂN" + "TỈNH QUẢNG NGÃI" is one name; "UBND TỈNH X" + "SỞ Y" two levels.
 * `caseless`: a letterhead printed in sentence case, read as if in capitals.
 */
/** A fragment cut where the source closes one bold (or italic) run and opens the next after a space: each run was a printed line. */
function boldRuns(doc: Doc, f: Fragment): Fragment[] {
  const out: Fragment[] = []
  let from = f.start
  for (let i = f.start + 1; i < f.end - 1; i++) {
    if (!/\s/.test(doc.text[i]) || /\s/.test(doc.text[i - 1])) continue
    let j = i
    while (j < f.end && /\s/.test(doc.text[j])) j++
    if (j >= f.end) break
    const between = doc.source.raw.slice(doc.map[i - 1] + 1, doc.map[j])
    if (/^(?:\*\*|__)\s+(?:\*\*|__)$/.test(between)) {
      out.push({ line: f.line, start: from, end: i })
      from = j
    }
  }
  out.push({ line: f.line, start: from, end: f.end })
  return out
}

function buildIssuer(doc: Doc, frags: Fragment[], caseless = false): HeaderResult['issuer'] {
  const levelHead = pattern(R(), 'header/level-head')
  const inner = pattern(R(), 'header/inner-level')
  const organisation = pattern(R(), 'header/organisation-name')
  const levels: Fragment[][] = []
  // "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN" on one line is two levels; so are two bold runs a converter
  // put in one table cell ("**NGÂN HÀNG NHÀ NƯỚC VIỆT NAM** **NGÂN HÀNG NHÀ NƯỚC KHU VỰC 12**").
  frags = frags.flatMap((f) => boldRuns(doc, f)).flatMap((f) => {
    const m = inner.exec(doc.text.slice(f.start, f.end))
    if (!m) return [f]
    return [trimFragment(doc, { line: f.line, start: f.start, end: f.start + m[0].length }), { line: f.line, start: f.start + m[0].length, end: f.end }]
  })
  const sourceOf = (f: Fragment) => doc.text.slice(f.start, f.end).trim().replace(/\s+/g, ' ')
  const textOf = (f: Fragment) => (caseless ? sourceOf(f).toUpperCase() : sourceOf(f))
  const printedOf = (l: Fragment[]) => l.map(textOf).join(' ')
  const awaiting = (l: Fragment[] | undefined) => !!l && pattern(R(), 'header/central-committee').test(printedOf(l))
  for (const f of frags) {
    const t = textOf(f)
    // The right column repeats the organisation's name ("ĐOÀN TNCS HỒ CHÍ MINH", as ĐẢNG CỘNG SẢN
    // VIỆT NAM on Party letters): no level of its own, unless a bare central committee awaits it.
    if (levels.some((l) => l.some((x) => textOf(x) === t))) {
      traceIssuer(f, 'dropped', 'a line that repeats one above it (the organisation\'s name in the right column)')
      continue
    }
    if (levels.length && organisation.test(t) && !awaiting(levels[levels.length - 1])) {
      traceIssuer(f, 'dropped', 'a mass organisation\'s name after a complete issuing body (the right column)')
      continue
    }
    // A level whose line leaves its name open ("BAN CHỈ HUY" / "PHÒNG CHỐNG THIÊN TAI …") goes on below.
    const open = levels.length > 0 && pattern(R(), 'header/level-open-end').test(printedOf(levels[levels.length - 1]))
    if (!levels.length || (levelHead.test(t) && !open)) levels.push([f])
    else levels[levels.length - 1].push(f)
  }
  const own = levels[levels.length - 1]
  const printed = own.map(sourceOf).join(' ')
  // Each level is named under the one above it, so a unit three levels down ("UBND TỈNH X" / "SỞ Y TẾ" /
  // "BỆNH VIỆN ĐA KHOA") gets the province through its department.
  let name = canonicalAgencyName(properCaseUpper(printedOf(levels[0])))
  let parentName: string | null = null
  for (let i = 1; i < levels.length; i++) {
    const lower = canonicalAgencyName(properCaseUpper(printedOf(levels[i])))
    const joined = nameUnderParent(lower, name)
    traceIssuer(levels[i][0], 'chose', `level ${i + 1} of the letterhead: "${printedOf(levels[i])}" under "${printedOf(levels[i - 1])}" → ${joined.name} (${joined.why})`)
    parentName = name
    name = joined.name
  }
  if (levels.length === 1) traceIssuer(own[0], 'chose', `one-level letterhead: "${printed}" → ${name}`)
  // A stray full stop or comma a converter left after the last line is no part of the name.
  name = name.replace(/\s*[.,;:]+$/u, '')
  return { name, printed, parent: parentName, ev: evidence(doc, own[0].start, own[own.length - 1].end) }
}

/**
 * `name` with the casing the text prints for its runs of words (two or more, the longest first):
 * "Học viện kỹ thuật mật mã" → "Học viện Kỹ thuật mật mã" where the body writes it so. Only a
 * mixed-case occurrence counts (not the name in capitals again), after `from`; at the start of a
 * sentence the first letter keeps its case. `lower` is text.toLowerCase() (same length).
 */
export function caseFromText(text: string, lower: string, name: string, from = 0): string {
  const words = name.split(' ')
  if (lower.length !== text.length || words.length > 16) return name
  const keep = trustedWords(words)
  const out: string[] = []
  const isLetter = (c: string | undefined) => !!c && /\p{L}/u.test(c)
  for (let i = 0; i < words.length; ) {
    let taken = 0
    for (let j = words.length; j >= i + 2 && !taken; j--) {
      const piece = words.slice(i, j).join(' ')
      const needle = piece.toLowerCase()
      if (needle.length !== piece.length || keep.slice(i, j).every(Boolean)) continue
      for (let at = lower.indexOf(needle, from); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const found = text.slice(at, at + needle.length)
        if (isLetter(text[at - 1]) || isLetter(text[at + needle.length])) continue
        if (found === found.toUpperCase() || found[0] !== found[0].toUpperCase()) continue
        const before = text.slice(Math.max(0, at - 3), at).trimEnd()
        const sentenceStart = before === '' || /[\n.:;!?\-–•+)*]$/u.test(before)
        const cased = found.split(' ')
        if (sentenceStart) cased[0] = words[i]
        for (let k = 0; k < cased.length; k++) out.push(keep[i + k] ? words[i + k] : cased[k])
        taken = j - i
        break
      }
    }
    if (taken) i += taken
    else out.push(words[i++])
  }
  return out.join(' ')
}

/**
 * Words whose casing is already right: a known agency name the name starts with (the gazetteer
 * spells it), administrative unit words (lower case inside a name: "thành phố") and the names of
 * local government ("Ủy ban nhân dân", not a letter's "Ủy ban Nhân dân").
 */
function trustedWords(words: string[]): boolean[] {
  const keep = words.map(() => false)
  for (let k = words.length; k >= 2; k--) {
    const head = words.slice(0, k).join(' ')
    const lowered = head.toLowerCase()
    if (canonicalAgencyName(lowered) !== lowered && canonicalAgencyName(lowered).toLowerCase() === lowered) {
      for (let i = 0; i < k; i++) keep[i] = true
      break
    }
  }
  // Administrative unit words, and the names of local government as the rules spell them ("Ủy ban nhân dân").
  const a = rules().agencies
  for (const phrase of [...a.localityUnits, ...a.localGovernmentHeads, ...a.servedBodies]) {
    const u = phrase.split(' ')
    for (let i = 0; i + u.length <= words.length; i++) if ((i > 0 || u.length > 1) && u.every((w, k) => words[i + k] === w)) for (let k = 0; k < u.length; k++) keep[i + k] = true
  }
  return keep
}

function traceHeader(ruleId: string, verdict: 'kept' | 'dropped' | 'note', message: string, start?: number, end?: number): void {
  if (tracing()) trace({ stage: 'header', ruleId, verdict, message, ...(start !== undefined ? { start, end } : {}) })
}

function traceIssuer(f: Fragment, verdict: 'kept' | 'dropped' | 'chose', message: string): void {
  if (tracing()) trace({ stage: 'header', ruleId: 'header/issuer', verdict, message, start: f.start, end: f.end })
}

/**
 * The full name of the lower body of a two-level letterhead, by the kind of body it is:
 * a board or office of a Party committee takes the committee's name ("Ban Tuyên giáo Tỉnh ủy X");
 * under the bare central committee a board is central ("Ban Tuyên giáo Trung ương") and an
 * organisation completes the committee's name ("Ban Chấp hành Trung ương Đoàn …"); an office
 * printed alone takes the name of the body it serves ("Văn phòng Ủy ban nhân dân thành phố X");
 * a department or public service unit takes the locality of the body above ("Sở Nội vụ tỉnh X"),
 * only the place name when it already ends with its unit word ("Bệnh viện Đa khoa thành phố" →
 * "… thành phố Cần Thơ"); a body named by its place, or under a body without one (a ministry), keeps its name.
 */
export function nameUnderParent(name: string, parentName: string): { name: string; why: string } {
  const units = localityPatterns()
  const board = pattern(R(), 'header/committee-board').test(name)
  // "MẶT TRẬN TỔ QUỐC VIỆT NAM" / "ỦY BAN TỈNH QUẢNG NAM": the organisation goes between the committee and its place.
  const ofPlace = pattern(R(), 'header/committee-of-place').exec(name)
  if (ofPlace && pattern(R(), 'header/organisation-name').test(parentName.toUpperCase()))
    return { name: `${ofPlace[0]}${parentName} ${name.slice(ofPlace[0].length)}`, why: "a committee of the organisation above, printed with its place only" }
  if (pattern(R(), 'header/branch-of-parent').test(name)) return { name: `${parentName} ${name}`, why: 'a branch named by its area only takes the name of the body it belongs to' }
  // "BAN THƯỜNG VỤ HUYỆN ỦY" under "ĐẢNG BỘ HUYỆN NAM ĐÀN": a body of a committee printed without its place takes the place above.
  const parentLoc = localityOf(parentName)
  const lastTwo = /(?:^|\s)(\S+\s+\S+)$/u.exec(name)?.[1]
  const committee = lastTwo ? lastTwo[0].toUpperCase() + lastTwo.slice(1).toLowerCase() : null
  if (parentLoc && lastTwo && committee && units.committeeUnit(committee) === parentLoc.unit)
    return { name: `${name.slice(0, name.length - lastTwo.length)}${committee} ${parentLoc.place}`, why: 'ends with its Party committee printed without its place: takes the place above' }
  if (localityOf(name) || pattern(R(), 'header/named-by-area').test(name)) return { name, why: 'named by its own place' }
  if (pattern(R(), 'header/central-committee').test(parentName)) {
    const central = parentName.replace(pattern(R(), 'header/central-committee-head'), '')
    return board ? { name: `${name} ${central}`, why: 'a board of the central committee' } : { name: `${parentName} ${name}`, why: 'the central committee of the organisation below' }
  }
  if (board && pattern(R(), 'header/board-parent').test(parentName) && !units.unitInside.test(name))
    return { name: joinOverlap(name, parentName), why: 'a board or office of a Party committee, council or organisation takes its name' }
  if (pattern(R(), 'header/office-alone').test(name)) return { name: `${name} ${parentName}`, why: 'an office takes the name of the body it serves' }
  const rest = units.unitAndRest.exec(parentName)
  const loc = localityOf(parentName)
  const locality = rest?.[1] ?? (loc ? `${loc.unit} ${loc.place}` : null)
  if (!locality) return { name, why: 'the body above names no locality' }
  // "TRƯỜNG CAO ĐẲNG Y TẾ QUẢNG NAM" under "UBND TỈNH QUẢNG NAM": named by the place already (cased as above).
  if (loc && fold(name).endsWith(' ' + fold(loc.place))) return { name: name.slice(0, name.length - loc.place.length) + loc.place, why: 'named by the place above already' }
  // "TỈNH ỦY" under "ĐẢNG BỘ TỈNH THANH HÓA": a committee named by its unit alone takes the place of that unit.
  // "ĐẢNG ỦY" under "ĐẢNG BỘ XÃ X": the whole locality.
  if (rules().agencies.partyCommittees.includes(name.toLowerCase())) {
    const unit = units.committeeUnit(name)
    if (unit && loc && unit === loc.unit) return { name: `${name} ${loc.place}`, why: 'a Party committee printed without its place takes the place above' }
    if (!unit) return { name: `${name} ${locality}`, why: 'a Party committee printed without its place takes the locality above' }
  }
  // "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH" under "ĐẢNG BỘ TỈNH LÀO CAI": the bare unit takes the place above.
  const bare = units.unitAtEnd.exec(name)
  if (bare && locality.startsWith(bare[1] + ' ')) return { name: `${name}${locality.slice(bare[1].length)}`, why: 'ends with its unit word: takes the place name above' }
  if (pattern(R(), 'header/department-head').test(name) && !units.unitInside.test(name)) return { name: `${name} ${locality}`, why: 'a department or public service unit takes the locality above' }
  return { name, why: 'named by its own place' }
}

/**
 * `name` followed by `parent`, the words both share said once: "Thường trực Hội đồng nhân dân" +
 * "Hội đồng nhân dân tỉnh Gia Lai" → "Thường trực Hội đồng nhân dân tỉnh Gia Lai".
 */
function joinOverlap(name: string, parent: string): string {
  const a = name.split(' ')
  const b = parent.split(' ')
  for (let k = Math.min(a.length - 1, b.length); k >= 2; k--)
    if (a.slice(a.length - k).join(' ').toLowerCase() === b.slice(0, k).join(' ').toLowerCase()) return [...a.slice(0, a.length - k), ...b].join(' ')
  return `${name} ${parent}`
}

function stripAuthorityTail(text: string, issuerPrinted: string | null): string {
  // "… (ĐỢT 1) BỘ TRƯỞNG BỘ Y TẾ": the authority line run into the title.
  const tail = pattern(R(), 'header/authority-tail').exec(text)
  if (tail && tail.index > 0) text = text.slice(0, tail.index).trim()
  const upper = text.toUpperCase()
  // The issuer's name printed in capitals after a title in capitals (not "… của Bộ Xây dựng").
  if (issuerPrinted) {
    const tail = issuerPrinted.toUpperCase()
    if (tail.length > 4 && text.endsWith(tail) && upper.length > tail.length) return text.slice(0, text.length - tail.length).trim()
  }
  return text
}

/**
 * One Kính gửi entry per addressee: a bullet, split on ";". An inline list of named agencies
 * separated by commas ("Sở Tài chính, Sở Xây dựng") splits where the agency reader says the
 * names end, so "Sở Văn hóa, Thể thao và Du lịch" stays whole.
 */
function splitRecipients(doc: Doc, start: number, end: number): Array<{ name: string; ev: Evidence }> {
  const out: Array<{ name: string; ev: Evidence }> = []
  const text = doc.text.slice(start, end)
  const re = /[^;]+/gu
  let m: RegExpExecArray | null
  const push = (a: number, b: number, name?: string) => {
    while (a < b && (/[\s\-–+|>]/.test(doc.text[a]) || LIST_MARK.test(doc.text[a]))) a++
    while (b > a && /[\s.;,|]/.test(doc.text[b - 1])) b--
    if (b - a < 2) return
    const raw = name ?? doc.text.slice(a, b).replace(/\s+/g, ' ')
    out.push({ name: raw[0].toUpperCase() + raw.slice(1), ev: evidence(doc, a, b) })
  }
  while ((m = re.exec(text))) {
    const a = start + m.index
    const b = a + m[0].length
    const lead = /^[\s\-–•+]*/u.exec(m[0])![0].length
    const run = agencyRunAt(doc.text.slice(0, b), a + lead)
    const named = run.mentions.filter((x) => !x.collective)
    const rest = doc.text.slice(run.end, b)
    // An enumeration ("Các Sở: Tài chính, Xây dựng") gives one addressee per body, named in full; one
    // addressed to the holders of an office ("Chủ tịch UBND các tỉnh: A, B") is one addressee, as printed.
    const titled = rules().agencies.titles.some((t) => doc.text.startsWith(t + ' ', a + lead))
    if (!titled && named.length >= 2 && named.length === run.mentions.length && /^[\s.,]*$/u.test(rest)) for (const x of named) push(x.start, x.end, x.name)
    else push(a, b)
  }
  return out
}

/** Bullet glyphs of a list (Word's and PDF text layers' symbol-font bullets, Markdown's '*'). */
export const LIST_MARK = /[•*·●○◦▪■□♦❖➢►\uF0A7\uF0B7\uF0D8\uF076]/u

let blockStartRe: RegExp | null = null
/** A line that opens a new block (item marker, bullet, keyword): the layout stage's cue. */
function blockStart(): RegExp {
  if (!blockStartRe) {
    const p = rules().noise.find((x) => x.id === 'layout/block-start')
    if (!p) throw new Error('rules: pattern "layout/block-start" is missing from rules/noise.json')
    blockStartRe = p.re
  }
  return blockStartRe
}

let foldedTitles: Array<{ folded: string; name: string }> | null = null
const foldTitle = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'D').toUpperCase().replace(/\s+/g, ' ').trim()

/**
 * The type word of a title line: exact (doc-types.json), else the same letters without their
 * tone marks when the line holds nothing else (OCR: "KẺ HOẠCH", "QUYÉT  ĐỊNH").
 */
function docTypeTitle(t: string): { name: string; length: number } | null {
  const hit = docTypeByTitle(t)
  if (hit) return hit
  const trimmed = t.trim()
  if (trimmed.length > 40 || upperRatio(trimmed) < 0.9) return null
  if (!foldedTitles) foldedTitles = rules().docTypes.entries.flatMap((e) => e.titles.map((x) => ({ folded: foldTitle(x), name: e.name })))
  const f = foldTitle(trimmed.replace(/[:.]$/, ''))
  // A title set in spaced letters ("K Ế H O Ạ C H", as a PDF's character spacing comes out) is compared without its spaces.
  const spaced = /^\p{Lu}(?:\s{1,2}\p{Lu}){3,}$/u.test(trimmed)
  const bare = (x: string) => x.replace(/\s+/g, '')
  const found = foldedTitles.find((x) => x.folded === f || (spaced && bare(x.folded) === bare(f)))
  return found ? { name: found.name, length: t.length - (t.length - t.trimEnd().length) } : null
}

/**
 * A type word printed in sentence case alone on its line below the letterhead ("Kế hoạch",
 * "Quyết định"): read as the title when no title in capitals is printed.
 */
function sentenceCaseTitle(doc: Doc, f: Fragment, after: number): { name: string; length: number } | null {
  if (f.line <= after) return null
  const t = doc.text.slice(f.start, f.end).trim()
  if (t.length > 30 || !/^\p{Lu}\p{Ll}/u.test(t) || fragments(doc, doc.lines[f.line]).length !== 1) return null
  const hit = docTypeByTitle(t.toUpperCase())
  return hit && hit.length === t.length ? { name: hit.name, length: f.end - f.start } : null
}

/**
 * The title lines after a type word (into `parts`): capitalised lines, and sentence-case lines
 * that continue one another until one ends its sentence. Blank lines may stand between the type
 * word and the title. Returns the last line read.
 */
function titleLines(doc: Doc, typeLine: number, parts: Fragment[], typeAlone: boolean, limit: number): number {
  const subjectRe = pattern(R(), 'header/subject-lead')
  const strict = pattern(R(), 'header/body-start-strict')
  const authLine = pattern(R(), 'header/authority-line')
  const opening = pattern(R(), 'header/body-opening')
  let line = typeLine
  let skipped = 0
  let lastCaps = parts.length ? upperRatio(doc.text.slice(parts[0].start, parts[0].end)) > 0.8 : true
  while (line + 1 < Math.min(doc.lines.length, limit + 4) && parts.length < 8) {
    if (isBlank(doc, line + 1)) {
      if (parts.length === 0 && skipped < 2) {
        line++
        skipped++
        continue
      }
      break
    }
    const nf = fragments(doc, doc.lines[line + 1])
    if (nf.length !== 1) break
    const s = doc.text.slice(nf[0].start, nf[0].end)
    const caps = upperRatio(s) > 0.8
    const lead = subjectRe.exec(s)
    if (strict.test(s) || (blockStart().test(s) && lead?.index !== 0) || pattern(R(), 'header/place-date').test(s)) break
    if (caps && authLine.test(s.trim())) break
    const prev = parts.length ? doc.text.slice(parts[parts.length - 1].start, parts[parts.length - 1].end) : ''
    const open = parts.length > 0 && !/[.;:]\s*$/u.test(prev)
    if (caps) {
      // Capitals continue capitals; after a sentence-case line they are the authority line.
      if (!lastCaps) break
    } else {
      const sentence = s.length < 500 && !/[.;:]\s*$/u.test(s)
      // The first line under a type word alone may open like a body ("Thực hiện Nghị quyết …")
      // when it does not end its sentence; later lines continue an open one.
      const first = parts.length === 0 && ((lead && lead.index === 0) || (sentence && (typeAlone || !opening.test(s))))
      if (!(first || (open && sentence && !opening.test(s)) || (lastCaps && parts.length > 0 && lead && lead.index === 0))) break
    }
    parts.push(nf[0])
    lastCaps = caps
    line++
  }
  return line
}

/** The next non-blank line after `j` opens with a bullet and is short (an addressee, not a body paragraph). */
function nextIsBullet(doc: Doc, j: number, bulletRe: RegExp): boolean {
  let k = j + 1
  while (k < doc.lines.length && doc.lines[k].blank) k++
  if (k >= doc.lines.length || k > j + 2) return false
  const t = doc.text.slice(doc.lines[k].start, doc.lines[k].end)
  return bulletRe.test(t) && t.trim().length < 120 && !pattern(R(), 'header/body-opening').test(t.replace(bulletRe, ''))
}

/**
 * One addressee block from the end of "Kính gửi:" (or "… điện:", "Đồng kính gửi:"): the rest of
 * the line (cut where the body starts on it), then "- …;" lines below, a line without a bullet
 * continuing the entry above it when that one is still open. Returns the last line read.
 */
function readRecipientBlock(doc: Doc, i: number, inlineStart: number, out: Array<{ name: string; ev: Evidence }>, dateRe: RegExp): number {
  const line = doc.lines[i]
  // A list marker: a dash, a plus, or a bullet glyph as Word, PDF text layers and Markdown print it; '>' of a quote before it.
  const bulletRe = new RegExp(`^[\\s|>]*(?:[-+–—]|${LIST_MARK.source})\\s*`, 'u')
  const entries: Array<[number, number]> = []
  let last = i
  let a = inlineStart
  while (a < line.end && /[\s|>]/.test(doc.text[a])) a++
  let open = true
  let bullets = 0
  let loneBullets = 0
  if (a < line.end) {
    const t = doc.text.slice(a, line.end)
    const bm = bulletRe.exec(t)
    if (bm) bullets++
    const cut = pattern(R(), 'header/recipients-end').exec(t)
    const b = cut ? a + cut.index : line.end
    entries.push([a + (bm ? bm[0].length : 0), b])
    // The body on the same line, or one addressee written inline, closes the block.
    open = !cut && (!!bm || /[;,]\s*$/u.test(t))
  }
  for (let j = i + 1; open && j < doc.lines.length; j++) {
    const l = doc.lines[j]
    if (l.blank) continue
    const t = doc.text.slice(l.start, l.end)
    const bm = bulletRe.exec(t)
    const prev = entries[entries.length - 1]
    const prevText = prev ? doc.text.slice(prev[0], prev[1]) : ''
    if (bm && bm[0].length === t.length) {
      // A bullet alone on its line: a PDF's text layer prints the list's markers before its entries.
      loneBullets++
      continue
    }
    if (bm) {
      bullets++
      entries.push([l.start + bm[0].length, l.end])
      last = j
      // A "." closes the list, unless the next line is another bullet (each entry closed by ".").
      if (/\.\s*$/u.test(t) && !nextIsBullet(doc, j, bulletRe)) break
      continue
    }
    const short = t.trim().length < 120 && !dateRe.test(t) && !blockStart().test(t.trim()) && !pattern(R(), 'header/body-opening').test(t)
    if (prev && bullets > 0 && short && !/[;.]\s*$/u.test(prevText)) {
      // A wrapped addressee: the line continues the entry above.
      prev[1] = l.end
      last = j
      if (/\.\s*$/u.test(t)) break
      continue
    }
    // Entries without bullets (lost by OCR or a converter): one a line while the one above ends with ";".
    // A line after one that ends with "," (or opening in lower case) wraps that entry.
    if (short && prev && bullets === 0 && (/,\s*$/u.test(prevText) || (/^\s*\p{Ll}/u.test(t) && !/[;.]\s*$/u.test(prevText)))) {
      prev[1] = l.end
      last = j
      if (/[;,]\s*$/u.test(t)) continue
      break
    }
    if (short && (entries.length === 0 || (bullets === 0 && /;\s*$/u.test(prevText)))) {
      entries.push([l.start, l.end])
      last = j
      if (/[;,]\s*$/u.test(t) && (bullets === 0 || loneBullets > 0)) continue
    }
    break
  }
  for (const [s0, s1] of entries) out.push(...splitRecipients(doc, s0, s1))
  return last
}
