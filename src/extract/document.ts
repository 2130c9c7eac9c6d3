/** Assembles the output's document block from the header and signature readings. */
import type { Document } from '../schema/letter.js'
import type { HeaderResult } from './header.js'
import type { SignatureResult } from './signature.js'
import { defaultType } from '../readers/doc-types.js'

export function buildDocument(h: HeaderResult, s: SignatureResult): Document {
  const type = h.titleType?.name ?? h.ref?.typeName ?? defaultType()
  return {
    ref: h.ref?.ref ?? null,
    number: h.ref?.number ?? null,
    year: h.ref?.year ?? null,
    symbol: h.ref?.symbol || null,
    type,
    date: h.date?.iso ?? null,
    place: h.place?.name ?? null,
    issuer: h.issuer ? { name: h.issuer.name, printed: h.issuer.printed, parent: h.issuer.parent, ...h.issuer.ev } : null,
    subject: h.subject?.text ?? null,
    recipients: h.recipients.map((r) => ({ name: r.name, ...r.ev })),
    signer: s.signer ? { name: s.signer.name, authority: s.signer.authority, title: s.signer.title, ...s.signer.ev } : null,
    distribution: s.distribution.map((d) => ({ name: d.name, ...d.ev })),
    marks: h.marks as Document['marks'],
    evidence: {
      ...(h.ref ? { ref: h.ref.ev } : {}),
      ...(h.titleType ? { type: h.titleType.ev } : {}),
      ...(h.date ? { date: h.date.ev } : {}),
      ...(h.place ? { place: h.place.ev } : {}),
      ...(h.subject ? { subject: h.subject.ev } : {}),
    },
  }
}
