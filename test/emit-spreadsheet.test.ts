/** CSV and XLSX as spreadsheets read them: exceljs reads the workbook back, LibreOffice converts both and back. */
import { describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { parse as parseCsv } from 'csv-parse/sync'
import { toCsv, guardFormula } from '../src/emit/csv.js'
import { toXlsx } from '../src/emit/xlsx.js'
import { taskRows } from '../src/emit/task-rows.js'
import { parseLetter } from '../src/pipeline.js'
import { congVan, fixtureText } from './helpers.js'
import { tmp } from './cli-support.js'

const letter = parseLetter(fixtureText('quang-ngai-1468-ubnd-ktth-2024'), { path: 'quang-ngai.md' })
const injected = parseLetter(congVan('=HYPERLINK("http://x","y")\n\n- Sở Y tế rà soát trước ngày 30/4/2024.\n\n@SUM(A1)'), { path: 'injected.md' })
const rows = (csv: string) => parseCsv(csv.replace(/^\ufeff/, ''), { columns: true }) as Array<Record<string, string>>

describe('CSV', () => {
  it('escapes cells that a spreadsheet would run as a formula (= + - @), and only those', () => {
    expect(['=1+1', '+1', '-x', '@SUM(A1)', 'Sở Y tế', '1468/UBND'].map(guardFormula)).toEqual(["'=1+1", "'+1", "'-x", "'@SUM(A1)", 'Sở Y tế', '1468/UBND'])
    const texts = rows(toCsv([injected])).map((r) => r.task)
    expect(texts.length).toBeGreaterThan(0)
    for (const t of texts) expect(t).not.toMatch(/^[=+\-@]/)
    expect(texts.some((t) => /^'[=\-@]/.test(t))).toBe(true)
  })
  it('says who does a task with no agency named: the Kính gửi list, in an assignees column', () => {
    const r = rows(toCsv([parseLetter(congVan('1. Rà soát các thủ tục hành chính.'))]))
    expect(r[0].assignees).toBe('recipients')
    expect(r[0].recipients).toBe('Các sở, ban, ngành tỉnh')
    expect(r[0].lead).toBe('')
  })
  it('writes one row per task, with the assignees of each', () => {
    const r = rows(toCsv([letter]))
    expect(r.map((x) => x.label)).toEqual(letter.tasks.map((t) => t.label))
    expect(new Set(r.map((x) => x.assignees))).toEqual(new Set(taskRows(letter).map((x) => x.assignees)))
  })
})

describe('XLSX', () => {
  it('opens in exceljs with a frozen header, date cells, wrapped task text and the Vietnamese intact', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(await toXlsx([letter])) as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const header = (ws.getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual(expect.arrayContaining(['letterRef', 'task', 'lead', 'assignees', 'deadline']))
    const col = (name: string) => header.indexOf(name) + 1
    const row5c = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(col('label')).value === '5.c')!
    expect(row5c.getCell(col('deadline')).value).toEqual(new Date(Date.UTC(2024, 3, 30)))
    expect(row5c.getCell(col('letterDate')).value).toBeInstanceOf(Date)
    expect(row5c.getCell(col('task')).alignment?.wrapText).toBe(true)
    expect(row5c.getCell(col('issuer')).value).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi')
    expect(ws.rowCount).toBe(letter.tasks.length + 1)
  })
})

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0

describe.skipIf(!soffice)('LibreOffice round trip (soffice headless; .ci/run installs it)', () => {
  it('converts the XLSX and the CSV to ODS and back to CSV with the Vietnamese text and the dates intact', () => {
    const d = tmp()
    writeFileSync(join(d, 'x.csv'), toCsv([letter]))
    return toXlsx([letter]).then((bytes) => {
      writeFileSync(join(d, 'w.xlsx'), bytes)
      const profile = join(d, 'profile')
      mkdirSync(profile)
      const env = { ...process.env, HOME: profile }
      // LibreOffice does not take the CSV's BOM as its encoding: UTF-8 (76) is named, as in its import dialog.
      execFileSync('soffice', ['--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'ods', '--outdir', join(d, 'ods'), join(d, 'w.xlsx'), join(d, 'x.csv')], { env, stdio: 'ignore', timeout: 120_000 })
      execFileSync('soffice', ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', join(d, 'back'), join(d, 'ods', 'w.ods'), join(d, 'ods', 'x.ods')], { env, stdio: 'ignore', timeout: 120_000 })
      for (const name of ['w', 'x']) {
        const back = rows(readFileSync(join(d, 'back', `${name}.csv`), 'utf8'))
        expect(back).toHaveLength(letter.tasks.length)
        const r = back.find((x) => x.label === '5.c')!
        expect(r.issuer).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi')
        expect(r.lead).toBe('Sở Kế hoạch và Đầu tư')
        // The workbook's date is a date cell, shown in the day/month/year format it carries.
        expect(r.deadline).toBe(name === 'w' ? '30/04/2024' : '2024-04-30')
      }
    })
  }, 180_000)
})
