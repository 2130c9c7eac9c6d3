/**
 * The cross-reference graph of a batch: documents as nodes (each parsed letter and each
 * document it cites, merged on the citation id), citations as edges. Writers for JSON,
 * GraphML (Gephi, networkx), DOT (Graphviz) and Neo4j bulk-import CSV.
 */
import type { Letter } from '../schema/letter.js'
import { documentId } from '../resolve/identity.js'
import { csvLine } from './csv.js'

/** Relation ids as the letters say them, for labels people read (DOT, GraphML, Neo4j `label`). */
export const RELATION_LABELS: Record<string, string> = {
  'can-cu': 'căn cứ',
  'thuc-hien': 'thực hiện',
  theo: 'theo',
  'sua-doi': 'sửa đổi',
  'thay-the': 'thay thế',
  'bai-bo': 'bãi bỏ',
  'huong-dan': 'hướng dẫn',
  cites: 'dẫn chiếu',
}
export const relationLabel = (relation: string): string => RELATION_LABELS[relation] ?? relation

export interface GraphNode {
  id: string
  ref: string | null
  type: string | null
  date: string | null
  issuer: string | null
  /** The letter's own text was in the batch. */
  inBatch: boolean
  /** How many letters of the batch cite it. */
  citedBy: number
  source: string | null
}

export interface GraphEdge {
  from: string
  to: string
  relation: string
  /** The relation in Vietnamese (căn cứ, thực hiện, …). */
  label: string
  count: number
  tasks: string[]
  context: string
}

export class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>()
  readonly edges = new Map<string, GraphEdge>()
  private readonly citers = new Map<string, Set<string>>()
  private readonly added = new Set<string>()

  private node(id: string): GraphNode {
    let n = this.nodes.get(id)
    if (!n) {
      n = { id, ref: null, type: null, date: null, issuer: null, inBatch: false, citedBy: 0, source: null }
      this.nodes.set(id, n)
    }
    return n
  }

  private edge(from: string, to: string, relation: string, task: string | null, context: string): void {
    const key = `${from}\u0000${to}\u0000${relation}`
    let e = this.edges.get(key)
    if (!e) {
      e = { from, to, relation, label: relationLabel(relation), count: 0, tasks: [], context }
      this.edges.set(key, e)
    }
    e.count++
    if (task && !e.tasks.includes(task)) e.tasks.push(task)
  }

  /** Adds a letter; a letter with the same content (sha256) as one already added counts once. Returns false for such a duplicate. */
  add(letter: Letter): boolean {
    if (letter.source.sha256) {
      if (this.added.has(letter.source.sha256)) return false
      this.added.add(letter.source.sha256)
    }
    const id = documentId(letter)
    const self = this.node(id)
    // The parsed header wins over what citing letters said about it.
    Object.assign(self, {
      ref: letter.document.ref ?? self.ref,
      type: letter.document.type,
      date: letter.document.date ?? self.date,
      issuer: letter.document.issuer?.name ?? self.issuer,
      inBatch: true,
      source: letter.source.path,
    })
    for (const c of letter.citations) {
      const n = this.node(c.id)
      if (!n.inBatch) {
        n.ref ??= c.ref
        n.type ??= c.type
        n.date ??= c.date
        n.issuer ??= c.issuer.name
      }
      const set = this.citers.get(c.id) ?? new Set<string>()
      set.add(id)
      this.citers.set(c.id, set)
      n.citedBy = set.size
      for (const o of c.occurrences) {
        this.edge(id, c.id, o.relation, o.task, o.context)
        // A cited document that implements another: an edge between the two cited documents.
        if (o.via) this.edge(o.via, c.id, 'thuc-hien', null, o.context)
      }
    }
    return true
  }

  toJSON(): { nodes: GraphNode[]; edges: GraphEdge[] } {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] }
  }
}

const xml = (s: unknown) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')

const NODE_KEYS: Array<[keyof GraphNode, string]> = [
  ['ref', 'string'],
  ['type', 'string'],
  ['date', 'string'],
  ['issuer', 'string'],
  ['inBatch', 'boolean'],
  ['citedBy', 'int'],
  ['source', 'string'],
]
const EDGE_KEYS: Array<[keyof GraphEdge, string]> = [
  ['relation', 'string'],
  ['label', 'string'],
  ['count', 'int'],
  ['tasks', 'string'],
  ['context', 'string'],
]

export function toGraphML(g: GraphBuilder): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
  for (const [k, t] of NODE_KEYS) out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`)
  for (const [k, t] of EDGE_KEYS) out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`)
  out.push('  <graph id="congvan" edgedefault="directed">')
  for (const n of g.nodes.values()) {
    out.push(`    <node id="${xml(n.id)}">`)
    for (const [k] of NODE_KEYS) if (n[k] !== null) out.push(`      <data key="n_${k}">${xml(n[k])}</data>`)
    out.push('    </node>')
  }
  let i = 0
  for (const e of g.edges.values()) {
    out.push(`    <edge id="e${i++}" source="${xml(e.from)}" target="${xml(e.to)}">`)
    for (const [k] of EDGE_KEYS) out.push(`      <data key="e_${k}">${xml(Array.isArray(e[k]) ? (e[k] as string[]).join(';') : e[k])}</data>`)
    out.push('    </edge>')
  }
  out.push('  </graph>', '</graphml>', '')
  return out.join('\n')
}

// Graphviz reads the two characters \n in a quoted label as a centred line break.
const dot = (s: unknown) => `"${String(s ?? '').replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`

export function toDot(g: GraphBuilder): string {
  const out = ['digraph congvan {', '  node [shape=box];']
  for (const n of g.nodes.values())
    out.push(`  ${dot(n.id)} [label=${dot([n.type, n.ref, n.date].filter(Boolean).join('\n'))}, inBatch=${n.inBatch}, citedBy=${n.citedBy}${n.inBatch ? ', style=bold' : ''}];`)
  for (const e of g.edges.values()) out.push(`  ${dot(e.from)} -> ${dot(e.to)} [label=${dot(e.label)}, relation=${dot(e.relation)}, count=${e.count}];`)
  out.push('}', '')
  return out.join('\n')
}

/** Neo4j bulk import (neo4j-admin database import): nodes.csv and edges.csv. */
export function toNeo4jCsv(g: GraphBuilder): { nodes: string; edges: string } {
  // Typed columns: neo4j-admin reads date:date as a Date (an empty cell is no property).
  const nodes = [csvLine([':ID', 'ref', 'type', 'date:date', 'issuer', 'inBatch:boolean', 'citedBy:int', 'source', ':LABEL'])]
  for (const n of g.nodes.values()) nodes.push(csvLine([n.id, n.ref, n.type, n.date, n.issuer, n.inBatch, n.citedBy, n.source, n.inBatch ? 'Document;Letter' : 'Document']))
  const edges = [csvLine([':START_ID', ':END_ID', ':TYPE', 'label', 'count:int', 'tasks:string[]', 'context'])]
  for (const e of g.edges.values()) edges.push(csvLine([e.from, e.to, e.relation.toUpperCase().replace(/-/g, '_'), e.label, e.count, e.tasks.join(';'), e.context]))
  return { nodes: nodes.join(''), edges: edges.join('') }
}

/** The cross-reference graph of some letters (letters with the same content once). */
export function toGraph(letters: Iterable<Letter>): GraphBuilder {
  const g = new GraphBuilder()
  for (const l of letters) g.add(l)
  return g
}
