/**
 * Every array in the tree is packed (V8), whichever tier runs the code: a
 * holey array made while some code was not optimised (right after a garbage
 * collection) made the optimised passes throw their code away (issue 5,
 * src/tree/arrays.ts). Checked in child processes, with V8's native syntax.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const script = join(root, 'tests', 'helpers', 'holey-arrays.mjs');

function holeyArrays(flags: string[]): { arrays: number; holey: string[] } {
  const child = spawnSync(process.execPath, ['--allow-natives-syntax', ...flags, script, join(root, 'dist', 'index.js'), join(root, 'tests', 'fixtures')], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as { arrays: number; holey: string[] };
}

describe('tree arrays are packed', () => {
  it('in the interpreter (no optimising compiler)', () => {
    const { arrays, holey } = holeyArrays(['--no-opt', '--no-maglev', '--no-sparkplug']);
    expect(arrays).toBeGreaterThan(500);
    expect(holey).toEqual([]);
  });
  it('with the optimising compilers on', () => {
    const { arrays, holey } = holeyArrays([]);
    expect(arrays).toBeGreaterThan(500);
    expect(holey).toEqual([]);
  });
});
