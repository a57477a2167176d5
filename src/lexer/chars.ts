/**
 * Character classes for the lexer's hand-written matchers.
 *
 * One table of 65,536 bytes classifies every UTF-16 code unit, built once
 * from runs of Unicode classes written at build time (`char-runs.ts`). Token patterns themselves never use the `u`
 * flag (Chevrotain cannot optimise those), so the classes live here.
 *
 * @module
 */
import { DIGIT_RUNS, LETTER_RUNS } from './char-runs.js';

/** Bit set for code units that are letters or combining marks (`\p{L}`, `\p{M}`). */
export const LETTER = 1;
/** Bit set for decimal digits (`\p{Nd}`). */
export const DIGIT = 2;
/** Bit set for lower-case ASCII letters (beyond ASCII, see {@link isLower}). */
export const LOWER = 4;
/** Bit set for horizontal white space: exactly the characters of the `Space` token. */
export const SPACE = 8;
/** Bit set for the characters of the single-character quote mark tokens (`"` `'` `“` `”` `‘` `’` `„` `‚` `«` `»` `‹` `›`). */
export const QUOTE = 16;

/** The characters of the single-character quote mark tokens (`tokens.ts`). */
export const QUOTE_MARK_CHARS = '"\'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a';

/**
 * The characters of the `Space` token: spaces, tabs, no-break and other
 * Unicode spaces, zero-width space, BOM, and the separators that do not end
 * a line in unist (`\u2028`, `\u2029`, `\u0085`). The token pattern is built
 * from this class, so the table and the token cannot disagree.
 */
export const SPACE_CLASS = ' \\t\\f\\v\\u00a0\\u1680\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff\\u0085';

/** The escapes a class source may hold besides `\\uXXXX`. */
const ESCAPES: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

/** Classes of every BMP code unit; astral characters (surrogates) have none. */
export const charClass: Uint8Array = buildTable();

function buildTable(): Uint8Array {
  const table = new Uint8Array(65536);
  // Letters and digits from runs written at build time (no property escapes run over a string of 63,488 characters
  // at start-up: about 15 ms); white space from its class. Lower case only for ASCII: `isLower` asks the runtime
  // beyond it (rare in English copy, and the runs of lower case would double the size of the runs module).
  markRuns(table, LETTER_RUNS, LETTER);
  markRuns(table, DIGIT_RUNS, DIGIT);
  for (let code = 97; code <= 122; code += 1) table[code]! |= LOWER;
  markClass(table, SPACE_CLASS, SPACE);
  for (const char of QUOTE_MARK_CHARS) table[char.charCodeAt(0)]! |= QUOTE;
  return table;
}

/**
 * Sets `bit` for every code unit of a regular-expression class written as {@link SPACE_CLASS} is: characters,
 * `\\t`-style escapes and `\\uXXXX`, and ranges of them with `-`.
 */
function markClass(table: Uint8Array, source: string, bit: number): void {
  let at = 0;
  const read = (): number => {
    if (source[at] !== '\\') return source.charCodeAt(at++);
    const kind = source[at + 1]!;
    if (kind === 'u') {
      at += 6;
      return parseInt(source.slice(at - 4, at), 16);
    }
    at += 2;
    return ESCAPES[kind] ?? kind.charCodeAt(0);
  };
  while (at < source.length) {
    const first = read();
    let last = first;
    if (source[at] === '-' && at + 1 < source.length) {
      at += 1;
      last = read();
    }
    for (let code = first; code <= last; code += 1) table[code]! |= bit;
  }
}

/** Sets `bit` for every code unit of the runs `encoded` (see `char-runs.ts`). */
function markRuns(table: Uint8Array, encoded: string, bit: number): void {
  let end = 0;
  for (const run of encoded.split(',')) {
    const dot = run.indexOf('.');
    const start = end + parseInt(dot < 0 ? run : run.slice(0, dot), 36);
    end = start + (dot < 0 ? 1 : parseInt(run.slice(dot + 1), 36));
    for (let code = start; code < end; code += 1) table[code]! |= bit;
  }
}

/**
 * The code unit at `index`, or 0 past the end of the text. The scanners read
 * one code unit past the end of a word or number to see that it ends; 0 (NUL)
 * is in no class and matches no character they test for, so it stops them
 * like the end does. Reading past the end with `charCodeAt` gives `NaN`,
 * which makes V8 fall back to slower code for every table read in the loop.
 *
 * @param text The text.
 * @param index An offset from 0 up to and past the end.
 */
export function codeAt(text: string, index: number): number {
  return index < text.length ? text.charCodeAt(index) : 0;
}

/**
 * Whether the code unit is a letter or combining mark.
 *
 * @param code A UTF-16 code unit (`NaN` past the end of a string is allowed).
 */
export function isLetter(code: number): boolean {
  return ((charClass[code] ?? 0) & LETTER) !== 0;
}

/** Whether the code unit is a decimal digit. */
export function isDigit(code: number): boolean {
  return ((charClass[code] ?? 0) & DIGIT) !== 0;
}

/** Whether the code unit is a letter, mark or digit. */
export function isAlphanumeric(code: number): boolean {
  return ((charClass[code] ?? 0) & (LETTER | DIGIT)) !== 0;
}

/** Whether the code unit is horizontal white space (a character of the `Space` token). */
export function isSpace(code: number): boolean {
  return ((charClass[code] ?? 0) & SPACE) !== 0;
}

/** Whether the code unit is a quote mark character ({@link QUOTE_MARK_CHARS}). */
export function isQuoteMarkChar(code: number): boolean {
  return ((charClass[code] ?? 0) & QUOTE) !== 0;
}

/** A lower-case letter, for code units beyond ASCII. */
const LOWER_LETTER = /\p{Ll}/u;

/** Whether the code unit is a lower-case letter (`\p{Ll}`). */
export function isLower(code: number): boolean {
  return code < 128 ? (charClass[code]! & LOWER) !== 0 : LOWER_LETTER.test(String.fromCharCode(code));
}

/** Every code unit with one of the given class bits, for Chevrotain's `start_chars_hint`. */
export function codesWith(bits: number): number[] {
  const codes: number[] = [];
  for (let code = 0; code < 65536; code += 1) if ((charClass[code]! & bits) !== 0) codes.push(code);
  return codes;
}
