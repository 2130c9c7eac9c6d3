/**
 * A table that names a doer, a support or a time column but whose other columns are not
 * recognised assigns work the parser cannot read: it says so (table/unread-columns), with the
 * header row's span and the heading it missed, and --explain shows the dropped table.
 */
import { describe, expect, it } from 'vitest'
import { explainSource, parseLetter } from '../src/pipeline.js'
import { loadText } from '../src/load/index.js'
import { congVan } from './helpers.js'

const UNREAD = ['| Hoạt động | Đơn vị chủ trì | Thời gian |', '|---|---|---|', '| Hội thi tuyên truyền pháp luật | Sở Tư pháp | Quý II/2024 |'].join('\n')
const READ = ['| STT | Nội dung | Cơ quan chủ trì | Thời gian |', '|---|---|---|---|', '| 1 | Rà soát văn bản | Sở Tư pháp | Quý II/2024 |'].join('\n')
const FIGURES = ['| Chỉ tiêu | Năm 2023 | Năm 2024 |', '|---|---|---|', '| Tỷ lệ hồ sơ đúng hạn | 90% | 95% |'].join('\n')

const unread = (body: string) => parseLetter(congVan(body), { path: 'letter.md' }).diagnostics.filter((d) => d.ruleId === 'table/unread-columns')

describe('table/unread-columns', () => {
  it('names the missing row-number column of a table that has a lead and a time column, at its header row', () => {
    const text = congVan(`1. Tổ chức các hoạt động sau:\n\n${UNREAD}`)
    const [d, ...rest] = parseLetter(text, { path: 'letter.md' }).diagnostics.filter((x) => x.ruleId === 'table/unread-columns')
    expect(rest).toEqual([])
    expect(d.severity).toBe('info')
    expect(d.message).toMatch(/^Unexpected table header "Hoạt động \| Đơn vị chủ trì \| Thời gian", expected a column for a row number \(STT\)/)
    expect(d.span!.start.line).toBe(text.split('\n').indexOf(UNREAD.split('\n')[0]) + 1)
  })

  it('says nothing of a task table whose rows it reads', () => {
    const letter = parseLetter(congVan(`1. Tổ chức các hoạt động sau:\n\n${READ}`), { path: 'letter.md' })
    expect(letter.diagnostics.filter((d) => d.ruleId === 'table/unread-columns')).toEqual([])
    expect(letter.tasks.map((t) => t.lead.map((a) => a.name))).toContainEqual(['Sở Tư pháp'])
  })

  it('says nothing of a table of figures, which names no doer nor time', () => {
    expect(unread(`1. Kết quả năm 2023 như sau:\n\n${FIGURES}`)).toEqual([])
  })

  it('is in the --explain trace as a dropped table', () => {
    const { explain } = explainSource(loadText(congVan(`1. Tổ chức các hoạt động sau:\n\n${UNREAD}`), 'letter.md'))
    expect(explain.some((e) => e.stage === 'tables' && e.ruleId === 'table/unread-columns' && e.verdict === 'dropped')).toBe(true)
  })
})
