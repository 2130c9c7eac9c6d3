/**
 * HTML → the text the Markdown path reads. One reader serves saved web pages and DOCX (mammoth
 * turns a DOCX into HTML). rehype-parse gives a hast tree; we keep the part of the page that
 * holds the letter (the element with the letterhead, or the largest block of text), write each
 * block on its own lines, data tables as Markdown pipe rows (the parser's table handling works on
 * those), and layout tables (the two-column letterhead, the signature block) cell by cell, as
 * the header reads in a text letter.
 */
import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { pattern, rules } from '../lexicon/index.js'
import { alphaLabel, romanLabel } from './numbering.js'

const parser = unified().use(rehypeParse)

/** Never part of a letter: scripts, styles, page chrome. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'iframe', 'svg', 'button',
  'select', 'input', 'textarea', 'menu', 'head', 'title', 'meta', 'link', 'object', 'embed', 'canvas', 'video', 'audio', 'img',
])
/** ARIA roles and class/id words of page chrome (portal menus, breadcrumbs, share bars). */
const CHROME_ROLE = /^(navigation|banner|contentinfo|search|menu|menubar)$/
const CHROME_NAME = /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|footer|sidebar|share|social|cookie|banner|topbar|toolbar|pagination)([\s_-]|$)/i

const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'section', 'article', 'main',
  'header', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'pre', 'center', 'dl', 'dt', 'dd', 'address',
  'figure', 'figcaption', 'body', 'html', 'hr', 'caption',
])

export interface HtmlOptions {
  /** Pick the letter's part of the page (true for web pages; a DOCX is all letter). */
  findBody?: boolean
}

/** HTML text → letter text (lines as a Markdown letter has them). */
export function htmlToText(html: string, options: HtmlOptions = {}): string {
  const tree = parser.parse(html) as Root
  prune(tree)
  let root: Root | Element = tree
  if (options.findBody !== false) root = letterRoot(tree) ?? tree
  const out = new Writer()
  renderChildren(root.children, out)
  return out.finish()
}

function isElement(n: RootContent | ElementContent | Root): n is Element {
  return n.type === 'element'
}

function classOf(e: Element): string {
  const c = e.properties?.className
  const id = e.properties?.id
  return [Array.isArray(c) ? c.join(' ') : String(c ?? ''), String(id ?? '')].join(' ')
}

function isChrome(e: Element): boolean {
  if (DROPPED.has(e.tagName)) return true
  const role = String(e.properties?.role ?? '')
  if (CHROME_ROLE.test(role)) return true
  if (e.properties?.hidden !== undefined && e.properties.hidden !== false) return true
  const style = String(e.properties?.style ?? '')
  if (/display\s*:\s*none/i.test(style)) return true
  // Class names are English-ish conventions of web pages, not Vietnamese vocabulary.
  return e.tagName !== 'body' && e.tagName !== 'main' && e.tagName !== 'article' && CHROME_NAME.test(classOf(e))
}

function prune(node: Root | Element): void {
  node.children = (node.children as Array<RootContent | ElementContent>).filter((c) => {
    if (c.type === 'comment' || c.type === 'doctype') return false
    if (isElement(c)) {
      if (isChrome(c)) return false
      prune(c)
    }
    return true
  }) as typeof node.children
}

/** Plain text of a subtree (white space collapsed), for choosing the body. */
function plain(node: Root | ElementContent | RootContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' || node.type === 'root') {
    let s = ''
    for (const c of node.children) s += plain(c as ElementContent) + (isElement(c as ElementContent) && BLOCK.has((c as Element).tagName) ? '\n' : '')
    return s
  }
  return ''
}

/**
 * The element that holds the letter: the lowest common ancestor of the letterhead (national
 * name, motto, or "Số:" line) and the largest block of text; without a letterhead, the block.
 */
