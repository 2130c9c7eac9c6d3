/**
 * Issue 10: every Vietnamese word the code matches comes from rules/*.json (with examples and
 * counterexamples), never from a regex written in src/. This test reads each src/**\/*.ts with the
 * TypeScript parser (so comments and messages are never mistaken for patterns) and looks at:
 * regex literals; the string arguments of RegExp(…) / new RegExp(…), following constants of the
 * same file they name; and strings written in regex syntax ("(?:", "(?<", "\s"…) wherever they
 * stand. A Vietnamese word is a run of two or more letters with at least one Vietnamese letter
 * outside ASCII; a character class of letters glued to a word counts as its first letter
 * ("qu[ýí]" is "quý"), other classes and ranges ([a-zà-ỹđ]) are not words.
 */
import { describe, expect, it } from 'vitest'
import ts from 'typescript'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from './helpers.js'

/**
 * Regexes allowed to hold a Vietnamese word, each with why. Keys are "file: word". An entry no
 * longer needed fails the test, so the list cannot go stale.
 */
const ALLOWED: Record<string, string> = {}

const VIETNAMESE_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹ]/iu

/** The regex source with escapes and character classes taken out (a short class of letters stands as its first one). */
function withoutClasses(src: string): string {
  let out = ''
  for (let i = 0; i < src.length; ) {
    const c = src[i]
    if (c === '\\') {
      out += ' '
      i += 2
      continue
    }
    if (c === '[') {
      let j = i + 1
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1
      const body = src.slice(i + 1, j)
      out += /^\p{L}{1,6}$/u.test(body) ? body[0] : ' '
      i = j + 1
      continue
    }
    out += c
    i++
  }
  return out
}

/** The Vietnamese words of a regex source, each once. */
export function vietnameseWords(src: string): string[] {
  return [...new Set((withoutClasses(src).match(/\p{L}{2,}/gu) ?? []).filter((w) => VIETNAMESE_LETTER.test(w)))]
}

/** Regex syntax that plain prose never holds: a group with ?, or an escape of a class (\s, \d, \b, \p). */
const REGEX_SYNTAX = /\(\?(?:[:=!]|<[=!\p{L}])|\\[sdbpPwSDW]/u

export interface Finding {
  file: string
  line: number
  how: 'literal' | 'RegExp argument' | 'regex-syntax string'
  words: string[]
}

type StringNode = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression

const isStringNode = (n: ts.Node): n is StringNode => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n)

/** The text a string node gives a regex: raw for String.raw`…`, cooked otherwise; substitutions as a space. */
function sourceOf(n: StringNode): string {
  const raw = ts.isTaggedTemplateExpression(n.parent) && n.parent.tag.getText() === 'String.raw'
  const part = (p: ts.TemplateLiteralLikeNode) => (raw ? (p.rawText ?? p.text) : p.text)
  if (ts.isTemplateExpression(n)) return [part(n.head), ...n.templateSpans.map((s) => part(s.literal))].join(' ')
  if (ts.isNoSubstitutionTemplateLiteral(n)) return part(n)
  return n.text
}

/** Every finding in one TypeScript source. */
export function scanSource(file: string, text: string): Finding[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const consts = new Map<string, ts.Expression>()
  const collect = (n: ts.Node) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) consts.set(n.name.text, n.initializer)
    ts.forEachChild(n, collect)
  }
  collect(sf)
  const found = new Map<ts.Node, Finding>()
  const report = (n: ts.Node, src: string, how: Finding['how']) => {
    const words = vietnameseWords(src)
    if (words.length && !found.has(n)) found.set(n, { file, line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, how, words })
  }
  // The strings an expression given to RegExp is made of, through constants of this file.
  const seen = new Set<ts.Node>()
  const argument = (e: ts.Node, depth: number) => {
    if (seen.has(e) || depth > 4) return
    seen.add(e)
    if (isStringNode(e)) {
      report(e, sourceOf(e), 'RegExp argument')
      if (ts.isTemplateExpression(e)) for (const span of e.templateSpans) argument(span.expression, depth)
      return
    }
    if (ts.isIdentifier(e)) {
      const init = consts.get(e.text)
      if (init) argument(init, depth + 1)
      return
    }
    ts.forEachChild(e, (c) => argument(c, depth))
  }
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = n.getText()
      report(n, t.slice(1, t.lastIndexOf('/')), 'literal')
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp' && n.arguments?.[0]) {
      argument(n.arguments[0], 0)
    } else if (isStringNode(n) && REGEX_SYNTAX.test(sourceOf(n))) {
      report(n, sourceOf(n), 'regex-syntax string')
    }
    ts.forEachChild(n, visit)
  }
  visit(sf)
  return [...found.values()].sort((a, b) => a.line - b.line)
}

