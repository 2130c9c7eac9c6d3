/**
 * Header fields read from the two columns whatever the converter made of them: one test per
 * layout class, on inline letters built around the construct and on real letters of
 * ../shared/corpus re-rendered by the harness's renderings (when the corpus is beside the repo).
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { letterOf, ROOT, collectSpans } from './helpers.js'
import { parseLetter } from '../src/pipeline.js'
import { hardWrap, headerAsPipeTable, headerAsCellLines, headerSideBySide, pandocRoundTrip } from '../scripts/score-layouts.mjs'

const header = (text: string) => letterOf(text).document
const names = (rs: Array<{ name: string }>) => rs.map((r) => r.name)

describe('number, place and date spread by the converter', () => {
  it('reads a number and symbol split by wide gaps ("Số:   69   /2024/QĐ-UBND")', () => {
    const d = header('ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI            Độc lập - Tự do - Hạnh phúc\nSố:   69   /2024/QĐ-UBND    Hà Nội, ngày 09 tháng 12 năm 2024\n\nQUYẾT ĐỊNH\nPhê duyệt mức hỗ trợ\n\nNội dung.')
    expect([d.ref, d.date, d.place, d.issuer?.name]).toEqual(['69/2024/QĐ-UBND', '2024-12-09', 'Hà Nội', 'Ủy ban nhân dân thành phố Hà Nội'])
  })
  it('reads a date split over two lines ("ngày 21" / "tháng 11 năm 2025")', () => {
    const d = header('BỘ TÀI CHÍNH\n\nSố: 12/BTC-NSNN\n\nHà Nội, ngày 21\ntháng 11 năm 2025\n\nKính gửi: Sở Tài chính các tỉnh.\n\nNội dung.')
    expect([d.date, d.place]).toEqual(['2025-11-21', 'Hà Nội'])
  })
  it('ends a wrapped subject before the right column\'s date on its line', () => {
    const d = header('BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định tại Điều 162 Luật\nDN 2014 Hà Nội, ngày 23 tháng 5 năm 2019\n\nNội dung.')
    expect([d.subject, d.date]).toEqual(['hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014', '2019-05-23'])
  })
})

describe('issuer', () => {
  it('splits a two-level issuer printed on one line and keeps the lower level', () => {
    const d = header('BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN\nSố: 778/TCHQ-GSQL\nHà Nội, ngày 13 tháng 02 năm 2017\n\nNội dung.')
    // Letter case of a body outside the gazetteer is the names reader's; compared without it.
    expect([d.issuer?.name.toLowerCase(), d.issuer?.parent?.toLowerCase()]).toEqual(['tổng cục hải quan', 'bộ tài chính'])
  })
  it('completes a bare unit with the place of the level above ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH")', () => {
    const d = header('ĐẢNG BỘ TỈNH LÀO CAI\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n*\nSố 2449 -CV/ĐU\nvề việc triển khai thực hiện Chương trình\n\nLào Cai, ngày 07 tháng 9 năm 2026\n\nNội dung.')
    expect(d.issuer?.name.toLowerCase()).toBe('đảng ủy ủy ban nhân dân tỉnh lào cai')
    expect(d.subject).toBe('triển khai thực hiện Chương trình')
  })
  it('reads a school under its ministry as the issuer ("BAN CƠ YẾU CHÍNH PHỦ" / "HỌC VIỆN …")', () => {
    const d = header('BAN CƠ YẾU CHÍNH PHỦ\nHỌC VIỆN KỸ THUẬT MẬT MÃ\nSố: 407/KH-HVM\nHà Nội, ngày 12 tháng 11 năm 2024\n\nKẺ HOẠCH\nTổ chức triển khai đồ án tốt nghiệp\n\nNội dung.')
    expect([d.issuer?.name.toLowerCase(), d.issuer?.parent?.toLowerCase(), d.type, d.subject]).toEqual(['học viện kỹ thuật mật mã', 'ban cơ yếu chính phủ', 'Kế hoạch', 'Tổ chức triển khai đồ án tốt nghiệp'])
  })
  it('reads the issuer from the authority line when no letterhead is printed, and says so', () => {
    const l = letterOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: /QĐ-UBND\n\nLai Châu, ngày tháng năm 2025\n\nQUYẾT ĐỊNH\n\nVề việc công bố danh mục thủ tục hành chính\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n\nCăn cứ Luật Tổ chức chính quyền địa phương;')
    expect([l.document.issuer?.name, l.document.subject]).toEqual(['Ủy ban nhân dân tỉnh Lai Châu', 'công bố danh mục thủ tục hành chính'])
    expect(l.diagnostics.map((x) => x.ruleId)).toContain('header/issuer-from-authority')
  })
  it('gives nulls and diagnostics for a page that starts at the body, taking nothing from it', () => {
    const l = letterOf('Thực hiện Công văn số 2449-CV/ĐU ngày 07/9/2026 của Đảng ủy Ủy ban nhân dân tỉnh, Sở Tài chính đề nghị các phòng triển khai thực hiện nghiêm túc các nội dung đã nêu, bảo đảm tiến độ và chất lượng công việc được giao trong thời gian tới.\n\n1. Phòng Ngân sách chủ trì.')
    expect([l.document.ref, l.document.issuer, l.document.date, l.document.subject]).toEqual([null, null, null, null])
    expect(l.diagnostics.map((x) => x.ruleId)).toEqual(expect.arrayContaining(['header/missing-ref', 'header/missing-issuer', 'header/missing-date']))
  })
})

describe('subject (trích yếu)', () => {
  it('reads a title over several sentence-case lines after a blank line', () => {
    const d = header('THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 729/QĐ-TTg\n\nHà Nội, ngày 23 tháng 4 năm 2026\n\nQUYẾT ĐỊNH\n\nPhê chuẩn kết quả bầu chức vụ Chủ tịch\nỦy ban nhân dân thành phố Đà Nẵng nhiệm kỳ 2026 - 2031\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ;')
    expect(d.subject).toBe('Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng nhiệm kỳ 2026 - 2031')
  })
  it('reads a plan title that opens like a body ("Thực hiện Nghị quyết …") but not a body paragraph under the type word', () => {
    const title = header('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 134 /KH-UBND\n\nLào Cai, ngày 26 tháng 3 năm 2026\n\nKẾ HOẠCH\nThực hiện Nghị quyết số 34-NQ/TU về phát triển các khu công nghiệp\n\nCăn cứ Nghị định số 35/2022/NĐ-CP;')
    expect(title.subject).toBe('Thực hiện Nghị quyết số 34-NQ/TU về phát triển các khu công nghiệp')
    const body = header('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 134 /KH-UBND\n\nLào Cai, ngày 26 tháng 3 năm 2026\n\nKẾ HOẠCH\nCăn cứ Nghị định số 35/2022/NĐ-CP, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n1. Nội dung.')
    expect(body.subject).toBeNull()
  })
  it('strips the authority line run into a title in capitals, not the issuer named in a sentence-case title', () => {
    const caps = header('BỘ Y TẾ\nSố: 1227/QĐ-BYT\nHà Nội, ngày 11 tháng 4 năm 2025\nQUYẾT ĐỊNH VỀ VIỆC BAN HÀNH DANH MỤC MÃ DÙNG CHUNG (ĐỢT 1) BỘ TRƯỞNG BỘ Y TẾ\n\nCăn cứ Luật;')
    expect(caps.subject).toBe('BAN HÀNH DANH MỤC MÃ DÙNG CHUNG (ĐỢT 1)')
    const plain = header('BỘ XÂY DỰNG\n\nSố: 1074/QĐ-BXD\n\nHà Nội, ngày 29 tháng 6 năm 2026\n\nQUYẾT ĐỊNH\nBan hành các giải pháp thuộc thẩm quyền quản lý của Bộ Xây dựng\n\nBỘ TRƯỞNG BỘ XÂY DỰNG\n\nCăn cứ Luật;')
    expect(plain.subject).toBe('Ban hành các giải pháp thuộc thẩm quyền quản lý của Bộ Xây dựng')
  })
})

describe('Kính gửi', () => {
  const top = 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 8129 /UBND-KT\nV/v kiểm tra\n\nLào Cai, ngày 10 tháng 8 năm 2026\n\n'
  it('reads a list that starts on the Kính gửi line and wraps an addressee over two lines', () => {
    const d = header(top + 'Kính gửi: - Ủy ban nhân dân tỉnh,\n          - Các cơ quan chuyên trách tham mưu, giúp việc\n          Đảng ủy Ủy ban nhân dân tỉnh,\n          - Các chi bộ, đảng bộ cơ sở.\n\nNội dung.')
    expect(names(d.recipients)).toEqual(['Ủy ban nhân dân tỉnh', 'Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy Ủy ban nhân dân tỉnh', 'Các chi bộ, đảng bộ cơ sở'])
  })
  it('reads a list in a cell beside Kính gửi and the bullets under it', () => {
    const d = header(top + 'Kính gửi: | - Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương;\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\nNội dung.')
    expect(names(d.recipients)).toEqual(['Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'])
  })
  it('cuts the body off a Kính gửi line that runs on into it', () => {
    const d = header(top + 'Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS) Phúc đáp Công văn số 615/KVN-PC ngày 3 tháng 4 năm 2019; Bộ có ý kiến như sau:\n\n1. Nội dung.')
    expect(names(d.recipients)).toEqual(['Tổng công ty Khí Việt Nam-CTCP (PV GAS)'])
  })
  it('gives one addressee per body of an enumeration, named in full', () => {
    const d = header(top + 'Kính gửi:\n- Các Sở: Nông nghiệp và Môi trường, Xây dựng, Công Thương;\n- Ủy ban nhân dân xã Văn Chấn.\n\nNội dung.')
    expect(names(d.recipients)).toEqual(['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Sở Công Thương', 'Ủy ban nhân dân xã Văn Chấn'])
  })
  it('reads the addressees of a công điện and its Đồng kính gửi', () => {
    const d = header('THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 05/CĐ-TTg\n\nHà Nội, ngày 12 tháng 01 năm 2026\n\nCÔNG ĐIỆN\nVề việc ứng phó với rét đậm\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố;\n- Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Y tế.\n\nĐồng kính gửi: Văn phòng Trung ương Đảng.\n\nNội dung.')
    expect(names(d.recipients)).toEqual(expect.arrayContaining(['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố', 'Văn phòng Trung ương Đảng']))
  })
})

describe('signer', () => {
  const closing = 'Nội dung./.\n\nNơi nhận:                                 KT. CHỦ TỊCH\n- Như trên;                                PHÓ CHỦ TỊCH\n- Lưu: VT.\n\n'
  it('reads a name cut at the line end', () => {
    const d = header('VĂN PHÒNG CHÍNH PHỦ\n\nSố: 2739/VPCP-ĐMDN\n\nHà Nội, ngày 05 tháng 04 năm 2019\n\n' + closing + '                                           Mai Tiến\n                                           Dũng\n')
    expect(d.signer?.name).toBe('Mai Tiến Dũng')
  })
  it('reads a name run into the capitals of an appendix heading after it', () => {
    const d = header('TỔNG CỤC HẢI QUAN\nSố: 778/TCHQ-GSQL\nHà Nội, ngày 13 tháng 02 năm 2017\n\nNội dung./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT.\nTỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……….\n')
    expect(d.signer?.name).toBe('Vũ Ngọc Anh')
  })
  it('reads a name merged after the last Nơi nhận item when none stands alone', () => {
    const d = header('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 134 /KH-UBND\n\nLào Cai, ngày 26 tháng 3 năm 2026\n\nNội dung./.\n\nNơi nhận:\n-   UBND các xã, phường;\n-   Lãnh đạo VPUBND tỉnh; Nguyễn Thế Phước\n-   Lưu: VT, TH.\n')
    expect(d.signer?.name).toBe('Nguyễn Thế Phước')
    expect(names(d.distribution)).toContain('Lãnh đạo VPUBND tỉnh')
  })
  it('reads both columns merged on the Nơi nhận lines and a name after an empty bullet', () => {
    const d = header('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 9387 /UBND-KT\n\nLào Cai, ngày 15 tháng 9 năm 2026\n\nNội dung./.\n\nNơi nhận:\n\n-   Như trên; KT. CHỦ TỊCH\n\n-   Chủ tịch UBND tỉnh (b/c); PHÓ CHỦ TỊCH\n\n-   Lưu: VT, KTThủy.\n\n-                                                         Phan Trung Bá\n')
    expect([d.signer?.name, d.signer?.authority, d.signer?.title]).toEqual(['Phan Trung Bá', 'KT.', 'PHÓ CHỦ TỊCH'])
    expect(names(d.distribution)).toEqual(['Như trên', 'Chủ tịch UBND tỉnh (b/c)', 'Lưu: VT, KTThủy'])
  })
})

// ---- real letters, re-rendered ----
const CORPUS = join(ROOT, '..', 'shared', 'corpus')
const hasCorpus = existsSync(join(CORPUS, 'letters'))
const letterFile = (prefix: string) => readdirSync(join(CORPUS, 'letters')).find((f) => f.startsWith(prefix))!
const corpusText = (prefix: string) => readFileSync(join(CORPUS, 'letters', letterFile(prefix)), 'utf8')
const goldDoc = (prefix: string) => JSON.parse(readFileSync(join(CORPUS, 'gold', letterFile(prefix).replace(/\.(md|txt)$/, '.json')), 'utf8')).document
const fold = (s: unknown) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** The header fields the scorer compares, folded the same way on both sides. */
function headerOf(text: string) {
  const d = parseLetter(text).document
  return { ref: d.ref?.replace(/\s+/g, ''), date: d.date, place: fold(d.place), issuer: fold(d.issuer?.name), subject: fold(d.subject), signer: fold(d.signer?.name) }
}
function goldHeader(prefix: string) {
  const g = goldDoc(prefix)
  return { ref: g.ref, date: g.date, place: fold(g.place), issuer: fold(g.issuer), subject: fold(g.subject), signer: fold(g.signer) }
}

