/**
 * The token vocabulary of the furniture grammar.
 *
 * The furniture parser reads the tokens of the article lexer (`src/lexer`)
 * after a second, cheap classification: a `Word` becomes {@link By},
 * {@link And}, {@link Month} or {@link PlainWord}; a `Punctuation` becomes
 * {@link Comma}, {@link Period}, {@link LeftParen}, … ; spaces are dropped
 * (the grammar never needs them: every value is sliced from the source by
 * offsets, so spacing stays as written).
 *
 * @module
 */
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import { Dash as LexDash, LineBreak as LexLineBreak, NumberToken, Punctuation, Space, Word } from '../lexer/index.js';

/** Any word (category). */
export const AnyWord = createToken({ name: 'AnyWord', pattern: Lexer.NA });
/** `By` / `BY` at the start of a byline. */
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
  Dash,
  Break,
  Stray,
];

const MONTHS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july',
  'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
]);

const PUNCTUATION: Record<string, TokenType> = {
  ',': Comma,
  '.': Period,
  '(': LeftParen,
  ')': RightParen,
  '/': Slash,
  '&': Ampersand,
};

function wordType(image: string): TokenType {
  if (image === 'By' || image === 'BY') return By;
  if (image === 'and' || image === 'AND') return And;
  if (image.length >= 3 && image.length <= 9 && MONTHS.has(image.toLowerCase())) return Month;
  return PlainWord;
}

function classify(token: IToken): TokenType {
  const type = token.tokenType;
  if (type === Word) return /^\d+$/.test(token.image) ? Digits : wordType(token.image);
  if (type === NumberToken) return Digits;
  if (type === LexDash) return Dash;
  if (type === LexLineBreak) return Break;
  if (type === Punctuation) return PUNCTUATION[token.image] ?? Stray;
  return Stray;
}

/**
 * Re-types lexer tokens for the furniture grammar, drops spaces and shifts
 * offsets by `base` (the offset in the article of the text that was
 * tokenised).
 *
 * @param tokens Tokens of the article lexer.
 * @param base Offset to add to every token's offsets.
 * @returns Furniture tokens, in order, with absolute offsets.
 */
export function classifyTokens(tokens: readonly IToken[], base: number): IToken[] {
  const result: IToken[] = [];
  for (const token of tokens) {
    if (token.tokenType === Space) continue;
    const type = classify(token);
    result.push({
      image: token.image,
      startOffset: token.startOffset + base,
      endOffset: (token.endOffset ?? token.startOffset + token.image.length - 1) + base,
      tokenType: type,
      tokenTypeIdx: type.tokenTypeIdx!,
    } as IToken);
  }
  return result;
}
