/**
 * A pool of worker threads for `--jsonl`, started on demand. Each worker keeps at most two
 * articles in flight, so it never waits for the main thread between them.
 *
 * Each worker's heap is limited (by default to the main thread's limit, which
 * `node --max-old-space-size` sets). A worker that runs out of memory fails
 * only the article it was parsing: that article gets an error result, the
 * worker is replaced, and the articles queued behind it are sent again.
 *
 * @module
 */
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ResultMessage, TaskMessage } from './task.js';

const IN_FLIGHT = 2;

interface Waiting {
  task: TaskMessage;
  resolve(result: ResultMessage): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to the worker, in the order it handles them. */
  pending: Map<number, Waiting>;
  /** Whether the worker is gone (out of memory, or failed). */
  gone: boolean;
}

/** The heap limit of this thread in MB: the default heap limit of every worker. */
export function heapLimitMb(): number {
  return Math.max(16, Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20));
}

/** Runs tasks on up to `size` worker threads started from `script`. */
export class WorkerPool {
  private slots: Slot[] = [];
  private readonly queue: TaskMessage[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private failure: Error | undefined;
  private count = 0;

  private readonly size: number;
  private readonly script: URL;
  private readonly heapMb: number;

  /**
   * @param size Most worker threads to run; they start on demand, so a small
   * input does not pay for threads it cannot use.
   * @param script The worker's module.
   * @param heapMb Each worker's heap limit (old generation) in MB.
   */
  constructor(size: number, script: URL, heapMb = heapLimitMb()) {
    this.size = size;
    this.script = script;
    this.heapMb = heapMb;
  }

  private start(): Slot {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    const slot: Slot = { worker, pending: new Map(), gone: false };
    this.count += 1;
    worker.on('message', (result: ResultMessage) => {
      const entry = slot.pending.get(result.seq);
      slot.pending.delete(result.seq);
      entry?.resolve(result);
      this.dispatch();
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') this.outOfMemory(slot);
      else this.fail(slot, error);
    });
    worker.on('exit', (code) => {
      if (!slot.gone && slot.pending.size > 0) this.fail(slot, new Error(`a worker stopped with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  /** The worker's first task is the one it was parsing: it fails; the others go back to the queue. */
  private outOfMemory(slot: Slot): void {
    slot.gone = true;
    this.slots = this.slots.filter((other) => other !== slot);
    const [first, ...rest] = [...slot.pending.values()];
    slot.pending.clear();
    for (const entry of rest.reverse()) {
      this.waiting.set(entry.task.seq, entry);
      this.queue.unshift(entry.task);
    }
    first?.resolve({
      seq: first.task.seq,
      error: `too large to parse: the worker ran out of memory (its heap is limited to ${this.heapMb} MB; node --max-old-space-size raises it)`,
    });
    this.dispatch();
  }

  private fail(slot: Slot, error: Error): void {
    slot.gone = true;
    this.failure ??= error;
    for (const entry of slot.pending.values()) entry.reject(error);
    slot.pending.clear();
    for (const entry of this.waiting.values()) entry.reject(error);
    this.waiting.clear();
    this.queue.length = 0;
  }

  private dispatch(): void {
    if (this.failure) return;
    for (const slot of this.slots) this.fill(slot);
    while (this.queue.length > 0 && this.slots.length < this.size) this.fill(this.start());
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

  /** Worker threads started so far (replacements included). */
  get started(): number {
    return this.count;
  }

  /** Parses one article on some worker. */
  run(task: TaskMessage): Promise<ResultMessage> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.set(task.seq, { task, resolve, reject });
      this.queue.push(task);
      this.dispatch();
    });
  }

  /** Stops every worker; tasks still in flight are dropped (the batch was interrupted or failed). */
  async close(): Promise<void> {
    for (const slot of this.slots) slot.gone = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