const CLASSES: Array<[string, (t: string) => string, string[]]> = [
  ['the header as a Markdown pipe table', headerAsPipeTable, ['001', '017', '106']],
  ['the header as cells on their own lines between lone "|" lines', headerAsCellLines, ['002', '021', '113']],
  ['the header columns side by side on one line', headerSideBySide, ['005', '030', '108']],
  ['the letter hard-wrapped at 60 columns', (t) => hardWrap(t, 60), ['007', '022', '118']],
]

describe.skipIf(!hasCorpus)('real letters: the header read whatever the layout', () => {
  for (const [name, render, letters] of CLASSES)
    it.each(letters)(`reads every gold header field of letter %s with ${name}`, (p) => {
      const text = corpusText(p)
      const rendered = render(text)
      expect(rendered).not.toBe(text)
      expect(headerOf(rendered)).toEqual(goldHeader(p))
    })
  it.each(['015', '101'])('reads the gold recipients of letter %s with the header as a pipe table', (p) => {
    const got = parseLetter(headerAsPipeTable(corpusText(p))).document.recipients.map((r) => fold(r.name).replace(/^cac /, ''))
    const want = (goldDoc(p).recipients as Array<string | { name: string }>).map((r) => fold(typeof r === 'string' ? r : r.name).replace(/^cac /, ''))
    expect(got).toEqual(want)
  })
})

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0
describe.skipIf(!hasCorpus || !hasPandoc)('real letters through a pandoc round trip (Markdown → DOCX → Markdown)', () => {
  it.each(['001', '036', 'quang-ngai'])('reads the gold signer, date and number of letter %s and keeps its spans exact', (p) => {
    const text = pandocRoundTrip(corpusText(p), mkdtempSync(join(tmpdir(), 'congvan-pandoc-')))
    const letter = parseLetter(text)
    const g = goldHeader(p)
    expect([letter.document.ref, letter.document.date, fold(letter.document.signer?.name)]).toEqual([g.ref, g.date, g.signer])
    for (const s of collectSpans(letter)) expect(text.slice(s.span.start.offset, s.span.end.offset)).toBe(s.text)
  })
})
