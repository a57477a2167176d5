/**
 * The word layer's scanner: the one definition of a word, an abbreviation and a place where a sentence may end,
 * read by furniture, attribution and speaker resolution.
 *
 * - A **word** is a run of the lexer's word characters (letters, marks and digits: `src/lexer/chars.ts`, the table
 *   the Chevrotain lexer reads too) joined by the lexer's word joiners (apostrophes and hyphens followed by a word
 *   character, `src/lexer/words.ts`) and by three more that the grammar must see apart but a reader takes inside a
 *   word: a period (`U.S`, `p.m`), an ampersand (`AT&T`) and U+2010 HYPHEN. So a lexer word is a piece of a word
 *   here, never the other way round: `AT&T's U.S. chief` is `AT | & | T's | U | . | S | .` to the lexer and
 *   `AT&T's | U.S. | chief` here.
 * - An **abbreviation** keeps its period: a one-letter word (an initial), a word with a period inside (`U.S.`), or
 *   one of the language pack's abbreviations (`Sen.`, `Gov.`), also after a hyphen (`D-Ore.`, a party and state).
 * - A sentence **may end** after `.`, `!`, `?`, after an abbreviation of more than one letter, and after a
 *   quotation (the `stops` marks); the attribution's sentence splitter decides which of those do.
 *
 * One pass over the characters, no regular expressions in the loop.
 *
 * @module
 */
import { charClass, DIGIT, isQuoteMarkChar, LETTER, LOWER, SPACE as SPACE_BIT } from '../lexer/chars.js';
import { isJoiner as isLexerJoiner } from '../lexer/words.js';
import type { Language } from '../language/types.js';
import type { Paragraph } from '../types.js';
import type { Marks } from './marks.js';
import { mix, signature } from './signature.js';
import { Token } from './token.js';

/** What the scanner makes of a code unit: nothing (punctuation), a space, a line break, a word character. */
const OTHER = 0;
const SPACE = 1;
const BREAK = 2;
const WORD = 3;
/** An ASCII capital letter (a word character whose lower case differs). */
const UPPER = 4;

/** The scanner's class of a code unit, from the lexer's table: line feed and carriage return break a line. */
function classOf(code: number): number {
  if (code === 10 || code === 13) return BREAK;
  const bits = charClass[code]!;
  if ((bits & SPACE_BIT) !== 0) return SPACE;
  if ((bits & (LETTER | DIGIT)) === 0) return OTHER;
  return code < 128 && (bits & (LOWER | DIGIT)) === 0 ? UPPER : WORD;
}

/** {@link classOf} of every ASCII code unit, read first in the loop (built once when the module loads). */
const ASCII = Uint8Array.from({ length: 128 }, (_, code) => classOf(code));

function isWordCode(code: number): boolean {
  return (code < 128 ? ASCII[code]! : classOf(code)) >= WORD;
}

/**
 * Whether the code unit joins two word parts when a word character follows: the lexer's joiners (apostrophes,
 * hyphens) and a period, an ampersand and U+2010 HYPHEN.
 */
export function isWordJoiner(code: number): boolean {
  return isLexerJoiner(code) || code === 46 || code === 38 || code === 0x2010;
}

function isUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = text[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * Whether a hyphenated word ends in a capitalised abbreviation, whose period it keeps: a party and state
 * ("D-Ore.", "R-Ky.").
 */
function endsInAbbreviation(word: string, lower: string, abbreviations: ReadonlySet<string>): boolean {
  const dash = lower.lastIndexOf('-');
  if (dash <= 0 || dash === lower.length - 1) return false;
  const first = word.charCodeAt(dash + 1);
  return first >= 65 && first <= 90 && abbreviations.has(lower.slice(dash + 1));
}

/** The lower case of an ASCII code unit. */
function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code | 0x20 : code;
}

/** The punctuation character at `index`: one string per character beyond ASCII in `pool` (V8 shares the ASCII ones already). */
function punctText(text: string, index: number, code: number, pool: Map<number, string> | undefined): string {
  if (code < 128 || pool === undefined) return text[index]!;
  let char = pool.get(code);
  if (char === undefined) {
    char = text[index]!;
    pool.set(code, char);
  }
  return char;
}

/** Scans `text` (which starts at absolute offset `base`) into `tokens`, with the language's abbreviations. */
export function scanText(lang: Language, text: string, base: number, tokens: Token[]): void {
  scanWords(text, 0, text.length, base, tokens, undefined, lang.abbreviations, lang.capitalAbbreviations);
}

/**
 * The word-layer tokens of `source` from `from` to `to`, read in place (no slice is cut, offsets are absolute),
 * with the language's abbreviations and no marks: the words of a line that is not a paragraph of the story, such
 * as the furniture at the top (a byline, the candidate of a dateline).
 *
 * @param lang The language (its abbreviations keep their period).
 * @param source The whole input.
 * @param from Offset of the first character to read.
 * @param to Offset just past the last one.
 * @returns Words, punctuation and line breaks, in order (spaces are skipped).
 *
 * @example
 * ```ts
 * scanRange(english, 'By J. Doe\n', 0, 10).map((token) => token.text); // ['By', 'J.', 'Doe', '']
 * ```
 */
export function scanRange(lang: Language, source: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  scanWords(source, from, to, 0, tokens, undefined, lang.abbreviations, lang.capitalAbbreviations);
  return tokens;
}

/**
 * Scans `text` from `from` to `to` into `tokens`, offsets shifted by `base` (scanning the whole input in place avoids
 * copies); `capitalOnly` are the abbreviations that keep their period only when capitalised.
 */
