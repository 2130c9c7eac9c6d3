// The CLI from sources, without a build (run with `npx tsx scripts/explain-src.mjs parse FILE --explain`),
// so that several people can trace letters while src/ changes under dist/.
import { main } from '../src/cli/main.ts'

process.exitCode = await main(process.argv.slice(2))