function letterRoot(tree: Root): Element | null {
  const head = rules().header
  const markers = [pattern(head, 'header/national-name'), pattern(head, 'header/party-name'), pattern(head, 'header/motto')]
  const paths: Element[][] = []
  let letterhead: Element[] | null = null
  let best: { path: Element[]; score: number } | null = null
  const walk = (e: Element, path: Element[]) => {
    const here = [...path, e]
    paths.push(here)
    let own = 0
    for (const c of e.children) {
      if (c.type === 'text') own += c.value.trim().length
      else if (isElement(c) && (c.tagName === 'p' || c.tagName === 'table' || c.tagName === 'ul' || c.tagName === 'ol' || /^h\d$/.test(c.tagName) || !BLOCK.has(c.tagName)))
        own += plain(c).trim().length
    }
    if (!best || own > best.score) best = { path: here, score: own }
    for (const c of e.children) if (isElement(c)) walk(c, here)
    // The deepest element whose own text carries a letterhead marker (walk is pre-order: keep the last match on this branch).
    if (!letterhead || here.length > letterhead.length) {
      const t = plain(e).normalize('NFC')
      if (t.length < 400 && markers.some((m) => m.test(t))) letterhead = here
    }
  }
  for (const c of tree.children) if (isElement(c)) walk(c, [])
  const found = best as { path: Element[]; score: number } | null
  if (!found) return null
  const lh = letterhead as Element[] | null
  if (!lh) return found.path[found.path.length - 1]
  let i = 0
  while (i < lh.length && i < found.path.length && lh[i] === found.path[i]) i++
  return i > 0 ? lh[i - 1] : null
}

/** Collects lines; paragraphs are separated by one blank line. */
class Writer {
  private parts: string[] = []
  private line = ''
  /** Start a new block: end the current line, and leave a blank line before the next text. */
  block(): void {
    this.flush()
    if (this.parts.length && this.parts[this.parts.length - 1] !== '') this.parts.push('')
  }
  /** A hard line break inside a block. */
  br(): void {
    this.flush()
  }
  text(s: string): void {
    this.line += s
  }
  raw(lines: string[]): void {
    this.block()
    for (const l of lines) this.parts.push(l)
    this.parts.push('')
  }
  private flush(): void {
    const l = this.line.replace(/[ \t]+/g, ' ').trim()
    this.line = ''
    if (l) this.parts.push(l)
  }
  finish(): string {
    this.flush()
    while (this.parts.length && this.parts[this.parts.length - 1] === '') this.parts.pop()
    return this.parts.join('\n') + '\n'
  }
}

function renderChildren(children: Array<RootContent | ElementContent>, out: Writer): void {
  for (const c of children) render(c, out)
}

function render(node: RootContent | ElementContent, out: Writer): void {
  if (node.type === 'text') {
    out.text(node.value.replace(/\s+/g, ' '))
    return
  }
  if (!isElement(node)) return
  const tag = node.tagName
  if (tag === 'br') return out.br()
  if (tag === 'hr') return out.block()
  if (tag === 'table') return renderTable(node, out)
  if (tag === 'ol' || tag === 'ul') return renderList(node, out)
  if (BLOCK.has(tag)) {
    out.block()
    const line = inlineText(node)
    // A paragraph all in bold is a heading in letters ("KẾ HOẠCH", "I. MỤC ĐÍCH"): keep it bold.
    if (line !== null && line.bold && line.text) out.text(`**${line.text}**`)
    else if (/^h[1-6]$/.test(tag) && line !== null && line.text) out.text(`**${line.text}**`)
    else renderChildren(node.children, out)
    out.block()
    return
  }
  renderChildren(node.children, out)
}

/** An element with only inline content: its text and whether all of it is bold; null if it has blocks or breaks. */
function inlineText(e: Element): { text: string; bold: boolean } | null {
  let text = ''
  let boldChars = 0
  let chars = 0
  let ok = true
  const walk = (n: ElementContent, bold: boolean) => {
    if (!ok) return
    if (n.type === 'text') {
      const v = n.value.replace(/\s+/g, ' ')
      text += v
      const k = v.replace(/\s/g, '').length
      chars += k
      if (bold) boldChars += k
      return
    }
    if (!isElement(n)) return
    if (BLOCK.has(n.tagName) || n.tagName === 'br') {
      ok = false
      return
    }
    const b = bold || n.tagName === 'strong' || n.tagName === 'b'
    for (const c of n.children) walk(c, b)
  }
  for (const c of e.children) walk(c, false)
  if (!ok) return null
  return { text: text.replace(/\s+/g, ' ').trim(), bold: chars > 0 && boldChars === chars }
}

const LIST_STYLE: Record<string, (n: number) => string> = {
  '1': (n) => String(n),
  a: (n) => alphaLabel(n).toLowerCase(),
  A: (n) => alphaLabel(n),
  i: (n) => romanLabel(n).toLowerCase(),
  I: (n) => romanLabel(n),
}


