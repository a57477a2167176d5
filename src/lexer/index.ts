/**
 * The Chevrotain lexers, each built once on first use and reused.
 *
 * @module
 */
import { Lexer, type IToken, type TokenType } from 'chevrotain';
import { articleTokens, wordTokens } from './tokens.js';

function build(tokens: TokenType[]): Lexer {
  return new Lexer(tokens, {
    ensureOptimizations: true,
    positionTracking: 'onlyOffset',
    skipValidations: false,
  });
}

/**
 * A few tokens of each lexer, kept for the life of the module. Chevrotain adds `payload` to a token after
 * creating it, so tokens with a payload have a hidden class (V8 map) of their own that only live tokens keep
 * alive. When a full garbage collection finds none (between two parses), V8 frees that map and throws away
 * the optimised code that checked for it: the lexer's matchers and the grammar's gates and alternatives
 * (`--trace-deopt`: "weak objects"), which must then be optimised again (issue 5).
 */
const keptTokens: IToken[][] = [];

function keepTokenShapes(lexer: Lexer): void {
  keptTokens.push(lexer.tokenize('Word 12 "word," — it\'s.\n').tokens);
}

let articleLexer: Lexer | undefined;
let wordLexer: Lexer | undefined;

/**
 * Splits text into the article grammar's tokens: prose runs, quote marks,
 * spaces and line breaks. Never fails: a prose run takes any character that
 * is neither white space nor a quote mark.
 *
 * @param text The text to tokenise.
 * @returns The tokens, covering the text without gaps.
 */
export function tokenizeArticle(text: string): IToken[] {
  if (articleLexer === undefined) {
    articleLexer = build(articleTokens);
    keepTokenShapes(articleLexer);
  }
  return articleLexer.tokenize(text).tokens;
}

/**
 * Splits text into word-level tokens (words, numbers, dashes, punctuation,
 * quote marks, spaces, line breaks). Never fails: the catch-all token takes
 * any character no other token wants.
 *
 * No stage of a parse runs this lexer: it is the reference cut of plain text
 * that the article lexer's prose runs (`runs.ts`) and the furniture grammar's
 * tokens (read from the word layer, `src/furniture/tokens.ts`) are tested
 * against.
 *
 * @param text The text to tokenise.
 * @returns The tokens, covering the text without gaps.
 */
export function tokenize(text: string): IToken[] {
  if (wordLexer === undefined) {
    wordLexer = build(wordTokens);
    keepTokenShapes(wordLexer);
  }
  return wordLexer.tokenize(text).tokens;
}

export { BARE_NUMBER, BARE_WORD, NOT_BARE, type RunEnd } from './runs.js';
export * from './tokens.js';
