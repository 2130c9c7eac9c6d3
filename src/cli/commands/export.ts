import { BATCH_OPTIONS } from '../batch-options.js'
import type { Command } from '../command.js'
import { formatHelp, formatList, runReporter } from '../reporting.js'

export const exportCommand: Command = {
  name: 'export',
  summary: 'Task rows for trackers: CSV, XLSX, iCalendar or NDJSON',
  usage: [`export <files|dirs|globs|-…> --format ${formatList('export')} --out PATH|- [options]`],
  description: [
    'Inputs are letters or letter JSON (parser output, *.reviewed.json from the review page, whose',
    'values win). Letters with the same content count once.',
    '',
    'Formats:',
    ...formatHelp('export').split('\n').map((l) => `  ${l}`),
  ].join('\n'),
  options: {
    out: { type: 'string', short: 'o', value: 'PATH', help: 'the output file (created or replaced atomically); - for standard output' },
    format: { type: 'string', short: 'f', value: formatList('export'), help: 'the output format (see above)' },
    remind: { type: 'string', value: 'DAYS', help: 'ics: a reminder (VALARM) DAYS days before each DUE' },
    ...BATCH_OPTIONS,
  },
  run: (ctx) => runReporter('export', ctx, null),
}

export default exportCommand
