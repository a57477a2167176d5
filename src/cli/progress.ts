/**
 * A progress line for `--jsonl` on standard error, shown only when standard
 * error is a terminal, redrawn at most ten times a second.
 *
 * @module
 */

/** Where the bar is drawn. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const BAR = 24;

/** Counts finished articles and draws `[#####-----] 45% 1234 articles 56/s`. */
export class Progress {
  private readonly stream: ProgressStream | undefined;
  private readonly started = Date.now();
  private lastDraw = 0;
  private shown = false;
  private readonly total: number | undefined;
  private weight = 0;
  /** Articles finished. */
  done = 0;

  /**
   * @param stream Standard error; nothing is drawn unless it is a terminal.
   * @param total The input's total weight (bytes or files), when known.
   */
  constructor(stream: ProgressStream, total: number | undefined) {
    this.stream = stream.isTTY === true ? stream : undefined;
    this.total = total === 0 ? undefined : total;
  }

  /** One more input handled, of the given weight; `article` when it produced a result. */
  tick(weight = 0, article = true): void {
    this.weight += weight;
    if (article) this.done += 1;
    const now = Date.now();
    if (this.stream && now - this.lastDraw >= 100) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  private draw(now: number): void {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = `${(this.done / seconds).toFixed(0)}/s`;
    let bar = '';
    if (this.total !== undefined) {
      const fraction = Math.min(1, this.weight / this.total);
      const filled = Math.round(fraction * BAR);
      bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${Math.floor(fraction * 100)}% `;
    }
    this.stream!.write(`\r\u001b[K${bar}${this.done} articles ${rate}`);
    this.shown = true;
  }

  /** Removes the bar so a message can be printed on a clean line. */
  clear(): void {
    if (this.stream && this.shown) {
      this.stream.write('\r\u001b[K');
      this.shown = false;
    }
  }

  /** Draws the final state and ends the line. */
  finish(): void {
    if (!this.stream) return;
    if (this.total !== undefined) this.weight = this.total;
    this.draw(Date.now());
    this.stream.write('\n');
  }
}
