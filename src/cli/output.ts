/**
 * Standard output with backpressure: a write says when the stream is full,
 * and {@link Output.ready} waits until it has drained, so a slow reader holds
 * the command back instead of making the output pile up in memory.
 *
 * @module
 */

/** Where output goes: standard output, or any sink with a `write` (tests). */
export interface OutputStream {
  write(chunk: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Writes to a stream and tracks whether it wants a pause. */
export class Output {
  private readonly stream: OutputStream;
  private draining: Promise<void> | undefined;

  /** @param stream Standard output, or a sink. */
  constructor(stream: OutputStream) {
    this.stream = stream;
  }

  /** Writes `text`; `false` when the stream is full (then wait for {@link Output.ready}). */
  write(text: string): boolean {
    if (text === '') return this.draining === undefined;
    if (this.stream.write(text) !== false || this.stream.once === undefined) return this.draining === undefined;
    this.draining ??= new Promise<void>((resolve) => {
      this.stream.once!('drain', () => {
        this.draining = undefined;
        resolve();
      });
    });
    return false;
  }

  /** Whether the stream is full. */
  get full(): boolean {
    return this.draining !== undefined;
  }

  /** Resolves when the stream can take more (at once when it can now). */
  async ready(): Promise<void> {
    await this.draining;
  }

  /** Writes every chunk, pausing whenever the stream is full. */
  async writeAll(chunks: Iterable<string>): Promise<void> {
    for (const chunk of chunks) if (!this.write(chunk)) await this.ready();
  }

  /** Resolves once everything written so far has been handed to the system. */
  flushed(): Promise<void> {
    return new Promise((resolve) => {
      const stream = this.stream as { write(chunk: string, callback: () => void): unknown };
      if (typeof stream.write === 'function' && stream.write.length >= 2) stream.write('', () => resolve());
      else resolve();
    });
  }
}
