/** iCalendar read back with ical.js, and the graph writers as Graphviz and Neo4j read them. */
import { describe, expect, it } from 'vitest'
import ICAL from 'ical.js'
import { parse as parseCsv } from 'csv-parse/sync'
import { toIcs } from '../src/emit/ics.js'
import { toGraph, toDot, toNeo4jCsv, toGraphML } from '../src/emit/graph.js'
import { parseLetter } from '../src/pipeline.js'
import { congVan, fixtureText } from './helpers.js'

const letter = parseLetter(fixtureText('quang-ngai-1468-ubnd-ktth-2024'), { path: 'quang-ngai.md' })
const todos = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vtodo')

describe('iCalendar', () => {
  it('files each task under the letter number, and describes it with its text and where it was read', () => {
    const t = todos(toIcs([letter])).find((x) => String(x.getFirstPropertyValue('summary')).startsWith('1468/UBND-KTTH 5.c'))!
    expect(t.getFirstPropertyValue('categories')).toBe('1468/UBND-KTTH')
    const desc = String(t.getFirstPropertyValue('description'))
    expect(desc).toContain(letter.tasks.find((x) => x.label === '5.c')!.text.replace(/\s+/g, ' ').trim())
    expect(desc).toMatch(/Nguồn: quang-ngai\.md, dòng \d+, 1468\/UBND-KTTH ngày 2024-03-22/)
  })
  it('adds a reminder N days before DUE with --remind, and none without', () => {
    const t = todos(toIcs([letter], { remind: 3 })).find((x) => x.getFirstPropertyValue('due'))!
    const alarm = t.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY')
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P3D')
    expect(alarm.getFirstProperty('trigger')!.getParameter('related')).toBe('END')
    expect(todos(toIcs([letter])).every((x) => !x.getFirstSubcomponent('valarm'))).toBe(true)
  })
  it('gives a recurring task that also names a day both its series (DTSTART, RRULE) and its DUE', () => {
    // The writer's case, set up directly: a monthly report whose first one is due 15/4/2024.
    const l = parseLetter(congVan('1. Sở Tài chính báo cáo trước ngày 15/4/2024.'))
    l.tasks[0].deadline = { ...l.tasks[0].deadline!, kind: 'recurring', date: '2024-04-15', recurrence: { frequency: 'monthly', day: 15 } }
    const [t] = todos(toIcs([l]))
    expect(String(t.getFirstPropertyValue('rrule'))).toBe('FREQ=MONTHLY;BYMONTHDAY=15')
    expect(String(t.getFirstPropertyValue('dtstart'))).toBe('2024-03-22')
    expect(String(t.getFirstPropertyValue('due'))).toBe('2024-04-15')
    const monthly = parseLetter(congVan('1. Sở Tài chính báo cáo trước ngày 15 hằng tháng.'))
    const [m] = todos(toIcs([monthly]))
    expect(String(m.getFirstPropertyValue('rrule'))).toBe('FREQ=MONTHLY;BYMONTHDAY=15')
    expect(String(m.getFirstPropertyValue('dtstart'))).toBe('2024-03-22')
  })
  it('keeps UIDs unique by content: the same letter twice once, two letters with one number apart', () => {
    const a = parseLetter(congVan('1. Sở Y tế rà soát trước ngày 30/4/2024.'))
    const b = parseLetter(congVan('1. Sở Tư pháp rà soát trước ngày 30/5/2024.'))
    const same = todos(toIcs([a, a]))
    expect(same).toHaveLength(1)
    const uids = todos(toIcs([a, b])).map((t) => t.getFirstPropertyValue('uid'))
    expect(uids).toHaveLength(2)
    expect(new Set(uids).size).toBe(2)
    // Stable: the same letter gets the same UID in another export.
    expect(todos(toIcs([a]))[0].getFirstPropertyValue('uid')).toBe(uids[0])
  })
})

describe('graph', () => {
  const g = toGraph([letter])
  it('counts a letter given twice once', () => {
    const twice = toGraph([letter, letter])
    expect(twice.toJSON().edges.map((e) => e.count)).toEqual(g.toJSON().edges.map((e) => e.count))
  })
  it('writes DOT labels with Graphviz line breaks and Vietnamese relation names', () => {
    const dot = toDot(g)
    const node = dot.split('\n').find((l) => l.includes('"1468/UBND-KTTH@'))!
    expect(node).toContain('label="Công văn\\n1468/UBND-KTTH\\n2024-03-22"')
    expect(dot).toMatch(/ -> .*\[label="(căn cứ|thực hiện|theo|dẫn chiếu|hướng dẫn)", relation="/)
    // Every statement is one line: no raw line break inside a label.
    expect(dot.split('\n').every((l) => l === '' || /^(digraph|  |})/.test(l))).toBe(true)
  })
  it('types the Neo4j date column as date:date with ISO values', () => {
    const { nodes } = toNeo4jCsv(g)
    const rows = parseCsv(nodes, { columns: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0])).toContain('date:date')
    expect(rows.filter((r) => r['date:date']).every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r['date:date']))).toBe(true)
  })
  it('labels GraphML edges in Vietnamese too', () => {
    expect(toGraphML(g)).toMatch(/<data key="e_label">(căn cứ|thực hiện|theo|dẫn chiếu)<\/data>/)
  })
})
