import type { Doc } from '../types.js'
import type { Deadline } from '../schema/letter.js'
export interface DeadlineContext { letterDate: string | null; citationDates: Array<[number, number]>; doc: Doc }
export function findDeadline(text: string, base: number, ctx: DeadlineContext): { deadline: Deadline | null; milestones: Deadline[] } {
  void text; void base; void ctx
  return { deadline: null, milestones: [] }
}
