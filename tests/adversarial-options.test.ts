/**
 * Errors a user can act on (issue 6, library side): a non-string article or
 * invalid options throw a TypeError or RangeError whose message names the
 * argument or option and what was expected. A string never throws.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, quotations } from '../src/index.js';

/** Calls parseArticle with values TypeScript would reject, as JavaScript callers can. */
const call = (text: unknown, options?: unknown) => () => parseArticle(text as string, options as never);

describe('the article argument', () => {
  it.each([
    ['undefined', undefined, /got undefined/],
    ['null', null, /got null/],
    ['a number', 42, /got a number/],
    ['a Buffer-like object', new Uint8Array([34, 65]), /got an object/],
    ['an array', ['a'], /got an array/],
    ['a String object', new String('text'), /got an object/],
  ])('rejects %s with a TypeError that says a string was expected', (_, value, got) => {
    expect(call(value)).toThrow(TypeError);
    expect(call(value)).toThrow(/parseArticle: expected the article text as a string/);
    expect(call(value)).toThrow(got);
  });
});

describe('options', () => {
  it('accepts undefined, an empty object and undefined values', () => {
    expect(call('text')).not.toThrow();
    expect(call('text', {})).not.toThrow();
    expect(call('text', { layout: undefined })).not.toThrow();
  });

  it.each([
    ['null', null],
    ['a string', 'line'],
    ['an array', ['line']],
    ['a number', 3],
  ])('rejects options that are %s with a TypeError', (_, options) => {
    expect(call('text', options)).toThrow(TypeError);
    expect(call('text', options)).toThrow(/options must be an object/);
  });

  it('rejects an unknown key, naming it and the known options', () => {
    expect(call('text', { layuot: 'line' })).toThrow(TypeError);
    expect(call('text', { layuot: 'line' })).toThrow(/unknown option "layuot".*known options: .*layout/);
  });

  it.each([
    ['a misspelt layout', { layout: 'lines' }, /options\.layout must be one of auto, line, blank, indent, got the string "lines"/],
    ['a layout of the wrong type', { layout: 1 }, /options\.layout must be one of .*got number 1/],
    ['a fractional depth', { maxQuotationDepth: 2.5 }, /options\.maxQuotationDepth must be an integer, got number 2\.5/],
    ['a depth given as a string', { maxQuotationDepth: '5' }, /options\.maxQuotationDepth must be an integer, got the string "5"/],
    ['NaN as depth', { maxQuotationDepth: Number.NaN }, /options\.maxQuotationDepth must be an integer/],
  ])('rejects %s with a TypeError naming the option and what was expected', (_, options, message) => {
    expect(call('text', options)).toThrow(TypeError);
    expect(call('text', options)).toThrow(message);
  });

  it.each([0, -1, 101, 1001, 1e9])('rejects maxQuotationDepth %s with a RangeError giving the range', (depth) => {
    expect(call('text', { maxQuotationDepth: depth })).toThrow(RangeError);
    expect(call('text', { maxQuotationDepth: depth })).toThrow(/options\.maxQuotationDepth must be from 1 to 100/);
  });

  it('checks options even for an empty article', () => {
    expect(call('', { layout: 'none' })).toThrow(TypeError);
  });
});

describe('options the checks used to let through (issue 16, item 7)', () => {
  it('rejects a sparse cues array at the hole, with the index, instead of failing later inside the parser', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = ['opine', , 'aver'];
    expect(call('“Yes,” she opined.', { cues: sparse })).toThrow(TypeError);
    expect(call('“Yes,” she opined.', { cues: sparse })).toThrow(/options\.cues\[1\] must be a string, got undefined/);
  });

  it('rejects a sparse boilerplate array at the hole, with the index', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, { kind: 'related', pattern: /^More$/ }];
    expect(call('Story.\n\nMore', { boilerplate: sparse })).toThrow(TypeError);
    expect(call('Story.\n\nMore', { boilerplate: sparse })).toThrow(/options\.boilerplate\[0\] must be an object/);
  });

  it('accepts a cue with a verb and its particle written with several spaces, as the normalised lemma', () => {
    const tree = parseArticle('“Nothing works,” the mayor opined about the plan.', { cues: ['opine  about'] });
    expect(quotations(tree).map((quote) => quote.lemma)).toStrictEqual(['opine about']);
    expect(call('text', { cues: ['opine\tabout'] })).not.toThrow();
  });

  it('still rejects a cue of three words', () => {
    expect(call('text', { cues: ['opine about it'] })).toThrow(RangeError);
  });
});

describe('user boilerplate patterns run in linear time (issue 16, item 7)', () => {
  it('a catastrophic-backtracking pattern does not hang a parse: 4x the block takes about 4x the time', () => {
    // /^(a+)+$/ takes 2^n steps in a backtracking engine: at 40 characters, minutes. In a linear-time engine the
    // time grows with the block; compare 100 and 400 characters in one process (generous ratio, one retry).
    const options = { boilerplate: [{ kind: 'other' as const, pattern: /^(a+)+$/ }] };
    const block = (n: number) => `Story.\n\n${'a'.repeat(n)}!\n`;
    const time = (n: number) => {
      const start = performance.now();
      for (let run = 0; run < 20; run += 1) parseArticle(block(n), options);
      return performance.now() - start;
    };
    time(100);
    let ratio = time(400) / Math.max(time(100), 0.01);
    if (ratio > 8) ratio = time(400) / Math.max(time(100), 0.01);
    expect(ratio).toBeLessThan(8);
    expect(parseArticle(`Story.\n\n${'a'.repeat(40)}\n`, options).children.at(-2)?.type).toBe('boilerplate');
  });

  it('keeps the flags i, m, s and u', () => {
    const tree = parseArticle('Story.\n\nMORE AT EXAMPLE.COM\n', { boilerplate: [{ kind: 'related', pattern: /^more at \S+$/i }] });
    expect(tree.children.map((node) => node.type)).toContain('boilerplate');
  });

  it.each([
    ['a lookbehind', /(?<=More )at$/],
    ['a backreference', /^(ab)\1$/],
  ])('refuses %s with a RangeError that names the option and says why', (_, pattern) => {
    const options = { boilerplate: [{ kind: 'other', pattern }] };
    expect(call('Story.', options)).toThrow(RangeError);
    expect(call('Story.', options)).toThrow(/options\.boilerplate\[0\]\.pattern .* cannot run in linear time/);
  });
});
