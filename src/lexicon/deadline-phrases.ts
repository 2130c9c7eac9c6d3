/**
 * rules/deadline-phrases.json: the patterns of deadline phrases and the date words they are made
 * of (numbers, months, quarters, relative words, parts of a period, cues).
 */
import { z } from 'zod'
import { PatternFile, alternation, byId, compilePatternFile, readRulesFile, rulesView, type CompiledPattern, type Fragments } from './core.js'
import { holidayRules } from './holidays.js'

/** The words of date phrases (numbers, months, quarters, relative words, parts of a period, cues). */
const PartRange = z.tuple([z.number().int(), z.number().int()])
export const DateWords = z.object({
  note: z.string().optional(),
  numbers: z.record(z.string(), z.number().int()),
  months: z.record(z.string(), z.number().int()),
  quarters: z.record(z.string(), z.number().int()),
  relative: z.record(z.string(), z.number().int()),
  parts: z.object({ note: z.string().optional(), month: z.record(z.string(), PartRange), quarter: z.record(z.string(), PartRange), year: z.record(z.string(), PartRange) }),
  monthCues: z.array(z.string()),
  yearCues: z.array(z.string()),
  /** The unit words of a period ("tháng", "quý", "năm") and the unit each names. */
  periodUnits: z.record(z.string(), z.enum(['month', 'quarter', 'year'])),
  examples: z.array(z.string()).min(1),
})
export const DeadlinePhrasesFile = PatternFile.extend({ words: DateWords })

export type DateWordRules = z.infer<typeof DateWords>

/** The date words of deadline-phrases.json validated, once per process (or afresh from another rules folder). */
export const dateWords = rulesView((dir): DateWordRules => readRulesFile(DeadlinePhrasesFile, 'deadline-phrases.json', dir).words)

/**
 * Fragments made of a file's word lists: the date words of deadline-phrases.json and the holiday
 * names of holidays.json, so that patterns name them ({{monthName}}) instead of copying them.
 */
function wordFragments(w: DateWordRules, namedHolidays: ReadonlyArray<{ names: string[] }>): Fragments {
  const holidays = namedHolidays.flatMap((h) => h.names.map((n) => n.toLowerCase().replace(/\s+/g, ' ')))
  return {
    monthName: `\\d{1,2}|${alternation(Object.keys(w.months))}`,
    quarterName: alternation(Object.keys(w.quarters)),
    numberWord: alternation(Object.keys(w.numbers)),
    relativeWord: alternation(Object.keys(w.relative)),
    partMonth: alternation(Object.keys(w.parts.month)),
    partQuarter: alternation(Object.keys(w.parts.quarter)),
    partYear: alternation(Object.keys(w.parts.year)),
    monthCue: alternation(w.monthCues),
    yearCue: alternation(w.yearCues),
    periodUnit: alternation(Object.keys(w.periodUnits)),
    holidayName: alternation([...new Set(holidays)]),
  }
}

/** The deadline patterns in file order, the date words and named holidays expanded as fragments. */
export const deadlinePatternList = rulesView(
  (dir): CompiledPattern[] => compilePatternFile('deadline-phrases.json', dir, wordFragments(dateWords(dir), holidayRules(dir).named)),
)

/** The deadline patterns by id, sharing the compiled regexes of deadlinePatternList. */
export const deadlinePatterns = rulesView((dir): Map<string, CompiledPattern> => byId(deadlinePatternList(dir)))
