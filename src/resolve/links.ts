/**
 * Citation ↔ task links: each mention of a cited document belongs to the smallest task whose
 * span holds it. A function of the tasks and citations stages' outputs that returns new
 * arrays (occurrences with their task, tasks with the documents they cite) and mutates neither.
 */
import type { Doc } from '../types.js'
import type { Citation, NamedCitation, Occurrence, Task } from '../schema/letter.js'
import type { CitationsResult } from './identity.js'

export interface Linked {
  citations: Citation[]
  namedCitations: NamedCitation[]
  tasks: Task[]
}

/** The letter's citations, named citations and tasks, in that order (the order of the output's keys). */
export function linkCitations(doc: Doc, tasks: Task[], found: Pick<CitationsResult, 'numbered' | 'named' | 'mentions'>): Linked {
  const taskOf = new Map<Occurrence, string>()
  const cited = new Map<Task, string[]>()
  for (const m of found.mentions) {
    const at = doc.map[m.start]
    let best: Task | null = null
    let bestLen = Infinity
    for (const t of tasks) {
      const a = t.span.start.offset
      const b = t.span.end.offset
      if (at >= a && at < b && b - a < bestLen) {
        best = t
        bestLen = b - a
      }
    }
    if (!best) continue
    taskOf.set(m.occurrence, best.label)
    // Named documents ("named:…") are linked by their occurrences only; a task lists numbered ones, once each.
    const ids = cited.get(best) ?? []
    if (!m.id.startsWith('named:') && !ids.includes(m.id)) ids.push(m.id)
    cited.set(best, ids)
  }
  const withTask = (o: Occurrence): Occurrence => (taskOf.has(o) ? { ...o, task: taskOf.get(o)! } : o)
  return {
    citations: found.numbered.map((c) => ({ ...c, occurrences: c.occurrences.map(withTask) })),
    namedCitations: found.named.map((c) => ({ ...c, occurrences: c.occurrences.map(withTask) })),
    tasks: tasks.map((t) => ({ ...t, citations: [...t.citations, ...(cited.get(t) ?? [])] })),
  }
}
