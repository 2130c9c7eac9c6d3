#!/usr/bin/env node
// The CLI entry: runs the compiled TypeScript in dist/ (built by `npm install` / `npm ci` via the prepare script).
import { main } from '../dist/cli/main.js'

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(`congvan: internal error: ${error && error.stack ? error.stack : error}`)
    process.exitCode = 1
  },
)