function sources(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f)
      return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : []
    })
}

describe('the detector', () => {
  const scan = (code: string) => scanSource('sample.ts', code).map((f) => `${f.how}: ${f.words.join(',')}`)
  it('flags a Vietnamese word in a regex literal', () => {
    expect(scan(`const r = /(?:chủ trì|phối hợp)\\s+/u`)).toEqual(['literal: chủ,trì,phối,hợp'])
  })
  it('flags the string given to new RegExp, and the constant of the same file it names', () => {
    expect(scan(`const WORDS = 'tỉnh|huyện'\nconst r = new RegExp(\`\\\\s(\${WORDS})$\`, 'u')`)).toEqual(['RegExp argument: tỉnh,huyện'])
  })
  it('reads String.raw templates as written', () => {
    expect(scan('const r = new RegExp(String.raw`tháng\\s+(\\d+)`, "u")')).toEqual(['RegExp argument: tháng'])
  })
  it('flags a string in regex syntax kept for later use', () => {
    expect(scan(`export const TAIL = '(?:\\\\s*năm)'`)).toEqual(['regex-syntax string: năm'])
  })
  it('reads a short class of letters glued to a word as part of it', () => {
    expect(scan(`const r = /qu[ýí]\\s+/iu`)).toEqual(['literal: quý'])
  })
  it('does not take character classes and ranges for words', () => {
    expect(scan(`const r = /[a-zà-ỹđ]+[ÒÓỎÕỌÙÚỦŨỤ]\\p{L}/u`)).toEqual([])
  })
  it('does not flag comments or user-facing messages', () => {
    expect(scan(`// matches "chủ trì" (?:…)\nconst m = 'Không đọc được ngày ban hành'\nthrow new Error(\`thiếu "Số:" \${x}\`)`)).toEqual([])
  })
  it('does not flag ASCII regexes or one-letter runs', () => {
    expect(scan(`const r = /^(?:KT|TM)\\.?\\s+đ?$/u`)).toEqual([])
  })
})

describe('no Vietnamese word in a regex under src/', () => {
  const files = sources(join(ROOT, 'src'))
  const all = files.flatMap((f) => scanSource(relative(ROOT, f), readFileSync(f, 'utf8')))
  const allowedHit = new Set<string>()
  const offending = all.filter((f) => {
    const keys = f.words.map((w) => `${f.file}: ${w}`)
    keys.filter((k) => ALLOWED[k]).forEach((k) => allowedHit.add(k))
    return keys.some((k) => !ALLOWED[k])
  })
  it(`reads every source file (${files.length})`, () => {
    expect(files.length).toBeGreaterThan(50)
  })
  for (const f of files) {
    const name = relative(ROOT, f)
    it(`${name} takes its Vietnamese words from rules/`, () => {
      expect(offending.filter((x) => x.file === name).map((x) => `${x.file}:${x.line} ${x.how}: ${x.words.join(', ')}`)).toEqual([])
    })
  }
  it('keeps no allow-list entry that is no longer needed', () => {
    expect(Object.keys(ALLOWED).filter((k) => !allowedHit.has(k))).toEqual([])
  })
})
