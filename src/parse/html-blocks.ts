/**
 * Raw HTML inside a Markdown letter (a converter's `<table>` for a table with merged cells, a
 * `<p>` or `<br>`): its text is read where it stands, offsets exact, and a table becomes pipe
 * rows as the rest of the parser reads tables. Nothing is inserted: each line break or cell
 * pipe the rows need is written over the first character of the tag it stands for (`<tr>` → a
 * line break, `<td>` → "|", `</tr>` → the closing "|"), so every character of the flat text
 * still maps to one character of the source; tags and white space between them are dropped.
 */
import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import type { Element, ElementContent, Root, Text } from 'hast'

const parser = unified().use(rehypeParse, { fragment: true })

const CELL = new Set(['td', 'th'])
/** Elements that end a line of text outside a table. */
const LINE = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'caption', 'hr'])

/** Edits for the flattening: characters to keep (drop[i] = 0) and those to write as another character. */
export interface HtmlEdits {
  drop: Uint8Array
  replace: Map<number, string>
  /** Keep the characters of a text leaf in [start, end) that its value holds (escapes, entities dropped). */
  keepText: (start: number, end: number, value: string) => void
}

/** Reads the HTML of input[start, end). */
export function readHtmlBlock(input: string, start: number, end: number, edits: HtmlEdits): void {
  const html = input.slice(start, end)
  // Only markup that carries text or structure is worth a parse; a lone "<br/>" or comment is dropped.
  if (!/<(?:table|tr|td|th|p|div|li|h\d)[\s>/]/iu.test(html) && !/>[^<\s]/u.test(html)) {
    for (let i = start; i < end; i++) if (input.charCodeAt(i) !== 10) edits.drop[i] = 1
    return
  }
  for (let i = start; i < end; i++) edits.drop[i] = 1
  const tree = parser.parse(html) as Root
  const put = (at: number, c: string): void => {
    if (at < start || at >= end || input[at] !== '<') return
    edits.drop[at] = 0
    edits.replace.set(at, c)
  }
  /** Offset of the end tag's "<", when the source has one. */
  const endTag = (e: Element): number => {
    const b = e.position?.end.offset
    if (b === undefined) return -1
    const close = `</${e.tagName}`
    const at = html.lastIndexOf('<', b - 1)
    return at >= 0 && html.slice(at, at + close.length).toLowerCase() === close ? start + at : -1
  }
  const walk = (node: Root | Element, inTable: boolean, inCell: boolean): void => {
    for (const c of node.children as ElementContent[]) {
      if (c.type === 'text') text(c, inTable, inCell)
      else if (c.type === 'element') element(c, inTable, inCell)
    }
  }
  const text = (t: Text, inTable: boolean, inCell: boolean): void => {
    const a = t.position?.start.offset
    const b = t.position?.end.offset
    if (a === undefined || b === undefined) return
    // White space between a table's tags is layout of the HTML, not text.
    if (inTable && !inCell && !t.value.trim()) return
    edits.keepText(start + a, start + b, t.value)
    // Inside a cell the row stays on one line.
    if (inCell) for (let i = start + a; i < start + b; i++) if (input[i] === '\n' || input[i] === '\r' || input[i] === '\t') edits.replace.set(i, ' ')
  }
  const element = (e: Element, inTable: boolean, inCell: boolean): void => {
    const a = e.position?.start.offset
    const tag = e.tagName
    // A row without cells (a rowspan's trace) is no line.
    if (tag === 'tr' && !e.children.some((c) => c.type === 'element' && CELL.has(c.tagName))) return
    if (a !== undefined) {
      const at = start + a
      if (tag === 'table') put(at, '\n')
      else if (tag === 'tr') put(at, '\n')
      else if (CELL.has(tag)) put(at, '|')
      else if (LINE.has(tag)) put(at, inCell ? ' ' : '\n')
    }
    walk(e, inTable || tag === 'table', inCell || CELL.has(tag))
    const close = endTag(e)
    if (close < 0) return
    if (tag === 'table') put(close, '\n')
    else if (tag === 'tr') put(close, '|')
    else if (CELL.has(tag)) {
      // A merged cell stands for its columns: empty cells after it keep the columns aligned
      // (one pipe per extra column, written over the end tag's characters).
      const span = Math.min(Number(e.properties?.colSpan ?? 1) || 1, 6)
      for (let k = 0; k < span - 1; k++) {
        edits.drop[close + k] = 0
        edits.replace.set(close + k, '|')
      }
    } else if (LINE.has(tag) && !inCell) put(close, '\n')
  }
  walk(tree, false, false)
}
