import { letterJsonSchema } from '../../schema/letter.js'
import { taskRowJsonSchema } from '../../schema/task-row.js'
import { flag } from '../argv.js'
import { UsageError, type Command } from '../command.js'

export const schema: Command = {
  name: 'schema',
  summary: 'Print the JSON Schema of the output',
  usage: ['schema [--task-row]'],
  options: {
    'task-row': { type: 'boolean', help: 'the schema of the task rows (export --format ndjson) instead of the letter' },
  },
  async run({ values, positionals, io }) {
    if (positionals.length) throw new UsageError(`schema takes no inputs, got "${positionals[0]}"`, 'schema')
    io.stdout.write(JSON.stringify(flag(values, 'task-row') ? taskRowJsonSchema() : letterJsonSchema(), null, 2) + '\n')
    return 0
  },
}

export default schema