/** Lists keep a printed label: "1." (or the ol's type), "-" for bullets, as a text letter prints them. */
function renderList(list: Element, out: Writer): void {
  const ordered = list.tagName === 'ol'
  const type = String(list.properties?.type ?? '1')
  let n = Number(list.properties?.start ?? 1) || 1
  for (const item of list.children) {
    if (!isElement(item)) continue
    if (item.tagName !== 'li') {
      render(item, out)
      continue
    }
    out.block()
    const label = ordered ? `${(LIST_STYLE[type] ?? LIST_STYLE['1'])(n)}.` : '-'
    n++
    out.text(label + ' ')
    // The item's first paragraph goes on the label's line; nested blocks follow.
    const [first, ...rest] = item.children
    if (first && isElement(first) && first.tagName === 'p') {
      renderChildren(first.children, out)
      renderChildren(rest, out)
    } else renderChildren(item.children, out)
    out.block()
  }
}

interface Cell {
  lines: string[]
  /** Columns it spans (colspan). */
  span: number
  /** Rows it spans (rowspan): the rows under it print nothing at its place. */
  rows: number
}

function cellLines(cell: Element): string[] {
  const w = new Writer()
  renderChildren(cell.children, w)
  return w
    .finish()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = []
  const walk = (e: Element) => {
    for (const c of e.children) {
      if (!isElement(c)) continue
      if (c.tagName === 'tr') rows.push(c)
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') walk(c)
    }
  }
  walk(table)
  return rows
}

/** A cell's span attribute (colSpan, rowSpan) as a count of at least 1. */
const spanOf = (c: Element, key: 'colSpan' | 'rowSpan'): number => Math.max(1, Number(c.properties?.[key] ?? 1) || 1)

/**
 * The table as a grid of cell texts, one entry per column: a cell that spans columns is followed
 * by empty ones, and the positions a cell spanning rows covers in the rows under it are empty
 * too (HTML leaves them out, so without them the row's later cells would move left: a merged
 * lead cell would make the time be read as the support). A cell's paragraphs and lines are
 * joined by " <br>", a break the task-table reader parts agencies at, the space keeping the
 * words apart in the text the parser reads.
 */
function tableGrid(rows: Cell[][]): string[][] {
  const covered: number[] = []
  return rows.map((row) => {
    const cells: string[] = []
    let col = 0
    const skipCovered = () => {
      while ((covered[col] ?? 0) > 0) {
        covered[col]--
        cells.push('')
        col++
      }
    }
    for (const c of row) {
      skipCovered()
      cells.push(c.lines.join(' <br>').replace(/\|/g, '\\|'))
      for (let k = 1; k < c.span; k++) cells.push('')
      if (c.rows > 1) for (let k = 0; k < c.span; k++) covered[col + k] = c.rows - 1
      col += c.span
    }
    // Positions covered after the row's last cell.
    for (; col < covered.length; col++) {
      if ((covered[col] ?? 0) > 0) covered[col]--
      cells.push('')
    }
    return cells
  })
}

/**
 * A table of at most two columns is layout (the letterhead, the signature block, "Kính gửi: |
 * list"): its cells read one after another, as the text header does. Wider tables are data (a
 * PHỤ LỤC task table) and become pipe rows with a delimiter row after the first.
 */
function renderTable(table: Element, out: Writer): void {
  const rows = rowsOf(table).map((tr) =>
    tr.children
      .filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
      .map((c): Cell => ({ lines: cellLines(c), span: spanOf(c, 'colSpan'), rows: spanOf(c, 'rowSpan') })),
  )
  const width = Math.max(0, ...rows.map((r) => r.reduce((s, c) => s + c.span, 0)))
  if (width <= 2) {
    for (const row of rows)
      for (const cell of row) if (cell.lines.length) out.raw(cell.lines)
    return
  }
  const grid = tableGrid(rows)
  const wide = Math.max(width, ...grid.map((r) => r.length))
  const lines: string[] = []
  for (const cells of grid) {
    while (cells.length < wide) cells.push('')
    if (cells.every((c) => c === '')) continue
    lines.push(`| ${cells.join(' | ')} |`)
    if (lines.length === 1) lines.push(`|${' --- |'.repeat(wide)}`)
  }
  if (lines.length) out.raw(lines)
}
