/**
 * The furniture grammar's tokens, read from the word layer (`src/words/`): the furniture recognisers never lex
 * a slice of the input again.
 *
 * The word layer's words are the grammar's words with one difference: the word layer takes a period, an
 * ampersand and U+2010 HYPHEN inside a word (`N.J.`, `AT&T`) and an abbreviation's period (`Jan.`, `J.`), where
 * the furniture grammar reads initials and abbreviations as a word and a {@link Period} (`N . J .`, `place :=
 * placeWord ( placeWord | '.' )*`). So a word is cut back at those three characters, and where the word layer
 * has one token per character the grammar wants one token for: `--` (a {@link Dash}), `...` (an ellipsis,
 * {@link Stray}), `\r\n` (one {@link Break}), a doubled quote mark (`''`), a number with inner separators
 * (`1,000`, `12:50`: one {@link Digits}) and an elided word (`'60s`, `rock 'n' roll`). Numbers and elisions are
 * what the lexer's own scanners say they are (`numberEnd`, `wordEnd` in `src/lexer/words.ts`), read where a word
 * of the word layer starts, so there is one definition of each. The tokens are the word-level lexer's pieces
 * (`tests/furniture-tokens.test.ts` checks it on random text), except that spaces are not tokens of the word
 * layer, so no token, and no value sliced by offsets, ends in one.
 *
 * @module
 */
import type { IToken, TokenType } from 'chevrotain';
import type { Language } from '../language/types.js';
import { DASH_CHARS, numberEnd, wordEnd } from '../lexer/words.js';
import { scanRange } from '../words/scan.js';
import type { Token } from '../words/token.js';
import { furnitureParser } from './grammar.js';
import { And, Ampersand, Break, By, Comma, Dash, Digits, LeftParen, Month, Period, Pipe, PlainWord, RightParen, Slash, Stray } from './vocabulary.js';

/**
 * Where the furniture recognisers get their tokens: the furniture tokens of the input from `start` to `end`
 * (absolute offsets), in order.
 */
export type FurnitureReader = (start: number, end: number) => IToken[];

/** A piece of the word layer's tokens: a word cut at the joiners the grammar reads apart, or one token. */
interface Piece {
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
}

const PERIOD = 46;
const AMPERSAND = 38;
const HYPHEN_2010 = 0x2010;

/** Marks the lexer reads as one quote mark when doubled (`''`, `‘‘`, `’’`, two backticks). */
const DOUBLED_MARKS = "'\u2018\u2019`";

const PUNCTUATION: Readonly<Record<string, TokenType>> = {
  ',': Comma,
  '.': Period,
  '(': LeftParen,
  ')': RightParen,
  '/': Slash,
  '&': Ampersand,
  '|': Pipe,
};

/** Whether the code unit is one the word layer joins inside a word and the grammar reads apart. */
function splitsWord(code: number): boolean {
  return code === PERIOD || code === AMPERSAND || code === HYPHEN_2010;
}

/** The word layer's tokens as pieces: each word cut at `.`, `&` and U+2010 (kept as one-character pieces). */
function piecesOf(source: string, words: readonly Token[]): Piece[] {
  const pieces: Piece[] = [];
  for (const token of words) {
    if (token.kind !== 'word') {
      // One piece per character of a run of quote marks; the lexer's doubled marks are joined again below.
      for (let at = token.start; at < token.end; at += 1) pieces.push({ start: at, end: at + 1, word: false });
      continue;
    }
    let from = token.start;
    for (let index = token.start; index < token.end; index += 1) {
      if (!splitsWord(source.charCodeAt(index))) continue;
      if (index > from) pieces.push({ start: from, end: index, word: true });
      pieces.push({ start: index, end: index + 1, word: false });
      from = index + 1;
    }
    if (from < token.end) pieces.push({ start: from, end: token.end, word: true });
  }
  return pieces;
}

function wordType(image: string, months: ReadonlySet<string>): TokenType {
  if (image === 'By' || image === 'BY' || image === 'by') return By;
  if (image === 'and' || image === 'AND') return And;
  if (image.length >= 3 && image.length <= 9 && months.has(image.toLowerCase())) return Month;
  return PlainWord;
}

/** Whether the piece at `index` is the one-character punctuation `code`, right after the piece before it. */
function gluedChar(source: string, pieces: readonly Piece[], index: number, code: number): boolean {
  const piece = pieces[index];
  return piece !== undefined && !piece.word && piece.end - piece.start === 1 && piece.start === pieces[index - 1]!.end && source.charCodeAt(piece.start) === code;
}

/**
 * Index of the last piece of a token that starts at `pieces[index]` and ends at `end` (a number or an elided word
 * as the lexer reads it), or -1 when the pieces from `index` on do not reach `end` glued together. When `end` falls
 * inside a word at one of its joiners (the number of `6-9`, the elision of `'twas-AP`), that word is cut there:
 * its first part ends the token, the joiner and the rest become pieces of their own.
 */
