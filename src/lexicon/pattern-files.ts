/**
 * The plain pattern files of rules/ (no word lists of their own besides `fragments`): one
 * compiled view each, by id where the pipeline asks for a pattern by name, as a list where it
 * runs them all (noise, closing).
 */
import { byId, compilePatternFile, rulesView, type CompiledPattern } from './core.js'

/** A pattern file's entries compiled in file order, and the same patterns by id. */
function patternFileViews(name: string) {
  const list = rulesView((dir): CompiledPattern[] => compilePatternFile(name, dir))
  const map = rulesView((dir): Map<string, CompiledPattern> => byId(list(dir)))
  return { list, map }
}

const header = patternFileViews('header.json')
const noise = patternFileViews('noise.json')
const closing = patternFileViews('closing.json')
const roles = patternFileViews('roles.json')
const citations = patternFileViews('citations.json')
const structure = patternFileViews('structure.json')
const taskTable = patternFileViews('task-table.json')
const readers = patternFileViews('readers.json')
const dates = patternFileViews('dates.json')

/** header.json: the vocabulary of the header and the signature. */
export const headerPatterns = header.map
/** noise.json: converter and crawler noise at the start of a line, all run in turn. */
export const noisePatterns = noise.list
/** closing.json: the closing formula after the last item, all run in turn. */
export const closingPatterns = closing.list
/** roles.json: the role phrases of tasks (lead, support, clause breaks). */
export const rolePatterns = roles.map
/** citations.json: the forms of a citation of another document. */
export const citationPatterns = citations.map
/** structure.json: the item markers of a body (Điều, Roman sections, numbered items, điểm letters). */
export const structurePatterns = structure.map
/** task-table.json: header cells and row numbers of task tables. */
export const taskTablePatterns = taskTable.map
/** readers.json: what the DOCX/PDF/HTML readers leave out (signature stamps, page numbers). */
export const readerPatterns = readers.map
/** dates.json: the forms of a calendar date, also the fragments ({{fullDate}}, {{letterDate}}) every pattern file composes. */
export const datePatterns = dates.map

/** Each plain pattern file's entries in file order, for the tests that walk them all. */
export const patternFileLists = {
  'header.json': header.list,
  'noise.json': noise.list,
  'closing.json': closing.list,
  'roles.json': roles.list,
  'citations.json': citations.list,
  'structure.json': structure.list,
  'task-table.json': taskTable.list,
  'readers.json': readers.list,
  'dates.json': dates.list,
} as const
