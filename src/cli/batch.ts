/**
 * `--jsonl`: many articles through a pool of worker threads, one JSON result
 * line per article on standard output, in input order. Inputs that cannot be
 * used are reported on standard error and skipped.
 *
 * @module
 */
import type { Command } from './args.js';
import { CliError, EXIT } from './exit-codes.js';
import { WorkerPool } from './pool.js';
import { Progress, type ProgressStream } from './progress.js';
import { folderSource, isFolder, jsonLinesSource } from './sources.js';

/** Where batch output goes. */
export interface BatchStreams {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
}

/** How many articles may be read ahead of the last one written, per worker. */
const READ_AHEAD = 16;

/**
 * Runs the batch and returns the exit code: 0, or {@link EXIT}.skipped when
 * some inputs were reported and skipped.
 *
 * @throws {CliError} when the input cannot be opened or a worker dies.
 */
export async function runBatch(command: Command, streams: BatchStreams, workerScript: URL): Promise<number> {
  const source = isFolder(command.input) ? folderSource(command.input!) : jsonLinesSource(command.input);
  const progress = new Progress(streams.stderr, source.total);
  const results = new Map<number, string | null>();
  let next = 0;
  let seq = 0;
  let skipped = 0;
  let wake: (() => void) | undefined;
  let fatal: Error | undefined;

  const report = (message: string): void => {
    progress.clear();
    streams.stderr.write(`wirecopy: ${message}, skipped\n`);
    skipped += 1;
  };
  const settle = (at: number, line: string | null): void => {
    results.set(at, line);
    while (results.has(next)) {
      const ready = results.get(next);
      results.delete(next);
      if (ready !== null && ready !== undefined) streams.stdout.write(`${ready}\n`);
      next += 1;
    }
    wake?.();
  };
  const waitFor = (ready: () => boolean): Promise<void> | undefined =>
    ready() || fatal
      ? undefined
      : new Promise<void>((resolve) => {
          wake = () => {
            if (ready() || fatal) {
              wake = undefined;
              resolve();
            }
          };
        });

  const pool = new WorkerPool(command.workers, workerScript);
  try {
    for await (const item of source.items) {
      const at = seq;
      seq += 1;
      if ('problem' in item) {
        report(item.problem);
        progress.tick(item.weight, false);
        settle(at, null);
        continue;
      }
      await waitFor(() => at - next < command.workers * READ_AHEAD);
      if (fatal) break;
      pool.run({ seq: at, id: item.id, text: item.text, tree: command.tree }).then(
        (result) => {
          progress.tick(item.weight, !('error' in result));
          if ('error' in result) {
            report(`${item.where}: ${result.error}`);
            settle(at, null);
          } else settle(at, result.line);
        },
        (error: Error) => {
          fatal ??= error;
          wake?.();
        },
      );
    }
    await waitFor(() => next === seq);
  } finally {
    await pool.close();
  }
  if (fatal) throw new CliError(`a worker failed: ${fatal.message.split('\n')[0]}`, EXIT.internal.code);
  progress.finish();
  return skipped > 0 ? EXIT.skipped.code : EXIT.ok.code;
}
