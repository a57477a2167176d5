/**
 * ReDoS, part one (issue 6): recheck finds no super-linear backtracking in
 * any regular-expression literal of src/ or any token pattern. Part two,
 * `redos-exports.test.ts`, checks the exported expressions (the checks take
 * a minute or so in all, so they are split in two files that vitest may run
 * in parallel). How the expressions are found and checked:
 * `helpers/regexes.ts`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allTokens } from '../src/lexer/index.js';
import { literals, SLOW, verdict, VerdictCache, verdictCacheFile, verdictKey } from './helpers/regexes.js';

// Verdicts already proven safe are kept in tests/redos-cache/ (keyed by a hash of the expression); CI checks all.
const cache = new VerdictCache(verdictCacheFile('literals'));
afterAll(() => cache.save());

describe('the check itself', () => {
  it('recheck flags the classic traps and passes their linear forms', () => {
    // /\s+$/ retries the whole run of spaces from every start: the trim-end trap.
    expect(verdict(/\s+$/)).toMatch(/^vulnerable \(polynomial, degree 2\)/);
    expect(verdict(/^(a+)+$/)).toMatch(/^vulnerable \(exponential\)/);
    // Two overlapping runs split every possible way, anchored at the start: quadratic on one attempt.
    expect(verdict(/^Get\s+[^]*?coverage/)).toMatch(/^vulnerable \(polynomial, degree 2\)/);
    expect(verdict(/^\S\s+$/)).toBe('safe');
  }, SLOW);

  // The bounded form of the same trap is found by recheck's fuzzer only, in 15 s or more here: CI runs it.
  it.runIf(Boolean(process.env.CI))('recheck flags the bounded overlapping runs and passes their linear form (CI)', () => {
    expect(verdict(/^Get\s+[^]{0,60}?coverage/)).toMatch(/^vulnerable/);
    expect(verdict(/^Get\s+(?:\S[^]{0,59}?)?coverage/)).toBe('safe');
  }, SLOW);

  it('the verdict cache cannot hide a new or changed expression', () => {
    const folder = mkdtempSync(join(tmpdir(), 'wirecopy-redos-'));
    try {
      const file = join(folder, 'cache.json');
      // A cache that knows the safe /^\S\s+$/, and (as if tampered with) nothing else.
      writeFileSync(file, JSON.stringify({ safe: [verdictKey(/^\S\s+$/)] }));
      const checked: string[] = [];
      const probe = new VerdictCache(file, (regex) => {
        checked.push(String(regex));
        return verdict(regex);
      });
      expect(probe.verdict(/^\S\s+$/)).toBe('safe');
      expect(checked).toStrictEqual([]);
      // The same pattern changed into an unsafe one, and the same source with other flags: both go to recheck.
      expect(probe.verdict(/^\S\s+\s+$/)).toMatch(/^vulnerable/);
      expect(probe.verdict(/^\S\s+$/m)).toBe('safe');
      expect(checked).toStrictEqual(['/^\\S\\s+\\s+$/', '/^\\S\\s+$/m']);
      // Only safe verdicts are stored, and a recheck upgrade changes every key.
      probe.save();
      const saved = (JSON.parse(readFileSync(file, 'utf8')) as { safe: string[] }).safe;
      expect(saved).toStrictEqual([verdictKey(/^\S\s+$/), verdictKey(/^\S\s+$/m)].sort());
      expect(saved).not.toContain(verdictKey(/^\S\s+\s+$/));
      expect(verdictKey(/^\S\s+$/, '0.0.0')).not.toBe(verdictKey(/^\S\s+$/));
      // No file (CI): nothing is answered from a cache.
      const uncached = new VerdictCache(undefined, () => 'computed');
      expect(uncached.verdict(/^\S\s+$/)).toBe('computed');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, SLOW);

  it('CI reads no cache', () => {
    const saved = process.env.CI;
    try {
      process.env.CI = 'true';
      expect(verdictCacheFile('literals')).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.CI;
      else process.env.CI = saved;
    }
  });
});

describe('regular-expression literals in src/', () => {
  it('are found (the scan sees the known ones)', () => {
    expect(literals.some((found) => found.where.startsWith('lexer/'))).toBe(true);
    expect(literals.some((found) => found.where.startsWith('furniture/boilerplate-forms.ts'))).toBe(true);
  });

  it.each(literals.map((found) => [`${found.where} ${String(found.regex).slice(0, 60)}`, found.regex] as const))('literal %s cannot backtrack super-linearly', (_, regex) => {
    expect(cache.verdict(regex)).toBe('safe');
  }, SLOW);
});

describe('the token table', () => {
  it.each(allTokens.filter((type) => type.PATTERN instanceof RegExp).map((type) => [type.name, type.PATTERN as RegExp] as const))('pattern of %s cannot backtrack super-linearly', (_, regex) => {
    expect(cache.verdict(regex)).toBe('safe');
  }, SLOW);
});
