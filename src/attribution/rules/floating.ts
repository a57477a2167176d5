/**
 * `floating`: a sentence of quotations only takes the attribution before it in the paragraph, else the one that
 * follows (when that one credits quotes, or is in the next sentence).
 *
 * > Smith said the vote was close. "We are ready for it." "We have always been ready."
 *
 * One pass over the paragraph's floating quotes and its candidates with a speaker, in order.
 *
 * @module
 */
import type { Candidate } from '../candidate.js';
import type { ParagraphRule } from './types.js';

/** The rule. */
export const floating: ParagraphRule = Object.freeze<ParagraphRule>({
  name: 'floating',
  apply({ state, tokens, candidates, floating: quotes }) {
    if (quotes.length === 0) return;
    const withSpeaker = candidates.filter((candidate) => candidate.phrase !== undefined).sort((a, b) => a.extent.start - b.extent.start);
    let cursor = 0;
    let before: Candidate | undefined;
    for (const quote of quotes) {
      while (cursor < withSpeaker.length && withSpeaker[cursor]!.extent.start < quote.token) {
        const candidate = withSpeaker[cursor]!;
        if (candidate.quotes.length > 0 || candidate.speech) before = candidate;
        cursor += 1;
      }
      const next = withSpeaker[cursor];
      const after = next && (next.quotes.length > 0 || next.sentence === quote.sentence + 1) ? next : undefined;
      const chosen = before ?? after;
      if (!chosen) continue;
      chosen.quotes.push(quote.token);
      quote.credited = true;
      state.creditRule.set(tokens[quote.token]!.quotation!, before ? 'float-before' : 'float-after');
    }
  },
});
