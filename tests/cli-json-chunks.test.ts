/**
 * `jsonChunks`: the CLI's `JSON.stringify` in pieces (issue 16, item 11). The
 * text is the same as `JSON.stringify`'s, byte for byte, and no piece is much
 * longer than the chunk size, whatever the size of the whole or of one string.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../src/cli/json-chunks.js';
import { parseArticle } from '../src/index.js';

const seed = readFileSync(join(import.meta.dirname, '..', 'seeds', '000_5b8cd54deaba8003.txt'), 'utf8');

function pieces(value: unknown, size: number): string[] {
  return [...jsonChunks(value, size)];
}

describe('jsonChunks', () => {
  it('writes what JSON.stringify writes, for trees and odd values', () => {
    const values: unknown[] = [
      parseArticle(seed),
      parseArticle('"Unclosed\n\n“Nested ‘marks’ here,” he said. 😀\r\n'),
      parseArticle(''),
      { a: undefined, b: [undefined, () => 1, Number.NaN, -0, 1e21], c: { children: [] }, d: 'x' },
      [],
      {},
      'plain',
      42,
      null,
    ];
    for (const value of values) for (const size of [1, 7, 64, 1 << 16]) expect(pieces(value, size).join('')).toBe(JSON.stringify(value));
  });

  it('cuts long strings and long lists into pieces of about the chunk size, keeping surrogate pairs whole', () => {
    const text = `${'😀'.repeat(5000)}"\\\n${'a'.repeat(10_001)}`;
    const value = { type: 'text', value: text, children: undefined, list: Array.from({ length: 3000 }, (_, index) => ({ index })) };
    const size = 256;
    const chunks = pieces(value, size);
    expect(chunks.join('')).toBe(JSON.stringify(value));
    expect(chunks.length).toBeGreaterThan(100);
    // A piece is the chunk size plus at most one escaped slice of a string (up to 6 characters per code unit) or one small value.
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(size * 8);
  });

  it('streams a tree larger than one piece in many pieces', () => {
    const tree = parseArticle(seed.repeat(5));
    const chunks = pieces(tree, 1 << 16);
    expect(chunks.length).toBeGreaterThanOrEqual(Math.floor(JSON.stringify(tree).length / (1 << 16)));
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(1 << 17);
  });
});
