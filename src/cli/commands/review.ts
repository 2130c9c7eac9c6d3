import { flag, intOption, stringOption } from '../argv.js'
import { UsageError, type Command } from '../command.js'
import { runReview, DEFAULT_REVIEW_OUT } from '../review/command.js'

export const review: Command = {
  name: 'review',
  summary: 'A local page to check and correct what was extracted; writes <name>.reviewed.json',
  usage: ['review <files|dirs|globs…> [--port N] [--out DIR] [--open]', 'review <files|dirs|globs…> [--out DIR] --gold DIR'],
  description: [
    'Parses the letters and serves a page on 127.0.0.1 (a free port unless --port) that shows each letter',
    'with every extracted value highlighted where it was read; corrections are saved as',
    `<out>/<name>.reviewed.json (default --out ${DEFAULT_REVIEW_OUT}), beside the parser's <name>.json, never over it.`,
    'export and graph read reviewed files and prefer their values. --gold writes the letters marked',
    'reviewed in the gold format of the shared corpus, then exits. Stop the server with Ctrl+C.',
  ].join('\n'),
  options: {
    port: { type: 'string', short: 'p', value: 'N', help: 'the port to listen on (default: a free one)' },
    out: { type: 'string', short: 'o', value: 'DIR', help: `where reviewed files are written and read back (default ${DEFAULT_REVIEW_OUT})` },
    open: { type: 'boolean', help: 'open the page in the system browser (xdg-open)' },
    gold: { type: 'string', value: 'DIR', help: 'write the reviewed letters as gold files into DIR and exit' },
  },
  async run({ values, positionals, io }) {
    if (!positionals.length) throw new UsageError('review needs at least one file, directory or glob', 'review')
    return runReview({
      inputs: positionals,
      port: values.port === undefined ? undefined : intOption(values, 'port', 0, 0),
      out: stringOption(values, 'out') ?? undefined,
      open: flag(values, 'open'),
      gold: stringOption(values, 'gold') ?? undefined,
      stdout: io.stdout,
      stderr: io.stderr,
    })
  },
}

export default review
