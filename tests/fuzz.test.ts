/**
 * Fuzzing over generated wire-like articles (tests/helpers/generate-article.ts).
 *
 * In `npm test` the runs are few and the seed is fixed, so a failure is
 * reproducible. `npm run fuzz` runs many more with a fresh seed each time
 * (set WIRECOPY_FUZZ_RUNS and WIRECOPY_FUZZ_SEED to choose); fast-check
 * prints the seed and path of a failure, and its shrunk input belongs in
 * tests/fixtures/.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isQuotation, parseArticle, type Article } from '../src/index.js';
import { parseBlocks } from '../src/parser/index.js';
import { article, articleParts, layOut } from './helpers/generate-article.js';
import { validateTree } from './helpers/validate.js';

const long = process.env.WIRECOPY_FUZZ_RUNS !== undefined;
const numRuns = long ? Number(process.env.WIRECOPY_FUZZ_RUNS) : 150;
const seed = process.env.WIRECOPY_FUZZ_SEED !== undefined ? Number(process.env.WIRECOPY_FUZZ_SEED) : long ? Date.now() % 2 ** 31 : 20261127;
const settings = { numRuns, seed };
/** Per-test time limit: the long local run may take many minutes. */
const timeout = long ? 3_600_000 : 30_000;
if (long) console.log(`fuzz: ${numRuns} runs per property, seed ${seed}`);

function quotationCount(tree: Article): number {
  let count = 0;
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (isQuotation(node as never)) count += 1;
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(tree);
  return count;
}

describe('generated wire-like articles', () => {
  it('the generator makes varied articles (so the properties below test something)', () => {
    const samples = fc.sample(article, { numRuns: 200, seed: 1 });
    expect(new Set(samples).size).toBeGreaterThan(190);
    expect(samples.some((text) => text.includes('\r\n'))).toBe(true);
    expect(samples.some((text) => /\n {4}/.test(text))).toBe(true);
    expect(samples.filter((text) => quotationCount(parseArticle(text)) > 0).length).toBeGreaterThan(150);
  });

  it('parse without throwing into a valid, lossless tree with valid positions', () => {
    fc.assert(
      fc.property(article, (text) => {
        validateTree(parseArticle(text), text);
      }),
      settings,
    );
  }, timeout);

  it('parse the same in every layout, and each tree is valid', () => {
    fc.assert(
      fc.property(article, fc.constantFrom('line' as const, 'blank' as const, 'indent' as const), fc.integer({ min: 1, max: 40 }), (text, layout, maxQuotationDepth) => {
        validateTree(parseArticle(text, { layout, maxQuotationDepth }), text);
      }),
      settings,
    );
  }, timeout);

  it('give the same blocks when cut into small chunks as when parsed whole', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 6 }), fc.integer({ min: 16, max: 400 }), (texts, chunkSize) => {
        const text = texts.join('');
        const whole = parseBlocks(text, { layout: 'auto', maxQuotationDepth: 32, chunkSize: text.length + 1 });
        const chunked = parseBlocks(text, { layout: whole.layout, maxQuotationDepth: 32, chunkSize });
        expect(chunked.blocks).toStrictEqual(whole.blocks);
        expect(chunked.diagnostics).toStrictEqual(whole.diagnostics);
      }),
      settings,
    );
  }, timeout);

  it('survive a JSON round trip and parse the same twice', () => {
    fc.assert(
      fc.property(article, (text) => {
        const tree = parseArticle(text);
        expect(JSON.parse(JSON.stringify(tree))).toStrictEqual(tree);
        expect(parseArticle(text)).toStrictEqual(tree);
      }),
      settings,
    );
  }, timeout);

  it('find a quotation for every closed, noise-free quotation in one-paragraph-per-line copy', () => {
    const clean = articleParts.map((parts) => ({ ...parts, noise: [] as Array<[number, number]>, layout: 'line' as const }));
    fc.assert(
      fc.property(clean, (parts) => {
        const text = layOut(parts);
        const tree = parseArticle(text, { layout: 'line' });
        // Every generated paragraph holds at least one quotation or none; a closed curly pair always parses.
        const curly = (text.match(/\u201c[^\u201c\u201d\u201e]+\u201d/g) ?? []).length;
        expect(quotationCount(tree)).toBeGreaterThanOrEqual(Math.min(curly, 1));
      }),
      settings,
    );
  }, timeout);
});
