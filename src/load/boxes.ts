import type { BoxRun, PageBox } from './formats.js'

const round = (n: number) => Math.round(n * 100) / 100

/**
 * The box on the page of text [start, end): the union of the runs it covers on the page where it
 * starts, each run cut in proportion to the characters taken (glyph widths are not kept).
 * Runs are sorted by start and do not overlap.
 */
export function boxOf(runs: BoxRun[], start: number, end: number): PageBox | null {
  if (!runs.length) return null
  // First run that ends after start.
  let lo = 0
  let hi = runs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (runs[mid].end <= start) lo = mid + 1
    else hi = mid
  }
  let x0 = Infinity
  let x1 = -Infinity
  let y0 = Infinity
  let y1 = -Infinity
  let page = 0
  for (let i = lo; i < runs.length; i++) {
    const r = runs[i]
    if (r.start >= Math.max(end, start + 1)) break
    if (page && r.page !== page) break
    page = r.page
    const len = Math.max(1, r.end - r.start)
    const a = Math.max(start, r.start) - r.start
    const b = Math.min(Math.max(end, start + 1), r.end) - r.start
    const left = r.x + (r.width * a) / len
    const right = r.x + (r.width * b) / len
    x0 = Math.min(x0, left)
    x1 = Math.max(x1, right)
    y0 = Math.min(y0, r.y)
    y1 = Math.max(y1, r.y + r.height)
  }
  if (!page) return null
  return { page, x: round(x0), y: round(y0), width: round(Math.max(0, x1 - x0)), height: round(Math.max(0, y1 - y0)) }
}
