/** What the progress line shows. */
export interface ProgressState {
  done: number;
  failed: number;
  bytes: number;
}

const REDRAW_MS = 100;
const BAR = 20;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);

/**
 * A one-line progress bar on a terminal's stderr: articles done, their rate, and, when the input
 * size is known, a bar and the time left (estimated from the bytes read). Redrawn at most ten
 * times a second; `clear` takes it off the screen before other output is written.
 */
export class ProgressBar {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;
  private state: ProgressState = { done: 0, failed: 0, bytes: 0 };

  constructor(
    private readonly write: (s: string) => void,
    private readonly totalBytes: number | undefined,
    private readonly columns: number,
  ) {}

  update(change: Partial<ProgressState>): void {
    Object.assign(this.state, change);
    const now = Date.now();
    if (now - this.last < REDRAW_MS) return;
    this.last = now;
    this.draw(now);
  }

  /** The line as it would be drawn now (exported for tests through `draw`). */
  line(now = Date.now()): string {
    const { done, failed, bytes } = this.state;
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const parts = [`${done.toLocaleString('en-US')} articles`, `${(done / seconds).toFixed(1)}/s`];
    if (failed > 0) parts.push(`${failed} failed`);
    const total = this.totalBytes;
    if (total !== undefined && total > 0) {
      const ratio = Math.min(bytes / total, 1);
      const filled = Math.round(ratio * BAR);
      parts.unshift(`[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${Math.floor(ratio * 100)}%`);
      parts.push(`${mb(bytes)}/${mb(total)} MB`);
      parts.push(`ETA ${bytes > 0 ? clock((seconds * Math.max(total - bytes, 0)) / bytes) : '?'}`);
    } else parts.push(`${mb(bytes)} MB read`);
    return parts.join('  ').slice(0, Math.max(this.columns - 1, 20));
  }

  private draw(now: number): void {
    this.write(`\r\x1b[K${this.line(now)}`);
    this.shown = true;
  }

  /** Takes the line off the screen (until the next update). */
  clear(): void {
    if (!this.shown) return;
    this.write('\r\x1b[K');
    this.shown = false;
    this.last = 0;
  }
}
