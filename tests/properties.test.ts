import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { validateTree } from './helpers/validate.js';

/** Text made of the characters that matter to the grammar, plus anything at all. */
const newsChars = fc.constantFrom(
  'a', 'Z', 'é', '7', ' ', ' ', '\t', '\n', '\n', '\r\n', '\r', '"', '"', "'", '\u201c', '\u201d', '\u2018', '\u2019',
  '\u201e', '\u201a', '\u00ab', '\u00bb', '\u2039', '\u203a', '.', ',', '-', '\u2014', '--', '(', ')', '\ufeff', '\ud800', '\udc00', '\u0000', '😀',
);
const newsText = fc.oneof(
  fc.array(newsChars, { maxLength: 200 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom('He said, ', '"We won," ', 'she said. ', '\n\n', '\n    ', "'90s ", '“Yes”'), fc.lorem({ maxCount: 3 })), { maxLength: 30 }).map((parts) => parts.join('')),
);

const runs = { numRuns: 400, seed: 20261127 };

describe('properties of parseArticle on any string', () => {
  it('never throws, and the tree is valid and lossless', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        validateTree(parseArticle(text), text);
      }),
      runs,
    );
  });

  it('positions are monotone: each node starts where the previous sibling ended, inside the input', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const tree = parseArticle(text);
        let cursor = 0;
        for (const block of tree.children) {
          expect(block.position.start.offset).toBe(cursor);
          expect(block.position.end.offset).toBeGreaterThanOrEqual(block.position.start.offset);
          cursor = block.position.end.offset;
        }
        expect(cursor).toBe(text.length);
      }),
      runs,
    );
  });

  it('a JSON round trip gives an equal tree', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const tree = parseArticle(text);
        expect(JSON.parse(JSON.stringify(tree))).toStrictEqual(tree);
      }),
      runs,
    );
  });

  it('the same input gives the same tree and ids', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expect(parseArticle(text)).toStrictEqual(parseArticle(text));
      }),
      runs,
    );
  });

  it('every layout option keeps the tree valid', () => {
    fc.assert(
      fc.property(newsText, fc.constantFrom('line', 'blank', 'indent', 'auto') , (text, layout) => {
        validateTree(parseArticle(text, { layout }), text);
      }),
      runs,
    );
  });
});
