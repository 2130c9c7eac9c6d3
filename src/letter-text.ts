import { loadFile, type DecodeOptions } from './load/index.js'
import { normalize } from './load/normalize.js'

export interface LetterText {
  /** The text the spans count: a converted file's text (DOCX, PDF, HTML, TCVN3/VNI), or a text file as decoded. */
  text: string
  /** What it was read from: markdown, docx, html, pdf, pdf+ocr, with "+tcvn3"/"+vni" after a conversion. */
  format: string
  encoding: string
  /** What the reader noted (a legacy encoding converted, stamps or page numbers left out). */
  notes: string[]
}

export interface TextOptions extends DecodeOptions {
  /**
   * The normalised form the extractors match on (NFC, one tone placement, LF line ends) instead
   * of the text spans count. For converted input the two are the same.
   */
  normalized?: boolean
}

/**
 * The text the parser reads from a file, after conversion (`congvan text <file>`), so a clerk
 * can see what the spans point into. Rejects with a LoadError (path and reason) as parseFile does.
 */
export async function letterText(path: string, options: TextOptions = {}): Promise<LetterText> {
  const source = await loadFile(path, options)
  return {
    text: options.normalized ? normalize(source.raw).text : source.raw,
    format: source.format,
    encoding: source.encoding,
    notes: source.notes.map((d) => d.message),
  }
}
