/**
 * The token tables of news prose.
 *
 * Two lexers share the white-space and quote-mark tokens: the article lexer
 * ({@link articleTokens}) reads plain text between them as one
 * {@link TextRun} token, which is all the article grammar needs; the
 * word-level lexer ({@link wordTokens}) cuts the same text into words,
 * numbers, dashes and punctuation: the reference the prose runs and the
 * furniture grammar's tokens (`src/furniture/tokens.ts`) are tested against.
 *
 * Order matters: Chevrotain tries the candidates for a first character in the
 * order of the table. Every token pattern is first-character
 * optimisable (`ensureOptimizations: true` checks it at start-up), and the
 * catch-all {@link Other} guarantees that no input is a lexing error.
 *
 * @module
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';
import { codesWith, DIGIT, LETTER, SPACE_CLASS } from './chars.js';
import { matchRun, runStartChars } from './runs.js';
import { DASH_CHARS, matchDash, matchNumber, matchOther, matchPunctuation, matchSingleBacktick, matchWord, PUNCTUATION_CHARS } from './words.js';

// ---------------------------------------------------------------- categories

/** Any quotation mark; the parser decides from context whether it opens or closes. */
export const QuoteMark = createToken({ name: 'QuoteMark', pattern: Lexer.NA });
/** Plain text: a {@link TextRun}, or words, numbers, dashes, punctuation and anything else. */
export const Inline = createToken({ name: 'Inline', pattern: Lexer.NA });
/** Spaces and line breaks. */
export const Gap = createToken({ name: 'Gap', pattern: Lexer.NA });

// ---------------------------------------------------------------- white space

/** A line break: `\r\n`, `\r` or `\n` (the same set unist points count). */
export const LineBreak = createToken({
  name: 'LineBreak',
  pattern: /\r\n|\r|\n/,
  line_breaks: true,
  categories: [Gap],
});

/**
 * A run of spaces, tabs and other horizontal white space (BOM and zero-width
 * space included) that no plain-text token took (see {@link Word}): at the
 * start of a line, after a quote mark, or before a line break or the end.
 */
export const Space = createToken({
  name: 'Space',
  pattern: new RegExp(`[${SPACE_CLASS}]+`),
  categories: [Gap],
});

// ---------------------------------------------------------------- words

/** Digits with inner separators: `100,000`, `1.4`, `12:50`; takes the spaces after it like {@link Word}. */
export const NumberToken = createToken({
  name: 'Number',
  pattern: { exec: matchNumber },
  start_chars_hint: codesWith(DIGIT),
  line_breaks: false,
  categories: [Inline],
});

/**
 * Letters and digits with inner apostrophes and hyphens: `Russia's`, `won't`,
 * `'90s`. A word takes the spaces after it when more of the line follows
 * (`said ` in `she said it`): the grammar never needs those spaces as tokens
 * of their own, and prose has nearly one space per word, so this halves the
 * token count. Spaces before a line break or the end of the text stay
 * {@link Space} tokens, since they may end a paragraph.
 */
export const Word = createToken({
  name: 'Word',
  pattern: { exec: matchWord },
  start_chars_hint: ["'", '\u2019', ...codesWith(LETTER | DIGIT)],
  line_breaks: false,
  categories: [Inline],
});

// ---------------------------------------------------------------- quote marks

function quoteToken(name: string, mark: string): TokenType {
  return createToken({ name, pattern: mark, categories: [QuoteMark] });
}

/** `"` straight double quote: opens or closes. */
export const StraightDouble = quoteToken('StraightDouble', '"');
/** `'` straight single quote that is not an apostrophe: opens or closes. */
export const StraightSingle = quoteToken('StraightSingle', "'");
/** `''` two straight apostrophes used as a double quote mark (old newspaper and typewriter copy): opens or closes. */
export const DoubledApostrophe = quoteToken('DoubledApostrophe', "''");
/** ```` `` ```` two backticks used as an opening double quote (typewriter and TeX-style copy). */
export const DoubledBacktick = quoteToken('DoubledBacktick', '``');
/** `’’` two right single marks used as a closing double mark (`“We sell only local comics,’’ says ...`). */
export const DoubledRightSingle = quoteToken('DoubledRightSingle', '\u2019\u2019');
/** `‘‘` two left single marks used as an opening double mark. */
export const DoubledLeftSingle = quoteToken('DoubledLeftSingle', '\u2018\u2018');
/**
 * `` ` `` one backtick used as an opening single mark (TeX-style copy: `` `Hello,' he said ``), only
 * before a letter or digit and not after one (`didn`t` keeps it as punctuation).
 */
export const SingleBacktick = createToken({
  name: 'SingleBacktick',
  pattern: { exec: matchSingleBacktick },
  start_chars_hint: ['`'],
  line_breaks: false,
  categories: [QuoteMark],
});

/**
 * The characters of a quote mark token type (`“` for {@link LeftDouble}), or `undefined` for a type that is
 * no quote mark.
 *
 * @example
 * ```ts
 * quoteMarkOf(SingleBacktick); // '`'
 * ```
 */
export function quoteMarkOf(type: TokenType): string | undefined {
  if (type === SingleBacktick) return '`';
  return type.CATEGORIES?.includes(QuoteMark) === true && typeof type.PATTERN === 'string' ? type.PATTERN : undefined;
}

