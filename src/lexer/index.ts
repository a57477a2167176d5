/**
 * The Chevrotain lexer, built once on first use and reused.
 *
 * @module
 */
import { Lexer, type IToken } from 'chevrotain';
import { allTokens } from './tokens.js';

let lexer: Lexer | undefined;

function getLexer(): Lexer {
  lexer ??= new Lexer(allTokens, {
    ensureOptimizations: true,
    positionTracking: 'onlyOffset',
    skipValidations: false,
  });
  return lexer;
}

/**
 * Splits text into tokens. Never fails: the catch-all token takes any
 * character no other token wants.
 *
 * @param text The text to tokenise.
 * @returns The tokens, covering the text without gaps.
 */
export function tokenize(text: string): IToken[] {
  return getLexer().tokenize(text).tokens;
}

export * from './tokens.js';
