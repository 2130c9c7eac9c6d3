#!/usr/bin/env node
// The CLI entry: runs the compiled TypeScript in dist/ (built by `npm install` / `npm ci` via the prepare script).
import { main } from '../dist/cli/main.js'

// A reader that closes the pipe early (`congvan parse dir | head`) is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw e
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    const debug = process.argv.includes('--debug')
    console.error(`congvan: internal error: ${error && error.message ? error.message : error}${debug && error && error.stack ? `\n${error.stack}` : '\nrun again with --debug for the stack trace'}`)
    process.exitCode = 1
  },
)
