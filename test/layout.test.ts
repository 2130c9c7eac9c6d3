/**
 * The layout stage (src/parse/layout.ts): hard-wrapped lines rejoined, unpaired emphasis dropped, with
 * the map to the source kept exact. Small inline letters for each rule and its negative, then
 * real letters of ../shared/corpus re-rendered as converters render them (when the corpus is
 * beside the repo, as in CI).
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { docOf, ROOT, collectSpans } from './helpers.js'
import { parseLetter } from '../src/pipeline.js'
import { evidence } from '../src/parse/span.js'
import type { Doc } from '../src/types.js'
import { hardWrap, splitBold } from '../scripts/score-layouts.mjs'

const lineTexts = (doc: Doc) => doc.lines.filter((l) => !l.blank).map((l) => doc.text.slice(l.start, l.end).trim())

describe('rejoining hard-wrapped lines', () => {
  it('joins a line that ends mid-sentence to a next line in lower case, the break read as a space', () => {
    const doc = docOf('1. Sở Tài chính chủ trì, phối hợp với các cơ quan\nliên quan rà soát kinh phí.\n')
    expect(lineTexts(doc)).toEqual(['1. Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan rà soát kinh phí.'])
  })
  it('joins after a comma or a word that cannot end a sentence, even before a capital', () => {
    const doc = docOf('- Các Sở: Nông nghiệp và Môi trường, Xây dựng,\n  Công Thương;\n\nBáo cáo kết quả về\nỦy ban nhân dân tỉnh.\n')
    expect(lineTexts(doc)).toEqual(['- Các Sở: Nông nghiệp và Môi trường, Xây dựng, Công Thương;', 'Báo cáo kết quả về Ủy ban nhân dân tỉnh.'])
  })
  it('keeps a line apart when it ends its sentence or the next one opens an item, a bullet or a keyword', () => {
    const text = '1. Mục đích\nCụ thể hóa Nghị quyết;\n2. Yêu cầu bảo đảm tiến độ của\na) Rà soát văn bản\n- Như trên;\nNơi nhận:\nKT. CHỦ TỊCH\n'
    expect(lineTexts(docOf(text))).toEqual(['1. Mục đích', 'Cụ thể hóa Nghị quyết;', '2. Yêu cầu bảo đảm tiến độ của', 'a) Rà soát văn bản', '- Như trên;', 'Nơi nhận:', 'KT. CHỦ TỊCH'])
  })
  it('does not join lines laid out in columns (a PDF header, a table row)', () => {
    const text = 'ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  tỉnh Lào Cai\n| 1 | Sở X chủ trì, phối hợp với |\ncác sở\n'
    expect(lineTexts(docOf(text))).toHaveLength(4)
  })
  it('joins a date split over two lines and keeps the number line apart from the subject under it', () => {
    const doc = docOf('Số 2449 -CV/ĐU\nvề việc triển khai\n\nHà Nội, ngày 21\ntháng 11 năm 2025\n')
    expect(lineTexts(doc)).toEqual(['Số 2449 -CV/ĐU', 'về việc triển khai', 'Hà Nội, ngày 21 tháng 11 năm 2025'])
  })
  it('runs a sentence on across a page break only into a line in lower case', () => {
    expect(lineTexts(docOf('kiểm tra, giám sát thường xuyên\n\n2\n\nvai trò quản lý của chính quyền.\n'))).toEqual(['kiểm tra, giám sát thường xuyên vai trò quản lý của chính quyền.'])
    expect(lineTexts(docOf('giao nhiệm vụ cho các đơn vị\n\nTrên cơ sở đó, các sở triển khai.\n'))).toHaveLength(2)
  })
  it('rejoins a hyphenated number cut at the line end without a space', () => {
    const doc = docOf('Chương trình hành động số 31-\nCTr/TW ngày 28/7/2026 của Bộ Chính trị\n')
    expect(lineTexts(doc)[0]).toContain('số 31-CTr/TW ngày')
  })
  it('keeps spans exact across a joined line break', () => {
    const raw = 'Giao Sở Nông nghiệp và\n    Môi trường chủ trì thực hiện.\n'
    const doc = docOf(raw)
    const at = doc.text.indexOf('Nông nghiệp và Môi trường')
    expect(at).toBeGreaterThan(0)
    const ev = evidence(doc, at, at + 'Nông nghiệp và Môi trường'.length)
    expect(ev.text).toBe('Nông nghiệp và\n    Môi trường')
    expect(raw.slice(ev.span.start.offset, ev.span.end.offset)).toBe(ev.text)
  })
})

describe('table rows split one cell per line', () => {
  it('brings cells printed one per line after a blank line up under the table header', () => {
    const doc = docOf('| TT | Nội dung | Chủ trì |\n|---|---|---|\n\n1\nTổ chức tuyên truyền\nCục Lâm nghiệp\n')
    const texts = doc.lines.map((l) => doc.text.slice(l.start, l.end))
    expect(texts.slice(2, 5)).toEqual(['1', 'Tổ chức tuyên truyền', 'Cục Lâm nghiệp'])
  })
  it('rejoins a table row wrapped over several lines into one row of cells', () => {
    const doc = docOf('| TT | Nhiệm vụ | Chủ trì |\n| --- | --- | --- |\n| 1. | Hoàn thiện dự thảo Nghị định của\nChính phủ. | Cục Biến đổi\nkhí hậu |\n| 2. | Xây dựng | Vụ Pháp chế |\n')
    const rows = doc.lines.filter((l) => l.cells).map((l) => l.cells!.map((c) => doc.text.slice(c.start, c.end)))
    expect(rows).toContainEqual(['1.', 'Hoàn thiện dự thảo Nghị định của Chính phủ.', 'Cục Biến đổi khí hậu'])
    expect(rows).toContainEqual(['2.', 'Xây dựng', 'Vụ Pháp chế'])
  })
  it('leaves a blank line after a table that has rows of its own', () => {
    const doc = docOf('| TT | Nội dung |\n|---|---|\n| 1 | Sở X |\n\nĐoạn văn sau bảng.\n')
    expect(doc.lines.map((l) => l.blank)).toEqual([false, true, false, true, false, true])
  })
})

describe('emphasis that crosses a line end', () => {
  it('reads a bold heading split over two lines of one paragraph as one heading line', () => {
    const doc = docOf('**II. MỤC\nĐÍCH, YÊU CẦU**\n\nNội dung.\n')
    const first = doc.lines.find((l) => !l.blank)!
    expect(doc.text.slice(first.start, first.end)).toBe('II. MỤC ĐÍCH, YÊU CẦU')
    expect(first.heading).toBe(true)
  })
  it('drops an emphasis opener or closer that Markdown could not pair, so the marker opens the line', () => {
    const doc = docOf('**II. MỤC\n\nĐÍCH, YÊU CẦU**\n')
    expect(lineTexts(doc)).toEqual(['II. MỤC', 'ĐÍCH, YÊU CẦU'])
  })
  it('keeps a lone decoration asterisk', () => {
    expect(lineTexts(docOf('VĂN PHÒNG CHÍNH PHỦ\n*\n'))).toEqual(['VĂN PHÒNG CHÍNH PHỦ', '*'])
  })
})

const CORPUS = join(ROOT, '..', 'shared', 'corpus')
const hasCorpus = existsSync(join(CORPUS, 'letters'))
const letterFile = (prefix: string) => readdirSync(join(CORPUS, 'letters')).find((f) => f.startsWith(prefix))!
const corpusText = (prefix: string) => readFileSync(join(CORPUS, 'letters', letterFile(prefix)), 'utf8')
const gold = (prefix: string) => JSON.parse(readFileSync(join(CORPUS, 'gold', letterFile(prefix).replace(/\.(md|txt)$/, '.json')), 'utf8'))
const labels = (text: string) => parseLetter(text).tasks.map((t) => t.label)

describe.skipIf(!hasCorpus)('real letters re-rendered by a converter', () => {
  it.each(['002', '036', '005'])('reads the task labels of letter %s hard-wrapped at 60 and 80 columns as printed', (p) => {
    const want = gold(p).tasks.map((t: { label: string }) => t.label)
    for (const width of [60, 80]) expect(labels(hardWrap(corpusText(p), width)), `wrap ${width}`).toEqual(want)
  })
  it.each(['quang-ngai', '125', '107'])('reads the task labels of letter %s with its bold runs split over two lines', (p) => {
    const text = corpusText(p)
    expect(splitBold(text)).not.toBe(text)
    expect(labels(splitBold(text))).toEqual(labels(text))
  })
  it.each(['001', '013', '036'])('keeps every span exact on letter %s hard-wrapped at 60 columns', (p) => {
    const text = hardWrap(corpusText(p), 60)
    const letter = parseLetter(text)
    const spans = collectSpans(letter)
    expect(spans.length).toBeGreaterThan(5)
    for (const s of spans) expect(text.slice(s.span.start.offset, s.span.end.offset)).toBe(s.text)
  })
})
