/**
 * The token vocabulary of the furniture grammar.
 *
 * The furniture parser reads the tokens of the word-level lexer
 * (`tokenize` in `src/lexer`; the article grammar reads whole prose runs
 * instead) after a second, cheap classification: a `Word` becomes {@link By},
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


const PUNCTUATION: Record<string, TokenType> = {
  ',': Comma,
  '.': Period,
  '(': LeftParen,
  ')': RightParen,
  '/': Slash,
  '&': Ampersand,
  '|': Pipe,
};

function wordType(image: string, months: ReadonlySet<string>): TokenType {
  if (image === 'By' || image === 'BY' || image === 'by') return By;
  if (image === 'and' || image === 'AND') return And;
  if (image.length >= 3 && image.length <= 9 && months.has(image.toLowerCase())) return Month;
  return PlainWord;
}

function classify(type: TokenType, image: string, months: ReadonlySet<string>): TokenType {
  if (type === Word) return /^\d+$/.test(image) ? Digits : wordType(image, months);
  if (type === NumberToken) return Digits;
  if (type === LexDash) return Dash;
  if (type === LexLineBreak) return Break;
  if (type === Punctuation) return PUNCTUATION[image] ?? Stray;
  return Stray;
}

/** Length of `image` without the spaces a lexer token may carry after its text. */
function trimmedLength(image: string): number {
  let length = image.length;
  for (;;) {
    const code = image.charCodeAt(length - 1);
    if (length > 1 && (code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200b))) length -= 1;
    else return length;
  }
}

/**
 * Re-types word-level lexer tokens for the furniture grammar, drops spaces and shifts
 * offsets by `base` (the offset in the article of the text that was
 * tokenised). A lexer token that carries the spaces after it (`"March "`) is
 * trimmed: the furniture token's image and end stop at its last non-space
 * character, so values sliced by offsets never end in a space.
 *
 * @param tokens Tokens of the word-level lexer (`tokenize`).
 * @param base Offset to add to every token's offsets.
 * @param months The language's month names, lower case (`Language.furniture.months`).
 * @returns Furniture tokens, in order, with absolute offsets.
 *
 * @example
 * ```ts
 * classifyTokens(tokenize('Jan. 19 (UPI) --'), 0, english.furniture.months).map((token) => token.tokenType.name);
 * // ['Month', 'Period', 'Digits', 'LeftParen', 'PlainWord', 'RightParen', 'Dash']
 * ```
 */
export function classifyTokens(tokens: readonly IToken[], base: number, months: ReadonlySet<string>): IToken[] {
  const result: IToken[] = [];
  for (const token of tokens) {
    if (token.tokenType === Space) continue;
    const raw = token.image;
    const length = trimmedLength(raw);
    const image = length === raw.length ? raw : raw.slice(0, length);
    const type = classify(token.tokenType, image, months);
    result.push({
      image,
      startOffset: token.startOffset + base,
      endOffset: token.startOffset + base + length - 1,
      tokenType: type,
      tokenTypeIdx: type.tokenTypeIdx!,
    } as IToken);
  }
  return result;
}




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
