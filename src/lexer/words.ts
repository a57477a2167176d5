/**
 * Hand-written matchers for words and numbers: linear scans with no
 * backtracking, used as Chevrotain custom token patterns.
 *
 * A word is a run of letters and digits joined by inner apostrophes or
 * hyphens (`Russia's`, `won't`, `combat-ready`, `COVID-19`). Apostrophes that
 * belong to words are never quote marks: `'90s`, `rock 'n' roll`, `'em`, and
 * a plural possessive `troops'` when a lower-case word follows.
 *
 * @module
 */
import { charClass, DIGIT, isAlphanumeric, isDigit, isLetter, isLower, LETTER, SPACE as SPACE_BIT } from './chars.js';

const APOSTROPHE = 0x27; // '
const RIGHT_SINGLE = 0x2019; // ’
const HYPHEN = 0x2d; // -
const NB_HYPHEN = 0x2011; // ‑ non-breaking hyphen
const SPACE = 0x20;
const TAB = 0x09;

/** Elided words that start with an apostrophe (`'em`, `'tis`), lower case. */
const ELISIONS = new Set(['em', 'tis', 'til', 'twas', 'cause', 'n']);

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE;
}

const ALPHANUMERIC = LETTER | DIGIT;

/** End of the run of alphanumerics starting at `offset`. */
function scanAlphanumerics(text: string, offset: number): number {
  let end = offset;
  // Past the end, charCodeAt gives NaN and the table read gives undefined: the loop stops.
  while ((charClass[text.charCodeAt(end)]! & ALPHANUMERIC) !== 0) end += 1;
  return end;
}

/** End of a word whose first alphanumeric run starts at `offset`; joins inner apostrophes and hyphens. */
function scanWordBody(text: string, offset: number): number {
  let end = scanAlphanumerics(text, offset);
  for (;;) {
    const joiner = text.charCodeAt(end);
    if ((isApostrophe(joiner) || joiner === HYPHEN || joiner === NB_HYPHEN) && isAlphanumeric(text.charCodeAt(end + 1))) {
      end = scanAlphanumerics(text, end + 1);
      continue;
    }
    break;
  }
  // Plural possessive: `troops' morale` (s + apostrophe + space + lower-case word).
  const last = text.charCodeAt(end - 1);
  if ((last === 0x73 || last === 0x53) && isApostrophe(text.charCodeAt(end))) {
    let next = end + 1;
    while (text.charCodeAt(next) === SPACE || text.charCodeAt(next) === TAB) next += 1;
    if (next > end + 1 && isLower(text.charCodeAt(next))) end += 1;
  }
  return end;
}

/** Length of a leading-apostrophe word at `offset` (`'90s`, `'n'`, `'em`), or 0. */
function scanElision(text: string, offset: number): number {
  const first = offset + 1;
  if (isDigit(text.charCodeAt(first)) && isDigit(text.charCodeAt(first + 1)) && !isDigit(text.charCodeAt(first + 2))) {
    return scanWordBody(text, first) - offset;
  }
  if (!isLetter(text.charCodeAt(first))) return 0;
  const end = scanAlphanumerics(text, first);
  const word = text.slice(first, end).toLowerCase();
  if (!ELISIONS.has(word)) return 0;
  if (word === 'n') {
    // `rock 'n' roll`: the closing apostrophe belongs to the word.
    return isApostrophe(text.charCodeAt(end)) && !isAlphanumeric(text.charCodeAt(end + 1)) ? end + 1 - offset : 0;
  }
  return end - offset;
}

/**
 * The end of the run of spaces at `end` when more of the line follows it
 * (a character that is neither a space nor a line break), else `end`.
 */
export function takeSpaces(text: string, end: number): number {
  let after = end;
  while ((charClass[text.charCodeAt(after)]! & SPACE_BIT) !== 0) after += 1;
  if (after === end || after >= text.length) return end;
  const code = text.charCodeAt(after);
  return code === 10 || code === 13 ? end : after;
}

/**
 * The match array handed back to Chevrotain. Chevrotain reads `match[0]`
 * right away and keeps only the string, so one array serves every match.
 */
