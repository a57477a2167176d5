/**
 * `colon-name`: a name right before a colon that no cue leads up to.
 *
 * > Pollsters agree - Carl Bialik: "It is too close to call."
 *
 * Not when the candidate before the quote ends at most five words before the colon (`Smith told reporters: "..."`
 * belongs to the cue: see `before`).
 *
 * @module
 */
import { overlaps } from '../candidate.js';
import { colonCandidate, wordsOnlyBetween } from '../clause.js';
import type { QuoteRule } from './types.js';

/** The rule. */
export const colonName: QuoteRule = Object.freeze<QuoteRule>({
  name: 'colon-name',
  credit(scope, { at }) {
    const { lang, tokens, sentence, index, chain } = scope;
    if (tokens[at - 1]?.text !== ':' || at - 1 <= sentence.start) return undefined;
    const before = chain.before(scope.next);
    if (before && wordsOnlyBetween(tokens, before.candidate.extent.end, at - 1, 5)) return undefined;
    const colon = colonCandidate(lang, tokens, at - 1, sentence, index);
    if (!colon || (before && overlaps(before.candidate.extent, colon.extent))) return undefined;
    return chain.insertBefore(scope.next, colon);
  },
});
