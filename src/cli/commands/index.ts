/**
 * The command table: one line per command, each a module in this folder that exports its Command
 * as default. Help, the flag check and dispatch read this list; a new command is its module plus
 * one line here.
 */
import type { Command } from '../command.js'

export const COMMANDS: readonly Command[] = [
  (await import('./parse.js')).default,
  (await import('./export.js')).default,
  (await import('./graph.js')).default,
  (await import('./schema.js')).default,
  (await import('./text.js')).default,
  (await import('./review.js')).default,
  (await import('./help.js')).default,
]
