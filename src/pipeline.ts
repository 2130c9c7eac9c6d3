/**
 * The one-way pipeline: load → parse → layout → extract → resolve → schema. Each stage is a function of the
 * previous one's output; problems are collected as diagnostics alongside.
 */
import type { Diagnostic, Doc, Source } from './types.js'
import { loadText, LoadError } from './load/index.js'
import { parseSource } from './parse/index.js'
import { extractHeader } from './extract/header.js'
import { buildDocument } from './extract/document.js'
import { extractSignature } from './extract/signature.js'
import { LetterSchema, SCHEMA_VERSION, type Letter } from './schema/letter.js'
import { findCitations } from './extract/citations.js'
import { resolveCitations } from './resolve/identity.js'
import { extractTasks } from './extract/tasks.js'
import { tableDiagnostics } from './extract/task-table.js'
import { withLetterNames } from './readers/agencies.js'
import { linkCitations } from './resolve/links.js'
import { evidence } from './parse/span.js'
import { withTrace, type TraceEntry, type Verdict } from './explain.js'

export interface ParseOptions {
  /** Path recorded in the output's source field. */
  path?: string | null
  /**
   * Check the result against LetterSchema before returning it (default true). The test suite
   * proves every fixture's output valid; batch runs may turn the check off for speed.
   */
  validate?: boolean
}

/** Extract everything from a loaded Source. Never throws on content. */
export function parseSourceToLetter(source: Source, options: Pick<ParseOptions, 'validate'> = {}): Letter {
  return extractAll(source, options).letter
}

/** One line of `--explain`: a decision of an extractor, or a diagnostic, with where it points. */
export interface ExplainLine {
  stage: string
  ruleId: string
  verdict: Verdict | 'error' | 'warning' | 'info'
  message: string
  /** 1-based line and column in the source, and the source text there, when the line has a place. */
  line?: number
  column?: number
  text?: string
}

/**
 * Parse with the trace on: the letter (the same as parseSourceToLetter gives) and why its
 * candidates were kept or dropped, in the order the extractors decided, then the diagnostics.
 */
export function explainSource(source: Source, options: Pick<ParseOptions, 'validate'> = {}): { letter: Letter; explain: ExplainLine[] } {
  const { value, trace } = withTrace(() => extractAll(source, options))
  const { letter, doc } = value
  const lines: ExplainLine[] = trace.map((t) => placed(doc, t))
  for (const d of letter.diagnostics)
    lines.push({
      stage: d.ruleId.split('/')[0],
      ruleId: d.ruleId,
      verdict: d.severity,
      message: d.message,
      ...(d.span ? { line: d.span.start.line, column: d.span.start.column, text: source.raw.slice(d.span.start.offset, d.span.end.offset) } : {}),
    })
  return { letter, explain: lines }
}

function placed(doc: Doc, t: TraceEntry): ExplainLine {
  const base = { stage: t.stage, ruleId: t.ruleId, verdict: t.verdict, message: t.message }
  if (t.start === undefined || t.start < 0 || t.start > doc.text.length) return base
  const ev = evidence(doc, t.start, Math.min(doc.text.length, Math.max(t.start, t.end ?? t.start)))
  return { ...base, line: ev.span.start.line, column: ev.span.start.column, text: ev.text }
}

function extractAll(source: Source, options: Pick<ParseOptions, 'validate'>): { letter: Letter; doc: Doc } {
  const diagnostics: Diagnostic[] = []
  const doc: Doc = parseSource(source)
  const header = extractHeader(doc, diagnostics)
  const signature = extractSignature(doc, header.bodyStart, diagnostics)
  const document = buildDocument(header, signature)
  // Extract finds the candidates with their spans; resolve decides which are one document and what it is.
  const citations = resolveCitations(doc, findCitations(doc, header, document), document, diagnostics)
  // Names the letter prints whole (Kính gửi, Nơi nhận, brackets) complete shorter readings of them in its items.
  const tasks = withLetterNames(doc.text, () => extractTasks(doc, header, signature, document, citations, diagnostics))
  diagnostics.push(...tableDiagnostics(doc))
  const letter: Letter = {
    schemaVersion: SCHEMA_VERSION,
    source: { path: source.path, sha256: source.sha256, encoding: source.encoding, bytes: source.bytes },
    document,
    ...linkCitations(doc, tasks, citations), // citations, namedCitations, tasks: each mention tied to the task that holds it
    diagnostics,
  }
  const checked = options.validate === false ? null : LetterSchema.safeParse(letter)
  if (checked && !checked.success) {
    // A schema failure is our bug, not the letter's: report it as a diagnostic, keep the data.
    letter.diagnostics.push({ ruleId: 'schema/invalid-output', severity: 'error', message: checked.error.message.slice(0, 2000) })
  }
  return { letter, doc }
}

/**
 * Parse one letter given as text. Returns the typed result and never throws on content;
 * throws a TypeError on misuse (text that is not a string).
 */
export function parseLetter(text: string, options: ParseOptions = {}): Letter {
  if (typeof text !== 'string')
    throw new TypeError(`parseLetter(text) expects the letter as a string, got ${text === null ? 'null' : typeof text}; read the file first (or use parseFile(path))`)
  let source: Source
  try {
    source = loadText(text, options.path ?? null)
  } catch (e) {
    if (!(e instanceof LoadError)) throw e
    return emptyLetter(text, options.path ?? null, e)
  }
  return parseSourceToLetter(source, options)
}

function emptyLetter(text: string, path: string | null, error: LoadError): Letter {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path, sha256: '', encoding: 'utf-8', bytes: new TextEncoder().encode(text).length },
    document: {
      ref: null, number: null, year: null, symbol: null, type: 'Công văn', date: null, place: null, issuer: null,
      subject: null, recipients: [], signer: null, distribution: [], marks: [], evidence: {},
    },
    citations: [],
    namedCitations: [],
    tasks: [],
    diagnostics: [{ ruleId: `load/${error.reason}`, severity: 'error', message: error.message }],
  }
}
