/**
 * The batch runner with stand-in workers, for the failures a real worker
 * should never produce: a task that fails is reported and skipped, and a
 * worker that dies ends the batch with the internal-error exit code.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../src/cli/args.js';
import { runBatch } from '../src/cli/batch.js';
import { CliError, EXIT } from '../src/cli/exit-codes.js';
import { WorkerPool } from '../src/cli/pool.js';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wirecopy-batch-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function worker(name: string, body: string): URL {
  const path = join(dir, name);
  writeFileSync(path, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (task) => {\n${body}\n});\n`);
  return pathToFileURL(path);
}

function command(input: string, workers = 2): Command {
  return { mode: 'jsonl', input, workers, tree: false, maxSize: 1 << 20 };
}

function sink(): { text: string; write(chunk: string): void } {
  return {
    text: '',
    write(chunk: string) {
      this.text += chunk;
    },
  };
}

describe('runBatch', () => {
  it('writes results in input order even when workers answer out of order', async () => {
    const input = join(dir, 'order.jsonl');
    writeFileSync(input, Array.from({ length: 20 }, (_, index) => JSON.stringify({ id: index, text: 'x'.repeat(index) })).join('\n'));
    // Longer texts answer sooner: the reverse of input order.
    const script = worker('reverse.mjs', `setTimeout(() => parentPort.postMessage({ seq: task.seq, line: JSON.stringify({ id: task.id }) }), 40 - task.text.length * 2);`);
    const stdout = sink();
    const stderr = sink();
    expect(await runBatch(command(input, 3), { stdout, stderr }, script)).toBe(EXIT.ok.code);
    expect(stdout.text.trim().split('\n').map((line) => JSON.parse(line).id)).toStrictEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(stderr.text).toBe('');
  });

  it('reports and skips an article whose task fails, and keeps the others', async () => {
    const input = join(dir, 'three.jsonl');
    writeFileSync(input, ['{"id":"a","text":"1"}', '{"id":"b","text":"2"}', '{"id":"c","text":"3"}'].join('\n'));
    const script = worker(
      'fails-on-b.mjs',
      `parentPort.postMessage(task.id === 'b' ? { seq: task.seq, error: 'could not parse' } : { seq: task.seq, line: JSON.stringify({ id: task.id }) });`,
    );
    const stdout = sink();
    const stderr = sink();
    expect(await runBatch(command(input), { stdout, stderr }, script)).toBe(EXIT.skipped.code);
    expect(stdout.text).toBe('{"id":"a"}\n{"id":"c"}\n');
    expect(stderr.text).toBe(`wirecopy: ${input}:2: could not parse, skipped\n`);
  });

  it('ends with the internal-error exit code when a worker dies', async () => {
    const input = join(dir, 'one.jsonl');
    writeFileSync(input, '{"id":"a","text":"1"}\n');
    const script = worker('dies.mjs', `throw new Error('boom');`);
    const failure = await runBatch(command(input, 1), { stdout: sink(), stderr: sink() }, script).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CliError);
    expect((failure as CliError).exitCode).toBe(EXIT.internal.code);
    expect((failure as CliError).message).toBe('a worker failed: boom');
  });
});

describe('WorkerPool', () => {
  it('starts threads on demand, up to its size', async () => {
    const script = worker('echo.mjs', `parentPort.postMessage({ seq: task.seq, line: String(task.seq) });`);
    const task = (seq: number) => ({ seq, id: seq, text: '', tree: false });
    const small = new WorkerPool(4, script);
    try {
      expect(await small.run(task(0))).toStrictEqual({ seq: 0, line: '0' });
      expect(small.started).toBe(1);
    } finally {
      await small.close();
    }
    const big = new WorkerPool(3, script);
    try {
      const results = await Promise.all(Array.from({ length: 20 }, (_, seq) => big.run(task(seq))));
      expect(results.map((result) => ('line' in result ? result.line : 'error' in result ? result.error : result.chunks.join('')))).toStrictEqual(Array.from({ length: 20 }, (_, seq) => String(seq)));
      expect(big.started).toBe(3);
    } finally {
      await big.close();
    }
  });

  it('fails only the article a worker runs out of memory on, replaces the worker and sends the others again', async () => {
    const script = worker(
      'oom.mjs',
      `if (task.text === 'oom') { const hoard = []; for (;;) hoard.push(new Array(1e5).fill(task.seq)); }\nparentPort.postMessage({ seq: task.seq, line: task.text });`,
    );
    const pool = new WorkerPool(1, script, 32);
    try {
      const texts = ['a', 'oom', 'b', 'c'];
      const results = await Promise.all(texts.map((text, seq) => pool.run({ seq, id: seq, text, tree: false })));
      expect(results.map((result) => ('line' in result ? result.line : 'error' in result ? result.error : ''))).toStrictEqual([
        'a',
        'too large to parse: the worker ran out of memory (its heap is limited to 32 MB; node --max-old-space-size raises it)',
        'b',
        'c',
      ]);
      expect(pool.started).toBe(2);
    } finally {
      await pool.close();
    }
  });
});
