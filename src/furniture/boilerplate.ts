/**
 * Boilerplate: classifies a block against the catalogue of forms
 * (`boilerplate-forms.ts`) and the user's own patterns.
 *
 * Cheap on prose: a block longer than {@link MAX_BOILERPLATE_LENGTH} is never
 * boilerplate, and the built-in forms are indexed by the character they can
 * start with, so an ordinary paragraph meets only two or three forms, most
 * of which a `contains` test turns away before any pattern runs.
 *
 * @module
 */
import type { BoilerplateKind } from '../types.js';
import { BUILT_IN_FORMS, type BoilerplateForm } from './boilerplate-forms.js';
import type { PatternMatcher } from './linear-pattern.js';

/** Blocks longer than this (in UTF-16 code units) are never boilerplate. */
export const MAX_BOILERPLATE_LENGTH = 600;

/**
 * A user's boilerplate form (see `ParseOptions.boilerplate`): blocks whose
 * text matches `pattern` become `boilerplate` of this `kind`.
 *
 * @example
 * ```ts
 * import { parseArticle, type BoilerplatePattern } from 'wirecopy';
 * const promo: BoilerplatePattern = { kind: 'newsletter', pattern: /^Get the Morning Wire\b/ };
 * parseArticle('Story.\n\nGet the Morning Wire every day.', { boilerplate: [promo] });
 * ```
 */
export interface BoilerplatePattern {
  /** The kind a matching block gets. */
  kind: BoilerplateKind;
  /** Tested against the block's text, line breaks folded into spaces and trimmed. */
  pattern: RegExp;
}

/**
 * A user's boilerplate form as the option checks leave it: the pattern without the flags `g` and `y`, and its
 * linear-time matcher, which is what runs.
 *
 * @example
 * ```ts
 * import type { ResolvedBoilerplatePattern } from 'wirecopy';
 * const form: ResolvedBoilerplatePattern = { kind: 'related', pattern: /^More$/, matcher: { test: (text) => text === 'More' } };
 * ```
 */
export interface ResolvedBoilerplatePattern extends BoilerplatePattern {
  /** The pattern compiled for the linear-time engine (see `docs/furniture.md`). */
  readonly matcher: PatternMatcher;
}

/** A form ready to run: every field present, so the hot loop meets one object shape. */
export interface RunnableForm {
  /** The kind a matching block gets. */
  readonly kind: BoilerplateKind;
  /** The pattern as it runs: a built-in `RegExp`, or a user's pattern in the linear-time engine. */
  readonly pattern: PatternMatcher;
  /** Longest block the form can match. */
  readonly maxLength: number;
  /** Strings one of which the block must contain, or `null`. */
  readonly contains: readonly string[] | null;
  /** Strings one of which the block must end with, or `null`. */
  readonly ends: readonly string[] | null;
  /** Test against the folded text (user patterns) rather than the raw block. */
  readonly folded: boolean;
}

/** A compiled catalogue: forms by first character, and forms for any first character. */
export interface Catalogue {
  /** Forms that may start with a given UTF-16 code unit. */
  readonly byFirst: ReadonlyMap<number, readonly RunnableForm[]>;
  /** Forms tried on every block (user patterns first, then built-ins without `first`). */
  readonly anyFirst: readonly RunnableForm[];
}

/**
 * Rewrites a built-in pattern, written for one-line text, so that it also
 * matches a hard-wrapped block as it stands: a space may be any run of white
 * space (line breaks included; ` ?` and ` *` any white space at all) and `.`
 * any character. This spares ordinary
 * hard-wrapped paragraphs the cost of folding their line breaks.
 */
export function lineBreakTolerant(pattern: RegExp): RegExp {
  const source = pattern.source;
  let result = '';
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    if (char === '\\') {
      result += char + (source[index + 1] ?? '');
      index += 1;
    } else if (inClass) {
      if (char === ']') inClass = false;
      result += char === ' ' ? '\\s' : char;
    } else if (char === '[') {
      inClass = true;
      result += char;
    } else if (char === ' ') {
      // ` ` -> one or more white space; ` ?` and ` *` -> any white space; ` +` stays one or more.
      const next = source[index + 1];
      if (next === '?' || next === '*' || next === '+') index += 1;
      result += next === '?' || next === '*' ? '\\s*' : '\\s+';
    } else if (char === '.') {
      result += '[^]';
    } else {
      result += char;
    }
  }
  return new RegExp(result, pattern.flags);
}

function runnable(form: BoilerplateForm, pattern: PatternMatcher, folded: boolean): RunnableForm {
  return {
    kind: form.kind,
    pattern,
    maxLength: form.maxLength ?? MAX_BOILERPLATE_LENGTH,
    contains: form.contains ?? null,
    ends: form.ends ?? null,
    folded,
  };
}