function takeThrough(pieces: Piece[], index: number, end: number): number {
  for (let at = index; at < pieces.length; at += 1) {
    const piece = pieces[at]!;
    if (at > index && piece.start !== pieces[at - 1]!.end) return -1;
    if (piece.end < end) continue;
    if (piece.end > end) pieces.splice(at, 1, { start: piece.start, end, word: true }, { start: end, end: end + 1, word: false }, { start: end + 1, end: piece.end, word: true });
    return at;
  }
  return -1;
}

/**
 * Types the pieces for the furniture grammar, joining the ones it reads as one token. Returns the tokens, with
 * Chevrotain's inclusive end offsets.
 */
function classify(source: string, pieces: Piece[], rangeEnd: number, months: ReadonlySet<string>): IToken[] {
  const tokens: IToken[] = [];
  const push = (start: number, end: number, type: TokenType): void => {
    tokens.push({ image: source.slice(start, end), startOffset: start, endOffset: end - 1, tokenType: type, tokenTypeIdx: type.tokenTypeIdx! } as IToken);
  };
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index]!;
    const code = source.charCodeAt(piece.start);
    if (piece.word) {
      // A number, as the lexer reads one (`12`, `1,000`, `1.4`): one token, across the pieces it spans.
      const end = numberEnd(source, piece.start);
      const last = end > piece.start && end <= rangeEnd ? takeThrough(pieces, index, end) : -1;
      if (last >= 0) {
        push(piece.start, end, Digits);
        index = last;
        continue;
      }
      const image = source.slice(piece.start, piece.end);
      push(piece.start, piece.end, /^\d+$/.test(image) ? Digits : wordType(image, months));
      continue;
    }
    if (code === 10 || code === 13) {
      const crlf = code === 13 && gluedChar(source, pieces, index + 1, 10);
      push(piece.start, crlf ? piece.end + 1 : piece.end, Break);
      if (crlf) index += 1;
      continue;
    }
    if (code === 45 && gluedChar(source, pieces, index + 1, 45)) {
      push(piece.start, piece.end + 1, Dash); // --
      index += 1;
      continue;
    }
    if (code === PERIOD && gluedChar(source, pieces, index + 1, PERIOD) && gluedChar(source, pieces, index + 2, PERIOD)) {
      push(piece.start, piece.end + 2, Stray); // an ellipsis
      index += 2;
      continue;
    }
    if ((code === 39 || code === 0x2019) && pieces[index + 1]?.word === true && pieces[index + 1]!.start === piece.end) {
      // An elided word (`'60s`, `’Twas`, `rock 'n' roll`), as the lexer reads one: the apostrophe is in the word.
      const end = wordEnd(source, piece.start);
      const last = end > piece.end && end <= rangeEnd ? takeThrough(pieces, index, end) : -1;
      if (last >= 0) {
        push(piece.start, end, wordType(source.slice(piece.start, end), months));
        index = last;
        continue;
      }
    }
    const char = source.charAt(piece.start);
    if (DOUBLED_MARKS.includes(char) && gluedChar(source, pieces, index + 1, code)) {
      push(piece.start, piece.end + 1, Stray); // '' ‘‘ ’’: one quote mark
      index += 1;
      continue;
    }
    push(piece.start, piece.end, DASH_CHARS.includes(char) ? Dash : (PUNCTUATION[char] ?? Stray));
  }
  return tokens;
}

/**
 * The furniture tokens of word-layer tokens: words typed as {@link By}, {@link And}, {@link Month},
 * {@link Digits} or {@link PlainWord}, punctuation as {@link Comma}, {@link Period}, {@link LeftParen}, … ,
 * dashes as {@link Dash}, line breaks as {@link Break}, anything else {@link Stray} (see the module comment).
 *
 * @param source The whole input (the word-layer tokens' offsets point into it).
 * @param words Word-layer tokens of one range, in order (`scanRange`).
 * @param end Offset just past the range.
 * @param months The language's month names, lower case (`Language.furniture.months`).
 * @returns Furniture tokens, in order, with absolute offsets.
 *
 * @example
 * ```ts
 * const text = 'Jan. 19 (UPI) --';
 * toFurnitureTokens(text, scanRange(english, text, 0, 16), 16, english.furniture.months).map((token) => token.tokenType.name);
 * // ['Month', 'Period', 'Digits', 'LeftParen', 'PlainWord', 'RightParen', 'Dash']
 * ```
 */
export function toFurnitureTokens(source: string, words: readonly Token[], end: number, months: ReadonlySet<string>): IToken[] {
  furnitureParser(); // the token types' indices and categories are set up with the parser
  return classify(source, piecesOf(source, words), end, months);
}

/**
 * A {@link FurnitureReader} over the input: reads each range's words from the word layer (`scanRange`) and types
 * them for the furniture grammar ({@link toFurnitureTokens}).
 *
 * @param lang The language (its abbreviations and month names).
 * @param source The whole input.
 * @returns The reader.
 *
 * @example
 * ```ts
 * const read = furnitureReader(english, 'MOSCOW (AP) — Russia said');
 * read(0, 13).map((token) => token.image); // ['MOSCOW', '(', 'AP', ')', '—']
 * ```
 */
export function furnitureReader(lang: Language, source: string): FurnitureReader {
  return (start, end) => toFurnitureTokens(source, scanRange(lang, source, start, end), end, lang.furniture.months);
}
