/**
 * What one parse keeps at most (issue 16, item 5): a structure budget past which the rest of the input is one
 * plain paragraph, and a cap on the diagnostics of one code. Both leave the tree lossless and say what happened.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { parseBlocks } from '../src/parser/index.js';
import { chunkEnds } from '../src/parser/chunks.js';
import { countItems, DiagnosticLimiter, MAX_DIAGNOSTICS_PER_CODE } from '../src/parser/limits.js';
import { resolveOptions } from '../src/options.js';
import { attributeQuotations } from '../src/passes/attribution.js';
import { labelFurniture } from '../src/passes/furniture.js';
import { createLocator } from '../src/tree/location.js';
import { validateTree } from './helpers/validate.js';

describe('the structure budget', () => {
  it('gives the passes where the plain rest starts, and they leave it alone', () => {
    // 20 MB of "Smith said:" lines once made the attribution pass tokenise the 19 MB plain rest: 1.7 M attribution
    // nodes and 3.7 GB before it was stopped. With a tiny budget the rest begins early; passes skip it.
    const text = 'Smith said: the plan works.\n\nJones said: it does not.\n\nThe Associated Press contributed to this report.\n';
    const plainFrom = text.indexOf('Jones');
    for (const skip of [text.length, plainFrom]) {
      const article = parseArticle(text, { attribution: false, furniture: false });
      const context = { text, locator: createLocator(text), options: resolveOptions(undefined), plainFrom: skip, report: () => {} };
      labelFurniture(article, context);
      attributeQuotations(article, context);
      validateTree(article, text);
      const kinds = article.children.filter((block) => block.type !== 'whitespace').map((block) => [block.type, block.children.some((child) => child.type === 'attribution')]);
      expect(kinds).toStrictEqual(
        skip === text.length
          ? [['paragraph', true], ['paragraph', true], ['boilerplate', false]]
          : [['paragraph', true], ['paragraph', false], ['paragraph', false]],
      );
    }
    expect(parseBlocks(text, { layout: 'blank', maxQuotationDepth: 32, chunkSize: 10, maxItems: 1 }).plainFrom).toBe(text.indexOf('Jones'));
    expect(parseBlocks(text, { layout: 'blank', maxQuotationDepth: 32 }).plainFrom).toBe(text.length);
  });


  const lines = '"We are ready\n'.repeat(2000); // five raw items a line: paragraph, quotation, mark, text, whitespace

  it('keeps every item while under the budget', () => {
    const parsed = parseBlocks(lines, { layout: 'line', maxQuotationDepth: 32, chunkSize: 1000, maxItems: 100_000 });
    expect(parsed.diagnostics.map((d) => d.code)).not.toContain('structure-limit');
    expect(countItems(parsed.blocks)).toBeGreaterThan(8000);
  });

  it('past the budget, the rest of the input is one plain paragraph with a structure-limit warning where it starts', () => {
    const parsed = parseBlocks(lines, { layout: 'line', maxQuotationDepth: 32, chunkSize: 1000, maxItems: 500 });
    const last = parsed.blocks.at(-1)!;
    expect(last).toMatchObject({ kind: 'paragraph', end: lines.length, children: [{ kind: 'text', start: last.start, end: lines.length }] });
    const limit = parsed.diagnostics.filter((d) => d.code === 'structure-limit');
    expect(limit).toHaveLength(1);
    expect(limit[0]).toMatchObject({ start: last.start, end: lines.length, severity: 'warning' });
    // The budget is checked between chunks, so it overshoots by at most one chunk's items.
    expect(countItems(parsed.blocks.slice(0, -1))).toBeLessThan(500 + 1000 * 5);
    // The blocks still tile the input.
    let at = 0;
    for (const block of parsed.blocks) {
      expect(block.start).toBe(at);
      at = block.end;
    }
    expect(at).toBe(lines.length);
  });
});

describe('a block with no boundary for longer than the longest chunk', () => {
  it('is cut after its last line break before the limit', () => {
    const text = 'word word\n'.repeat(100); // one hard-wrapped paragraph, 1,000 characters
    const ends = chunkEnds(text, 'blank', 100, 250);
    expect(ends.filter((chunk) => chunk.forced).length).toBeGreaterThan(2);
    for (const { end } of ends.slice(0, -1)) expect(text[end - 1]).toBe('\n');
    expect(ends.at(-1)).toStrictEqual({ end: 1000, forced: false });
  });

  it('never between CR and LF, nor inside a surrogate pair', () => {
    const crlf = 'word word\r\n'.repeat(100);
    for (const { end } of chunkEnds(crlf, 'blank', 100, 251)) expect(crlf.slice(end - 2, end)).toBe('\r\n');
    const emoji = '\u{1F600}'.repeat(500); // no line break, no space
    for (const { end } of chunkEnds(emoji, 'blank', 100, 251)) expect(end % 2).toBe(0);
  });

  it('is reported once per cut, and the tree stays lossless', () => {
    const text = 'x'.repeat(3_000_000); // over two of the longest chunks (1 MiB), no space or line break
    const tree = parseArticle(text);
    validateTree(tree, text);
    expect(tree.diagnostics.filter((d) => d.code === 'block-split')).toHaveLength(2);
  });

  it('leaves a real article alone', () => {
    const article = 'WASHINGTON (AP) — The Senate voted on Tuesday.\n\n"We did it," she said.\n';
    expect(chunkEnds(article, 'blank').every((chunk) => !chunk.forced)).toBe(true);
  });
});

describe('the diagnostics cap', () => {
  it('keeps the first of each code and counts the rest', () => {
    const limiter = new DiagnosticLimiter<{ code: string; at: number }>(3);
    for (let at = 0; at < 5; at += 1) limiter.add({ code: 'a', at });
    limiter.add({ code: 'b', at: 9 });
    expect(limiter.list.map((item) => `${item.code}${item.at}`)).toStrictEqual(['a0', 'a1', 'a2', 'b9']);
    expect(limiter.truncated()).toStrictEqual([{ code: 'a', left: 2, first: { code: 'a', at: 3 } }]);
  });

  it(`an article with more than ${MAX_DIAGNOSTICS_PER_CODE.toLocaleString('en')} stray closing marks keeps that many and one diagnostics-truncated`, () => {
    const text = 'word” '.repeat(MAX_DIAGNOSTICS_PER_CODE + 25);
    const tree = parseArticle(text);
    validateTree(tree, text);
    const codes = tree.diagnostics.map((d) => d.code);
    expect(codes.filter((code) => code === 'unmatched-close-quote')).toHaveLength(MAX_DIAGNOSTICS_PER_CODE);
    const truncated = tree.diagnostics.filter((d) => d.code === 'diagnostics-truncated');
    expect(truncated).toHaveLength(1);
    expect(truncated[0]!.message).toMatch(/^25 more diagnostics of code unmatched-close-quote were left out/);
    expect(truncated[0]!.position.start.offset).toBe(text.length - 25 * 6 + 4);
  });
});

describe('memory on hostile input (a child process with a 1.25 GB heap)', () => {
  it('4 MB of unclosed quotations, one per line, parses without running out of memory, lossless', () => {
    // Before the budget this input built 4.7 million nodes and peaked near 1.9 GB.
    const script = `
      import { parseArticle, toString } from ${JSON.stringify(join(import.meta.dirname, '..', 'dist', 'index.js'))};
      const text = '"a\\n'.repeat(4e6 / 3);
      const tree = parseArticle(text);
      const codes = new Set(tree.diagnostics.map((d) => d.code));
      console.log(JSON.stringify({ lossless: toString(tree) === text, limit: codes.has('structure-limit'), rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
    `;
    const run = spawnSync(process.execPath, ['--max-old-space-size=1280', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 240_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout.trim()) as { lossless: boolean; limit: boolean; rssMB: number };
    expect(result).toMatchObject({ lossless: true, limit: true });
  }, 300_000);
});
