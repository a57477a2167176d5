/**
 * Hand-written matchers for words and numbers: linear scans with no
 * backtracking, used as Chevrotain custom token patterns.
 *
 * A word is a run of letters and digits joined by inner apostrophes or
 * hyphens (`Russia's`, `won't`, `combat-ready`, `COVID-19`). Apostrophes that
 * belong to words are never quote marks: `'90s`, `rock 'n' roll`, `'em`. The
 * apostrophe of a plural possessive (`troops' morale`) is a quote mark token,
 * which the grammar keeps as text unless it closes a single-quoted quotation.
 *
 * @module
 */
import { charClass, codeAt, DIGIT, isAlphanumeric, isDigit, isLetter, LETTER, SPACE as SPACE_BIT } from './chars.js';

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
  // Past the end, codeAt gives 0, which is in no class: the loop stops.
  while ((charClass[codeAt(text, end)]! & ALPHANUMERIC) !== 0) end += 1;
  return end;
}

/** End of a word whose first alphanumeric run starts at `offset`; joins inner apostrophes and hyphens. */
export function scanWordBody(text: string, offset: number): number {
  return extendWord(text, scanAlphanumerics(text, offset));
}

/** Whether the code unit may join two runs of a word (`'` `’` `-` `‑`), or end a plural possessive (`'` `’`). */
export function isJoiner(code: number): boolean {
  return isApostrophe(code) || code === HYPHEN || code === NB_HYPHEN;
}

/**
 * End of a word whose first alphanumeric run ends at `end`: joins inner
 * apostrophes and hyphens. Returns `end` itself unless the code unit there
 * is a joiner ({@link isJoiner}) followed by a letter or digit.
 */
export function extendWord(text: string, end: number): number {
  for (;;) {
    const joiner = codeAt(text, end);
    if ((isApostrophe(joiner) || joiner === HYPHEN || joiner === NB_HYPHEN) && isAlphanumeric(codeAt(text, end + 1))) {
      end = scanAlphanumerics(text, end + 1);
      continue;
    }
    break;
  }
  // A plural possessive's apostrophe (`troops' morale`) is not taken: after a word in s it may as well close
  // a single-quoted quotation (`called it 'news' and left`), which only the grammar, knowing what is open, can
  // tell. It becomes a quote mark token that closes such a quotation or stays text (see `src/parser/grammar.ts`).
  return end;
}

/** Length of a leading-apostrophe word at `offset` (`'90s`, `'n'`, `'em`), or 0. */
function scanElision(text: string, offset: number): number {
  const first = offset + 1;
  if (isDigit(codeAt(text, first)) && isDigit(codeAt(text, first + 1)) && !isDigit(codeAt(text, first + 2))) {
    return scanWordBody(text, first) - offset;
  }
  if (!isLetter(codeAt(text, first))) return 0;
  const end = scanAlphanumerics(text, first);
  const word = text.slice(first, end).toLowerCase();
  if (!ELISIONS.has(word)) return 0;
  if (word === 'n') {
    // `rock 'n' roll`: the closing apostrophe belongs to the word.
    return isApostrophe(codeAt(text, end)) && !isAlphanumeric(codeAt(text, end + 1)) ? end + 1 - offset : 0;
  }
  return end - offset;
}

/**
 * The end of the run of spaces at `end` when more of the line follows it
 * (a character that is neither a space nor a line break), else `end`.
 */
export function takeSpaces(text: string, end: number): number {
  let after = end;
  while ((charClass[codeAt(text, after)]! & SPACE_BIT) !== 0) after += 1;
  if (after === end || after >= text.length) return end;
  const code = codeAt(text, after);
  return code === 10 || code === 13 ? end : after;
}

// ---------------------------------------------------------------- scanners
//
// Each scanner answers where one piece of plain text that starts at `offset`
// ends (before the spaces it may take), or -1 when no such piece starts
// there. The word-level matchers below and the prose-run matcher
// (`runs.ts`) are both built from them, so the two lexers cut text into the
// same pieces.

/**
 * End of the word at `offset`, or -1: letters and digits with inner
 * apostrophes and hyphens, or an elided word that starts with an apostrophe
 * (`'90s`, `'n'`, `'em`).
 */
export function wordEnd(text: string, offset: number): number {
  const code = codeAt(text, offset);
  if (isApostrophe(code)) {
    const length = scanElision(text, offset);
    return length > 0 ? offset + length : -1;
  }
  if (!isAlphanumeric(code)) return -1;
  return scanWordBody(text, offset);
}

