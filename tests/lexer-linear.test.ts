/**
 * Linear time (issue 6) of the lexers' hand-written matchers, which no ReDoS
 * checker can read: both lexers are timed on worst-case strings, 100k
 * characters against 10k (linear gives about 10, quadratic about 100, the
 * limit is 50; each time is the best of three rounds, and a case over the
 * limit is measured again up to three more times, since noise only ever adds
 * time while a quadratic case fails every time). The regular expressions are
 * checked without a clock, by recheck (`redos-*.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeArticle } from '../src/lexer/index.js';

/** Worst-case candidates of length `size`: runs of one character or a pair, with and without a failing end. */
function candidates(chars: string[], size: number): string[][] {
  const shapes: string[][] = [];
  for (const char of chars) shapes.push([char, '']), shapes.push([char, '\u0000']);
  const letters = chars.slice(0, 24);
  for (const first of letters) for (const second of letters) if (first !== second) shapes.push([first + second, '\u0000']);
  return shapes.map(([unit, end]) => [unit!.repeat(Math.ceil(size / unit!.length)).slice(0, size - end!.length) + end!, unit!]);
}

/** Milliseconds per call: calls repeated until 10 ms have passed, best of three such rounds (noise only adds time). */
function timeOf(action: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round += 1) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      action();
      calls += 1;
      elapsed = performance.now() - start;
    } while (elapsed < 10);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/**
 * The 100k/10k time ratio of `run` on runs of `unit`. A ratio over the limit
 * is measured again, up to three more times: noise only ever adds time, so
 * one good measurement settles it, while a super-linear case fails them all.
 */
function ratioOn(unit: string, run: (text: string) => void): number {
  const short = unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 9_999) + '\u0000';
  const long = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 99_999) + '\u0000';
  run(long); // warm-up
  let ratio = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 4 && ratio >= LIMIT; attempt += 1) {
    ratio = Math.min(ratio, timeOf(() => run(long)) / timeOf(() => run(short)));
  }
  return ratio;
}

/** The worst 100k/10k time ratio of `run` over the candidate strings (the three slowest at 10k are timed properly). */
function worstRatio(chars: string[], run: (text: string) => void): { ratio: number; unit: string } {
  const small = candidates(chars, 10_000).map(([text, unit]) => {
    // A quick screen: one call each; the slowest few are timed properly.
    const start = performance.now();
    run(text!);
    return { unit: unit!, time: performance.now() - start };
  });
  small.sort((a, b) => b.time - a.time);
  let worst = { ratio: 0, unit: '' };
  for (const { unit } of small.slice(0, 3)) {
    const ratio = ratioOn(unit, run);
    if (ratio > worst.ratio) worst = { ratio, unit };
  }
  return worst;
}

// Linear is ~10; quadratic ~100.
const LIMIT = 50;

describe('the timer', () => {
  it('tells a quadratic matcher from a linear one', () => {
    const quadratic = (text: string): void => {
      // Every start rescans the rest of the text, as a backtracking lexer would.
      let sum = 0;
      for (let start = 0; start < text.length; start += 1) for (let index = start; index < text.length; index += 1) sum += text.charCodeAt(index);
      if (sum < 0) throw new Error('unreachable');
    };
    const linear = (text: string): void => {
      let sum = 0;
      for (let index = 0; index < text.length; index += 1) sum += text.charCodeAt(index);
      if (sum < 0) throw new Error('unreachable');
    };
    expect(worstRatio(['a'], linear).ratio).toBeLessThan(LIMIT);
    // Smaller sizes keep the quadratic case quick: 1k against 10k.
    const short = 'a'.repeat(1_000);
    const long = 'a'.repeat(10_000);
    quadratic(long);
    // A busy machine can slow one timing and not the other: up to three tries, as growthRatio does for the linear side.
    let ratio = 0;
    for (let attempt = 0; attempt < 3 && ratio <= LIMIT; attempt += 1) ratio = Math.max(ratio, timeOf(() => quadratic(long)) / timeOf(() => quadratic(short)));
    expect(ratio).toBeGreaterThan(LIMIT);
  });
});

describe('the lexers', () => {
  const lexerChars = ['a', 'Z', '7', ' ', '\t', '\n', '\r', "'", '\u2019', '"', '-', '\u2011', ',', '.', ':', 's', '`', '\u201c', '\u00ab', '\u00a0', '\ud800', '😀'];
  const lexers = [
    ['the word-level lexer', tokenize],
    ['the article lexer (prose runs)', tokenizeArticle],
  ] as const;

  it.each(lexers)('%s (hand-written matchers included) tokenises in linear time', (_, lex) => {
    const { ratio, unit } = worstRatio(lexerChars, (text) => lex(text));
    expect(ratio, `worst on runs of ${JSON.stringify(unit)}`).toBeLessThan(LIMIT);
  });

  it.each(lexers)("%s: apostrophe, joiner and space chains stay linear: a'a'a…, 1,1,1…, troops' troops' …, 'n' 'n' …", (_, lex) => {
    for (const unit of ["a'", 'a-', '1,', '1.', "troops' ", "'n' ", "'90s ", "s' a", 'a ', 'a, ', '1 ', 'a  \n', '` ', "''a"]) {
      expect(ratioOn(unit, (text) => lex(text)), JSON.stringify(unit)).toBeLessThan(LIMIT);
    }
  });
});