/** `“` left double quotation mark. */
export const LeftDouble = quoteToken('LeftDouble', '\u201c');
/** `”` right double quotation mark. */
export const RightDouble = quoteToken('RightDouble', '\u201d');
/** `‘` left single quotation mark. */
export const LeftSingle = quoteToken('LeftSingle', '\u2018');
/** `’` right single quotation mark that is not an apostrophe. */
export const RightSingle = quoteToken('RightSingle', '\u2019');
/** `„` low double quotation mark (German, Polish). */
export const LowDouble = quoteToken('LowDouble', '\u201e');
/** `‚` low single quotation mark. */
export const LowSingle = quoteToken('LowSingle', '\u201a');
/** `«` left guillemet. */
export const LeftGuillemet = quoteToken('LeftGuillemet', '\u00ab');
/** `»` right guillemet. */
export const RightGuillemet = quoteToken('RightGuillemet', '\u00bb');
/** `‹` single left guillemet. */
export const LeftSingleGuillemet = quoteToken('LeftSingleGuillemet', '\u2039');
/** `›` single right guillemet. */
export const RightSingleGuillemet = quoteToken('RightSingleGuillemet', '\u203a');

// ---------------------------------------------------------------- punctuation

/** `—` `–` `―` `‒` `--` `-`: dashes and a lone hyphen; takes the spaces after it like {@link Word}. */
export const Dash = createToken({
  name: 'Dash',
  pattern: { exec: matchDash },
  start_chars_hint: [...DASH_CHARS],
  line_breaks: false,
  categories: [Inline],
});

/** One punctuation or symbol character, or an ellipsis `...`; takes the spaces after it like {@link Word}. */
export const Punctuation = createToken({
  name: 'Punctuation',
  pattern: { exec: matchPunctuation },
  start_chars_hint: [...PUNCTUATION_CHARS],
  line_breaks: false,
  categories: [Inline],
});

/** Any code unit, for Chevrotain's first-character table: the catch-all may start anywhere. */
function everyCodeUnit(): number[] {
  const codes: number[] = [];
  for (let code = 0; code < 65536; code += 1) codes.push(code);
  return codes;
}

/**
 * Any other single UTF-16 code unit: symbols, emoji halves, control
 * characters, lone surrogates; takes the spaces after it like {@link Word}.
 */
export const Other = createToken({
  name: 'Other',
  pattern: { exec: matchOther },
  start_chars_hint: everyCodeUnit(),
  line_breaks: false,
  categories: [Inline],
});

/**
 * A run of plain text between quote marks, line breaks and line-ending
 * spaces: words, numbers, punctuation, dashes, other characters and the
 * spaces between them (`she said it, too` in `she said it, too."`). Which
 * `'` `’` `` ` `` are part of the run and which are quote marks is decided
 * exactly as by the word-level tokens ({@link Word}, {@link Punctuation}).
 * The token's `payload` tells whether its last piece is a word or number
 * touching what follows (`BARE_WORD`, `BARE_NUMBER` in `runs.ts`).
 */
export const TextRun = createToken({
  name: 'TextRun',
  pattern: { exec: matchRun },
  start_chars_hint: runStartChars(),
  line_breaks: false,
  categories: [Inline],
});

/** The quote mark tokens, in matching order (`''` before `'`, `’’` before `’`, ```` `` ```` before a single backtick). */
const quoteTokens: TokenType[] = [
  StraightDouble,
  DoubledApostrophe,
  DoubledBacktick,
  SingleBacktick,
  StraightSingle,
  LeftDouble,
  RightDouble,
  DoubledLeftSingle,
  LeftSingle,
  DoubledRightSingle,
  RightSingle,
  LowDouble,
  LowSingle,
  LeftGuillemet,
  RightGuillemet,
  LeftSingleGuillemet,
  RightSingleGuillemet,
];

/** Quote marks a prose run never starts with: every character of them is a stop for the run matcher. */
const neverInRun = new Set<TokenType>([StraightDouble, LeftDouble, RightDouble, DoubledLeftSingle, LeftSingle, LowDouble, LowSingle, LeftGuillemet, RightGuillemet, LeftSingleGuillemet, RightSingleGuillemet]);

/**
 * The article lexer's tokens, in matching order: white space, the quote
 * marks a prose run never starts with, prose runs, then the marks a run may
 * start with (`'`, `’` and two backticks, in elisions such as `'90s` or
 * `rock 'n' roll`: the run matcher refuses them where they are quote marks,
 * and the marks after it in the table get those characters). Chevrotain
 * tries the candidates for a character in this order, so a curly mark is
 * matched without calling the run matcher first.
 */
export const articleTokens: TokenType[] = [
  QuoteMark,
  Inline,
  Gap,
  LineBreak,
  Space,
  ...quoteTokens.filter((type) => neverInRun.has(type)),
  TextRun,
  ...quoteTokens.filter((type) => !neverInRun.has(type)),
];

/** The word-level lexer's tokens, in matching order (categories first, as Chevrotain wants them listed). */
export const wordTokens: TokenType[] = [QuoteMark, Inline, Gap, LineBreak, Space, NumberToken, Word, ...quoteTokens, Dash, Punctuation, Other];

/** Every token type of both lexers. */
export const allTokens: TokenType[] = [...wordTokens, TextRun];
