/**
 * The one-way pipeline: load → parse → extract → schema. Each stage is a function of the
 * previous one's output; problems are collected as diagnostics alongside.
 */
import type { Diagnostic, Doc, Source } from './types.js'
import { loadText, LoadError } from './load/index.js'
import { parseSource } from './parse/index.js'
import { extractHeader } from './extract/header.js'
import { buildDocument } from './extract/document.js'
import { extractSignature } from './extract/signature.js'
import { LetterSchema, SCHEMA_VERSION, type Letter } from './schema/letter.js'
import { extractCitations } from './extract/citations.js'
import { extractTasks } from './extract/tasks.js'

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
  const diagnostics: Diagnostic[] = []
  const doc: Doc = parseSource(source)
  const header = extractHeader(doc, diagnostics)
  const signature = extractSignature(doc, header.bodyStart, diagnostics)
  const document = buildDocument(header, signature)
  const citations = extractCitations(doc, header, document, diagnostics)
  const tasks = extractTasks(doc, header, signature, document, citations, diagnostics)
  const letter: Letter = {
    schemaVersion: SCHEMA_VERSION,
    source: { path: source.path, sha256: source.sha256, encoding: source.encoding, bytes: source.bytes },
    document,
    citations: citations.numbered,
    namedCitations: citations.named,
    tasks,
    diagnostics,
  }
  const checked = options.validate === false ? null : LetterSchema.safeParse(letter)
  if (checked && !checked.success) {
    // A schema failure is our bug, not the letter's: report it as a diagnostic, keep the data.
    letter.diagnostics.push({ ruleId: 'schema/invalid-output', severity: 'error', message: checked.error.message.slice(0, 2000) })
  }
  return letter
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
