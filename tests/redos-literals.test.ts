/**
 * ReDoS, part one (issue 6): recheck finds no super-linear backtracking in
 * any regular-expression literal of src/ or any token pattern. Part two,
 * `redos-exports.test.ts`, checks the exported expressions (the checks take
 * a minute or so in all, so they are split in two files that vitest may run
 * in parallel). How the expressions are found and checked:
 * `helpers/regexes.ts`.
 */
import { describe, expect, it } from 'vitest';
import { allTokens } from '../src/lexer/index.js';
import { literals, SLOW, verdict } from './helpers/regexes.js';

describe('the check itself', () => {
  it('recheck flags the classic traps and passes their linear forms', () => {
    // /\s+$/ retries the whole run of spaces from every start: the trim-end trap.
    expect(verdict(/\s+$/)).toMatch(/^vulnerable \(polynomial, degree 2\)/);
    expect(verdict(/^(a+)+$/)).toMatch(/^vulnerable \(exponential\)/);
    // Two overlapping runs split every possible way, anchored at the start: quadratic on one attempt.
    expect(verdict(/^Get\s+[^]{0,60}?coverage/)).toMatch(/^vulnerable/);
    expect(verdict(/^\S\s+$/)).toBe('safe');
    expect(verdict(/^Get\s+(?:\S[^]{0,59}?)?coverage/)).toBe('safe');
  }, SLOW);
});

describe('regular-expression literals in src/', () => {
  it('are found (the scan sees the known ones)', () => {
    expect(literals.some((found) => found.where.startsWith('lexer/'))).toBe(true);
    expect(literals.some((found) => found.where.startsWith('furniture/boilerplate-forms.ts'))).toBe(true);
  });

  it.each(literals.map((found) => [`${found.where} ${String(found.regex).slice(0, 60)}`, found.regex] as const))('literal %s cannot backtrack super-linearly', (_, regex) => {
    expect(verdict(regex)).toBe('safe');
  }, SLOW);
});

describe('the token table', () => {
  it.each(allTokens.filter((type) => type.PATTERN instanceof RegExp).map((type) => [type.name, type.PATTERN as RegExp] as const))('pattern of %s cannot backtrack super-linearly', (_, regex) => {
    expect(verdict(regex)).toBe('safe');
  }, SLOW);
});