function scanWords(text: string, from: number, to: number, base: number, tokens: Token[], marks: Marks | undefined, abbreviations: ReadonlySet<string>, capitalOnly: ReadonlySet<string>): void {
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    const kind = code < 128 ? ASCII[code]! : classOf(code);
    if (kind === SPACE) {
      index += 1;
      continue;
    }
    if (kind === BREAK) {
      tokens.push(new Token('break', base + index, base + index + 1, text, base, false, false, undefined, 0, '', ''));
      index += 1;
      continue;
    }
    if (kind === OTHER) {
      if (isQuoteMarkChar(code) && index + 1 < to && isQuoteMarkChar(text.charCodeAt(index + 1))) {
        // A run of quote marks kept as text (stray marks): one token, not one per mark. Nothing reads quote
        // characters here, and a megabyte of marks must not make a million tokens.
        let end = index + 2;
        while (end < to && isQuoteMarkChar(text.charCodeAt(end))) end += 1;
        const run = text.slice(index, end);
        tokens.push(new Token('punct', base + index, base + end, text, base, false, false, undefined, 0, run, run));
        index = end;
        continue;
      }
      const char = punctText(text, index, code, marks?.punct);
      if (marks !== undefined && (code === 46 || code === 33 || code === 63)) marks.stops.push(tokens.length);
      tokens.push(new Token('punct', base + index, base + index + 1, text, base, false, false, undefined, 0, char, char));
      index += 1;
      continue;
    }
    // A word. Whether it has a character that lower-casing may change (A-Z or non-ASCII), and a period inside.
    const start = index;
    let cased = kind === UPPER || code >= 128;
    let ascii = code < 128;
    let period = false;
    index += 1;
    while (index < to) {
      const current = text.charCodeAt(index);
      if (current < 128) {
        const type = ASCII[current]!;
        if (type >= WORD) {
          if (type === UPPER) cased = true;
          index += 1;
          continue;
        }
      } else if (classOf(current) === WORD) {
        cased = true;
        ascii = false;
        index += 1;
        continue;
      }
      if (isWordJoiner(current) && index + 1 < to) {
        const after = text.charCodeAt(index + 1);
        if (isWordCode(after)) {
          if (current >= 128 || after >= 128) ascii = false;
          if (current >= 128 || after >= 128 || (after < 128 && ASCII[after] === UPPER)) cased = true;
          if (current === 46) period = true;
          index += 2;
          continue;
        }
      }
      break;
    }
    // The text and its lower case are cut only when needed here (an abbreviation's period, a non-ASCII word);
    // otherwise the token cuts them when a rule reads them.
    let word: string | undefined;
    let lower: string | undefined;
    if (cased && !ascii) {
      word = text.slice(start, index);
      lower = word.toLowerCase();
    }
    if (index < to && text.charCodeAt(index) === 46) {
      if (word === undefined) {
        word = text.slice(start, index);
        lower = cased ? word.toLowerCase() : word;
      }
      if (word.length === 1 || period || (abbreviations.has(lower!) && (kind === UPPER || !capitalOnly.has(lower!))) || endsInAbbreviation(word, lower!, abbreviations)) {
        index += 1;
        word += '.';
        lower += '.';
        // A word that ends in a period may end a sentence ("in the U.S. The").
        if (word.length > 2 && marks !== undefined) marks.stops.push(tokens.length);
      } else if (!cased) word = lower = undefined;
    }
    // The signature of `lower`, read from the source (lower-cased code by code when ASCII) when it is not cut.
    const length = index - start;
    const sig =
      lower !== undefined
        ? signature(lower)
        : cased
          ? mix(length, lowerCode(code), length > 1 ? lowerCode(text.charCodeAt(start + 1)) : 0, length > 2 ? lowerCode(text.charCodeAt(start + 2)) : 0, lowerCode(text.charCodeAt(index - 1)))
          : mix(length, code, length > 1 ? text.charCodeAt(start + 1) : 0, length > 2 ? text.charCodeAt(start + 2) : 0, text.charCodeAt(index - 1));
    const upper = code < 128 ? kind === UPPER : isUpper(word ?? text.slice(start, index));
    if (marks !== undefined) {
      if (upper) {
        marks.names.push(tokens.length);
        if (sig === marks.capitalCue) marks.cues.push(tokens.length);
      } else if (marks.cueSignatures[sig] === 1 || sig === marks.capitalCue) marks.cues.push(tokens.length);
      if (marks.sourceSignatures[sig] === 1) marks.sources.push(tokens.length);
    }
    tokens.push(new Token('word', base + start, base + index, text, base, cased, upper, undefined, sig, word, lower));
  }
}

/**
 * Tokens of a paragraph: words and punctuation of its text leaves, one
 * `quote` token per top-level quotation, a `break` for a soft line break.
 * A dateline is skipped. `source` is the whole input (the tree's text).
 * `marks` are refilled with the paragraph's marked tokens.
 */
export function tokenizeParagraph(paragraph: Paragraph, source: string, marks: Marks): Token[] {
  const tokens: Token[] = [];
  marks.cues.clear();
  marks.names.clear();
  marks.stops.clear();
  marks.sources.clear();
  for (const child of paragraph.children) {
    if (child.type === 'text') scanWords(source, child.position.start.offset, child.position.end.offset, 0, tokens, marks, marks.abbreviations, marks.capitalAbbreviations);
    else if (child.type === 'quotation') {
      marks.stops.push(tokens.length);
      tokens.push(new Token('quote', child.position.start.offset, child.position.end.offset, source, 0, false, false, child, 0, '', ''));
    }
  }
  return tokens;
}
