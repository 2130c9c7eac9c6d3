import type { Diagnostic, Doc } from '../types.js'
import type { Task, Document } from '../schema/letter.js'
import type { HeaderResult } from './header.js'
import type { SignatureResult } from './signature.js'
import type { CitationsResult } from './citations.js'
export function extractTasks(doc: Doc, h: HeaderResult, s: SignatureResult, d: Document, c: CitationsResult, diagnostics: Diagnostic[]): Task[] {
  void doc; void h; void s; void d; void c; void diagnostics
  return []
}
