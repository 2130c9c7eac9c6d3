/**
 * iCalendar (RFC 5545): one VTODO per task. DUE for a dated deadline, DTSTART + RRULE for a
 * recurring one, a VALARM some days before DUE, CATEGORIES with the letter's number and a
 * DESCRIPTION with the task text and where it was read. UIDs come from the letter's identity and
 * the task label, so a re-import updates instead of duplicating; two different tasks never share one.
 */
import { createHash } from 'node:crypto'
import type { Letter } from '../schema/letter.js'
import { rrule } from './task-rows.js'
import { VERSION } from '../version.js'
import { documentId } from '../resolve/identity.js'

export interface IcsOptions {
  /** Days before DUE for a reminder (VALARM); none when absent or 0. */
  remind?: number
  /** DTSTAMP (default now), fixed in tests. */
  dtstamp?: string
}

const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
export function fold(line: string): string {
  const out: string[] = []
  let cur = ''
  let bytes = 0
  for (const ch of line) {
    const b = Buffer.byteLength(ch)
    if (bytes + b > (out.length ? 74 : 75)) {
      out.push(cur)
      cur = ''
      bytes = 0
    }
    cur += ch
    bytes += b
  }
  out.push(cur)
  return out.join('\r\n ')
}

const stamp = (): string => new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
const compact = (iso: string) => iso.replace(/-/g, '')
const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)

export const icsHeader = (): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//congvan//congvan ${VERSION}//VI`, 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:congvan'].map(fold).join('\r\n') + '\r\n'

export const icsFooter = (): string => 'END:VCALENDAR\r\n'

/** Writes VTODOs for letters one at a time, keeping UIDs unique across everything it wrote. */
export class IcsWriter {
  private readonly uids = new Set<string>()
  private readonly dtstamp: string
  constructor(private readonly options: IcsOptions = {}) {
    this.dtstamp = options.dtstamp ?? stamp()
  }

  todos(letter: Letter): string {
    const lines: string[] = []
    // The letter's identity (the id its citers give it), not its bytes: a corrected re-import updates.
    const letterKey = documentId(letter)
    const ref = letter.document.ref
    for (const t of letter.tasks) {
      const d = t.deadline
      let uid = hash(letterKey, t.label)
      // Another letter with the same identity, or a label printed twice: the content decides.
      if (this.uids.has(uid)) uid = hash(letterKey, t.label, letter.source.sha256, t.text, String(t.span.start.offset))
      this.uids.add(uid)
      const summary = `${ref ?? 'Văn bản'} ${t.label}: ${(t.title ?? t.text).replace(/\s+/g, ' ').slice(0, 160)}`
      const source = [letter.source.path ?? 'stdin', `dòng ${t.span.start.line}`, [ref, letter.document.date].filter(Boolean).join(' ngày ')].filter(Boolean).join(', ')
      const desc = [
        t.text.replace(/\s+/g, ' ').trim(),
        t.lead.length ? `Chủ trì: ${t.lead.map((a) => a.name).join('; ')}` : '',
        t.support.length ? `Phối hợp: ${t.support.map((a) => a.name).join('; ')}` : '',
        d ? `Thời hạn: ${d.text} (${d.resolution})` : '',
        `Nguồn: ${source}`,
      ]
        .filter(Boolean)
        .join('\n')
      lines.push('BEGIN:VTODO', `UID:${uid}@congvan`, `DTSTAMP:${this.dtstamp}`, `SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(desc)}`)
      if (ref) lines.push(`CATEGORIES:${escapeText(ref)}`)
      if (t.lead.length) lines.push(`X-CONGVAN-LEAD:${escapeText(t.lead.map((a) => a.name).join('; '))}`)
      const rule = d ? rrule(d) : null
      let due: string | null = null
      if (rule) {
        // RFC 5545: a series needs DTSTART; it starts on the letter's date (or the first due day), and DUE, if any, must come after it.
        const letterDate = letter.document.date
        const start = letterDate && (!d?.date || letterDate < d.date) ? letterDate : d!.date
        if (start) {
          lines.push(`DTSTART;VALUE=DATE:${compact(start)}`, `RRULE:${rule}`)
          if (d?.date && d.date > start) due = d.date
        }
      } else if (d?.date) due = d.date
      if (due) {
        if (d?.time && !rule) lines.push(`DUE:${compact(due)}T${d.time.replace(':', '')}00`)
        else lines.push(`DUE;VALUE=DATE:${compact(due)}`)
        if (this.options.remind)
          lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(summary)}`, `TRIGGER;RELATED=END:-P${this.options.remind}D`, 'END:VALARM')
      }
      lines.push('STATUS:NEEDS-ACTION', 'END:VTODO')
    }
    return lines.map(fold).join('\r\n') + (lines.length ? '\r\n' : '')
  }
}

/** The VTODOs of one letter (a calendar of several letters: toIcs). */
export const icsTodos = (letter: Letter, options: IcsOptions = {}): string => new IcsWriter(options).todos(letter)

/** A whole calendar: one VTODO per task of every letter (letters with the same content once). */
export function toIcs(letters: Iterable<Letter>, options: IcsOptions = {}): string {
  const w = new IcsWriter(options)
  const seen = new Set<string>()
  let out = icsHeader()
  for (const l of letters) {
    if (l.source.sha256 && seen.has(l.source.sha256)) continue
    seen.add(l.source.sha256)
    out += w.todos(l)
  }
  return out + icsFooter()
}