function compile(user: readonly ResolvedBoilerplatePattern[]): Catalogue {
  const byFirst = new Map<number, RunnableForm[]>();
  const anyFirst: RunnableForm[] = user.map((entry) => runnable(entry, entry.matcher, true));
  BUILT_IN_FORMS.forEach((form, index) => {
    const compiled = runnable(form, BUILT_IN_PATTERNS[index]!, false);
    if (form.first === undefined) {
      anyFirst.push(compiled);
      return;
    }
    for (let offset = 0; offset < form.first.length; offset += 1) {
      const code = form.first.charCodeAt(offset);
      let list = byFirst.get(code);
      if (!list) byFirst.set(code, (list = []));
      if (!list.includes(compiled)) list.push(compiled);
    }
  });
  return { byFirst, anyFirst };
}

/**
 * The built-in patterns as they run (line-break tolerant), in catalogue
 * order; exported so the regular-expression tests can check each for linear
 * time.
 *
 * @example
 * ```ts
 * BUILT_IN_PATTERNS.every((pattern) => pattern instanceof RegExp); // true
 * ```
 */
export const BUILT_IN_PATTERNS: readonly RegExp[] = BUILT_IN_FORMS.map((form) => lineBreakTolerant(form.pattern));

const builtIn = compile([]);

/**
 * A copy of a user's pattern without the stateful flags `g` and `y`, so
 * `lastIndex` never carries over from one block to the next.
 *
 * @example
 * ```ts
 * statelessPattern(/^Tail$/gi).flags; // 'i'
 * ```
 */
export function statelessPattern(pattern: RegExp): RegExp {
  const flags = pattern.flags.replace(/[gy]/g, '');
  return flags === pattern.flags ? pattern : new RegExp(pattern.source, flags);
}

/**
 * The catalogue for a parse: the built-in one, or one with the user's
 * patterns tried first.
 *
 * @param user The user's patterns, validated and compiled by the option checks.
 */
export function catalogue(user: readonly ResolvedBoilerplatePattern[]): Catalogue {
  return user.length === 0 ? builtIn : compile(user);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0xfeff || code === 12 || code === 11;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * Folds each line break (`\r\n`, `\r` or `\n`) with the spaces and tabs
 * around it into one space, in one linear pass (the regular expression
 * `/[ \t]*(?:\r\n?|\n)[ \t]*\/g` would rescan long runs of spaces).
 *
 * @example
 * ```ts
 * fold('Associated Press writer Jane Doe \n  contributed.'); // 'Associated Press writer Jane Doe contributed.'
 * ```
 */
export function fold(text: string): string {
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
  let result = '';
  let from = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code !== 10 && code !== 13) {
      index += 1;
      continue;
    }
    let before = index;
    while (before > from && isBlank(text.charCodeAt(before - 1))) before -= 1;
    let after = index + (code === 13 && text.charCodeAt(index + 1) === 10 ? 2 : 1);
    while (after < text.length && isBlank(text.charCodeAt(after))) after += 1;
    result += `${text.slice(from, before)} `;
    from = after;
    index = after;
  }
  return result + text.slice(from);
}

/** Whether `form` may match the block `raw`: the cheap tests, before any pattern runs. */
function mayMatch(form: RunnableForm, raw: string): boolean {
  if (raw.length > form.maxLength) return false;
  const ends = form.ends;
  if (ends !== null) {
    let found = false;
    for (let index = 0; index < ends.length && !found; index += 1) found = raw.endsWith(ends[index]!);
    if (!found) return false;
  }
  const contains = form.contains;
  if (contains === null) return true;
  for (let index = 0; index < contains.length; index += 1) if (raw.includes(contains[index]!)) return true;
  return false;
}

/** The first form of `list` that matches, or `undefined`. */
function firstMatch(list: readonly RunnableForm[], raw: string): BoilerplateKind | undefined {
  for (let index = 0; index < list.length; index += 1) {
    const form = list[index]!;
    if (mayMatch(form, raw) && form.pattern.test(form.folded ? fold(raw) : raw)) return form.kind;
  }
  return undefined;
}

/**
 * Classifies one block.
 *
 * @param text The whole input.
 * @param start Offset of the block's first character.
 * @param end Offset just past the block.
 * @param forms The catalogue to use.
 * @returns The block's kind, or `undefined` when it is not boilerplate.
 *
 * @example
 * ```ts
 * classifyBoilerplate('Post a Comment', 0, 14, catalogue([])); // 'comments'
 * ```
 */
export function classifyBoilerplate(text: string, start: number, end: number, forms: Catalogue): BoilerplateKind | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  if (end === start || end - start > MAX_BOILERPLATE_LENGTH) return undefined;
  const candidates = forms.byFirst.get(text.charCodeAt(start));
  if (candidates === undefined && forms.anyFirst.length === 0) return undefined;
  const raw = text.slice(start, end);
  const kind = firstMatch(forms.anyFirst, raw);
  return kind !== undefined || candidates === undefined ? kind : firstMatch(candidates, raw);
}
