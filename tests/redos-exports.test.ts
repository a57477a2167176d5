/**
 * ReDoS, part two (issue 6): recheck finds no super-linear backtracking in
 * any RegExp a module of src/ exports (the boilerplate catalogue as it runs
 * on hard-wrapped blocks among them), and every `new RegExp` can be reached
 * for checking. Part one is `redos-literals.test.ts`; how the expressions
 * are found and checked: `helpers/regexes.ts`.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_IN_PATTERNS } from '../src/furniture/boilerplate.js';
import { allTokens } from '../src/lexer/index.js';
import { dynamicSites, exported, exportedRegExps, SLOW, srcRoot, VerdictCache, verdictCacheFile } from './helpers/regexes.js';

// Verdicts already proven safe are kept in tests/redos-cache/ (keyed by a hash of the expression); CI checks all.
const cache = new VerdictCache(verdictCacheFile('exports'));
afterAll(() => cache.save());

describe('exported regular expressions of src/', () => {
  it('every `new RegExp` is reachable for checking: exported, or a token pattern', async () => {
    // The linear-time engine of users' patterns builds a RegExp per single character of a pattern (`^(?:[a-z])$`)
    // and one for `\w`: each runs on one character of text, so none can backtrack. Exactly these two sites.
    const oneCharacter = dynamicSites.filter((site) => site.startsWith('furniture/linear-pattern.ts:'));
    expect(oneCharacter).toHaveLength(2);
    for (const site of dynamicSites.filter((entry) => !oneCharacter.includes(entry))) {
      const file = site.slice(0, site.lastIndexOf(':'));
      const module = (await import(join(srcRoot, file))) as Record<string, unknown>;
      const reachable = exportedRegExps(module).length > 0 || (file.startsWith('lexer/') && allTokens.some((type) => type.PATTERN instanceof RegExp));
      expect(reachable, `${site}: export the RegExp (or add it to the token table) so tests/redos-exports.test.ts can check it`).toBe(true);
    }
  });

  it('the exported ones are found (the boilerplate catalogue as it runs among them)', () => {
    expect(exported.length).toBeGreaterThanOrEqual(BUILT_IN_PATTERNS.length);
    expect(exported.some(([where]) => where.startsWith('furniture/boilerplate.ts'))).toBe(true);
  });

  it.each(exported)('exported by %s: %s cannot backtrack super-linearly', (_, __, regex) => {
    expect(cache.verdict(regex)).toBe('safe');
  }, SLOW);
});
