#!/usr/bin/env node
// Layout-perturbation harness: re-renders every letter of the shared corpus as a converter would
// (hard wrap at 60 and 80 columns, the two-column header as a pipe table, as cells on their own
// lines between lone `|` lines, side by side on one line, bold runs split over two lines, a pandoc
// round trip Markdown → DOCX → Markdown), parses each rendering from the sources (tsx, no build)
// and scores it against the same gold with shared/eval/score.mjs.
//   npx tsx scripts/score-layouts.mjs [OUTDIR] [--only NAME[,NAME]] [--shared DIR] [--no-pandoc]
// The renderings are built by code from the letter's text, so they apply to every future letter.
import { mkdirSync, rmSync, writeFileSync, readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { pattern, rules } from '../src/lexicon/index.ts'

// Compiled by the lexicon: patterns compose shared fragments ({{letterDate}} of rules/dates.json).
const rule = (id) => pattern(rules().header, id)
const NATIONAL = rule('header/national-name')
const MOTTO = rule('header/motto')
const PLACE_DATE = rule('header/place-date')
const NUMBER = rule('header/number')
const RECIPIENTS = rule('header/recipients')
const DECORATION = /^[\s\-—–_=*~|]*$/u
// A token that would read as a new block if it opened a line: a converter's wrapper avoids it.
const BLOCK_START = /^(?:[-+*>#|•]|\d+[.)]|[a-zđ][.)]|[IVXLC]+[.)]|\(\d+\)|Điều\s)/u

/**
 * Greedy wrap of one line's text at `width` columns, as a converter re-wraps a paragraph:
 * continuation lines keep the line's indentation, which does not count against the width. A
 * line laid out in columns (a gap of three or more spaces, a table row) is layout already, not
 * a paragraph, and stays as it is.
 */
export function wrapLine(line, width, countIndent = false) {
  const indent = /^\s*/.exec(line)[0]
  const room = countIndent ? width - indent.length : width
  if (line.length - indent.length <= room || /^\s*\|/.test(line) || /\S {3,}\S/.test(line)) return [line]
  const words = line.slice(indent.length).split(/(?<=\S)(?= )/u)
  const out = []
  let cur = indent
  for (const w of words) {
    const next = cur + w
    const word = w.replace(/^ +/, '')
    if (next.length - indent.length > room && cur.trim() && !BLOCK_START.test(word)) {
      out.push(cur.replace(/ +$/, ''))
      cur = indent + word
    } else cur = next
  }
  out.push(cur)
  return out
}

/** Hard wrap every line of the letter (outside fenced code) at `width` columns. */
export function hardWrap(text, width) {
  return text
    .split('\n')
    .flatMap((l) => wrapLine(l, width))
    .join('\n')
}

/**
 * A Markdown writer's rendering (pandoc writing a DOCX back to Markdown): every printed line of
 * a paragraph ends with a hard break (two spaces), and the writer wraps at `width` columns,
 * indentation counted. Code blocks (a PDF letter's indented lines, to CommonMark) stay verbatim.
 */
export function markdownWrap(text, width = 72) {
  const tree = unified().use(remarkParse).parse(text)
  const code = []
  const visit = (node) => {
    if (node.type === 'code') code.push([node.position.start.line, node.position.end.line])
    for (const k of node.children ?? []) visit(k)
  }
  visit(tree)
  const lines = text.split('\n')
  return lines
    .map((l, i) => {
      if (code.some(([a, b]) => a <= i + 1 && i + 1 <= b)) return l
      const pieces = wrapLine(l, width, true)
      if (l.trim() && lines[i + 1]?.trim() && !/^\s*\|/.test(l)) pieces[pieces.length - 1] = pieces[pieces.length - 1].replace(/ *$/, '  ')
      return pieces.join('\n')
    })
    .join('\n')
}

/**
 * Every Markdown pipe table written as one line of raw HTML (`<table><tr><td>…`), as MinerU and
 * some portals give tables with merged cells; the delimiter row goes.
 */
export function tablesAsHtml(text) {
  return text.replace(/(?:^[ \t]*\|.*\|[ \t]*(?:\n|$))+/gmu, (block) => {
    const rows = block.trimEnd().split('\n').filter((r) => !/^\s*\|[\s:|-]+\|\s*$/u.test(r))
    // Markdown emphasis inside a cell becomes HTML's (Markdown is not read inside raw HTML).
    const html = (c) => c.trim().replace(/\*\*([^*]+)\*\*/gu, '<b>$1</b>').replace(/\*([^*]+)\*/gu, '<i>$1</i>')
    const cells = (r) => r.trim().slice(1, -1).split('|').map((c) => `<td>${html(c)}</td>`).join('')
    return `<table>${rows.map((r) => `<tr>${cells(r)}</tr>`).join('')}</table>\n`
  })
}

/**
 * The header's two columns as printed: left (issuer, number, V/v and its lines), right (national
 * name, motto, place and date). The block runs from the top to the first Kính gửi, title or body
 * line; whatever follows the date on its line starts the rest. Returns null when no number and
 * date are found in the first lines (the rendering then leaves the letter as it is).
 */
export function headerColumns(text) {
  const lines = text.split('\n')
  const left = []
  const right = []
  let sawNumber = false
  let sawDate = false
  let inSubject = false
  const clean = (c) => c.replace(/^[\s*_#]+|[\s*_]+$/gu, '').replace(/\s*[-—–_=]{3,}\s*$/u, '').replace(/^[-—–_=]{3,}\s*/u, '').trim()
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    const pieces = cut(lines[i])
    for (let k = 0; k < pieces.length; k++) {
      const c = pieces[k]
      const stop = () => ({ left, right, ok: sawNumber && sawDate, rest: [pieces.slice(k).join(' '), ...lines.slice(i + 1)].join('\n') })
      if (RECIPIENTS.test(c) && RECIPIENTS.exec(c).index === 0) return done(stop())
      if (NATIONAL_LOOSE.test(c) || MOTTO.test(c)) {
        right.push(c)
        continue
      }
      if (PLACE_DATE.test(c) && PLACE_DATE.exec(c).index === 0) {
        right.push(c)
        sawDate = true
        inSubject = false
        continue
      }
      if (NUMBER.exec(c)?.index === 0) {
        left.push(c)
        sawNumber = true
        continue
      }
      if (/^(?:V\/[vV]|Về việc)(?![\p{L}])/u.test(c) && sawNumber) {
        left.push(c)
        inSubject = true
        continue
      }
      if (inSubject && !TITLE.test(c) && !BODY.test(c) && !/[.:;]$/u.test(left[left.length - 1])) {
        left.push(c)
        continue
      }
      if (!sawNumber && !sawDate && upper(c) && !TITLE.test(c)) {
        left.push(c)
        continue
      }
      return done(stop())
    }
  }
  return null
  function cut(line) {
    const cells = line.split(/\s+\|\s+|^\s*\||\|\s*$|\s{3,}|\s{2,}$/u).map(clean).filter((c) => c && !DECORATION.test(c))
    const out = []
    for (const cell of cells) {
      // One cell may hold several of the header's pieces on one line: cut before each.
      const cuts = new Set([0])
      for (const re of [NATIONAL_LOOSE, MOTTO, PLACE_DATE, NUMBER, /(?<![\p{L}])V\/[vV](?![\p{L}])/u, RECIPIENTS])
        for (const m of cell.matchAll(new RegExp(re.source, re.flags.replace('g', '') + 'g'))) if (m[0].length) {
          cuts.add(m.index)
          if (re === PLACE_DATE || re === NATIONAL_LOOSE || re === MOTTO) cuts.add(m.index + m[0].length)
        }
      const at = [...cuts].sort((a, b) => a - b)
      for (let j = 0; j < at.length; j++) {
        const piece = clean(cell.slice(at[j], at[j + 1] ?? cell.length))
        if (piece && !DECORATION.test(piece)) out.push(piece)
      }
    }
    return out
  }
  function done(h) {
    return h.ok && right.length ? h : null
  }
}

const NATIONAL_LOOSE = /C[ỘO]NG\s*H[ÒO][AÀ]?\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/iu
const TITLE = /^(?:QUYẾT ĐỊNH|QUYÉT\s+ĐỊNH|KẾ HOẠCH|KẺ HOẠCH|THÔNG BÁO|CHỈ THỊ|NGHỊ QUYẾT|CÔNG ĐIỆN|CHƯƠNG TRÌNH|BÁO CÁO|HƯỚNG DẪN|TỜ TRÌNH|KẾT LUẬN)(?![\p{L}])/u
const BODY = /^(?:Căn cứ|Thực hiện|Theo|Ngày\s+\d|Kính gửi)/u
const upper = (c) => {
  const letters = c.match(/\p{L}/gu) ?? []
  return letters.length > 0 && letters.filter((x) => x === x.toUpperCase()).length / letters.length > 0.8
}

/** Header as a Markdown pipe table: one row per line, left and right columns side by side. */
export function headerAsPipeTable(text) {
  const h = headerColumns(text)
  if (!h) return text
  const rows = []
  const n = Math.max(h.left.length, h.right.length)
  for (let i = 0; i < n; i++) rows.push(`| ${h.left[i] ?? ''} | ${h.right[i] ?? ''} |`)
  rows.splice(1, 0, '| --- | --- |')
  return rows.join('\n') + '\n\n' + h.rest
}

/** Header as cells on their own lines, separated by lone `|` lines (a table dumped as text). */
export function headerAsCellLines(text) {
  const h = headerColumns(text)
  if (!h) return text
  return [...h.left, '|', ...h.right, '|', ''].join('\n') + '\n' + h.rest
}

/** Header side by side on one line per row, columns separated by ` | `. */
export function headerSideBySide(text) {
  const h = headerColumns(text)
  if (!h) return text
  const rows = []
  const n = Math.max(h.left.length, h.right.length)
  for (let i = 0; i < n; i++) rows.push([h.left[i], h.right[i]].filter(Boolean).join(' | '))
  return rows.join('\n') + '\n\n' + h.rest
}

/** Every bold run of two or more words is split over two lines (`**II. MỤC` / `ĐÍCH, YÊU CẦU**`). */
export function splitBold(text) {
  return text.replace(/\*\*([^*\n]+?)\*\*/gu, (all, inner) => {
    const words = inner.split(' ')
    if (words.length < 2) return all
    const k = Math.ceil(words.length / 2)
    return `**${words.slice(0, k).join(' ')}\n${words.slice(k).join(' ')}**`
  })
}

/**
 * Markdown → DOCX → Markdown through pandoc (a real converter round trip). Each printed line stays
 * a line in the DOCX (hard_line_breaks), as in a Word letter; pandoc wraps the Markdown it writes.
 */
export function pandocRoundTrip(text, tmp, to = 'gfm') {
  const md = join(tmp, 'in.md')
  const docx = join(tmp, 'in.docx')
  // A Word letter holds its item numbers as typed text: escape them so that pandoc's Markdown
  // reader does not make them a list and renumber it (a Roman heading swallowed by the list above
  // would turn "1." after it into "9."). What comes back is the DOCX reader's own Markdown.
  writeFileSync(md, escapeListMarkers(text))
  const a = spawnSync('pandoc', ['-f', 'gfm+hard_line_breaks', '-t', 'docx', '-o', docx, md])
  if (a.status !== 0) throw new Error(`pandoc md→docx: ${a.stderr}`)
  const b = spawnSync('pandoc', ['-f', 'docx', '-t', to, docx], { encoding: 'utf8', maxBuffer: 64 << 20 })
  if (b.status !== 0) throw new Error(`pandoc docx→md: ${b.stderr}`)
  return b.stdout
}

/**
 * Every item number that opens a line ("1.", "4)") gets its delimiter escaped ("1\\."), so that no
 * Markdown reader makes a list of it; CommonMark readers disagree on when a number may start a
 * list (pandoc takes a lone "4." after a paragraph as an empty list, remark as text), and an
 * escape is text for both. Not inside a code block (found with remark-parse): a PDF letter's
 * indented lines are code to CommonMark, where a backslash stays a character and breaks the
 * number.
 */
export function escapeListMarkers(text) {
  const tree = unified().use(remarkParse).parse(text)
  const code = []
  const visit = (node) => {
    if (node.type === 'code') code.push([node.position.start.offset, node.position.end.offset])
    for (const k of node.children ?? []) visit(k)
  }
  visit(tree)
  const inCode = (i) => code.some(([a, b]) => a <= i && i < b)
  return text.replace(/^([ \t]*\**)(\d{1,9})([.)])(?=\s|\*|$)/gmu, (all, lead, n, d, at) => (inCode(at) ? all : `${lead}${n}\\${d}`))
}

export const RENDERINGS = {
  plain: (t) => t,
  'wrap-60': (t) => hardWrap(t, 60),
  'wrap-80': (t) => hardWrap(t, 80),
  'header-pipe-table': headerAsPipeTable,
  'header-cell-lines': headerAsCellLines,
  'header-side-by-side': headerSideBySide,
  'bold-split': splitBold,
  'md-wrap-72': (t) => markdownWrap(t, 72),
  'html-tables': tablesAsHtml,
  pandoc: pandocRoundTrip,
  // Back through pandoc's own Markdown: simple and multiline tables laid out by column, "\\" hard breaks, more escapes.
  'pandoc-markdown': (t, tmp) => pandocRoundTrip(t, tmp, 'markdown'),
}

async function main() {
  const args = process.argv.slice(2)
  const opt = (n) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined)
  const shared = resolve(opt('--shared') ?? fileURLToPath(new URL('../../shared', import.meta.url)))
  const positional = args.filter((a, i) => !a.startsWith('--') && !['--only', '--shared'].includes(args[i - 1]))
  const out = resolve(positional[0] ?? '/tmp/score-layouts')
  const letters = join(shared, 'corpus', 'letters')
  if (!existsSync(letters)) {
    console.error(`score-layouts: no shared corpus at ${letters}; pass --shared DIR`)
    process.exit(2)
  }
  const hasPandoc = !args.includes('--no-pandoc') && spawnSync('pandoc', ['--version']).status === 0
  const only = opt('--only')?.split(',')
  const names = Object.keys(RENDERINGS).filter((n) => (!only || only.includes(n) || n === 'plain') && (!n.startsWith('pandoc') || hasPandoc))
  const { parseLetter } = await import('../src/pipeline.ts')
  const files = readdirSync(letters).filter((f) => /\.(md|txt)$/.test(f)).sort()
  const results = []
  for (const name of names) {
    const dir = join(out, name)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(join(dir, 'pred'), { recursive: true })
    mkdirSync(join(dir, 'letters'), { recursive: true })
    for (const f of files) {
      const text = readFileSync(join(letters, f), 'utf8')
      const rendered = RENDERINGS[name](text, dir)
      writeFileSync(join(dir, 'letters', f), rendered)
      const letter = parseLetter(rendered, { path: f, validate: false })
      writeFileSync(join(dir, 'pred', f.replace(/\.(md|txt)$/, '.json')), JSON.stringify(letter))
    }
    const r = spawnSync('node', [join(shared, 'eval', 'score.mjs'), '--gold', join(shared, 'corpus', 'gold'), '--pred', join(dir, 'pred'), '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    if (r.status !== 0) throw new Error(`score.mjs failed on ${name}: ${r.stderr}`)
    const s = JSON.parse(r.stdout).summary
    const v = spawnSync('node', [join(shared, 'eval', 'score.mjs'), '--gold', join(shared, 'corpus', 'gold'), '--pred', join(dir, 'pred'), '--verbose'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    writeFileSync(join(dir, 'score.txt'), v.stdout)
    results.push({ name, s })
  }
  const base = results.find((r) => r.name === 'plain').s
  const pct = (x) => (100 * x).toFixed(1).padStart(6)
  console.log('rendering'.padEnd(22), ' score  Δplain  header  recip  tasks   lead   supp  dline  cites')
  for (const { name, s } of results) {
    const d = s.score - base.score
    const flag = d < -0.02 ? '  ← loses more than 0.02' : ''
    console.log(
      name.padEnd(22),
      s.score.toFixed(3),
      (d >= 0 ? '+' : '') + d.toFixed(3),
      pct(s.header), pct(s.recipients), pct(s.tasks.f), pct(s.lead.f), pct(s.support.f), pct(s.deadline.f), pct(s.citations.f) + flag,
    )
  }
  console.log(`(per-letter misses: ${out}/<rendering>/score.txt; renderings: ${out}/<rendering>/letters)`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
