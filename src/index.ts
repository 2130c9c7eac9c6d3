/** congvan: Vietnamese official letters → structured, validated JSON. */
export { parseLetter, parseSourceToLetter, type ParseOptions } from './pipeline.js'
export { parseFile } from './api/parse-file.js'
export { loadFile, loadText, decode, LoadError, DEFAULT_MAX_BYTES } from './load/index.js'
export { registerFormat, type InputFormat } from './load/formats.js'
export {
  LetterSchema,
  CitationSchema,
  TaskSchema,
  AgencySchema,
  DeadlineSchema,
  DiagnosticSchema,
  SCHEMA_VERSION,
  letterJsonSchema,
  type Letter,
  type Citation,
  type NamedCitation,
  type Task,
  type Agency,
  type Deadline,
  type Document,
} from './schema/letter.js'
export { TaskRowSchema, taskRowJsonSchema, taskRows, type TaskRow } from './schema/task-row.js'
export { VERSION } from './version.js'
