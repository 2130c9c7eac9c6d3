/**
 * A full date in a task's text ("trước ngày 30/4/2024", "chậm nhất ngày 15 tháng 3 năm 2024",
 * OCR's "ngày 31 tháng 122024"), read by the date reader the header and the citations share
 * (src/readers/dates.ts), so one phrase reads one way everywhere. It runs before chrono's own
 * parsers and its result wins over theirs at the same span (chrono keeps the first of two equal
 * results); theirs still read a day and month without a year ("ngày 15/3", "ngày 15 tháng 3"),
 * which VIYearFromLetterRefiner completes.
 */
import type { Parser, ParsingContext } from 'chrono-node'
import { deadlineDatePattern, readDeadlineDateAt } from '../../readers/dates.js'

export class VIFullDateParser implements Parser {
  pattern(): RegExp {
    return deadlineDatePattern()
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    // chrono matches on the text left after its last result: the boundaries are checked again
    // on the whole text, and a day that is no calendar day (31/02) is no date.
    const d = readDeadlineDateAt(context.text, match.index!)
    if (!d || d.day === null || d.month === null || d.year === null) return null
    const result = context.createParsingResult(d.start, context.text.slice(d.start, d.end), { year: d.year, month: d.month, day: d.day })
    result.addTag('vi/full-date')
    return result
  }
}
