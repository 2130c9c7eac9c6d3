/** congvan: Vietnamese official letters → structured, validated JSON. */
export { parseLetter, parseSourceToLetter, explainSource, type ParseOptions, type ExplainLine } from './pipeline.js'
export { parseFile, explainFile } from './parse-file.js'
export { loadFile, loadText, decode, LoadError, DEFAULT_MAX_BYTES, type DecodeOptions } from './load/index.js'
export { registerFormat, type InputFormat } from './load/formats.js'
export {
  LetterSchema,
  CitationSchema,
  TaskSchema,
  AgencySchema,
  DeadlineSchema,
  DiagnosticSchema,
  SpanSchema,
  SCHEMA_VERSION,
  letterJsonSchema,
  type Letter,
  type Citation,
  type NamedCitation,
  type Occurrence,
  type Task,
  type Agency,
  type Deadline,
  type Document,
} from './schema/letter.js'
export type { Diagnostic, Point, Span, Severity, Source } from './types.js'
export { TaskRowSchema, taskRowJsonSchema, type TaskRow } from './schema/task-row.js'
export { taskRows, rrule } from './emit/task-rows.js'
export { toCsv } from './emit/csv.js'
export { toXlsx } from './emit/xlsx.js'
export { toIcs, type IcsOptions } from './emit/ics.js'
export { toGraph, toDot, toGraphML, toNeo4jCsv, type GraphBuilder, type GraphNode, type GraphEdge } from './emit/graph.js'
export { VERSION } from './version.js'
