import { Chrono, type ParsedResult } from 'chrono-node'
import type { Parser, Refiner } from 'chrono-node'
import { docOf } from '../helpers.js'
import { findDeadline } from '../../src/dates/deadline.js'
import type { Deadline } from '../../src/schema/letter.js'

/** The letter's date for every phrase test: 22 March 2024 (a Friday). */
export const LETTER_DATE = '2024-03-22'
export const REF = new Date(`${LETTER_DATE}T12:00:00Z`)

/** Runs one parser alone (chrono's inline-test style: a fixed reference date). */
export function runParser(parser: Parser, text: string, refiners: Refiner[] = []): ParsedResult[] {
  return new Chrono({ parsers: [parser], refiners }).parse(text, { instant: REF, timezone: 0 })
}

export const ymd = (c: ParsedResult['start'] | undefined): string | null => (c ? c.date().toISOString().slice(0, 10) : null)

export function deadlineOf(text: string, mode: 'body' | 'cell' = 'body', letterDate: string | null = LETTER_DATE): Deadline | null {
  const doc = docOf(text)
  return findDeadline(doc.text, 0, { letterDate, citationDates: [], doc }, mode).deadline
}
