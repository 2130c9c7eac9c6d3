/**
 * Header and signature fields on letters in forms no corpus letter prints: pdftotext output with
 * and without -layout, a DOCX written by pandoc, OCR damage, Party and mass-organisation
 * letterheads, three-level and public-service letterheads, a công điện, e-signature stamps, ranks
 * and degrees before the signer's name, and the Kính gửi list in its printed variants. Each case is
 * a small complete letter with the fields a clerk would extract (corpus/README.md conventions),
 * and a counterexample where the fix could misfire.
 */
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { letterOf } from './helpers.js'
import { parseFile } from '../src/parse-file.js'

const doc = (text: string) => letterOf(text).document
const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name)
const lower = (s: string | null | undefined) => s?.toLowerCase() ?? null
const ruleIds = (text: string) => letterOf(text).diagnostics.map((d) => d.ruleId)

/** Body and signature shared by the header cases. */
const TAIL = ['', '1. Sở Tài chính chủ trì thực hiện, báo cáo trước ngày 30/9/2025.', '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn Hòa', ''].join('\n')
const STATE_TOP = 'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\n'
const MOTTO = '\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Tĩnh, ngày 05 tháng 8 năm 2025\n\nKính gửi: Sở Tài chính.\n'

describe('pdftotext output of a two-column letterhead', () => {
  const layout = [
    '        UỶ BAN NHÂN DÂN                              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '         TỈNH HÀ TĨNH                                       Độc lập - Tự do - Hạnh phúc',
    '',
    '    Số: 3456/UBND-NL1                                  Hà Tĩnh, ngày 05 tháng 8 năm 2025',
    ' V/v tăng cường công tác phòng,',
    'chống dịch bệnh trên đàn gia súc,',
    '           gia cầm',
    '',
    '                          Kính gửi:',
    '                                    - Sở Nông nghiệp và Môi trường;',
    '                                    - UBND các huyện, thành phố, thị xã.',
    '',
    '    Ủy ban nhân dân tỉnh yêu cầu:',
    '',
    '    1. Sở Nông nghiệp và Môi trường chủ trì tổ chức tiêm phòng, hoàn thành trước ngày 30/9/2025.',
    '',
    ' Nơi nhận:                                                   TM. ỦY BAN NHÂN DÂN',
    ' - Như trên;                                                 KT. CHỦ TỊCH',
    ' - Lưu: VT, NL1.                                             PHÓ CHỦ TỊCH',
    '',
    '',
    '                                                             Trần Báu Hà',
  ].join('\n')

  it('reads every field from -layout text with columns of different widths and shifted lines', () => {
    const d = doc(layout)
    expect([d.ref, d.date, d.place, d.issuer?.name, d.subject]).toEqual(['3456/UBND-NL1', '2025-08-05', 'Hà Tĩnh', 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'tăng cường công tác phòng, chống dịch bệnh trên đàn gia súc, gia cầm'])
    expect(names(d.recipients)).toEqual(['Sở Nông nghiệp và Môi trường', 'UBND các huyện, thành phố, thị xã'])
    expect([d.signer?.name, d.signer?.authority, d.signer?.title]).toEqual(['Trần Báu Hà', 'KT.', 'PHÓ CHỦ TỊCH'])
  })

  it('reads the same letter printed column after column (pdftotext without -layout)', () => {
    const raw = [
      'ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH', 'Số: 3456/UBND-NL1', 'V/v tăng cường công tác phòng,', 'chống dịch bệnh trên đàn gia súc,', 'gia cầm',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Tĩnh, ngày 05 tháng 8 năm 2025',
      'Kính gửi:', '- Sở Nông nghiệp và Môi trường;', '- UBND các huyện, thành phố, thị xã.',
      'Ủy ban nhân dân tỉnh yêu cầu:', '1. Sở Nông nghiệp và Môi trường chủ trì tổ chức tiêm phòng.',
      'Nơi nhận:', '- Như trên;', '- Lưu: VT, NL1.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Báu Hà',
    ].join('\n')
    const d = doc(raw)
    expect([d.ref, d.date, d.place, d.issuer?.name, d.subject, d.signer?.name]).toEqual(['3456/UBND-NL1', '2025-08-05', 'Hà Tĩnh', 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'tăng cường công tác phòng, chống dịch bệnh trên đàn gia súc, gia cầm', 'Trần Báu Hà'])
    expect(names(d.recipients)).toHaveLength(2)
  })

  it('drops the national name a narrow column wrapped ("… CHỦ NGHĨA VIỆT" / "NAM") from the issuer', () => {
    const d = doc('ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n                                NAM\nTỈNH TUYÊN QUANG\n                                Độc lập - Tự do - Hạnh phúc\n\nSố: 2210/UBND-KGVX              Tuyên Quang, ngày 16 tháng 10 năm 2025\nV/v tổ chức kỷ niệm Ngày Nhà giáo\n\nKính gửi: Sở Giáo dục và Đào tạo.\n' + TAIL)
    expect([d.issuer?.name, d.issuer?.printed]).toEqual(['Ủy ban nhân dân tỉnh Tuyên Quang', 'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG'])
  })

  it('but keeps "VIỆT NAM" that wraps the issuer itself when the national name above is whole', () => {
    const d = doc('TỔNG LIÊN ĐOÀN LAO ĐỘNG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVIỆT NAM                             Độc lập - Tự do - Hạnh phúc\n\nSố: 12/TLĐ-TC\nV/v thử\n\nHà Nội, ngày 05 tháng 8 năm 2025\n' + TAIL)
    expect(lower(d.issuer?.name)).toBe('tổng liên đoàn lao động việt nam')
  })

  it('reads a symbol wrapped after its hyphen, and the Nơi nhận items going on below the signer\'s line', () => {
    const text = [
      'UBND TỈNH QUẢNG           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'NGÃI',
      '                          Độc lập - Tự do - Hạnh phúc',
      'SỞ NÔNG NGHIỆP VÀ',
      'PHÁT TRIỂN NÔNG',
      'THÔN',
      '',
      'Số: 2345/SNNPTNT-         Quảng Ngãi, ngày 09 tháng 6 năm 2025',
      'CCTL',
      '',
      'V/v triển khai các biện',
      'pháp phòng, chống hạn hán',
      '',
      'Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.',
      '',
      'Sở đề nghị thực hiện.',
      '',
      'Nơi nhận:                 KT. GIÁM ĐỐC',
      '',
      '- Như trên;               PHÓ GIÁM ĐỐC',
      '- UBND tỉnh (b/c);        Võ Văn Hiệp',
      '- Lưu: VT, CCTL.',
    ].join('\n')
    const d = doc(text)
    expect([d.ref, d.date, d.place, d.issuer?.name, d.subject]).toEqual(['2345/SNNPTNT-CCTL', '2025-06-09', 'Quảng Ngãi', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi', 'triển khai các biện pháp phòng, chống hạn hán'])
    expect([d.signer?.name, d.signer?.title]).toEqual(['Võ Văn Hiệp', 'PHÓ GIÁM ĐỐC'])
    expect(names(d.distribution)).toEqual(['Như trên', 'UBND tỉnh (b/c)', 'Lưu: VT, CCTL'])
  })

  it('reads the year of the date a narrow right column wrapped alone onto the next line', () => {
    const d = doc('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG             CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n                                         VIỆT NAM\nCỤC QUẢN LÝ ĐÊ ĐIỀU VÀ\nPHÒNG, CHỐNG THIÊN TAI                   Độc lập - Tự do - Hạnh phúc\n\nSố: 815/ĐĐPCTT-QLĐĐ                      Hà Nội, ngày 22 tháng 7 năm\n                                         2025\nV/v kiểm tra an toàn hệ thống đê điều\ntrước mùa mưa lũ\n\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n' + TAIL)
    expect([d.ref, d.date, d.place, lower(d.issuer?.name), d.subject]).toEqual(['815/ĐĐPCTT-QLĐĐ', '2025-07-22', 'Hà Nội', 'cục quản lý đê điều và phòng, chống thiên tai', 'kiểm tra an toàn hệ thống đê điều trước mùa mưa lũ'])
  })

  it('but takes no year from the left column under a date printed whole, nor a capitals line under a whole symbol', () => {
    const d = doc('UBND TỈNH QUẢNG NGÃI\nSỞ TÀI CHÍNH\n\nSố: 45/STC-NS              Quảng Ngãi, ngày 09 tháng 6 năm 2025\nV/v thử\n2024\n' + TAIL)
    expect([d.ref, d.date]).toEqual(['45/STC-NS', '2025-06-09'])
  })

  it('reads a list whose bullets the text layer printed before the entries', () => {
    const d = doc(STATE_TOP + 'Số: 2210/UBND-KGVX\nV/v thử' + MOTTO.replace('Kính gửi: Sở Tài chính.', 'Kính gửi:\n•\n•\n\nSở Giáo dục và Đào tạo;\nỦy ban nhân dân các xã, phường.') + TAIL)
    expect(names(d.recipients)).toEqual(['Sở Giáo dục và Đào tạo', 'Ủy ban nhân dân các xã, phường'])
  })

  it('goes on with the subject past the date the right column prints between its lines', () => {
    const d = doc(
      '      UBND TỈNH KIÊN GIANG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n           SỞ Y TẾ                                Độc lập - Tự do - Hạnh phúc\n\n      Số: 1207/SYT-NVY\nV/v tăng cường phòng, chống dịch\n                                              Kiên Giang, ngày 05 tháng 8 năm 2025\n       Dengue năm 2025\n\nKính gửi: Trung tâm Kiểm soát bệnh tật tỉnh.\n' + TAIL,
    )
    expect([d.subject, d.date, d.place]).toEqual(['tăng cường phòng, chống dịch Dengue năm 2025', '2025-08-05', 'Kiên Giang'])
  })

  it('but does not take the body after a date line for the subject', () => {
    const d = doc(STATE_TOP + 'Số: 12/UBND-KT\nV/v tăng cường phòng, chống dịch\n\nHà Tĩnh, ngày 05 tháng 8 năm 2025\n\nỦy ban nhân dân tỉnh yêu cầu các sở thực hiện.\n' + TAIL)
    expect(d.subject).toBe('tăng cường phòng, chống dịch')
  })
})

describe('a DOCX written by pandoc, the letterhead a two-column table', () => {
  const hasPandoc = spawnSync('pandoc', ['--version']).status === 0
  it.skipIf(!hasPandoc)('reads the header fields and the signature through mammoth', async () => {
    const md = [
      '+-----------------------------------+----------------------------------------------+',
      '| ỦY BAN NHÂN DÂN                   | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM           |',
      '|                                   |                                              |',
      '| TỈNH TUYÊN QUANG                  | Độc lập - Tự do - Hạnh phúc                  |',
      '+-----------------------------------+----------------------------------------------+',
      '| Số: 2210/UBND-KGVX                | Tuyên Quang, ngày 16 tháng 10 năm 2025       |',
      '|                                   |                                              |',
      '| V/v tổ chức các hoạt động         |                                              |',
      '| kỷ niệm Ngày Nhà giáo Việt Nam    |                                              |',
      '+-----------------------------------+----------------------------------------------+',
      '',
      'Kính gửi:',
      '',
      '- Sở Giáo dục và Đào tạo;',
      '- Ủy ban nhân dân các xã, phường.',
      '',
      '1\\. Sở Giáo dục và Đào tạo chủ trì tổ chức lễ kỷ niệm, hoàn thành trước ngày 20/11/2025.',
      '',
      '+-----------------------------------+----------------------------------------------+',
      '| **Nơi nhận:**                     | **TM. ỦY BAN NHÂN DÂN**                      |',
      '|                                   |                                              |',
      '| \\- Như trên;                      | **KT. CHỦ TỊCH**                             |',
      '|                                   |                                              |',
      '| \\- Lưu: VT, KGVX.                 | **PHÓ CHỦ TỊCH**                             |',
      '|                                   |                                              |',
      '|                                   | **Hoàng Việt Phương**                        |',
      '+-----------------------------------+----------------------------------------------+',
    ].join('\n')
    const dir = mkdtempSync(join(tmpdir(), 'congvan-unseen-'))
    writeFileSync(join(dir, 'in.md'), md)
    expect(spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', join(dir, 'in.md'), '-o', join(dir, 'cv.docx')]).status).toBe(0)
    const d = (await parseFile(join(dir, 'cv.docx'), { validate: false })).document
    expect([d.ref, d.date, d.place, d.issuer?.name, d.subject]).toEqual(['2210/UBND-KGVX', '2025-10-16', 'Tuyên Quang', 'Ủy ban nhân dân tỉnh Tuyên Quang', 'tổ chức các hoạt động kỷ niệm Ngày Nhà giáo Việt Nam'])
    expect(names(d.recipients)).toEqual(['Sở Giáo dục và Đào tạo', 'Ủy ban nhân dân các xã, phường'])
    expect([d.signer?.name, d.signer?.authority, d.signer?.title]).toEqual(['Hoàng Việt Phương', 'KT.', 'PHÓ CHỦ TỊCH'])
    expect(names(d.distribution)).toEqual(['Như trên', 'Lưu: VT, KGVX'])
  }, 30_000)
})

describe('OCR and converter damage in the header', () => {
  it('reads the number after the word as OCR leaves it ("S6:", "Sô:") or in capitals ("SỐ:"), spaces removed', () => {
    for (const [printed, ref] of [['S6: 12 /UBND-KT', '12/UBND-KT'], ['Sô: 77/PGDĐT-TH', '77/PGDĐT-TH'], ['SỐ: 318/UBND-TH', '318/UBND-TH'], ['Số: 12 /UBND-KT', '12/UBND-KT']]) {
      expect(doc(STATE_TOP + printed + '\nV/v thử' + MOTTO + TAIL).ref).toBe(ref)
    }
  })

  it('does not read a number where the damaged word has no colon after it, nor "Sở:"', () => {
    expect(doc(STATE_TOP + 'So 12/UBND-KT\nV/v thử' + MOTTO + TAIL).ref).toBeNull()
    expect(doc(STATE_TOP + 'Sở: 12/UBND-KT\nV/v thử' + MOTTO + TAIL).ref).toBeNull()
  })

  it('reads "Ð" (U+00D0) as Đ in the issuer and the place, and a "V/v" alone on its line', () => {
    const d = doc('ỦY BAN NHÂN DÂN\nHUYỆN ÐỨC THỌ\nSố: 12/UBND-KT\nV/v\ntriển khai kế hoạch kiểm kê đất đai năm 2025\n\nÐức Thọ, ngày 14 tháng 3 năm 2025\n\nKính gửi: Phòng Tài nguyên và Môi trường.\n' + TAIL)
    expect([d.issuer?.name, d.place, d.subject]).toEqual(['Ủy ban nhân dân huyện Đức Thọ', 'Đức Thọ', 'triển khai kế hoạch kiểm kê đất đai năm 2025'])
  })

  it('keeps the place of a date whose day is left blank across a wide gap, the date itself unread', () => {
    const text = 'UBND TỈNH QUẢNG TRỊ\nSỞ TÀI CHÍNH\n\nSố:      /KH-STC\n\nQuảng Trị, ngày      tháng 9 năm 2025\n\nKẾ HOẠCH\nKiểm tra công tác quản lý tài chính\n' + TAIL
    const d = doc(text)
    expect([d.ref, d.type, d.place, d.date]).toEqual([null, 'Kế hoạch', 'Quảng Trị', null])
    expect(ruleIds(text)).toContain('header/unreadable-date')
    expect(ruleIds(text)).not.toContain('header/missing-date')
  })

  it('reads "V / v" spaced by a converter, "KT.CHỦ TỊCH" without a space and "Noi nhận:" without its tone', () => {
    const d = doc(STATE_TOP + 'Số: 12/UBND-VP\nV / v tăng cường kiểm tra' + MOTTO + '\nNội dung.\n\nNoi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Hòa\n')
    expect([d.subject, d.signer?.authority, d.signer?.title]).toEqual(['tăng cường kiểm tra', 'KT.', 'PHÓ CHỦ TỊCH'])
    expect(names(d.distribution)).toEqual(['Như trên', 'Lưu: VT'])
  })

  it('reads a letterhead printed in sentence case above the number (a portal page whose capitals were a style)', () => {
    const d = doc('Ủy ban nhân dân tỉnh Quảng Nam\nSở Y tế\n\nSố: 12/SYT-VP\nV/v thử\n\nQuảng Nam, ngày 05 tháng 8 năm 2025\n' + TAIL)
    expect([d.issuer?.name, d.issuer?.parent, d.issuer?.printed]).toEqual(['Sở Y tế tỉnh Quảng Nam', 'Ủy ban nhân dân tỉnh Quảng Nam', 'Sở Y tế'])
  })

  it('reads a type word in sentence case alone below the number as the title when none is printed in capitals', () => {
    const d = doc('Ủy ban nhân dân\nTỉnh Hà Tĩnh\n\nSố: 150/KH-UBND\n\nHà Tĩnh, ngày 19 tháng 5 năm 2025\n\nKế hoạch\nTriển khai công tác chuyển đổi số năm 2025\n' + TAIL)
    expect([d.type, d.subject]).toEqual(['Kế hoạch', 'Triển khai công tác chuyển đổi số năm 2025'])
  })

  it('but not in a công văn whose "V/v" line gave the subject', () => {
    const d = doc(STATE_TOP + 'Số: 150/UBND-VP\nV/v thử' + MOTTO + '\nKế hoạch\n' + TAIL)
    expect([d.type, d.subject]).toEqual(['Công văn', 'thử'])
  })

  it('reads a mixed-case type code typed in capitals ("TTR", "CTR")', () => {
    expect(doc(STATE_TOP + 'Số: 15/TTR-UBND' + MOTTO + TAIL).type).toBe('Tờ trình')
    expect(doc('TỈNH ỦY HÀ TĨNH\n*\nSố 15-CTR/TU\n\nHà Tĩnh, ngày 05 tháng 8 năm 2025\n' + TAIL).type).toBe('Chương trình')
  })

  it('but takes no sentence above the number for a letterhead', () => {
    expect(doc('Thực hiện chỉ đạo của tỉnh\n\nSố: 12/SYT-VP\nV/v thử\n\nQuảng Nam, ngày 05 tháng 8 năm 2025\n' + TAIL).issuer).toBeNull()
  })

  it('reads a type title set in spaced letters ("K Ế H O Ạ C H") and the title under it', () => {
    const d = doc(STATE_TOP + 'Số: 150/KH-UBND\n\nHà Tĩnh, ngày 19 tháng 5 năm 2025\n\nK Ế H O Ạ C H\nTriển khai công tác chuyển đổi số năm 2025\n' + TAIL)
    expect([d.type, d.subject]).toEqual(['Kế hoạch', 'Triển khai công tác chuyển đổi số năm 2025'])
  })

  it('does not take a line of single capitals that spells no type for a title', () => {
    const d = doc(STATE_TOP + 'Số: 150/UBND-VP\n\nHà Tĩnh, ngày 19 tháng 5 năm 2025\n\nA B C D\nTriển khai công tác\n' + TAIL)
    expect([d.type, d.subject]).toEqual(['Công văn', null])
  })
})

describe('letterheads of the Party, mass organisations, ministries and public service units', () => {
  it('reads a district committee under the province Party organisation, Party number and Thông báo title', () => {
    const d = doc('ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NAM ĐÀN\n*\nSố 45-TB/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nNam Đàn, ngày 18 tháng 6 năm 2025\n\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề công tác chuẩn bị đại hội\n\n1. Ban Tổ chức Huyện ủy chủ trì.\n\nNơi nhận:\n- Các chi, đảng bộ cơ sở,\n- Lưu Văn phòng Huyện ủy.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nHoàng Văn Sơn\n')
    expect([d.ref, d.type, d.issuer?.name, d.place, d.date]).toEqual(['45-TB/HU', 'Thông báo', 'Huyện ủy Nam Đàn', 'Nam Đàn', '2025-06-18'])
    expect([d.signer?.name, d.signer?.authority, d.signer?.title]).toEqual(['Hoàng Văn Sơn', 'TM.', 'PHÓ BÍ THƯ THƯỜNG TRỰC'])
    expect(names(d.distribution)).toEqual(['Các chi, đảng bộ cơ sở', 'Lưu Văn phòng Huyện ủy'])
  })

  it('completes "BAN THƯỜNG VỤ HUYỆN ỦY" with the place of the district Party organisation above', () => {
    const d = doc('ĐẢNG BỘ HUYỆN NAM ĐÀN\nBAN THƯỜNG VỤ HUYỆN ỦY\n*\nSố 46-TB/HU\n\nNam Đàn, ngày 18 tháng 6 năm 2025\n' + TAIL)
    expect(lower(d.issuer?.name)).toBe('ban thường vụ huyện ủy nam đàn')
  })

  it('reads a ward Party committee, its "V/v" over two lines and its Kính gửi', () => {
    const d = doc('ĐẢNG BỘ THÀNH PHỐ VINH\nĐẢNG ỦY PHƯỜNG HƯNG DŨNG\n*\nSố 12-CV/ĐU\nV/v tổ chức lấy ý kiến nhân dân\nvề dự thảo văn kiện\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHưng Dũng, ngày 03 tháng 7 năm 2025\n\nKính gửi: Các chi bộ trực thuộc.\n' + TAIL)
    expect([d.ref, d.issuer?.name, d.subject]).toEqual(['12-CV/ĐU', 'Đảng ủy phường Hưng Dũng', 'tổ chức lấy ý kiến nhân dân về dự thảo văn kiện'])
    expect(names(d.recipients)).toEqual(['Các chi bộ trực thuộc'])
  })

  it('joins a Party group to the body it leads ("BAN CÁN SỰ ĐẢNG" / "ỦY BAN NHÂN DÂN TỈNH X")', () => {
    expect(lower(doc('BAN CÁN SỰ ĐẢNG\nỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n*\nSố 12-CV/BCSĐ\n\nHà Tĩnh, ngày 05 tháng 8 năm 2025\n' + TAIL).issuer?.name)).toBe('ban cán sự đảng ủy ban nhân dân tỉnh hà tĩnh')
    expect(lower(doc('ĐẢNG ĐOÀN\nHỘI NÔNG DÂN TỈNH BẾN TRE\n*\nSố 05-CV/ĐĐ\n\nBến Tre, ngày 05 tháng 8 năm 2025\n' + TAIL).issuer?.name)).toBe('đảng đoàn hội nông dân tỉnh bến tre')
  })

  it('goes on with a name left open on its line even before a head word ("BAN CHỈ HUY" / "PHÒNG CHỐNG …")', () => {
    const d = doc('UBND TỈNH HÒA BÌNH\nBAN CHỈ HUY\nPHÒNG CHỐNG THIÊN TAI VÀ\nTÌM KIẾM CỨU NẠN\n\nSố: 21/BCH-PCTT\nV/v chủ động ứng phó mưa lớn\n\nHòa Bình, ngày 28 tháng 7 năm 2025\n' + TAIL)
    expect([lower(d.issuer?.name), lower(d.issuer?.parent)]).toEqual(['ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh hòa bình', 'ủy ban nhân dân tỉnh hòa bình'])
  })

  it('does not take a type word that goes on with an open letterhead line for the title ("BAN QUẢN LÝ" / "DỰ ÁN …")', () => {
    const d = doc('UBND TỈNH QUẢNG NGÃI\nBAN QUẢN LÝ\nDỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH\n\nSố: 12/BQL-KH\nV/v thử nghiệm\n\nQuảng Ngãi, ngày 05 tháng 8 năm 2025\n' + TAIL)
    expect([lower(d.issuer?.name), d.type, d.subject]).toEqual(['ban quản lý dự án đầu tư xây dựng tỉnh quảng ngãi', 'Công văn', 'thử nghiệm'])
    const plan = doc('UBND TỈNH NGHỆ AN\nBAN CHỈ ĐẠO CÁC\nCHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\n\nSố: 12/BCĐ-VP\nV/v thử nghiệm\n\nNghệ An, ngày 05 tháng 8 năm 2025\n' + TAIL)
    expect([lower(plan.issuer?.name), plan.type]).toEqual(['ban chỉ đạo các chương trình mục tiêu quốc gia tỉnh nghệ an', 'Công văn'])
  })

  it('but still reads a title printed under a complete letterhead with no number above it', () => {
    const d = doc('ỦY BAN NHÂN DÂN TỈNH KON TUM\nQUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n' + TAIL)
    expect([d.issuer?.name, d.type, d.subject]).toEqual(['Ủy ban nhân dân tỉnh Kon Tum', 'Quyết định', 'công bố danh mục thủ tục hành chính'])
  })

  it('while a complete province line above a department still makes two levels', () => {
    const d = doc('UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\n\nSố: 1588/SNV-CCVC\nV/v thử\n\nLạng Sơn, ngày 12 tháng 9 năm 2025\n' + TAIL)
    expect([d.issuer?.name, d.issuer?.parent]).toEqual(['Sở Nội vụ tỉnh Lạng Sơn', 'Ủy ban nhân dân tỉnh Lạng Sơn'])
  })

  it('reads the standing board of a provincial Fatherland Front over three lines', () => {
    const d = doc('ỦY BAN MTTQ VIỆT NAM\nTỈNH QUẢNG TRỊ\nBAN THƯỜNG TRỰC\n\nSố: 215/MTTQ-BTT\nV/v vận động ủng hộ Quỹ Vì người nghèo\n\nQuảng Trị, ngày 22 tháng 9 năm 2025\n\nKính gửi:\n- Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố;\n- Các tổ chức thành viên.\n' + TAIL)
    expect(lower(d.issuer?.name)).toBe('ban thường trực ủy ban mặt trận tổ quốc việt nam tỉnh quảng trị')
    expect(names(d.recipients)).toEqual(['Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố', 'Các tổ chức thành viên'])
  })

  it('gives a branch named by its area only the name of the body it belongs to', () => {
    const d = doc('NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH TỈNH NGHỆ AN\n\nSố: 455/NHNN-NAN\nV/v thử\n\nNghệ An, ngày 05 tháng 8 năm 2025\n' + TAIL)
    expect(lower(d.issuer?.name)).toBe('ngân hàng nhà nước việt nam chi nhánh tỉnh nghệ an')
  })

  it('but not a sub-department named by its own area ("CHI CỤC THUẾ KHU VỰC I")', () => {
    const d = doc('CỤC THUẾ TỈNH AN GIANG\nCHI CỤC THUẾ KHU VỰC I\n\nSố: 45/CCT-KV1\nV/v thử\n\nAn Giang, ngày 05 tháng 8 năm 2025\n' + TAIL)
    expect(lower(d.issuer?.name)).not.toMatch(/^cục thuế/)
    expect(lower(d.issuer?.name)).toMatch(/^chi cục thuế khu vực i/)
  })

  it('reads a body named by its numbered area (2025 regrouping) as a letterhead line, taking no locality from above', () => {
    const d = doc('CỤC THUẾ TỈNH AN GIANG\nCHI CỤC THUẾ KHU VỰC 12\n\nSố: 45/CCT-KV12\nV/v thử\n\nAn Giang, ngày 05 tháng 8 năm 2025\n' + TAIL)
    expect([lower(d.issuer?.name), lower(d.issuer?.parent)]).toEqual(['chi cục thuế khu vực 12', 'cục thuế tỉnh an giang'])
  })

  it('still drops a letterhead line holding a number that names no place', () => {
    const d = doc('CỤC THUẾ TỈNH AN GIANG\nKHÓA 12 NĂM 2025\n\nSố: 45/CT-VP\nV/v thử\n\nAn Giang, ngày 05 tháng 8 năm 2025\n' + TAIL)
    expect(lower(d.issuer?.name)).toBe('cục thuế tỉnh an giang')
  })

  it('reads the tax offices of the 2025 regrouping as levels of their own (CỤC THUẾ / THUẾ TỈNH X / THUẾ CƠ SỞ 1 …)', () => {
    const d = doc('CỤC THUẾ\nTHUẾ TỈNH BẮC NINH\n\nSố: 45/TBN-NVDTPC\nV/v thử\n\nBắc Ninh, ngày 05 tháng 8 năm 2025\n' + TAIL)
    expect([lower(d.issuer?.name), lower(d.issuer?.parent)]).toEqual(['thuế tỉnh bắc ninh', 'cục thuế'])
    const base = doc('THUẾ TỈNH BẮC NINH\nTHUẾ CƠ SỞ 1 TỈNH BẮC NINH\n\nSố: 45/TCS1-HC\nV/v thử\n\nBắc Ninh, ngày 05 tháng 8 năm 2025\n' + TAIL)
    expect(lower(base.issuer?.name)).toBe('thuế cơ sở 1 tỉnh bắc ninh')
  })

  it('reads a unit named by its number ("TRƯỜNG TIỂU HỌC SỐ 1", "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3") as a letterhead line', () => {
    const d = doc('SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐẮK LẮK\nTRƯỜNG TIỂU HỌC SỐ 1 XÃ BÌNH AN\n\nSố: 45/TH-VP\nV/v thử\n\nBình An, ngày 05 tháng 8 năm 2025\n' + TAIL)
    expect([lower(d.issuer?.name), d.ref]).toEqual(['trường tiểu học số 1 xã bình an', '45/TH-VP'])
  })

  it("gives the standing body of a council the council's name, said once", () => {
    expect(doc('HĐND TỈNH QUẢNG NAM\nTHƯỜNG TRỰC\n\nSố: 45/HĐND-VP\nV/v thử\n\nQuảng Nam, ngày 05 tháng 8 năm 2025\n' + TAIL).issuer?.name).toBe('Thường trực Hội đồng nhân dân tỉnh Quảng Nam')
    expect(doc('HỘI ĐỒNG NHÂN DÂN\nTỈNH GIA LAI\nTHƯỜNG TRỰC HĐND\n\nSố: 45/HĐND-VP\nV/v thử\n\nGia Lai, ngày 05 tháng 8 năm 2025\n' + TAIL).issuer?.name).toBe('Thường trực Hội đồng nhân dân tỉnh Gia Lai')
  })

  it('reads a department of a ministry signed by delegation (TUQ.) and a hospital signed by an acting head (Q.)', () => {
    const cuc = doc('BỘ Y TẾ\nCỤC QUẢN LÝ DƯỢC\n\nSố: 4521/QLD-KD\nV/v tăng cường quản lý kinh doanh thuốc\n\nHà Nội, ngày 10 tháng 10 năm 2025\n\nKính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.\n\nCục đề nghị thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KD.\n\nTUQ. BỘ TRƯỞNG\nCỤC TRƯỞNG CỤC QUẢN LÝ DƯỢC\n\nVũ Tuấn Cường\n')
    expect([lower(cuc.issuer?.name), cuc.issuer?.parent, cuc.signer?.name, cuc.signer?.authority]).toEqual(['cục quản lý dược', 'Bộ Y tế', 'Vũ Tuấn Cường', 'TUQ.'])
    const bv = doc('SỞ Y TẾ TỈNH BẮC NINH\nBỆNH VIỆN ĐA KHOA TỈNH\n\nSố: 789/BVĐK-KHTH\nV/v cử cán bộ tham gia tập huấn\n\nBắc Ninh, ngày 02 tháng 12 năm 2025\n\nKính gửi: Các khoa, phòng trong bệnh viện.\n\nBệnh viện đề nghị thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nQ. GIÁM ĐỐC\n\nĐỗ Minh Tâm\n')
    expect([lower(bv.issuer?.name), bv.signer?.name, bv.signer?.authority, bv.signer?.title]).toEqual(['bệnh viện đa khoa tỉnh bắc ninh', 'Đỗ Minh Tâm', 'Q.', 'GIÁM ĐỐC'])
  })
})

describe('Kính gửi in its printed variants', () => {
  const withRecipients = (block: string) => doc(STATE_TOP + 'Số: 318/UBND-TH\nV/v thử' + MOTTO.replace('Kính gửi: Sở Tài chính.', block) + TAIL)

  it('reads entries printed without bullets, one a line while each ends with ";"', () => {
    expect(names(withRecipients('Kính gửi:\nSở Tài chính;\nSở Nội vụ;\nVăn phòng UBND tỉnh.').recipients)).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Văn phòng UBND tỉnh'])
  })

  it('joins a line after "," to the entry it wraps', () => {
    expect(names(withRecipients('Kính gửi:\nỦy ban nhân dân các huyện, thị xã,\nthành phố;\nSở Y tế.').recipients)).toEqual(['Ủy ban nhân dân các huyện, thị xã, thành phố', 'Sở Y tế'])
  })

  it('does not take the body under one addressee without ";" for a second one', () => {
    expect(names(withRecipients('Kính gửi:\nSở Tài chính\nThực hiện Kế hoạch số 45/KH-UBND, Ủy ban nhân dân tỉnh yêu cầu:').recipients)).toEqual(['Sở Tài chính'])
  })

  it('reads bulleted entries each closed by "." and the southern spelling "Kính gởi"', () => {
    expect(names(withRecipients('Kính gửi:\n- Sở Y tế.\n- Sở Tài chính.').recipients)).toEqual(['Sở Y tế', 'Sở Tài chính'])
    expect(names(withRecipients('Kính gởi: Sở Tài chính.').recipients)).toEqual(['Sở Tài chính'])
    expect(names(withRecipients('Kính gủi: Sở Tài chính.').recipients)).toEqual(['Sở Tài chính'])
  })

  it("reads a list marked by Markdown's '*', a PDF's bullet glyph, or quoted by '>'", () => {
    expect(names(withRecipients('Kính gửi:\n\n* Sở Tài chính;\n* Sở Nội vụ.').recipients)).toEqual(['Sở Tài chính', 'Sở Nội vụ'])
    expect(names(withRecipients('Kính gửi:\n\uF0B7 Sở Tài chính;\n\uF0B7 Sở Nội vụ.').recipients)).toEqual(['Sở Tài chính', 'Sở Nội vụ'])
    expect(names(withRecipients('> Kính gửi:\n> - Sở Tài chính;\n> - Sở Nội vụ.').recipients)).toEqual(['Sở Tài chính', 'Sở Nội vụ'])
  })

  it('does not take a body bullet after a list closed by "." for an addressee', () => {
    expect(names(withRecipients('Kính gửi:\n- Sở Y tế.\n- Thực hiện Kế hoạch số 45/KH-UBND, đề nghị Sở Y tế triển khai.').recipients)).toEqual(['Sở Y tế'])
  })

  it('reads an inline list with semicolons, bullets run onto the Kính gửi line, and "Đồng kính gửi"', () => {
    expect(names(withRecipients('Kính gửi: Sở Y tế; Sở Tài chính.').recipients)).toEqual(['Sở Y tế', 'Sở Tài chính'])
    expect(names(withRecipients('Kính gửi: - Các sở, ban, ngành tỉnh; - UBND các xã, phường.').recipients)).toEqual(['Các sở, ban, ngành tỉnh', 'UBND các xã, phường'])
    expect(names(withRecipients('Kính gửi: Bộ Nội vụ.\nĐồng kính gửi: Văn phòng Chính phủ.').recipients)).toEqual(['Bộ Nội vụ', 'Văn phòng Chính phủ'])
    expect(names(withRecipients('Kính gửi:\n  • Các sở, ban, ngành tỉnh;\n  • Ủy ban nhân dân các phường, xã.').recipients)).toEqual(['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các phường, xã'])
  })
})

describe('công điện addressees', () => {
  const telegram = (lead: string, type = 'CÔNG ĐIỆN', symbol = '12/CĐ-UBND') =>
    doc(`ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: ${symbol}\n\nNghệ An, ngày 21 tháng 7 năm 2025\n\n${type}\nVề việc tập trung ứng phó với cơn bão số 3\n\n${lead}\n- Giám đốc các sở, ban, ngành;\n- Chủ tịch UBND các xã, phường ven biển.\n\n1. Chủ tịch UBND các xã, phường ven biển kêu gọi tàu thuyền vào nơi tránh trú.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Đức Trung\n`)

  it('reads the lead in capitals with the whole body named, and in sentence case', () => {
    expect(names(telegram('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN điện:').recipients)).toEqual(['Giám đốc các sở, ban, ngành', 'Chủ tịch UBND các xã, phường ven biển'])
    expect(names(telegram('Chủ tịch UBND tỉnh điện:').recipients)).toEqual(['Giám đốc các sở, ban, ngành', 'Chủ tịch UBND các xã, phường ven biển'])
  })

  it('reads a sentence-case "… điện:" line only in a công điện', () => {
    expect(telegram('Chủ tịch UBND tỉnh điện:', 'THÔNG BÁO', '12/TB-UBND').recipients).toEqual([])
  })
})

describe('signature blocks', () => {
  const signed = (block: string) => doc(STATE_TOP + 'Số: 1588/UBND-NC\nV/v thử' + MOTTO + '\nỦy ban nhân dân tỉnh đề nghị Sở Tài chính thực hiện.\n\n' + block)

  it('does not take an e-signature stamp for the signer nor its time for the date, at the top or by the name', () => {
    const stamp = 'Người ký: Ủy ban Nhân dân tỉnh Hà Tĩnh\nEmail: ubnd@hatinh.gov.vn\nCơ quan: Tỉnh Hà Tĩnh\nThời gian ký: 12.09.2025 10:15:23 +07:00\n'
    const top = doc(stamp + STATE_TOP + 'Số: 1588/UBND-NC\nV/v thử' + MOTTO + TAIL)
    expect([top.issuer?.name, top.date, top.signer?.name]).toEqual(['Ủy ban nhân dân tỉnh Hà Tĩnh', '2025-08-05', 'Nguyễn Văn Hòa'])
    const below = signed('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n' + stamp + '\nHoàng Thị Mai\n')
    expect([below.signer?.name, below.signer?.title, below.date]).toEqual(['Hoàng Thị Mai', 'PHÓ CHỦ TỊCH', '2025-08-05'])
  })

  it('leaves a rank or degree printed before the name out of it', () => {
    expect(signed('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐại tá Nguyễn Hữu Phúc\n').signer?.name).toBe('Nguyễn Hữu Phúc')
    expect(signed('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nBSCKII. Lê Thị Thu Hương\n').signer?.name).toBe('Lê Thị Thu Hương')
    expect(signed('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nHIỆU TRƯỞNG\n\nPGS.TS. Trần Văn Nam\n').signer?.name).toBe('Trần Văn Nam')
  })

  it('keeps a name that opens with a one-letter word, cuts a "(Đã ký)" after it, and reads "K.T." as KT.', () => {
    const d = signed('Nơi nhận:                                                  K.T. GIÁM ĐỐC\n- Như trên;                                                PHÓ GIÁM ĐỐC\n- Lưu: VT.\n\n                                                           Y Thái Niê (Đã ký)\n')
    expect([d.signer?.name, d.signer?.authority, d.signer?.title]).toEqual(['Y Thái Niê', 'KT.', 'PHÓ GIÁM ĐỐC'])
  })

  it('reads the signer beside the Nơi nhận column with "(Đã ký)" between title and name, TL. and a long title', () => {
    const d = signed('Nơi nhận:                                            TL. BỘ TRƯỞNG\n- Như trên;                                          CỤC TRƯỞNG CỤC QUẢN LÝ CÔNG SẢN\n- Lưu: VT, QLCS.                                     (Đã ký)\n\n                                                     Nguyễn Tân Thịnh\n')
    expect([d.signer?.name, d.signer?.authority]).toEqual(['Nguyễn Tân Thịnh', 'TL.'])
    expect(names(d.distribution)).toEqual(['Như trên', 'Lưu: VT, QLCS'])
  })

  it('reads the Nơi nhận list printed under the signature', () => {
    const d = signed('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nVõ Minh Thành\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, QLXD.\n')
    expect(d.signer?.name).toBe('Võ Minh Thành')
    expect(names(d.distribution)).toEqual(['Như trên', 'Lưu: VT, QLXD'])
  })

  it('reads the titles of a military command and a standing deputy', () => {
    expect(signed('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỈ HUY TRƯỞNG\n\nĐại tá Trần Văn Hải\n').signer?.title).toBe('CHỈ HUY TRƯỞNG')
    expect(signed('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\nBùi Văn Khánh\n').signer?.title).toBe('PHÓ TRƯỞNG BAN THƯỜNG TRỰC')
  })

  it('takes the signer under a title alone when no Nơi nhận nor authority is printed, not a name in the appendix after it', () => {
    const d = signed('GIÁM ĐỐC\n\nNguyễn Văn Hòa\n\nDANH SÁCH CÁN BỘ THAM GIA\n\n| STT | Họ và tên | Đơn vị |\n|---|---|---|\n| 1 | Trần Thị Mai | Phòng Nghiệp vụ Y |\n| 2 | Lê Văn Nam | Phòng Tổ chức cán bộ |\n')
    expect([d.signer?.name, d.signer?.title]).toEqual(['Nguyễn Văn Hòa', 'GIÁM ĐỐC'])
    const caps = signed('GIÁM ĐỐC\n\nNGUYỄN VĂN HÒA\n\nDANH SÁCH CÁN BỘ THAM GIA\n\n| STT | Họ và tên |\n|---|---|\n| 1 | Trần Thị Mai |\n')
    expect(caps.signer?.name).toBe('Nguyễn Văn Hòa')
  })

  it('does not take a person named in the Nơi nhận list for the signer', () => {
    const d = signed('Nơi nhận:\n- Như trên;\n- Đồng chí Nguyễn Văn Minh;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Phong\n')
    expect(d.signer?.name).toBe('Trần Phong')
  })
})