/**
 * End of the number at `offset`, or -1: digits with inner `.`, `,` or `:`
 * separators (`100,000`, `1.4`, `12:50`). Digits followed by letters
 * (`1990s`, `3rd`) are no number; they are left to {@link wordEnd}.
 */
export function numberEnd(text: string, offset: number): number {
  if (!isDigit(codeAt(text, offset))) return -1;
  let end = offset + 1;
  for (;;) {
    while ((charClass[codeAt(text, end)]! & DIGIT) !== 0) end += 1;
    const separator = codeAt(text, end);
    if ((separator === 0x2c || separator === 0x2e || separator === 0x3a) && isDigit(codeAt(text, end + 1))) {
      end += 1;
      continue;
    }
    break;
  }
  if (isLetter(codeAt(text, end)) || ((codeAt(text, end) === HYPHEN || isApostrophe(codeAt(text, end))) && isLetter(codeAt(text, end + 1)))) {
    return -1;
  }
  return end;
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

/** End of the punctuation at `offset` (one character of {@link PUNCTUATION_CHARS}, or `...`), or -1. */
export function punctuationEnd(text: string, offset: number): number {
  const code = codeAt(text, offset);
  if (code === 0x2e && codeAt(text, offset + 1) === 0x2e && codeAt(text, offset + 2) === 0x2e) return offset + 3;
  return punctuation[code] === 1 ? offset + 1 : -1;
}

/** End of the dash at `offset` (`--`, or one character of {@link DASH_CHARS}), or -1. */
export function dashEnd(text: string, offset: number): number {
  const code = codeAt(text, offset);
  if (code === 0x2d && codeAt(text, offset + 1) === 0x2d) return offset + 2;
  return dashes[code] === 1 ? offset + 1 : -1;
}

// ---------------------------------------------------------------- word-level matchers

/**
 * The match array handed back to Chevrotain. Chevrotain reads `match[0]`
 * right away and keeps only the string, so one array serves every match.
 */
const result: [string] = [''];

/** The piece from `start` to `end` with the spaces it takes, or `null` when `end` is -1. */
function matched(text: string, start: number, end: number): [string] | null {
  if (end < 0) return null;
  result[0] = text.slice(start, takeSpaces(text, end));
  return result;
}

/**
 * Chevrotain custom pattern for a word.
 *
 * @returns a one-element match array (the word and the spaces it takes), or `null` when no word starts at `offset`.
 */
export function matchWord(text: string, offset: number): [string] | null {
  return matched(text, offset, wordEnd(text, offset));
}

/**
 * Chevrotain custom pattern for a number (see {@link numberEnd}), with the
 * spaces it takes.
 *
 * @returns a one-element match array, or `null`.
 */
export function matchNumber(text: string, offset: number): [string] | null {
  return matched(text, offset, numberEnd(text, offset));
}

/**
 * Chevrotain custom pattern for punctuation: one character of
 * {@link PUNCTUATION_CHARS} or an ellipsis `...`, with the spaces after it
 * when more of the line follows (like a word).
 *
 * @returns a one-element match array, or `null`.
 */
export function matchPunctuation(text: string, offset: number): [string] | null {
  return matched(text, offset, punctuationEnd(text, offset));
}

/**
 * Chevrotain custom pattern for a dash: `--` or one character of
 * {@link DASH_CHARS} (a lone hyphen included), with the spaces after it when
 * more of the line follows.
 *
 * @returns a one-element match array, or `null`.
 */
export function matchDash(text: string, offset: number): [string] | null {
  return matched(text, offset, dashEnd(text, offset));
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

/**
 * Whether the backtick at `offset` is a single opening quote mark, as in TeX-style copy (`` `Hello,' he
 * said ``): one backtick, not touching a letter or digit before it (`didn`t` and `John`s` keep it as
 * punctuation), right before a letter or digit.
 *
 * @param text The text.
 * @param offset Offset of a backtick.
 */
export function isSingleBacktickMark(text: string, offset: number): boolean {
  if (codeAt(text, offset) !== 0x60 || codeAt(text, offset + 1) === 0x60) return false;
  if (offset > 0 && (isAlphanumeric(text.charCodeAt(offset - 1)) || text.charCodeAt(offset - 1) === 0x60)) return false;
  return isAlphanumeric(codeAt(text, offset + 1));
}

const backtick: [string] = ['`'];

/**
 * Chevrotain custom pattern for a single backtick that is an opening quote mark ({@link isSingleBacktickMark}).
 *
 * @returns a one-element match array, or `null`.
 */
export function matchSingleBacktick(text: string, offset: number): [string] | null {
  return isSingleBacktickMark(text, offset) ? backtick : null;
}
