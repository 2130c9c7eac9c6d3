/**
 * Input formats. The load stage asks each registered format, in order, whether it reads a
 * file; the first that does turns the bytes into text. Text (Markdown, plain) is built in;
 * the DOCX, PDF and HTML readers register here (src/load/readers.ts) without touching the
 * other stages: they return text, and spans then count that text.
 */
import type { Diagnostic } from '../types.js'

/** Where a piece of the text sits on a PDF page, in PDF points (origin at the page's bottom left). */
export interface PageBox {
  page: number
  x: number
  y: number
  width: number
  height: number
}

/** A run of the returned text [start, end) drawn in one box (one PDF text item, or part of it). */
export interface BoxRun extends PageBox {
  start: number
  end: number
}

/** What a reader gives back. Only `text` and `encoding` are required (the original seam). */
export interface FormatText {
  text: string
  encoding: string
  /** Format id for the output's source.format (markdown, docx, html, pdf, pdf+ocr…); defaults to the name lower-cased. */
  format?: string
  /** PDF only: boxes of the text, sorted by start, so spans can carry page and box. */
  boxes?: BoxRun[]
  /** Notes about the reading (a legacy font converted, pages dropped…), added to the letter's diagnostics. */
  diagnostics?: Diagnostic[]
}

/** Options a reader may honour; the CLI passes them through parseFile. */
export interface ReadOptions {
  /** Refuse a PDF with more pages than this (default 500). */
  maxPages?: number
  /** Run OCR (tesseract) on a PDF without a text layer. */
  ocr?: boolean
  /** Cap on the uncompressed size of a DOCX (zip) file, in bytes (default 100 MiB). */
  maxUnzippedBytes?: number
}

export interface InputFormat {
  /** Shown in messages, e.g. "DOCX". */
  name: string
  /** File extensions (lower case, no dot) a directory expansion should pick up for this format. */
  extensions?: string[]
  /** True when this format reads the bytes (by signature or extension). */
  accepts(bytes: Uint8Array, path: string | null): boolean
  /**
   * The letter's text. Throw a LoadError for a file of this format that cannot be read.
   * May be async (PDF, DOCX); the synchronous `decode` then refuses and `loadFile` reads it.
   */
  toText(bytes: Uint8Array, path: string | null, options?: ReadOptions): FormatText | Promise<FormatText>
}

const formats: InputFormat[] = []

/** Adds a reader for a format the built-in text reader refuses (checked before it). */
export function registerFormat(format: InputFormat): void {
  formats.push(format)
}

export function formatFor(bytes: Uint8Array, path: string | null): InputFormat | null {
  return formats.find((f) => f.accepts(bytes, path)) ?? null
}

/** Extensions of the text formats the built-in reader takes. */
export const TEXT_EXTENSIONS = ['md', 'markdown', 'txt'] as const

/**
 * Every file extension the load stage reads (text and registered formats), lower case and
 * without the dot: directory expansion in the CLI takes its list from here.
 */
export function readableExtensions(): string[] {
  const out = new Set<string>(TEXT_EXTENSIONS)
  for (const f of formats) for (const e of f.extensions ?? []) out.add(e.toLowerCase())
  return [...out]
}
