import { loadFile, type DecodeOptions, type LoadedSource } from './load/index.js'
import { boxOf } from './load/boxes.js'
import { explainSource, parseSourceToLetter, type ExplainLine, type ParseOptions } from './pipeline.js'
import type { Letter } from './schema/letter.js'

export type ParseFileOptions = DecodeOptions & Pick<ParseOptions, 'validate'>

/**
 * Read and parse one file (.md/.txt, .docx, .pdf, .html). Rejects with a LoadError (path and
 * reason) when the file is refused. The output's source.format says what it was read from; the
 * reader's notes (a legacy encoding converted, page furniture dropped) lead its diagnostics; the
 * spans of a PDF letter also carry the page and box they are drawn in.
 */
export async function parseFile(path: string, options: ParseFileOptions = {}): Promise<Letter> {
  const source = await loadFile(path, options)
  return decorate(parseSourceToLetter(source, options), source)
}

/** parseFile with the trace on (`--explain`): the letter and why its candidates were kept or dropped. */
export async function explainFile(path: string, options: ParseFileOptions = {}): Promise<{ letter: Letter; explain: ExplainLine[] }> {
  const source = await loadFile(path, options)
  const { letter, explain } = explainSource(source, options)
  const notes = source.notes.map((d): ExplainLine => ({ stage: 'load', ruleId: d.ruleId, verdict: d.severity, message: d.message }))
  return { letter: decorate(letter, source), explain: [...notes, ...explain] }
}

/** Adds what the load stage learnt to a parsed letter. */
export function decorate(letter: Letter, source: LoadedSource): Letter {
  letter.source.format = source.format
  if (source.notes.length) letter.diagnostics.unshift(...source.notes)
  if (source.boxes?.length) addBoxes(letter, source)
  return letter
}

interface SpanLike {
  start: { offset: number }
  end: { offset: number }
  box?: unknown
}

function isSpan(v: unknown): v is SpanLike {
  if (!v || typeof v !== 'object') return false
  const s = v as Record<string, unknown>
  return typeof (s.start as { offset?: unknown } | undefined)?.offset === 'number' && typeof (s.end as { offset?: unknown } | undefined)?.offset === 'number'
}

/** Every span in the letter gets the box of the PDF text it covers (spans count source.raw, as the boxes do). */
function addBoxes(letter: Letter, source: LoadedSource): void {
  const boxes = source.boxes!
  const seen = new Set<object>()
  const visit = (v: unknown) => {
    if (!v || typeof v !== 'object' || seen.has(v)) return
    seen.add(v)
    if (Array.isArray(v)) {
      for (const x of v) visit(x)
      return
    }
    const o = v as Record<string, unknown>
    if (isSpan(o.span)) {
      const box = boxOf(boxes, o.span.start.offset, o.span.end.offset)
      if (box) o.span.box = box
    }
    for (const [k, x] of Object.entries(o)) if (k !== 'span') visit(x)
  }
  visit(letter.document)
  visit(letter.citations)
  visit(letter.namedCitations)
  visit(letter.tasks)
  visit(letter.diagnostics)
}
