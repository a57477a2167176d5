/**
 * `after-quote`: the attribution right after the quote, with only a comma, dash or colon between them.
 *
 * > "The alliance is united," Julianne Smith said Tuesday.
 *
 * A subject or positional attribution then runs on over its clause ("said Tuesday in a statement").
 *
 * @module
 */
import { sharesSpeaker } from '../candidate.js';
import { adjacent, extendClause } from '../clause.js';
import type { QuoteRule } from './types.js';

/** The rule. */
export const afterQuote: QuoteRule = Object.freeze<QuoteRule>({
  name: 'after-quote',
  credit({ lang, lexicon, tokens, sentence }, { at, following }) {
    if (!following || sharesSpeaker(following.candidate) || !adjacent(tokens, at, following.candidate.extent.start)) return undefined;
    const candidate = following.candidate;
    if (candidate.kind === 'subject' || candidate.kind === 'positional') candidate.extent.end = extendClause(lang, tokens, candidate.extent.end, sentence.end, lexicon);
    return following;
  },
});
