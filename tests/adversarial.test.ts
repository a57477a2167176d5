/**
 * Hostile input (issue 6): each case must parse without throwing into a
 * valid, lossless tree with valid positions (tests/helpers/parse.ts runs
 * validateTree), and malformed input must leave diagnostics rather than
 * silence. Sizes are small enough for CI; bench/run.mjs times the big ones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParagraph, isQuotation, type Article, type Paragraph, type Quotation } from '../src/index.js';
import { parse } from './helpers/parse.js';

const MARKS = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u201e', '\u201a', '\u00ab', '\u00bb', '\u2039', '\u203a'];

function codes(tree: Article): Set<string> {
  return new Set(tree.diagnostics.map((diagnostic) => diagnostic.code));
}

function depth(node: { type: string; children?: unknown[] }): number {
  let deepest = 0;
  for (const child of node.children ?? []) deepest = Math.max(deepest, depth(child as { type: string; children?: unknown[] }));
  return deepest + (node.type === 'quotation' ? 1 : 0);
}

/** A deterministic pseudo-random generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('unmatched quote marks of every style', () => {
  for (const mark of MARKS) {
    it(`2,999 lone ${JSON.stringify(mark)} marks among words`, () => {
      // An odd number, so straight marks that pair up still leave one open.
      const text = `Officials ${mark}said `.repeat(2999);
      const tree = parse(text);
      expect(tree.diagnostics.length).toBeGreaterThan(0);
    });
  }

  it('5,000 marks of every style in random order, with no words at all', () => {
    const next = random(7);
    const text = Array.from({ length: 5000 }, () => MARKS[Math.floor(next() * MARKS.length)]).join('');
    const tree = parse(text);
    // Marks with no words quote nothing: no quotation nodes, and the whole run is one diagnostic (issue 5:
    // one node per mark made a megabyte of marks cost 2 GB).
    expect(JSON.stringify(tree)).not.toContain('"quotation"');
    expect(tree.diagnostics).toHaveLength(1);
    expect(tree.diagnostics[0]).toMatchObject({ code: 'unmatched-quote-marks', position: { end: { offset: text.length } } });
    expect(tree.diagnostics[0]!.position.start.offset).toBeLessThan(10);
  });

  it('two opening marks in a row open two quotations only when words follow the second', () => {
    const nested = parse('\u201c\u2018We will win,\u2019 he told them,\u201d she said.');
    const outer = (nested.children[0] as Paragraph).children[0] as Quotation;
    expect(outer.type).toBe('quotation');
    expect(outer.children.map((child) => child.type)).toEqual(['quoteMark', 'quotation', 'text', 'quoteMark']);
    const stray = parse('He wrote \u201c\u2018\u201d and stopped.');
    expect(JSON.stringify(stray)).not.toContain('"quotation"');
    expect(stray.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['unmatched-quote-marks']);
  });

  it('200,000 stray closing marks: the first 10,000 diagnostics and one that counts the rest, no stack overflow', () => {
    // The foundation's push(...diagnostics) overflowed the call stack here; a parse now keeps 10,000 per code.
    const tree = parse('a\u201d '.repeat(200_000));
    expect(tree.diagnostics).toHaveLength(10_001);
    expect(tree.diagnostics.filter((diagnostic) => diagnostic.code === 'unmatched-close-quote')).toHaveLength(10_000);
    expect(tree.diagnostics.filter((diagnostic) => diagnostic.code === 'diagnostics-truncated')[0]?.message).toMatch(/^190,000 more diagnostics/);
  });

  it('a run of stray marks is one diagnostic spanning the run', () => {
    const text = '\u201d'.repeat(200_000);
    const tree = parse(text);
    expect(tree.diagnostics).toHaveLength(1);
    expect(tree.diagnostics[0]).toMatchObject({ code: 'unmatched-close-quote', position: { start: { offset: 0 }, end: { offset: text.length } } });
  });

  it('closing marks with nothing open are reported', () => {
    const tree = parse('He left.\u201d She stayed.\u00bb They went.\u203a\n'.repeat(1000));
    expect(codes(tree).has('unmatched-close-quote')).toBe(true);
  });

  it('opening marks that never close are reported', () => {
    const tree = parse('\u201cWe will win, he said.\n\n'.repeat(1000), { layout: 'blank' });
    expect(codes(tree).has('unclosed-quotation')).toBe(true);
  });
});

describe('deep nesting', () => {
  it('5,000 nested quotations stop at the depth cap without overflowing the stack', () => {
    const text = `${'\u201cA \u2018b '.repeat(2500)}end${'\u2019 c\u201d d'.repeat(2500)}`;
    const tree = parse(text);
    expect(depth(tree)).toBe(32);
    expect(codes(tree).has('quotation-too-deep')).toBe(true);
  });

  it('the highest allowed cap (100) with 3,000 nested marks', () => {
    const text = `${'\u201cA '.repeat(3000)}end${'\u201d'.repeat(3000)}`;
    const tree = parse(text, { maxQuotationDepth: 100 });
    expect(depth(tree)).toBe(100);
    expect(codes(tree).has('quotation-too-deep')).toBe(true);
  });

  it('straight marks nested thousands deep', () => {
    const text = `${'"a \'b '.repeat(2000)}end`;
    const tree = parse(text);
    expect(depth(tree)).toBe(32);
  });
});

describe('long lines and odd characters', () => {
  it('1 MB without a line break or a space is one paragraph of one text', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(30_000).slice(0, 1_000_000);
    const tree = parse(text);
    expect(tree.children).toHaveLength(1);
    expect(tree.diagnostics).toHaveLength(0);
  });

  it('1 MB of prose without a line break', () => {
    const text = '"We are ready," she said, and the talks went on until the early hours. '.repeat(14_000);
    const tree = parse(text);
    expect(tree.children.filter(isParagraph)).toHaveLength(1);
  });

  it('1 MB of punctuation and symbols with no word in it', () => {
    const text = '.,;:!?()[]{}/\\&%$#@*+=<>|^_~`…·•§¶†‡°©®™—–-'.repeat(23_000);
    parse(text);
  });

  it('lone surrogates, NUL and every control character', () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('') + '\u007f\u0085\u2028\u2029';
    const text = `\ud800Hello\udc00 "wor\ud83dld," \u0000she\u0007 said.${controls}\udfff\ud800\n`.repeat(500);
    const tree = parse(text);
    expect(tree.children.length).toBeGreaterThan(0);
  });

  it('a byte-order mark at the start and inside', () => {
    const tree = parse('\ufeff"Yes," he said.\n\ufeffMore\ufeff text.\n');
    expect(tree.children.some((block) => block.type === 'paragraph')).toBe(true);
  });

  it('mixed \\r\\n, \\r and \\n line breaks in every layout', () => {
    const text = 'One line\r\nnext line\rthird line\n\r\n\r\rFourth "quote\r\ngoes on," he said.\r\n    Indented\rline.\n'.repeat(500);
    for (const layout of ['auto', 'line', 'blank', 'indent'] as const) parse(text, { layout });
  });

  it('right-to-left text with its own quotation marks', () => {
    const text = '«مرحبا بكم» قال المتحدث. „שלום“ אמר הוא.\u200f "\u202bRTL embedded\u202c," she said.\n'.repeat(500);
    const tree = parse(text);
    expect(tree.children.some((block) => block.type === 'paragraph' && block.children.some(isQuotation))).toBe(true);
  });

  it('emoji, flags, skin tones and combining marks', () => {
    const text = '"Café 👩🏽‍💻 re\u0301sume\u0301 🇺🇸 Z\u0351\u0352a\u0353lgo\u0354," he said. 😀😀\n'.repeat(1000);
    const tree = parse(text);
    expect(tree.children.filter(isParagraph).every((paragraph) => paragraph.children.some(isQuotation))).toBe(true);
  });
});

describe('furniture-like lines in bulk', () => {
  it('20,000 byline-like lines', () => {
    const text = 'By JANE DOE and JOHN ROE, Associated Press\n'.repeat(20_000);
    parse(text); // auto layout reads these short lines as hard-wrapped text
    const tree = parse(text, { layout: 'line' });
    const blocks = tree.children.filter((block) => block.type !== 'whitespace');
    expect(blocks).toHaveLength(20_000);
    // Only the top of an article can hold bylines; the rest stay paragraphs.
    expect(blocks.filter((block) => block.type === 'byline').length).toBeLessThanOrEqual(6);
    expect(blocks.filter(isParagraph).length).toBeGreaterThanOrEqual(19_994);
  });

  it('20,000 dateline-like lines', () => {
    const text = 'WASHINGTON, Jan 12 (Reuters) - \nMOSCOW (AP) — \n'.repeat(10_000);
    parse(text);
  });

  it('20,000 boilerplate-like lines with indentation and blank lines', () => {
    const text = '    (Reporting by Jane Doe; Editing by John Roe)\n\n    Reuter\n  -30-\n'.repeat(5_000);
    for (const layout of ['auto', 'indent'] as const) parse(text, { layout });
  });
});

const gold = join(import.meta.dirname, '..', '..', 'shared', 'gold');
const goldFiles = existsSync(gold) ? readdirSync(gold).filter((name) => name.endsWith('.jsonl')) : [];

describe('the gold corpora in ../shared/gold/', () => {
  if (goldFiles.length === 0) {
    it.skip('skipped: ../shared/gold/ is absent', () => {});
    return;
  }
  for (const file of goldFiles) {
    it(`every item of ${file} parses losslessly with valid positions`, () => {
      const lines = readFileSync(join(gold, file), 'utf8').split('\n').filter((line) => line.trim() !== '');
      let parsed = 0;
      for (const line of lines) {
        const { id, text } = JSON.parse(line) as { id: string; text: string };
        try {
          parse(text);
        } catch (error) {
          throw new Error(`${file} item ${id}: ${(error as Error).message}`);
        }
        parsed += 1;
      }
      expect(parsed).toBe(lines.length);
    }, 120_000);
  }
});