const result: [string] = [''];

function matched(text: string, start: number, end: number): [string] {
  result[0] = text.slice(start, takeSpaces(text, end));
  return result;
}

/**
 * Chevrotain custom pattern for a word.
 *
 * @returns a one-element match array (the word and the spaces it takes), or `null` when no word starts at `offset`.
 */
export function matchWord(text: string, offset: number): [string] | null {
  const code = text.charCodeAt(offset);
  if (isApostrophe(code)) {
    const length = scanElision(text, offset);
    return length > 0 ? matched(text, offset, offset + length) : null;
  }
  if (!isAlphanumeric(code)) return null;
  return matched(text, offset, scanWordBody(text, offset));
}

/**
 * Chevrotain custom pattern for a number: digits with inner `.`, `,` or `:`
 * separators (`100,000`, `1.4`, `12:50`). Digits followed by letters
 * (`1990s`, `3rd`) are left to {@link matchWord}.
 *
 * @returns a one-element match array, or `null`.
 */
export function matchNumber(text: string, offset: number): [string] | null {
  if (!isDigit(text.charCodeAt(offset))) return null;
  let end = offset + 1;
  for (;;) {
    while ((charClass[text.charCodeAt(end)]! & DIGIT) !== 0) end += 1;
    const separator = text.charCodeAt(end);
    if ((separator === 0x2c || separator === 0x2e || separator === 0x3a) && isDigit(text.charCodeAt(end + 1))) {
      end += 1;
      continue;
    }
    break;
  }
  if (isLetter(text.charCodeAt(end)) || ((text.charCodeAt(end) === HYPHEN || isApostrophe(text.charCodeAt(end))) && isLetter(text.charCodeAt(end + 1)))) {
    return null;
  }
  return matched(text, offset, end);
}

/** Punctuation characters of the `Punctuation` token, besides the ellipsis `...`. */
export const PUNCTUATION_CHARS = '.,;:!?()[]{}/\\&%$#@*+=<>|^_~`\u2026\u00b7\u2022\u00a7\u00b6\u2020\u2021\u00b0\u00a9\u00ae\u2122';

/** Dash characters of the `Dash` token, besides `--`. */
export const DASH_CHARS = '\u2014\u2013\u2015\u2012\u2011-';

function tableOf(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}

const punctuation = tableOf(PUNCTUATION_CHARS);
const dashes = tableOf(DASH_CHARS);

/**
 * Chevrotain custom pattern for punctuation: one character of
 * {@link PUNCTUATION_CHARS} or an ellipsis `...`, with the spaces after it
 * when more of the line follows (like a word).
 *
 * @returns a one-element match array, or `null`.
 */
export function matchPunctuation(text: string, offset: number): [string] | null {
  const code = text.charCodeAt(offset);
  if (code === 0x2e && text.charCodeAt(offset + 1) === 0x2e && text.charCodeAt(offset + 2) === 0x2e) return matched(text, offset, offset + 3);
  return punctuation[code] === 1 ? matched(text, offset, offset + 1) : null;
}

/**
 * Chevrotain custom pattern for a dash: `--` or one character of
 * {@link DASH_CHARS} (a lone hyphen included), with the spaces after it when
 * more of the line follows.
 *
 * @returns a one-element match array, or `null`.
 */
export function matchDash(text: string, offset: number): [string] | null {
  const code = text.charCodeAt(offset);
  if (code === 0x2d && text.charCodeAt(offset + 1) === 0x2d) return matched(text, offset, offset + 2);
  return dashes[code] === 1 ? matched(text, offset, offset + 1) : null;
}

/**
 * Chevrotain custom pattern for the catch-all token: any one UTF-16 code
 * unit (symbols, emoji halves, control characters, lone surrogates), with
 * the spaces after it when more of the line follows. Chevrotain tries it
 * last, so it only sees characters no other token wants.
 *
 * @returns a one-element match array, or `null` at the end of the text.
 */
export function matchOther(text: string, offset: number): [string] | null {
  return offset < text.length ? matched(text, offset, offset + 1) : null;
}
