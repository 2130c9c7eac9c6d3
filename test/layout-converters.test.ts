/**
 * Layout classes that Markdown writers and converters produce (issue 11): paragraphs wrapped at a
 * fixed width with hard breaks at the printed line ends (pandoc writing a DOCX back to Markdown),
 * table rows wrapped like prose with escaped pipes, converter noise inside an indented list
 * continuation, empty bullets. Small inline cases for each rule and its negative, then real letters
 * of ../shared/corpus rendered by code (and through pandoc itself where it is installed).
 */
import { describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { spawnSync } from 'node:child_process'
import { collectSpans, docOf, ROOT } from './helpers.js'
import { parseLetter } from '../src/pipeline.js'
import { evidence } from '../src/parse/span.js'
import { wrapBreaks, type SoftBreak } from '../src/parse/wraps.js'
import type { Doc } from '../src/types.js'
import { escapeListMarkers, markdownWrap, pandocRoundTrip, tablesAsHtml } from '../scripts/score-layouts.mjs'

const lineTexts = (doc: Doc) => doc.lines.filter((l) => !l.blank).map((l) => doc.text.slice(l.start, l.end).trim())

/** Every line break of a one-paragraph text, as the parse stage hands them to wrapBreaks. */
const breaksOf = (text: string): SoftBreak[] => {
  const out: SoftBreak[] = []
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push({ at: i, lineStart: text.lastIndexOf('\n', i - 1) + 1 })
  return out
}

// One paragraph of a letter, wrapped at 40 columns by a writer (each break where the next word would not fit).
const WRAPPED_40 = [
  'Văn phòng Chính phủ thông báo để Bộ Nông',
  'nghiệp và Phát triển nông thôn, Bộ Tài',
  'chính, Bộ Tài nguyên và Môi trường, Ủy',
  'ban nhân dân tỉnh Quảng Nam và các cơ',
  'quan liên quan biết, thực hiện; đồng chí',
  'Nguyễn Cao Lục, Phó Chủ nhiệm Văn phòng',
  'Chính phủ theo dõi, đôn đốc việc thực',
  'hiện các nội dung nêu trên./.',
].join('\n')

describe('a paragraph wrapped at a fixed width', () => {
  it('finds the width from the breaks and reads every one of them as a space, a capital after it included', () => {
    expect(wrapBreaks(WRAPPED_40, breaksOf(WRAPPED_40)).size).toBe(7)
    const doc = docOf(WRAPPED_40 + '\n')
    expect(lineTexts(doc)).toEqual([WRAPPED_40.replace(/\n/g, ' ')])
  })
  it('leaves a letter whose printed lines no single width explains to the sentence cues', () => {
    const printed = [
      'Thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành',
      'Trung ương Đảng khóa XIV và Chương trình hành động số 31-CTr/TW ngày',
      '28/7/2026 của Bộ Chính trị về bảo vệ môi trường.',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '- Quán triệt sâu sắc các quan điểm, chỉ đạo của Ban Chấp hành Trung',
      'ương Đảng và Bộ Chính trị.',
      '2. Yêu cầu',
      '- Phân công nhiệm vụ cụ thể, rõ trách nhiệm.',
    ].join('\n')
    expect(wrapBreaks(printed, breaksOf(printed)).size).toBe(0)
  })
  it('never runs a wrapped line on into an item, a bullet, Nơi nhận or a whole table row', () => {
    const text = [
      'Ủy ban nhân dân tỉnh đề nghị các cơ quan,',
      'đơn vị khẩn trương thực hiện các nội dung',
      'sau đây theo đúng tiến độ được giao, cụ',
      'thể là các nhiệm vụ được nêu dưới đây và',
      '2. Sở Tài chính bố trí kinh phí thực hiện',
      'các nhiệm vụ nêu trên theo quy định hiện',
      '- Sở Nội vụ theo dõi việc thực hiện và',
      'tổng hợp kết quả báo cáo cấp có thẩm quyền',
      'Nơi nhận: các sở, ban, ngành tỉnh theo danh',
    ].join('\n')
    const doc = docOf(text + '\n')
    expect(lineTexts(doc).map((l) => l.slice(0, 8))).toEqual(['Ủy ban n', '2. Sở Tà', '- Sở Nội', 'Nơi nhận'])
  })
  it('keeps spans exact across a break the writer made and a hard break the letter had', () => {
    const printed = [
      'Văn phòng Chính phủ đề nghị đồng chí Nguyễn Cao Lục theo dõi, đôn đốc việc thực hiện các nội dung trên.',
      'Bộ Tài chính chủ trì, phối hợp với Bộ Tài nguyên và Môi trường hướng dẫn các địa phương thực hiện.',
      'Bộ Công Thương và các cơ quan liên quan phối hợp thực hiện các nội dung nêu trên theo chức năng.',
      'Ủy ban nhân dân tỉnh Quảng Nam báo cáo kết quả thực hiện về Văn phòng Chính phủ trước ngày 30/6/2024.',
    ]
    const raw = markdownWrap(printed.join('\n') + '\n', 44)
    expect(raw).toContain('  \n')
    const doc = docOf(raw)
    expect(lineTexts(doc)).toEqual(printed)
    const at = doc.text.indexOf('Nguyễn Cao Lục')
    const ev = evidence(doc, at, at + 'Nguyễn Cao Lục'.length)
    expect(ev.text).toMatch(/^Nguyễn\s+Cao\s+Lục$/u)
    expect(raw.slice(ev.span.start.offset, ev.span.end.offset)).toBe(ev.text)
  })
})

describe('table rows a converter wrapped like prose', () => {
  it('runs a row on until it holds the pipes of its delimiter row, across a line that ends on a cell', () => {
    const text = [
      '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |',
      '| --- | --- | --- | --- | --- |',
      '| 1. | Hoàn thiện dự thảo Nghị định. | Cục Biến đổi khí hậu | Vụ Pháp chế. | Tháng 8/2024 |',
      '| 3. | Thiết lập Hệ thống đăng ký quốc gia về hạn ngạch phát thải khí',
      'nhà kính. | Cục Biến đổi khí hậu | Cục Chuyển đổi số, các đơn vị có liên quan. |',
      '2024 - 2025 |',
      '| 4. | Điều tra mức độ sẵn sàng. | Cục Biến đổi khí hậu | Vụ Môi trường | 2026 - 2027 |',
    ].join('\n')
    const doc = docOf(text + '\n')
    const rows = doc.lines.filter((l) => l.cells && l.cells.length === 5)
    expect(rows.map((l) => doc.text.slice(l.cells![0].start, l.cells![0].end))).toEqual(['TT', '1.', '3.', '4.'])
    const row3 = rows[2]
    expect(doc.text.slice(row3.cells![4].start, row3.cells![4].end)).toBe('2024 - 2025')
  })
  it('reads the signature cell of a two-column closing table whose first line holds one pipe', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
      '',
      'Số: 12/UBND-TH',
      '',
      'Lai Châu, ngày 3 tháng 4 năm 2024',
      '',
      'Kính gửi: Các sở, ban, ngành tỉnh.',
      '',
      'Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành triển khai thực hiện./.',
      '| Nơi nhận: - Như trên; - TT Tỉnh ủy; - Các',
      'PCT UBND tỉnh; - Lưu: VT, TH. |',
      'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình |',
      '| --- | --- |',
    ].join('\n')
    const letter = parseLetter(text)
    expect(letter.document.signer?.name).toBe('Nguyễn Văn Bình')
  })
  it('leaves a row that is whole already apart from the rows after it', () => {
    const text = '| TT | Nội dung |\n| --- | --- |\n| 1 | Rà soát |\n| 2 | Báo cáo |\n'
    const doc = docOf(text)
    expect(doc.lines.filter((l) => l.cells).length).toBe(3)
  })
})

