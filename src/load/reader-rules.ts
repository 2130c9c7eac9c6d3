/** The readers' vocabulary (rules/readers.json, loaded with the other pattern files): signature stamps and page numbers to leave out. */
import { pattern, rules, type CompiledPattern } from '../lexicon/index.js'

export interface ReaderRules {
  entries: CompiledPattern[]
  stamp: RegExp
  stampField: RegExp
  pageNumber: RegExp
}

let cache: ReaderRules | null = null

export function readerRules(): ReaderRules {
  if (cache) return cache
  const map = rules().readers
  cache = {
    entries: [...map.values()],
    stamp: pattern(map, 'reader/signature-stamp'),
    stampField: pattern(map, 'reader/signature-stamp-field'),
    pageNumber: pattern(map, 'reader/page-number'),
  }
  return cache
}
