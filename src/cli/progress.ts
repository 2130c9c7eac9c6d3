/** A one-line progress bar on stderr: shown on a terminal, silent otherwise or with --quiet; never wider than the terminal. */
export class Progress {
  private done = 0
  private failed = 0
  private readonly started = Date.now()
  private lastDraw = 0
  constructor(
    private readonly total: number,
    readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(ok: boolean): void {
    this.done++
    if (!ok) this.failed++
    const now = Date.now()
    if (!this.enabled || (now - this.lastDraw < 100 && this.done < this.total)) return
    this.lastDraw = now
    this.stream.write(`\r${this.line(now, this.stream.columns)}\x1b[K`)
  }

  /** The bar for a terminal of `columns` (the bar shrinks first, then the text is cut). */
  line(now = Date.now(), columns = 80): string {
    const secs = Math.max((now - this.started) / 1000, 0.001)
    const rate = this.done / secs
    const eta = rate > 0 ? Math.round((this.total - this.done) / rate) : 0
    const text = ` ${this.done}/${this.total} ${rate.toFixed(1)}/s ETA ${eta}s failed ${this.failed}`
    // One column short of the edge: writing the last column wraps on some terminals.
    const room = Math.max(columns - 1, 1)
    const width = Math.max(0, Math.min(24, room - text.length - 2))
    const filled = Math.round((this.done / Math.max(this.total, 1)) * width)
    const bar = width >= 4 ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]` : ''
    return (bar + (bar ? text : text.trimStart())).slice(0, room)
  }

  finish(): void {
    if (this.enabled) this.stream.write('\n')
  }
}
