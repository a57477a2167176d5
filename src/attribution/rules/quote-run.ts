/**
 * `quote-run`: the attribution after a run of quotes it closes, with only punctuation, `and` and `or` between.
 *
 * > "Tax cuts" and "jobs," the senator said, were his themes.
 *
 * @module
 */
import { onlyQuotesBetween } from '../clause.js';
import type { QuoteRule } from './types.js';

/** The rule. */
export const quoteRun: QuoteRule = Object.freeze<QuoteRule>({
  name: 'quote-run',
  credit({ tokens }, { at, following }) {
    return following && onlyQuotesBetween(tokens, at, following.candidate.extent.start) ? following : undefined;
  },
});
