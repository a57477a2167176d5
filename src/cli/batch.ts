/**
 * `--jsonl`: many articles through a pool of worker threads, one JSON result
 * line per article on standard output, in input order. Inputs that cannot be
 * used, and articles too large to parse, are reported on standard error and
 * skipped. Reading waits while standard output is full (a slow reader holds
 * the batch back), and an interrupt stops the batch at a line boundary.
 *
 * @module
 */
import type { Command } from './args.js';
import { CliError, EXIT } from './exit-codes.js';
import { Output, type OutputStream } from './output.js';
import { WorkerPool } from './pool.js';
import { Progress, type ProgressStream } from './progress.js';
import { folderSource, isFolder, jsonLinesSource } from './sources.js';
import type { ResultMessage } from './task.js';

/** Where batch output goes. */
export interface BatchStreams {
  stdout: OutputStream;
  stderr: ProgressStream;
  /** Aborted when the user interrupts: the batch then stops after the lines already written. */
  interrupt?: AbortSignal;
}

/** How many articles may be read ahead of the last one written, per worker. */
const READ_AHEAD = 16;

/** How much text (UTF-16 code units) may be read ahead of the last article written, whatever the count. */
const READ_AHEAD_TEXT = 32 * 1024 * 1024;

/** A result's text, in the pieces to write. */
function pieces(result: ResultMessage): string[] {
  if ('chunks' in result) return result.chunks;
  return 'line' in result ? [result.line] : [];
}

/**
 * Runs the batch and returns the exit code: 0, {@link EXIT}.skipped when
 * some inputs were reported and skipped, or {@link EXIT}.interrupted.
 *
 * @throws {CliError} when the input cannot be opened or a worker dies.
 */
export async function runBatch(command: Command, streams: BatchStreams, workerScript: URL): Promise<number> {
  const source = isFolder(command.input) ? folderSource(command.input!, command.maxSize) : jsonLinesSource(command.input, command.maxSize);
  const progress = new Progress(streams.stderr, source.total);
  const output = new Output(streams.stdout);
  const interrupt = streams.interrupt;
  const results = new Map<number, string[] | null>();
  let next = 0;
  let seq = 0;
  let skipped = 0;
  let aheadText = 0;
  let wake: (() => void) | undefined;
  let fatal: Error | undefined;

  if (command.workersAsked !== undefined) {
    streams.stderr.write(`wirecopy: --workers ${command.workersAsked} capped at ${command.workers}, the available parallelism\n`);
  }
  const report = (message: string): void => {
    progress.clear();
    streams.stderr.write(`wirecopy: ${message}, skipped\n`);
    skipped += 1;
  };
  const settle = (at: number, chunks: string[] | null): void => {
    results.set(at, chunks);
    while (results.has(next) && !interrupt?.aborted) {
      const ready = results.get(next);
      results.delete(next);
      if (ready) {
        for (const chunk of ready) output.write(chunk);
        output.write('\n');
      }
      next += 1;
    }
    wake?.();
  };
  const stopped = (): boolean => fatal !== undefined || interrupt?.aborted === true;
  const waitFor = async (ready: () => boolean): Promise<void> => {
    for (;;) {
      await output.ready();
      if (ready() || stopped()) return;
      await new Promise<void>((resolve) => {
        wake = () => {
          if (ready() || stopped() || output.full) {
            wake = undefined;
            resolve();
          }
        };
      });
    }
  };
  const onInterrupt = (): void => wake?.();
  interrupt?.addEventListener('abort', onInterrupt);

  const pool = new WorkerPool(command.workers, workerScript);
  try {
    for await (const item of source.items) {
      if (stopped()) break;
      const at = seq;
      seq += 1;
      if ('problem' in item) {
        report(item.problem);
        progress.tick(item.weight, false);
        settle(at, null);
        continue;
      }
      await waitFor(() => at === next || (at - next < command.workers * READ_AHEAD && aheadText < READ_AHEAD_TEXT));
      if (stopped()) break;
      const task = { seq: at, id: item.id, text: item.text, tree: command.tree, ...(command.names ? { names: true } : {}), ...(item.idJson === undefined ? {} : { idJson: item.idJson }) };
      aheadText += item.text.length;
      pool.run(task).then(
        (result) => {
          aheadText -= item.text.length;
          progress.tick(item.weight, !('error' in result));
          if ('error' in result) {
            report(`${item.where}: ${result.error}`);
            settle(at, null);
          } else settle(at, pieces(result));
        },
        (error: Error) => {
          fatal ??= error;
          wake?.();
        },
      );
    }
    await waitFor(() => next === seq);
    // Everything written is handed to the system before the workers stop and the process ends.
    await output.flushed();
  } finally {
    interrupt?.removeEventListener('abort', onInterrupt);
    await pool.close();
  }
  if (fatal) throw new CliError(`a worker failed: ${fatal.message.split('\n')[0]}`, EXIT.internal.code);
  if (interrupt?.aborted) return EXIT.interrupted.code;
  progress.finish();
  return skipped > 0 ? EXIT.skipped.code : EXIT.ok.code;
}
