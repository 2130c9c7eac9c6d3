/** A one-line progress bar on stderr: shown on a terminal, silent otherwise or with --quiet. */
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
    this.stream.write(`\r${this.line(now)}\x1b[K`)
  }

  line(now = Date.now()): string {
    const secs = Math.max((now - this.started) / 1000, 0.001)
    const rate = this.done / secs
    const eta = rate > 0 ? Math.round((this.total - this.done) / rate) : 0
    const width = 24
    const filled = Math.round((this.done / Math.max(this.total, 1)) * width)
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${rate.toFixed(1)}/s ETA ${eta}s failed ${this.failed}`
  }

  finish(): void {
    if (this.enabled) this.stream.write('\n')
  }
}