describe('converter noise and empty paragraphs', () => {
  it('skips a crawler breadcrumb inside an indented list continuation, so the Roman heading after it opens its section', () => {
    const body = [
      'II. NHIỆM VỤ',
      '1. Tuyên truyền pháp luật về lao động',
      '-   Thời gian thực hiện: Thực hiện thường xuyên hằng năm.',
      '    Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. III. TỔ CHỨC THỰC HIỆN',
      '    1. Các sở, ban, ngành căn cứ chức năng, nhiệm vụ xây dựng kế hoạch thực hiện.',
      '    2. Giao Sở Lao động - Thương binh và Xã hội theo dõi, tổng hợp.',
    ].join('\n')
    const letter = parseLetter(`ỦY BAN NHÂN DÂN TỈNH KON TUM\n\nSố: 435/QĐ-UBND\n\nKon Tum, ngày 5 tháng 6 năm 2020\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n\n${body}\n`)
    expect(letter.tasks.map((t) => t.label)).toEqual(['II', 'II.1', 'III', 'III.1', 'III.2'])
  })
  it('reads an empty bullet as a blank line and keeps an empty numbered item with its number', () => {
    const doc = docOf('Điều 3. Các cơ quan chịu trách nhiệm thi hành Quyết định này./.\n\n-   \n\nNơi nhận:\n')
    expect(lineTexts(doc)).toEqual(['Điều 3. Các cơ quan chịu trách nhiệm thi hành Quyết định này./.', 'Nơi nhận:'])
    expect(lineTexts(docOf('- Thời gian: hằng năm.\n3.\nĐề nghị Liên đoàn Lao động tỉnh chỉ đạo.\n'))).toContain('3.')
  })
})

