import { BATCH_OPTIONS } from '../batch-options.js'
import type { Command } from '../command.js'
import { formatHelp, formatList, runReporter } from '../reporting.js'

export const graph: Command = {
  name: 'graph',
  summary: 'The cross-reference graph of a batch: JSON, GraphML, DOT or Neo4j CSV',
  usage: [`graph <files|dirs|globs|-…> [--format ${formatList('graph')}] --out PATH|- [options]`],
  description: [
    'Nodes are documents (each letter and everything it cites, merged on the citation id); edges go from',
    'the citing letter to the cited document with the relation (căn cứ, thực hiện, …). Inputs are letters',
    'or letter JSON; letters with the same content count once.',
    '',
    'Formats:',
    ...formatHelp('graph').split('\n').map((l) => `  ${l}`),
  ].join('\n'),
  options: {
    out: { type: 'string', short: 'o', value: 'PATH', help: 'the output file, - for standard output (a directory for --format csv)' },
    format: { type: 'string', short: 'f', value: formatList('graph'), help: 'the output format (default json)' },
    pretty: { type: 'boolean', help: 'json: indent' },
    ...BATCH_OPTIONS,
  },
  run: (ctx) => runReporter('graph', ctx, 'json'),
}

export default graph
