/**
 * The output contract. One zod schema is the single source of truth: the TypeScript types are
 * inferred from it, `congvan schema` prints its JSON Schema, and a snapshot test pins it.
 */
import { z } from 'zod'

export const SCHEMA_VERSION = '1.0.0'

/** The JSON Schema's identity: a URN (no host claims it), versioned with the schema. */
export const SCHEMA_ID = `urn:congvan:schema:letter:${SCHEMA_VERSION}`

/** A calendar day, ISO 8601 (JSON Schema `format: "date"`). */
const IsoDate = z.iso.date()
/** A number and symbol as printed, spaces removed: no blank, at least one digit. */
const RefString = z.string().regex(/^\S*\d\S*$/)

export const PointSchema = z
  .object({
    line: z.number().int().positive().meta({ description: '1-based line in the source file' }),
    column: z.number().int().positive().meta({ description: '1-based column, in UTF-16 units' }),
    offset: z.number().int().nonnegative().meta({ description: '0-based offset into the decoded source text (BOM excluded), in UTF-16 units' }),
  })
  .meta({ id: 'Point' })

const PageBoxSchema = z
  .object({
    page: z.number().int().positive().meta({ description: '1-based page' }),
    x: z.number(),
    y: z.number(),
    width: z.number().nonnegative(),
    height: z.number().nonnegative(),
  })
  .meta({ id: 'PageBox', description: 'Where a PDF span is drawn, in PDF points from the bottom left of its (first) page' })

export const SpanSchema = z
  .object({ start: PointSchema, end: PointSchema, box: PageBoxSchema.optional() })
  .meta({ id: 'Span', description: 'Where a value was read: start inclusive, end exclusive, in the original file' })

const EvidenceSchema = z
  .object({
    span: SpanSchema,
    text: z.string().meta({ description: 'The source text at span, untouched' }),
  })
  .meta({ id: 'Evidence' })

export const DiagnosticSchema = z
  .object({
    ruleId: z.string().meta({ description: '<area>/<rule>, e.g. header/missing-date' }),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    span: SpanSchema.optional(),
  })
  .meta({ id: 'Diagnostic' })

export const AgencySchema = z
  .object({
    name: z.string().meta({ description: 'Canonical name: abbreviations expanded, one spelling per agency' }),
    printed: z.string().meta({ description: 'The name as the letter prints it (normalised Unicode)' }),
    kind: z.string().meta({ description: 'Kind of body: so, bo, ubnd, ban, cuc, collective, …' }),
    collective: z.boolean().meta({ description: 'A collective addressee such as "các sở, ban, ngành"' }),
    span: SpanSchema,
    text: z.string(),
  })
  .meta({ id: 'Agency' })

const NamedValueSchema = z
  .object({ name: z.string(), span: SpanSchema, text: z.string() })
  .meta({ id: 'NamedValue' })

export const DeadlineSchema = z
  .object({
    date: IsoDate.nullable().meta({ description: 'ISO date the phrase names (a period gives its last day); null when it sets no calendar date' }),
    kind: z.enum(['before', 'by', 'on', 'within-period', 'relative', 'recurring', 'ongoing', 'asap']),
    start: IsoDate.optional().meta({ description: 'First day of a period' }),
    time: z.string().regex(/^\d{2}:\d{2}$/).optional().meta({ description: 'HH:MM when the phrase gives an hour' }),
    recurrence: z
      .object({
        frequency: z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly', 'unspecified']),
        day: z.number().int().optional(),
        month: z.number().int().optional(),
        note: z.string().optional(),
      })
      .optional(),
    duration: z.number().optional(),
    unit: z.enum(['day', 'week', 'month', 'year']).optional(),
    basis: z.enum(['calendar', 'working']).optional(),
    anchor: z.string().optional().meta({ description: 'What a relative deadline counts from' }),
    resolution: z.string().meta({ description: 'How the date was resolved, e.g. "quarter II of 2024 → 2024-06-30"' }),
    span: SpanSchema,
    text: z.string(),
  })
  .meta({ id: 'Deadline' })

export const OccurrenceSchema = z
  .object({
    kind: z.enum(['full', 'bare', 'short']),
    task: z.string().nullable().meta({ description: 'Label of the task the mention sits in' }),
    relation: z
      .enum(['can-cu', 'thuc-hien', 'theo', 'sua-doi', 'thay-the', 'bai-bo', 'huong-dan', 'cites'])
      .meta({ description: 'What the text says the letter does with the document: căn cứ, thực hiện/triển khai, theo, sửa đổi, thay thế, bãi bỏ, hướng dẫn; otherwise cites' }),
    via: z.string().nullable().meta({ description: 'id of a cited document that this one is cited by ("Quyết định 117 … về Kế hoạch thực hiện Nghị quyết 168")' }),
    context: z.string().meta({ description: 'The sentence around the mention (normalised text)' }),
    span: SpanSchema,
    text: z.string(),
  })
  .meta({ id: 'Occurrence' })

export const CitationSchema = z
  .object({
    id: z
      .string()
      .regex(/^[^@\s]+@(\d{4}|\?)(@[^@\s]+)?$/)
      .meta({ description: 'Stable identity across letters: "<ref upper-cased, no spaces>@<year>[@<issuer>]" (see README)' }),
    ref: RefString.meta({ description: 'Number and symbol as printed, spaces removed' }),
    number: z.string(),
    year: z.number().int().nullable(),
    symbol: z.string(),
    type: z.string().nullable().meta({ description: 'Full Vietnamese type name' }),
    typeCode: z.string().nullable(),
    party: z.boolean().meta({ description: 'Party-style number (hyphen before the symbol)' }),
    date: IsoDate.nullable().meta({ description: 'The date printed with the citation' }),
    issuer: z
      .object({
        printed: z.string().nullable(),
        name: z.string().nullable(),
        code: z.string().nullable(),
        guessed: z.boolean(),
      })
      .meta({ id: 'CitationIssuer' }),
    occurrences: z.array(OccurrenceSchema).min(1),
  })
  .meta({ id: 'Citation' })

