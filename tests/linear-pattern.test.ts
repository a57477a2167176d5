/**
 * The linear-time engine of users' boilerplate patterns (src/furniture/linear-pattern.ts) against JavaScript's own
 * `RegExp`: the same yes or no on random patterns and texts, the refusals, and time linear in the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearMatcher } from '../src/furniture/linear-pattern.js';

/** Random pattern sources over a small alphabet, from every construct the engine reads. */
const pattern: fc.Arbitrary<string> = fc.letrec<{ expr: string; seq: string; term: string; atom: string }>((tie) => ({
  expr: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('seq'), fc.tuple(tie('seq'), tie('seq')).map(([a, b]) => `${a}|${b}`)),
  seq: fc.array(tie('term'), { minLength: 0, maxLength: 4 }).map((terms) => terms.join('')),
  term: fc.oneof(
    { depthSize: 'small' },
    tie('atom'),
    fc.tuple(tie('atom'), fc.constantFrom('*', '+', '?', '{2}', '{1,3}', '{0,}', '*?', '+?', '{2,}?')).map(([a, q]) => a + q),
    fc.constantFrom('^', '$', '\\b', '\\B'),
  ),
  atom: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('a', 'b', 'A', ' ', '1', '.', '\\d', '\\w', '\\s', '\\S', '[ab]', '[^a]', '[a-c1]', '\\.', '\\n', '\\x41', '\\u0062', 'é', '[]', '[^]'),
    tie('expr').map((inner) => `(?:${inner})`),
    tie('expr').map((inner) => `(${inner})`),
    tie('expr').map((inner) => `(?<n>${inner})`.replace('(?<n>', '(?<g>')),
  ),
})).expr;

const flags = fc.subarray(['i', 'm', 's', 'u'] as const).map((list) => list.join(''));
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', '1', ' ', '\n', '.', 'é', 'É', '😀'), maxLength: 12 });

/** Patterns with more than one named group of one name, or invalid in the `u` mode, are skipped. */
function compiles(source: string, flagSet: string): RegExp | null {
  try {
    return new RegExp(source.replace(/\(\?<g>/g, (_, offset: number) => `(?<g${offset}>`), flagSet);
  } catch {
    return null;
  }
}

describe('the linear-time pattern engine', () => {
  it('says what RegExp says on random patterns and texts', () => {
    fc.assert(
      fc.property(pattern, flags, fc.array(text, { minLength: 1, maxLength: 6 }), (source, flagSet, texts) => {
        const native = compiles(source, flagSet);
        if (!native) return;
        const linear = linearMatcher(native);
        for (const sample of texts) {
          // V8 also tries a match from inside a surrogate pair in the u mode, where \B holds; the engine starts at
          // code points only (what the specification's AdvanceStringIndex says). Nobody anchors boilerplate there.
          if (/\\B/.test(source) && /[\u{10000}-\u{10ffff}]/u.test(sample) && /[uv]/.test(flagSet)) continue;
          expect(linear.test(sample), `/${native.source}/${flagSet} on ${JSON.stringify(sample)}`).toBe(native.test(sample));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it.each([
    [/^more at \S+$/i, 'More at example.com', true],
    [/^more at \S+$/, 'More at example.com', false],
    [/^Story by [A-Z][a-z]+ [A-Z][a-z]+$/, 'Story by Jane Doe', true],
    [/^(?:[A-Z][a-z]+ ){0,5}contributed/, 'Ann Lee Tom contributed to this report.', true],
    [/^\p{Lu}{2,}$/u, 'ÉTÉ', true],
    [/^\p{Lu}{2,}$/u, 'Été', false],
    [/^.$/u, '😀', true],
    [/^.$/, '😀', false],
    [/^a.b$/s, 'a\nb', true],
    [/^a.b$/, 'a\nb', false],
    [/^b$/m, 'a\nb\nc', true],
    [/^b$/, 'a\nb\nc', false],
    [/\bcat\b/, 'a cat sat', true],
    [/\bcat\b/, 'concatenate', false],
    [/^(?:ab){3}$/, 'ababab', true],
    [/^(?:ab){3}$/, 'abababab', false],
    [new RegExp('^[\\p{L}--[a-z]]+$', 'v'), 'ABÉ', true],
    [new RegExp('^[\\p{L}--[a-z]]+$', 'v'), 'AbÉ', false],
  ])('%s on %j is %s', (regexp, sample, expected) => {
    expect(regexp.test(sample)).toBe(expected);
    expect(linearMatcher(regexp).test(sample)).toBe(expected);
  });

  it.each([
    ['a lookahead', /^a(?=b)/, /lookaround/],
    ['a negative lookahead', /^a(?!b)/, /lookaround/],
    ['a lookbehind', /(?<=a)b/, /lookaround/],
    ['a negative lookbehind', /(?<!a)b/, /lookaround/],
    ['a backreference', /^(ab)\1$/, /backreference/],
    ['a named backreference', /^(?<x>ab)\k<x>$/, /backreference/],
    ['a repetition too large to copy out', /^(?:(?:ab){1000}){1000}$/, /states/],
  ])('refuses %s', (_, regexp, message) => {
    expect(() => linearMatcher(regexp)).toThrow(SyntaxError);
    expect(() => linearMatcher(regexp)).toThrow(message);
  });

  it('takes time linear in the text on a catastrophic pattern (4x the text, well under 16x the time, the quadratic figure)', () => {
    // A backtracking engine takes 2^n steps on /^(a+)+$/ against a run of n a's and a '!'. Best of five timings of
    // each size, so a pause of the shared machine does not count.
    const matcher = linearMatcher(/^(a+)+$/);
    const time = (n: number) => {
      const sample = `${'a'.repeat(n)}!`;
      let best = Infinity;
      for (let round = 0; round < 5; round += 1) {
        const start = performance.now();
        for (let run = 0; run < 10; run += 1) expect(matcher.test(sample)).toBe(false);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    time(2000);
    // Linear is 4; a quadratic engine would give 16 and a backtracking one would not finish. 10 leaves room for noise.
    expect(time(8000) / Math.max(time(2000), 0.01)).toBeLessThan(10);
  });
});
