/**
 * Reviewed letters → the gold format of the shared corpus (corpus/README.md), so a clerk's
 * corrections become test data for the scorer.
 */
import { basename, join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { mkdir } from 'node:fs/promises'
import type { Agency, Letter } from '../../schema/letter.js'
import type { ReviewBlock } from './apply.js'

/** An agency in gold: the full name, with the printed form as an alias when the letter abbreviates it. */
export type GoldAgency = string | { name: string; aka: string[] }

export interface GoldLetter {
  letter: string
  document: {
    ref: string | null
    type: string
    date: string | null
    place: string | null
    issuer: string | null
    subject: string | null
    recipients: string[]
    signer: string | null
  }
  citations: Array<{ ref: string; type: string | null; date: string | null }>
  tasks: Array<{ label: string; lead: GoldAgency[]; support: GoldAgency[]; deadline: string | null }>
  notes: string[]
}

function goldAgency(a: Agency): GoldAgency {
  const printed = a.printed.replace(/\s+/g, ' ').trim()
  return printed && printed !== a.name ? { name: a.name, aka: [printed] } : a.name
}

/** The gold record of one letter. `letterName` is the source file's name (default: from source.path). */
export function toGold(letter: Letter, review: ReviewBlock | null = null, letterName?: string): GoldLetter {
  const d = letter.document
  const notes = [`written by congvan review${review ? ` (saved ${review.savedAt}, ${review.changes.length} change${review.changes.length === 1 ? '' : 's'} to the parser's output)` : ''}`]
  return {
    letter: letterName ?? (letter.source.path ? basename(letter.source.path) : 'letter'),
    document: {
      ref: d.ref,
      type: d.type,
      date: d.date,
      place: d.place,
      issuer: d.issuer?.name ?? null,
      subject: d.subject,
      recipients: d.recipients.map((r) => r.name),
      signer: d.signer?.name ?? null,
    },
    citations: letter.citations.map((c) => ({ ref: c.ref, type: c.type, date: c.date })),
    tasks: letter.tasks.map((t) => ({
      label: t.label,
      lead: t.lead.map(goldAgency),
      support: t.support.map(goldAgency),
      deadline: t.deadline?.date ?? null,
    })),
    notes,
  }
}

/** File name of a gold record: the letter's name with .json (as in corpus/gold). */
export function goldFileName(gold: GoldLetter): string {
  return gold.letter.replace(/\.[^.]+$/, '') + '.json'
}

/** Writes each record to `<dir>/<letter name>.json`, atomically; returns the paths written. */
export async function writeGold(dir: string, records: GoldLetter[]): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const written: string[] = []
  const names = new Set<string>()
  for (const g of records) {
    const name = goldFileName(g)
    if (names.has(name)) throw new Error(`two reviewed letters would both write ${name} in ${dir}`)
    names.add(name)
    const path = join(dir, name)
    await writeFileAtomic(path, JSON.stringify(g, null, 2) + '\n')
    written.push(path)
  }
  return written
}
