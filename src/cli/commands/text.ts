import { letterText } from '../../letter-text.js'
import { DEFAULT_MAX_BYTES, LoadError } from '../../load/index.js'
import { flag, intOption } from '../argv.js'
import { UsageError, type Command } from '../command.js'

export const text: Command = {
  name: 'text',
  summary: 'Print the text the parser reads from a file (after DOCX/PDF/HTML or TCVN3/VNI conversion)',
  usage: ['text <file> [--normalized] [--ocr] [--max-pages N]'],
  description: [
    'Spans in the JSON count this text: for a .docx, .pdf or .html file and for legacy-encoded text it is',
    "the converted text, for a .md/.txt file the file as decoded. The reader's notes go to stderr.",
  ].join('\n'),
  options: {
    normalized: { type: 'boolean', help: 'print the normalised form the extractors match on (NFC, one tone placement)' },
    ocr: { type: 'boolean', help: 'read a scanned PDF by OCR (needs tesseract with Vietnamese data, and pdftoppm)' },
    'max-pages': { type: 'string', value: 'N', help: 'refuse a PDF of more than N pages (default 500)' },
    'max-bytes': { type: 'string', value: 'N', help: `refuse files larger than N bytes (default ${DEFAULT_MAX_BYTES})` },
  },
  async run({ values, positionals, io }) {
    if (positionals.length !== 1) throw new UsageError('text takes exactly one file', 'text')
    try {
      const t = await letterText(positionals[0], {
        normalized: flag(values, 'normalized'),
        ocr: flag(values, 'ocr'),
        maxPages: intOption(values, 'max-pages', 500),
        maxBytes: intOption(values, 'max-bytes', DEFAULT_MAX_BYTES),
      })
      io.stdout.write(t.text.endsWith('\n') ? t.text : t.text + '\n')
      for (const n of t.notes) io.stderr.write(`${positionals[0]}: ${n}\n`)
      return 0
    } catch (e) {
      if (!(e instanceof LoadError)) throw e
      io.stderr.write(e.message + '\n')
      return 1
    }
  },
}

export default text
