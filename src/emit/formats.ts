/**
 * The reporter map: every output format of `export` and `graph`, one entry each. The commands'
 * help text, the --format check and the dispatch all read this table.
 */
import type { Letter } from '../schema/letter.js'
import { csvHeader, csvRow } from './csv.js'
import { taskRows } from './task-rows.js'
import { IcsWriter, icsFooter, icsHeader } from './ics.js'
import { XlsxWriter } from './xlsx.js'
import { GraphBuilder, toDot, toGraphML, toNeo4jCsv } from './graph.js'
import type { Sink, Target } from './write.js'

export interface ReporterOptions {
  /** ICS: days before DUE for a reminder. */
  remind?: number
  /** JSON: indent. */
  pretty?: boolean
}

/** Receives each letter once (identical inputs already merged), then end() commits the output. */
export interface Reporter {
  add(letter: Letter): Promise<void>
  end(): Promise<void>
}

export interface ReporterFormat {
  name: string
  command: 'export' | 'graph'
  summary: string
  /** file: --out is one file (or - for standard output); directory: --out is a folder of `files`. */
  target: 'file' | 'directory'
  /** The files a directory target writes. */
  files?: string[]
  /** Bytes that a terminal should not show. */
  binary?: boolean
  /** Options of the command that only this format reads. */
  options?: string[]
  create(target: Target, options: ReporterOptions): Reporter
}

/** A reporter that writes a head, something per letter, and a tail into one sink. */
function streamed(target: Target, head: string, each: (l: Letter) => string, tail = ''): Reporter {
  let sink: Promise<Sink> | null = null
  const open = () => (sink ??= target.open(null).then(async (s) => (head && (await s.write(head)), s)))
  return {
    async add(l) {
      const s = await open()
      const text = each(l)
      if (text) await s.write(text)
    },
    async end() {
      const s = await open()
      if (tail) await s.write(tail)
      await s.close()
    },
  }
}

/** A graph reporter: collects the letters, writes at the end. */
function graphed(write: (g: GraphBuilder, target: Target) => Promise<void>): (target: Target) => Reporter {
  return (target) => {
    const g = new GraphBuilder()
    return {
      async add(l) {
        g.add(l)
      },
      end: () => write(g, target),
    }
  }
}

async function writeWhole(target: Target, name: string | null, text: string): Promise<void> {
  const s = await target.open(name)
  await s.write(text)
  await s.close()
}

export const FORMATS: readonly ReporterFormat[] = [
  {
    name: 'csv',
    command: 'export',
    summary: 'task rows, UTF-8 with BOM, RFC 4180, formula-looking cells escaped',
    target: 'file',
    create: (t) => streamed(t, csvHeader(), (l) => taskRows(l).map(csvRow).join('')),
  },
  {
    name: 'xlsx',
    command: 'export',
    summary: 'task rows as an Excel workbook: date cells, wrapped text, frozen header',
    target: 'file',
    binary: true,
    create: (t) => {
      let w: Promise<{ xlsx: XlsxWriter; sink: Sink }> | null = null
      const open = () => (w ??= t.open(null).then((sink) => ({ xlsx: new XlsxWriter(sink), sink })))
      return {
        async add(l) {
          ;(await open()).xlsx.add(l)
        },
        async end() {
          const { xlsx, sink } = await open()
          await xlsx.end()
          await sink.close()
        },
      }
    },
  },
  {
    name: 'ics',
    command: 'export',
    summary: 'iCalendar VTODOs: DUE, RRULE, CATEGORIES, reminders (--remind N)',
    target: 'file',
    options: ['remind'],
    create: (t, o) => {
      const w = new IcsWriter({ remind: o.remind })
      return streamed(t, icsHeader(), (l) => w.todos(l), icsFooter())
    },
  },
  {
    name: 'ndjson',
    command: 'export',
    summary: 'one task row (schema/task-row.schema.json) per line',
    target: 'file',
    create: (t) => streamed(t, '', (l) => taskRows(l).map((r) => JSON.stringify(r) + '\n').join('')),
  },
  {
    name: 'json',
    command: 'graph',
    summary: '{ nodes, edges } as JSON',
    target: 'file',
    options: ['pretty'],
    create: (t, o) => graphed((g, target) => writeWhole(target, null, JSON.stringify(g.toJSON(), null, o.pretty ? 2 : undefined) + '\n'))(t),
  },
  {
    name: 'graphml',
    command: 'graph',
    summary: 'GraphML (Gephi, yEd, networkx)',
    target: 'file',
    create: graphed((g, target) => writeWhole(target, null, toGraphML(g))),
  },
  {
    name: 'dot',
    command: 'graph',
    summary: 'Graphviz DOT',
    target: 'file',
    create: graphed((g, target) => writeWhole(target, null, toDot(g))),
  },
  {
    name: 'csv',
    command: 'graph',
    summary: 'nodes.csv and edges.csv for neo4j-admin database import (--out is a directory)',
    target: 'directory',
    files: ['nodes.csv', 'edges.csv'],
    create: graphed(async (g, target) => {
      const { nodes, edges } = toNeo4jCsv(g)
      await writeWhole(target, 'nodes.csv', nodes)
      await writeWhole(target, 'edges.csv', edges)
    }),
  },
]

export const formatsOf = (command: 'export' | 'graph'): ReporterFormat[] => FORMATS.filter((f) => f.command === command)

export function findFormat(command: 'export' | 'graph', name: string): ReporterFormat | null {
  return FORMATS.find((f) => f.command === command && f.name === name) ?? null
}
