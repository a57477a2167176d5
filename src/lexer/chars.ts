/**
 * Character classes for the lexer's hand-written matchers.
 *
 * One table of 65,536 bytes classifies every UTF-16 code unit, built once
 * from Unicode property escapes. Token patterns themselves never use the `u`
 * flag (Chevrotain cannot optimise those), so the classes live here.
 *
 * @module
 */

/** Bit set for code units that are letters or combining marks (`\p{L}`, `\p{M}`). */
export const LETTER = 1;
/** Bit set for decimal digits (`\p{Nd}`). */
export const DIGIT = 2;
/** Bit set for lower-case letters (`\p{Ll}`). */
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

/** Classes of every BMP code unit; astral characters (surrogates) have none. */
export const charClass: Uint8Array = buildTable();

function buildTable(): Uint8Array {
  const table = new Uint8Array(65536);
  // One string with every BMP code point except surrogates, scanned once per class (made from one array of
  // code units, 8192 at a time: much faster at start-up than joining 63,488 one-character strings).
  const units = new Uint16Array(0x10000 - 0x800);
  let at = 0;
  for (let code = 0; code < 0xd800; code += 1) units[at++] = code;
  for (let code = 0xe000; code < 0x10000; code += 1) units[at++] = code;
  let all = '';
  for (let from = 0; from < units.length; from += 8192) all += String.fromCharCode(...units.subarray(from, from + 8192));
  // Runs (`+`), not single characters: a few thousand matches instead of some 50,000 (start-up time).
  mark(table, all, /[\p{L}\p{M}]+/gu, LETTER);
  mark(table, all, /\p{Nd}+/gu, DIGIT);
  mark(table, all, /\p{Ll}+/gu, LOWER);
  mark(table, all, new RegExp(`[${SPACE_CLASS}]+`, 'g'), SPACE);
  for (const char of QUOTE_MARK_CHARS) table[char.charCodeAt(0)]! |= QUOTE;
  return table;
}

/** Sets `bit` for every code unit of every run `pattern` (global, matching runs) finds in `all`. */
function mark(table: Uint8Array, all: string, pattern: RegExp, bit: number): void {
  for (const match of all.matchAll(pattern)) {
    const run = match[0];
    for (let index = 0; index < run.length; index += 1) table[run.charCodeAt(index)]! |= bit;
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

/** Whether the code unit is a lower-case letter. */
export function isLower(code: number): boolean {
  return ((charClass[code] ?? 0) & LOWER) !== 0;
}

/** Every code unit with one of the given class bits, for Chevrotain's `start_chars_hint`. */
export function codesWith(bits: number): number[] {
  const codes: number[] = [];
  for (let code = 0; code < 65536; code += 1) if ((charClass[code]! & bits) !== 0) codes.push(code);
  return codes;
}