export const NamedCitationSchema = z
  .object({
    title: z.string(),
    year: z.number().int().nullable(),
    occurrences: z.array(OccurrenceSchema).min(1),
  })
  .meta({ id: 'NamedCitation', description: 'A document cited by name without a number' })

export const TaskSchema = z
  .object({
    label: z.string().meta({ description: 'Printed label path: "5.c", "II.3.a", "Điều 1", "PL.3"; "0" for a letter without numbered items' }),
    parent: z.string().nullable(),
    title: z.string().nullable().meta({ description: 'Heading of the item, where it has one' }),
    text: z.string(),
    span: SpanSchema,
    lead: z.array(AgencySchema),
    support: z.array(AgencySchema),
    reportTo: z.array(AgencySchema),
    assignees: z
      .enum(['explicit', 'inherited', 'recipients'])
      .meta({ description: '"recipients" when the item names no agency: it applies to the Kính gửi list' }),
    deadline: DeadlineSchema.nullable(),
    milestones: z.array(DeadlineSchema),
    citations: z.array(z.string()).meta({ description: 'ids of the citations that occur in the item' }),
  })
  .meta({ id: 'Task' })

export const DocumentSchema = z
  .object({
    ref: RefString.nullable().meta({ description: 'Number and symbol as printed, spaces removed (Số: 1468/UBND-KTTH → 1468/UBND-KTTH)' }),
    number: z.string().nullable().meta({ description: 'The number alone' }),
    year: z.number().int().nullable().meta({ description: 'Year inside the number, for normative texts (01/2024/TT-BTC)' }),
    symbol: z.string().nullable().meta({ description: 'The symbol after the number: type code and issuer code' }),
    type: z.string().meta({ description: 'Full type name: Công văn, Quyết định, Kế hoạch…' }),
    date: IsoDate.nullable().meta({ description: 'Date of issue' }),
    place: z.string().nullable().meta({ description: 'Place of issue, before the date' }),
    issuer: z
      .object({
        name: z.string(),
        printed: z.string(),
        parent: z.string().nullable(),
        span: SpanSchema,
        text: z.string(),
      })
      .nullable(),
    subject: z.string().nullable().meta({ description: 'What the letter is about (V/v …, or the title under the type word)' }),
    recipients: z.array(NamedValueSchema).meta({ description: 'The Kính gửi list' }),
    signer: z
      .object({
        name: z.string(),
        authority: z.string().nullable().meta({ description: 'TM., KT., TL., TUQ., Q. (or Party T/M, K/T, T/L)' }),
        title: z.string().nullable(),
        span: SpanSchema,
        text: z.string(),
      })
      .nullable(),
    distribution: z.array(NamedValueSchema).meta({ description: 'The Nơi nhận list' }),
    marks: z.array(z.enum(['MẬT', 'TỐI MẬT', 'TUYỆT MẬT', 'KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'])),
    evidence: z
      .object({
        ref: EvidenceSchema.optional(),
        type: EvidenceSchema.optional(),
        date: EvidenceSchema.optional(),
        place: EvidenceSchema.optional(),
        subject: EvidenceSchema.optional(),
      })
      .meta({ description: 'Span and source text of each string-valued header field' }),
  })
  .meta({ id: 'Document' })

export const LetterSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z.object({
      path: z.string().nullable().meta({ description: 'The file as given on the command line; null for standard input or text in memory' }),
      sha256: z.string().regex(/^([0-9a-f]{64})?$/).meta({ description: 'SHA-256 of the file bytes (hex); identical files are one letter' }),
      encoding: z.string().meta({ description: 'How the bytes were decoded, e.g. utf-8' }),
      bytes: z.number().int().nonnegative().meta({ description: 'Size of the file' }),
      format: z.string().optional().meta({ description: 'What the text was read from: markdown, docx, html, pdf, pdf+ocr; "+tcvn3"/"+vni" when a legacy encoding was converted' }),
    }),
    document: DocumentSchema,
    citations: z.array(CitationSchema),
    namedCitations: z.array(NamedCitationSchema),
    tasks: z.array(TaskSchema),
    diagnostics: z.array(DiagnosticSchema),
  })
  .meta({ id: 'Letter', title: 'congvan letter', description: 'One Vietnamese official letter read by congvan' })

export type Letter = z.infer<typeof LetterSchema>
export type Citation = z.infer<typeof CitationSchema>
export type NamedCitation = z.infer<typeof NamedCitationSchema>
export type Task = z.infer<typeof TaskSchema>
export type Agency = z.infer<typeof AgencySchema>
export type Deadline = z.infer<typeof DeadlineSchema>
export type Document = z.infer<typeof DocumentSchema>
export type Occurrence = z.infer<typeof OccurrenceSchema>

/** The JSON Schema (draft 2020-12) of a letter, with its $id and title at the root. */
export function letterJsonSchema(): object {
  const { $schema, ...rest } = z.toJSONSchema(LetterSchema, { target: 'draft-2020-12' }) as Record<string, unknown>
  return { $schema, $id: SCHEMA_ID, title: 'congvan letter', description: 'One Vietnamese official letter read by congvan (src/schema/letter.ts)', ...rest }
}
