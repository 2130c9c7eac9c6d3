/** rules/issuers.json: the issuing bodies behind the codes of a symbol ("UBND", "BYT", "TU"). */
import { z } from 'zod'
import { readRulesFile, rulesView } from './core.js'

export const Issuer = z.object({
  code: z.string(),
  name: z.string(),
  /** "national": the code alone names the body; "local": it needs the province/district. */
  scope: z.enum(['national', 'local']),
  /** For local codes: how to complete the name with the letter's locality, e.g. "Ủy ban nhân dân {place}". */
  template: z.string().optional(),
  party: z.boolean().default(false),
  /** A Party committee named by its place ("Tỉnh ủy Lào Cai"): the administrative unit of that place. */
  localityUnit: z.string().optional(),
  validTo: z.string().optional(),
  examples: z.array(z.string()).min(1),
})
export const IssuersFile = z.object({ description: z.string(), entries: z.array(Issuer) })

export type IssuerRules = z.infer<typeof IssuersFile>
export type IssuerEntry = z.infer<typeof Issuer>

/** issuers.json validated, once per process (or afresh from another rules folder). */
export const issuerRules = rulesView((dir): IssuerRules => readRulesFile(IssuersFile, 'issuers.json', dir))