describe("pandoc's own Markdown", () => {
  it('reads a hard-break backslash left before a bullet as the line end, a backslash inside a line as text', () => {
    const doc = docOf('Giao các sở quản lý chuyên ngành theo lĩnh vực gồm:\\\n- Sở Công Thương;\\\n- Sở Xây dựng.\n\nĐường dẫn C:\\VanBan\\CV.docx kèm theo.\n')
    expect(lineTexts(doc)).toEqual(['Giao các sở quản lý chuyên ngành theo lĩnh vực gồm:', '- Sở Công Thương;', '- Sở Xây dựng.', 'Đường dẫn C:\\VanBan\\CV.docx kèm theo.'])
  })
  it('reads "--" and "---" between words as the dashes pandoc wrote them for, also across a wrap, never a delimiter row', () => {
    const doc = docOf('Sở Lao động -- Thương binh và Xã hội; Sở Lao động --\nThương binh và Xã hội --- chủ trì.\n\n| TT | Nội dung |\n| --- | --- |\n')
    expect(lineTexts(doc).slice(0, 2).join(' ')).toBe('Sở Lao động – Thương binh và Xã hội; Sở Lao động – Thương binh và Xã hội — chủ trì.')
    expect(doc.text).toContain('| --- | --- |')
    const at = doc.text.indexOf('Lao động – Thương')
    const ev = evidence(doc, at, at + 'Lao động – Thương'.length)
    expect(ev.text).toBe('Lao động -- Thương')
  })
})

