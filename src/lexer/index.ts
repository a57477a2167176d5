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
  articleLexer ??= build(articleTokens);
  return articleLexer.tokenize(text).tokens;
}

/**
 * Splits text into word-level tokens (words, numbers, dashes, punctuation,
 * quote marks, spaces, line breaks), as the furniture grammar reads them.
 * Never fails: the catch-all token takes any character no other token wants.
 *
 * @param text The text to tokenise.
 * @returns The tokens, covering the text without gaps.
 */
export function tokenize(text: string): IToken[] {
  wordLexer ??= build(wordTokens);
  return wordLexer.tokenize(text).tokens;
}

export { BARE_NUMBER, BARE_WORD, NOT_BARE, type RunEnd } from './runs.js';
export * from './tokens.js';
