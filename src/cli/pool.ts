/**
 * A pool of worker threads for `--jsonl`, started on demand. Each worker keeps at most two
 * articles in flight, so it never waits for the main thread between them.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { ResultMessage, TaskMessage } from './task.js';

const IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve(result: ResultMessage): void; reject(error: Error): void }>;
}

/** Runs tasks on up to `size` worker threads started from `script`. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: TaskMessage[] = [];
  private readonly waiting = new Map<number, { resolve(result: ResultMessage): void; reject(error: Error): void }>();
  private failure: Error | undefined;

  private readonly size: number;
  private readonly script: URL;

  /**
   * @param size Most worker threads to run; they start on demand, so a small
   * input does not pay for threads it cannot use.
   * @param script The worker's module.
   */
  constructor(size: number, script: URL) {
    this.size = size;
    this.script = script;
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(this.script), pending: new Map() };
    slot.worker.on('message', (result: ResultMessage) => {
      const entry = slot.pending.get(result.seq);
      slot.pending.delete(result.seq);
      entry?.resolve(result);
      this.dispatch();
    });
    slot.worker.on('error', (error) => this.fail(slot, error));
    slot.worker.on('exit', (code) => {
      if (slot.pending.size > 0) this.fail(slot, new Error(`a worker stopped with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  private fail(slot: Slot, error: Error): void {
    this.failure ??= error;
    for (const entry of slot.pending.values()) entry.reject(error);
    slot.pending.clear();
    for (const entry of this.waiting.values()) entry.reject(error);
    this.waiting.clear();
    this.queue.length = 0;
  }

  private dispatch(): void {
    for (const slot of this.slots) this.fill(slot);
    while (this.queue.length > 0 && this.slots.length < this.size && !this.failure) this.fill(this.start());
  }

  private fill(slot: Slot): void {
    while (slot.pending.size < IN_FLIGHT && this.queue.length > 0) {
      const task = this.queue.shift()!;
      const entry = this.waiting.get(task.seq)!;
      this.waiting.delete(task.seq);
      slot.pending.set(task.seq, entry);
      slot.worker.postMessage(task);
    }
  }

  /** Worker threads started so far. */
  get started(): number {
    return this.slots.length;
  }

  /** Parses one article on some worker. */
  run(task: TaskMessage): Promise<ResultMessage> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.set(task.seq, { resolve, reject });
      this.queue.push(task);
      this.dispatch();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
