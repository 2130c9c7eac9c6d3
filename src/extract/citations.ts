import type { Diagnostic, Doc } from '../types.js'
import type { Citation, NamedCitation, Document } from '../schema/letter.js'
import type { HeaderResult } from './header.js'
export interface CitationsResult { numbered: Citation[]; named: NamedCitation[]; dateRanges: Array<[number, number]>; mentions: Array<{start:number,end:number,id:string}> }
export function extractCitations(doc: Doc, h: HeaderResult, d: Document, diagnostics: Diagnostic[]): CitationsResult {
  void doc; void h; void d; void diagnostics
  return { numbered: [], named: [], dateRanges: [], mentions: [] }
}
