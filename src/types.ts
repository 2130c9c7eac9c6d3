/** Internal data shared by the stages. The public output types come from the zod schema. */

export interface Point {
  /** 1-based line in the original text. */
  line: number
  /** 1-based column (UTF-16 units), as unist counts. */
  column: number
  /** 0-based offset into the original (decoded) text, in UTF-16 units. */
  offset: number
}

export interface Span {
  start: Point
  end: Point
}

export type Severity = 'error' | 'warning' | 'info'

export interface Diagnostic {
  ruleId: string
  severity: Severity
  message: string
  span?: Span
}

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
