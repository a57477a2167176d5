/**
 * Errors a user can act on (issue 6, library side): a non-string article or
 * invalid options throw a TypeError or RangeError whose message names the
 * argument or option and what was expected. A string never throws.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** Calls parseArticle with values TypeScript would reject, as JavaScript callers can. */
const call = (text: unknown, options?: unknown) => () => parseArticle(text as string, options as never);

describe('the article argument', () => {
  it.each([
    ['undefined', undefined, /got undefined/],
    ['null', null, /got null/],
    ['a number', 42, /got number 42/],
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
