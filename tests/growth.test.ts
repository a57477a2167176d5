/**
 * Growth checks for the shapes of issue 16 that were quadratic (or overflowed the stack) in the attribution pass
 * and in `speakers()`: each compares N with 4N in one process (see `helpers/growth.ts`).
 */
import { describe, expect, it } from 'vitest';
import { attributions, parseArticle, quotations, speakers } from '../src/index.js';
import { GROWTH_LIMIT, growthRatio } from './helpers/growth.js';

// Each check parses up to 2 MB several times: a few seconds alone, but 40-50 s in `.ci/run`, where CI=true rechecks
// every ReDoS verdict beside it on the two shared cores. The limit is the harness's; the ratio is what is tested.
describe('growth (N against 4N)', { timeout: 120_000 }, () => {
  it('a running quote over many paragraphs, closed by another speaker, stays linear (shareAcrossPieces)', () => {
    const make = (n: number): string => `"Hi," Jones said.\n\n${'"We are ready\n\n'.repeat(n)}"The end," Smith said.\n`;
    const tree = parseArticle(make(3));
    // Every piece of the running quote goes to Smith, whose own cue credits its last piece.
    expect(quotations(tree).slice(1).map((record) => record.speaker)).toEqual(['Smith', 'Smith', 'Smith', 'Smith']);
    expect(growthRatio(make, (text) => parseArticle(text), 16_000)).toBeLessThan(GROWTH_LIMIT);
  });

  it('one long sentence of participle cues stays linear (assignQuotes)', () => {
    const make = (n: number): string => 'Smith spoke, adding "a b c" and '.repeat(n);
    const records = quotations(parseArticle(make(3)));
    expect(records.map((record) => [record.speaker, record.lemma])).toEqual([['Smith', 'add'], ['Smith', 'add'], ['Smith', 'add']]);
    expect(growthRatio(make, (text) => parseArticle(text), 16_000)).toBeLessThan(GROWTH_LIMIT);
  });

  it('one long sentence of reported speech stays linear (the content rules)', () => {
    const make = (n: number): string => 'Smith said the plan failed, adding that the vote was close and Jones believes the talks will resume, '.repeat(n);
    const records = attributions(parseArticle(make(2)));
    expect(records.every((record) => record.kind === 'indirect')).toBe(true);
    expect(records.filter((record) => record.text !== '').length).toBeGreaterThan(2);
    expect(growthRatio(make, (text) => parseArticle(text), 4_000)).toBeLessThan(GROWTH_LIMIT);
  });

  it('one paragraph of many sentences of reported speech stays linear (findSources reads each sentence\'s attributions once)', () => {
    const make = (n: number): string => 'Smith said the vote was close. Jones believes the talks will resume. '.repeat(n);
    const records = attributions(parseArticle(make(2)));
    expect(records.map((record) => [record.speaker, record.lemma, record.text])).toEqual([
      ['Smith', 'say', 'the vote was close'],
      ['Jones', 'believe', 'the talks will resume'],
      ['Smith', 'say', 'the vote was close'],
      ['Jones', 'believe', 'the talks will resume'],
    ]);
    expect(growthRatio(make, (text) => parseArticle(text), 4_000)).toBeLessThan(GROWTH_LIMIT);
  });

  it('speakers() of one speaker with many quotations stays linear', () => {
    const make = (n: number) => parseArticle('"We are ready, all of us," Smith said.\n\n'.repeat(n));
    const [record] = speakers(make(3));
    expect(record?.quotations).toEqual(['q1', 'q2', 'q3']);
    // Three calls per timing: one call on the small tree takes a few milliseconds, where noise weighs most.
    const run = (tree: ReturnType<typeof make>): void => {
      for (let round = 0; round < 3; round += 1) speakers(tree);
    };
    // The same nodes read by a plain walk: what the tree's size alone costs (see growthRatio).
    const walk = (tree: ReturnType<typeof make>): void => {
      let count = 0;
      for (let round = 0; round < 3; round += 1) {
        for (const block of tree.children) {
          if (block.type !== 'paragraph') continue;
          for (const child of block.children) if (child.type === 'attribution') count += child.quotations.length + child.children.length;
        }
      }
      if (count < 0) throw new Error('unreachable');
    };
    expect(growthRatio(make, run, 5000, walk)).toBeLessThan(GROWTH_LIMIT);
  });

  it('200,000 floating quotes after an attribution neither overflow the stack nor grow faster than linear', () => {
    const make = (n: number): string => `"We are ready," John Smith said.\n${'"a" '.repeat(n)}`;
    const tree = parseArticle(make(200_000));
    expect(tree.diagnostics.length).toBeGreaterThanOrEqual(0);
    const records = quotations(tree);
    expect(records).toHaveLength(200_001);
    expect(growthRatio(make, (text) => parseArticle(text), 10_000)).toBeLessThan(GROWTH_LIMIT);
  });
});
