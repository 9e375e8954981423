const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';

// A one-line progress display on stderr, drawn only when stderr is a terminal.
export class Progress {
  private readonly enabled: boolean;
  private last = 0;
  private readonly started = performance.now();

  constructor(private readonly label: string, stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = Boolean(stream.isTTY) && !process.env.CI;
    this.stream = stream;
  }

  private readonly stream: NodeJS.WriteStream;

  update(done: number, detail: string): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < 100) return;
    this.last = now;
    const rate = done / Math.max((now - this.started) / 1000, 1e-3);
    const spinner = SPINNER[Math.floor(now / 100) % SPINNER.length];
    this.stream.write(`\r\x1b[K${spinner} ${this.label} ${done} (${detail}) ${rate.toFixed(0)}/s`);
  }

  /** Clears the line before other output. */
  clear(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
