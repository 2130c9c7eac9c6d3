import { didYouMean } from '../argv.js'
import { UsageError, type Command } from '../command.js'
import { commandHelp, globalHelp } from '../help.js'

export const help: Command = {
  name: 'help',
  summary: 'Help for a command',
  usage: ['help [command]'],
  options: {},
  async run({ positionals, io, commands }) {
    const name = positionals[0]
    if (!name) {
      io.stdout.write(globalHelp(commands))
      return 0
    }
    const c = commands.find((x) => x.name === name)
    if (!c) {
      const guess = didYouMean(name, commands.map((x) => x.name))
      throw new UsageError(`no command "${name}"${guess ? `; did you mean "${guess}"?` : ''}; commands: ${commands.map((x) => x.name).join(', ')}`)
    }
    io.stdout.write(commandHelp(c))
    return 0
  },
}

export default help
