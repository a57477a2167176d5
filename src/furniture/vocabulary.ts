/**
 * The token vocabulary of the furniture grammar.
 *
 * The furniture parser reads the words of the word layer (`src/words/`), typed
 * for the grammar by `tokens.ts`: a word becomes {@link By}, {@link And},
 * {@link Month}, {@link Digits} or {@link PlainWord}; punctuation becomes
 * {@link Comma}, {@link Period}, {@link LeftParen}, … ; spaces are no tokens
 * (the grammar never needs them: every value is sliced from the source by
 * offsets, so spacing stays as written).
 *
 * @module
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

/** Any word (category). */
export const AnyWord = createToken({ name: 'AnyWord', pattern: Lexer.NA });
/** `By` / `BY` / `by` at the start of a byline. */
export const By = createToken({ name: 'By', pattern: Lexer.NA, categories: [AnyWord] });
/** `and` / `AND` between authors. */
export const And = createToken({ name: 'And', pattern: Lexer.NA, categories: [AnyWord] });
/** A month name or abbreviation, any case (`Jan`, `Sept`, `MARCH`). */
export const Month = createToken({ name: 'Month', pattern: Lexer.NA, categories: [AnyWord] });
/** Any other word. */
export const PlainWord = createToken({ name: 'PlainWord', pattern: Lexer.NA, categories: [AnyWord] });
/** Digits (`26`, `1987`). */
export const Digits = createToken({ name: 'Digits', pattern: Lexer.NA });
/** `,` */
export const Comma = createToken({ name: 'Comma', pattern: Lexer.NA });
/** `.` (initials, abbreviations: `N.J.`, `Ky.`, `Jan.`). */
export const Period = createToken({ name: 'Period', pattern: Lexer.NA });
/** `(` */
export const LeftParen = createToken({ name: 'LeftParen', pattern: Lexer.NA });
/** `)` */
export const RightParen = createToken({ name: 'RightParen', pattern: Lexer.NA });
/** `/` (`LONDON/SINGAPORE`). */
export const Slash = createToken({ name: 'Slash', pattern: Lexer.NA });
/** `&` between authors. */
export const Ampersand = createToken({ name: 'Ampersand', pattern: Lexer.NA });
/** `|` between the parts of a web byline (`Jane Doe | Chicago Tribune`). */
export const Pipe = createToken({ name: 'Pipe', pattern: Lexer.NA });
/** A dash: `—`, `–`, `--`, `-`. */
export const Dash = createToken({ name: 'Dash', pattern: Lexer.NA });
/** A line break (between a byline and its organisation line). */
export const Break = createToken({ name: 'Break', pattern: Lexer.NA });
/** Anything else: quote marks, other punctuation, symbols. */
export const Stray = createToken({ name: 'Stray', pattern: Lexer.NA });

/** The vocabulary of the furniture parser. */
export const furnitureTokens: TokenType[] = [
  AnyWord,
  By,
  And,
  Month,
  PlainWord,
  Digits,
  Comma,
  Period,
  LeftParen,
  RightParen,
  Slash,
  Ampersand,
  Pipe,
  Dash,
  Break,
  Stray,
];


/**
 * A news database's label that announces the abstract (`ABSTRACT.`, `Summary:`): the block after it is the
 * abstract, a paragraph before the story, and the dateline is looked for after the next label (`FULL TEXT.`).
 *
 * @example
 * ```ts
 * ABSTRACT_LABEL.test('ABSTRACT.'); // true
 * ABSTRACT_LABEL.test('FULL TEXT.'); // false
 * ```
 */
export const ABSTRACT_LABEL = /^(?:abstract|summary)\b/i;
