/**
 * Internal data shared by the stages. The public output types come from the zod schema; the
 * shapes that are both internal and in the output (Point, Span, Diagnostic) are derived from it
 * here rather than declared twice.
 */
import type { z } from 'zod'
import type { DiagnosticSchema, SpanSchema } from './schema/letter.js'

export type Span = z.infer<typeof SpanSchema>
export type Point = Span['start']
export type Diagnostic = z.infer<typeof DiagnosticSchema>
export type Severity = Diagnostic['severity']

/** The load stage's output: the untouched text and its normalised form with a map back. */
export interface Source {
  path: string | null
  /** Decoded text exactly as in the file (BOM removed). Spans point into it. */
  raw: string
  encoding: string
  sha256: string
  bytes: number
}

/** One physical line of the flattened text (markup removed, Unicode normalised). */
export interface Line {
  index: number
  /** Offsets into Doc.text. */
  start: number
  end: number
  /** Leading spaces in the flattened line. */
  indent: number
  /** The line is a Markdown table row: cell ranges into Doc.text. */
  cells?: Array<{ start: number; end: number }>
  /** Header row of a table (followed by a delimiter row). */
  tableHeader?: boolean
  /** Id of the table this row belongs to. */
  table?: number
  /** The line came from a Markdown heading, or is set all in bold. */
  heading?: boolean
  /** Blank after flattening. */
  blank: boolean
}

/** The parse stage's output: one flat normalised text, its lines, and a map to raw offsets. */
export interface Doc {
  source: Source
  /** Flattened, normalised text: inline markup removed, NFC, one placement of tone marks. */
  text: string
  /** map[i] = offset in source.raw of text[i]; map[text.length] = raw.length. */
  map: Int32Array
  lines: Line[]
  /** Offsets (into raw) of the start of each raw line, for line/column. */
  rawLineStarts: number[]
}
