/**
 * iCalendar (RFC 5545): one VTODO per task with a DUE date; recurring deadlines carry an
 * RRULE; UIDs are stable (letter identity + task label), so a re-import updates, not duplicates.
 */
import { createHash } from 'node:crypto'
import type { Letter } from '../schema/letter.js'
import { rrule } from '../schema/task-row.js'
import { VERSION } from '../version.js'
import { documentId } from '../extract/citations.js'

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

export const icsHeader = (): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//congvan//congvan ${VERSION}//VI`, 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:congvan'].map(fold).join('\r\n') + '\r\n'

export const icsFooter = (): string => 'END:VCALENDAR\r\n'

export function icsTodos(letter: Letter, dtstamp = stamp()): string {
  const lines: string[] = []
  // The letter's identity (the id its citers give it), not its bytes: a corrected re-import updates.
  const letterKey = documentId(letter)
  for (const t of letter.tasks) {
    const d = t.deadline
    const uid = createHash('sha256').update(`${letterKey}\u0000${t.label}`).digest('hex').slice(0, 32)
    const summary = `${letter.document.ref ?? 'Văn bản'} ${t.label}: ${(t.title ?? t.text).replace(/\s+/g, ' ').slice(0, 160)}`
    const desc = [
      t.text.replace(/\s+/g, ' ').trim(),
      t.lead.length ? `Chủ trì: ${t.lead.map((a) => a.name).join('; ')}` : '',
      t.support.length ? `Phối hợp: ${t.support.map((a) => a.name).join('; ')}` : '',
      d ? `Thời hạn: ${d.text} (${d.resolution})` : '',
    ]
      .filter(Boolean)
      .join('\n')
    lines.push('BEGIN:VTODO', `UID:${uid}@congvan`, `DTSTAMP:${dtstamp}`, `SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(desc)}`)
    if (t.lead.length) lines.push(`X-CONGVAN-LEAD:${escapeText(t.lead.map((a) => a.name).join('; '))}`)
    const rule = d ? rrule(d) : null
    if (d?.date) {
      const compact = d.date.replace(/-/g, '')
      if (d.time) lines.push(`DUE:${compact}T${d.time.replace(':', '')}00`)
      else lines.push(`DUE;VALUE=DATE:${compact}`)
    } else if (rule && letter.document.date) {
      // RFC 5545: an RRULE needs a DTSTART; the series starts on the letter's date.
      lines.push(`DTSTART;VALUE=DATE:${letter.document.date.replace(/-/g, '')}`, `RRULE:${rule}`)
    }
    lines.push('STATUS:NEEDS-ACTION', 'END:VTODO')
  }
  return lines.map(fold).join('\r\n') + (lines.length ? '\r\n' : '')
}
