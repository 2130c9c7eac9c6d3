/** rules/encodings.json: the legacy Vietnamese encodings (TCVN3, VNI…), their markers and tables. */
import { z } from 'zod'
import { readRulesFile, rulesView } from './core.js'

export const Encoding = z.object({
  id: z.string(),
  name: z.string(),
  markers: z.array(z.string()),
  minHits: z.number().int().positive(),
  /** Font-name patterns of PDF text in this encoding. */
  fonts: z.array(z.string()).default([]),
  examples: z.array(z.string()).min(1),
  /** The examples converted to Unicode, in the same order. */
  unicodeExamples: z.array(z.string()).default([]),
  counterexamples: z.array(z.string()).default([]),
  /** Legacy character (sequence) → Unicode. */
  table: z.record(z.string(), z.string()),
})
export const EncodingsFile = z.object({ description: z.string(), entries: z.array(Encoding) })

export type EncodingEntry = z.infer<typeof Encoding>
/** An encoding with its markers compiled (global, so that callers count hits). */
export type CompiledEncoding = Omit<EncodingEntry, 'markers'> & { markers: RegExp[] }
export type EncodingRules = CompiledEncoding[]

/** encodings.json validated and its markers compiled, once per process (or afresh from another rules folder). */
export const encodingRules = rulesView(
  (dir): EncodingRules =>
    readRulesFile(EncodingsFile, 'encodings.json', dir).entries.map((e) => ({
      ...e,
      markers: e.markers.map((m) => new RegExp(m, 'gu')),
    })),
)
