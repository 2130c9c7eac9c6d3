/** rules/doc-types.json: the types of document (codes, titles, aliases) and the type a letter defaults to. */
import { z } from 'zod'
import { readRulesFile, rulesView } from './core.js'

export const DocType = z.object({
  name: z.string(),
  codes: z.array(z.string()),
  titles: z.array(z.string()),
  aliases: z.array(z.string()).default([]),
  /** Codes that name this type in a state number printed with its year ("01/2018/TT-VPCP" is a Thông tư). */
  normativeCodes: z.array(z.string()).default([]),
  /** Codes of another type that the word before the number overrides ("Quy định số 08-QĐ/TW"). */
  wordOverCodes: z.array(z.string()).default([]),
  examples: z.array(z.string()).min(1),
  note: z.string().optional(),
})
export const DocTypesFile = z.object({ description: z.string(), default: z.string(), entries: z.array(DocType) })

export type DocTypeRules = z.infer<typeof DocTypesFile>
export type DocTypeEntry = z.infer<typeof DocType>

/** doc-types.json validated, once per process (or afresh from another rules folder). */
export const docTypeRules = rulesView((dir): DocTypeRules => readRulesFile(DocTypesFile, 'doc-types.json', dir))