describe('a signature block laid out by column (pandoc\'s multiline table, PDF text)', () => {
  const letter = (rows: string[]) =>
    ['ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', '', 'Số: 12/UBND-TH', '', 'Lai Châu, ngày 3 tháng 4 năm 2024', '', 'Kính gửi: Các sở, ban, ngành tỉnh.', '', 'Đề nghị các sở, ban, ngành triển khai thực hiện./.', '', ...rows, ''].join('\n')
  // Two columns as pandoc lays them out: the right one starts at column 39 of every line.
  const row = (left: string, right = '') => ('  ' + left).padEnd(38) + right
  it('starts the name with the words that end the line above in its column', () => {
    const l = parseLetter(letter([row('*Nơi nhận:* - Như trên; - Bộ', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn'), row('trưởng Trịnh Việt Hùng (để báo', 'Quốc Trị'), row('cáo); - Lưu: VT, TH.')]))
    expect(l.document.signer?.name).toBe('Nguyễn Quốc Trị')
  })
  it('ends the name with the word that stands in its column on the next line', () => {
    const l = parseLetter(letter([row('*Nơi nhận:* - Như trên; - Các', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Công'), row('Thứ trưởng; - Văn phòng Chính', 'Thành'), row('- Lưu: VT, TH.')]))
    expect(l.document.signer?.name).toBe('Lê Công Thành')
  })
  it('takes no word from another column', () => {
    const l = parseLetter(letter([row('*Nơi nhận:* - Như trên; - Các', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Công'), '  Thứ trưởng; - Văn phòng Thành', row('- Lưu: VT, TH.')]))
    expect(l.document.signer?.name).toBe('Lê Công')
  })
})

describe('the Nơi nhận list under the signature', () => {
  it('never runs an entry on across a blank line, and reads a Word footer path as noise', () => {
    const doc = docOf('Nơi nhận:\n\n- Như trên;\n\n- Lưu: VT, NCTH.HH\n\nbản lưu gửi kèm theo đường bưu điện\n\nd:\\2011\\CV\\SVH\\T4\\Bau cho Vinh Ha Long\n\nKT. CHỦ TỊCH\n')
    expect(lineTexts(doc)).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT, NCTH.HH', 'bản lưu gửi kèm theo đường bưu điện', 'KT. CHỦ TỊCH'])
  })
  it('still joins an entry wrapped onto the line right under it', () => {
    const doc = docOf('Nơi nhận:\n- Như trên;\n- VPCP: BTCN, PCN Văn Trọng Lý,\ncác Vụ: KTTH, TH, ĐP;\n- Lưu: VT, CN (3).\n')
    expect(lineTexts(doc)).toEqual(['Nơi nhận:', '- Như trên;', '- VPCP: BTCN, PCN Văn Trọng Lý, các Vụ: KTTH, TH, ĐP;', '- Lưu: VT, CN (3).'])
  })
  it('keeps the file path out of the last entry of letter 105', () => {
    if (!hasCorpus) return
    const names = parseLetter(corpusText('105')).document.distribution.map((d) => d.name)
    expect(names[names.length - 1]).toBe('Lưu: VT, NCTH.HH')
  })
})

describe('raw HTML inside a Markdown letter', () => {
  const cellTexts = (doc: Doc) => doc.lines.filter((l) => l.cells).map((l) => l.cells!.map((c) => doc.text.slice(c.start, c.end)))
  it('reads a table as pipe rows, a merged cell followed by the empty cells of its columns', () => {
    const raw = 'Phụ lục I\n\n<table><tr><td>STT</td><td>Tên TTHC</td><td>Căn cứ pháp lý</td></tr><tr><td>A</td><td colspan=2>THỦ TỤC HÀNH CHÍNH MỚI</td></tr><tr><td>1</td><td>Thủ tục hỗ trợ chi phí</td><td>Nghị định số 182/2024/NĐ-CP ngày 31/12/2024</td></tr></table>\n\nĐiều 2. Quyết định này có hiệu lực.\n'
    const doc = docOf(raw)
    expect(cellTexts(doc)).toEqual([
      ['STT', 'Tên TTHC', 'Căn cứ pháp lý'],
      ['A', 'THỦ TỤC HÀNH CHÍNH MỚI', ''],
      ['1', 'Thủ tục hỗ trợ chi phí', 'Nghị định số 182/2024/NĐ-CP ngày 31/12/2024'],
    ])
    const at = doc.text.indexOf('182/2024/NĐ-CP')
    const ev = evidence(doc, at, at + '182/2024/NĐ-CP'.length)
    expect(raw.slice(ev.span.start.offset, ev.span.end.offset)).toBe('182/2024/NĐ-CP')
    expect(lineTexts(doc)).toContain('Điều 2. Quyết định này có hiệu lực.')
  })
  it('drops the white space between the tags of a table printed over several lines and keeps entities exact', () => {
    const raw = '<table>\n  <tr>\n    <th>TT</th>\n    <th>Nội dung</th>\n  </tr>\n  <tr>\n    <td>1</td>\n    <td>Từ 07h30&#x27; đến 11h30 &amp; chiều</td>\n  </tr>\n</table>\n'
    const doc = docOf(raw)
    const rows = cellTexts(doc)
    expect(rows.map((r) => r.length)).toEqual([2, 2])
    expect(rows[1][1].startsWith('Từ 07h30')).toBe(true)
    const at = doc.text.indexOf('đến 11h30')
    const ev = evidence(doc, at, at + 'đến 11h30'.length)
    expect(raw.slice(ev.span.start.offset, ev.span.end.offset)).toBe('đến 11h30')
  })
  it('reads a paragraph of HTML as a line of text and a lone line break or comment as nothing', () => {
    expect(lineTexts(docOf('<p>Giao Sở Tài chính chủ trì thực hiện.</p>\n\n<br/>\n\n<!-- trang 2 -->\n'))).toEqual(['Giao Sở Tài chính chủ trì thực hiện.'])
  })
  it('finds the citation inside the HTML table of letter 104, its span exact', () => {
    if (!hasCorpus) return
    const text = corpusText('104')
    const c = parseLetter(text).citations.find((x) => x.ref === '182/2024/NĐ-CP')
    expect(c).toBeDefined()
    for (const o of c!.occurrences) expect(text.slice(o.span.start.offset, o.span.end.offset)).toBe(o.text)
  })
})

describe('the harness renderings', () => {
  it('escapes every item number that opens a line, never one inside a code block', () => {
    expect(escapeListMarkers('1. Mục đích\ntext\n4.\n**2. Yêu cầu**\n\n    1. Cục X\n')).toBe('1\\. Mục đích\ntext\n4\\.\n**2\\. Yêu cầu**\n\n    1. Cục X\n')
  })
  it('wraps as a Markdown writer does: indentation counted, a hard break at each printed line end', () => {
    const out = markdownWrap('Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị khẩn trương thực hiện.\nNơi nhận:\n', 40)
    expect(out.split('\n').every((l: string) => l.trimEnd().length <= 40)).toBe(true)
    expect(out).toContain('thực hiện.  \nNơi nhận:')
  })
})

const CORPUS = join(ROOT, '..', 'shared', 'corpus')
const hasCorpus = existsSync(join(CORPUS, 'letters'))
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0
const letterFile = (prefix: string) => readdirSync(join(CORPUS, 'letters')).find((f) => f.startsWith(prefix))!
const corpusText = (prefix: string) => readFileSync(join(CORPUS, 'letters', letterFile(prefix)), 'utf8')
const reading = (text: string) => {
  const l = parseLetter(text)
  return { labels: l.tasks.map((t) => t.label), signer: l.document.signer?.name ?? null, issuer: l.document.issuer?.name ?? null, ref: l.document.ref }
}

describe.skipIf(!hasCorpus)('real letters through a Markdown writer that wraps at 72 columns', () => {
  it.each(['013', '120', '036', '008'])('reads letter %s as the plain letter: labels, signer, issuer, number', (p) => {
    const text = corpusText(p)
    const wrapped = markdownWrap(text, 72)
    expect(wrapped).not.toBe(text)
    expect(reading(wrapped)).toEqual(reading(text))
  })
  it.each(['013', '120'])('keeps every span of letter %s exact through the writer', (p) => {
    const text = markdownWrap(corpusText(p), 72)
    const spans = collectSpans(parseLetter(text))
    expect(spans.length).toBeGreaterThan(5)
    for (const s of spans) expect(text.slice(s.span.start.offset, s.span.end.offset)).toBe(s.text)
  })
})

describe.skipIf(!hasCorpus)('real letters whose tables are raw HTML', () => {
  it.each(['011', '032', '010'])('reads letter %s as the plain letter: labels, signer, issuer, number, and the agencies of its table rows', (p) => {
    const text = corpusText(p)
    const html = tablesAsHtml(text)
    expect(html).toContain('<table>')
    expect(reading(html)).toEqual(reading(text))
    const leads = (t: string) => parseLetter(t).tasks.map((x) => x.lead.map((a) => a.name).join('; '))
    expect(leads(html)).toEqual(leads(text))
  })
})

describe.skipIf(!hasCorpus || !hasPandoc)('real letters through a pandoc round trip (Markdown → DOCX → Markdown)', () => {
  it.each(['009', '011', '013', '028', '120'])('reads letter %s as the plain letter: labels, signer, issuer, number', (p) => {
    const tmp = mkdtempSync(join(tmpdir(), 'congvan-pandoc-'))
    try {
      const text = corpusText(p)
      const round = pandocRoundTrip(text, tmp)
      expect(reading(round)).toEqual(reading(text))
      for (const s of collectSpans(parseLetter(round))) expect(round.slice(s.span.start.offset, s.span.end.offset)).toBe(s.text)
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })
  it.each(['005', '011', '032'])("reads letter %s back from pandoc's own Markdown (multiline tables, backslash breaks, '--' dashes) as the plain letter", (p) => {
    const tmp = mkdtempSync(join(tmpdir(), 'congvan-pandoc-'))
    try {
      const text = corpusText(p)
      const round = pandocRoundTrip(text, tmp, 'markdown')
      expect(reading(round)).toEqual(reading(text))
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })
})
