/**
 * `closing`: an attribution that closes the sentence after a comma or dash credits the quotes before it.
 *
 * > The reporter was "arbitrarily detained" for weeks, the group says.
 *
 * @module
 */
import type { QuoteRule } from './types.js';

/** The rule. */
export const closing: QuoteRule = Object.freeze<QuoteRule>({
  name: 'closing',
  credit({ closing: last }, { at }) {
    return last && last.candidate.extent.start > at ? last : undefined;
  },
});
