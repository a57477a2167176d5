/**
 * Users' boilerplate patterns run in a linear-time engine (re2js, a port of RE2), so no pattern a user writes can
 * hang a parse the way a backtracking `RegExp` like `/^(a+)+$/` does on a 40-character block.
 *
 * @module
 */
import { RE2JS } from 're2js';

/**
 * What the boilerplate catalogue needs of a pattern: a yes or no for one block. A built-in `RegExp` (checked for
 * linear time by the ReDoS tests) and a user's pattern compiled by the linear-time engine both fit.
 *
 * @example
 * ```ts
 * const matcher: PatternMatcher = /^Reuter$/;
 * matcher.test('Reuter'); // true
 * ```
 */
export interface PatternMatcher {
  /** Whether the pattern matches somewhere in `text` (as `RegExp.prototype.test` without `g` or `y`). */
  test(text: string): boolean;
}

/**
 * Compiles a JavaScript `RegExp` into a matcher that runs in time linear in its input. The flags `i`, `m`, `s` and
 * `u` keep their meaning; `g` and `y` are ignored. Lookaround and backreferences cannot run in linear time: such a
 * pattern is refused.
 *
 * @param pattern The user's pattern.
 * @returns The linear-time matcher.
 * @throws {SyntaxError} when the pattern uses what a linear-time engine cannot run; the message says what.
 *
 * @example
 * ```ts
 * linearMatcher(/^(a+)+$/).test(`${'a'.repeat(40)}!`); // false, at once
 * linearMatcher(/^more at \S+$/i).test('More at example.com'); // true
 * ```
 */
export function linearMatcher(pattern: RegExp): PatternMatcher {
  let compiled: ReturnType<typeof RE2JS.compile>;
  try {
    compiled = RE2JS.compile(RE2JS.translateRegExp(pattern));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SyntaxError(`${reason} (user patterns run in a linear-time engine, which has no lookaround and no backreferences)`);
  }
  return { test: (text: string) => compiled.test(text) };
}
