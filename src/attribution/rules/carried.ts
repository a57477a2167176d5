/**
 * `carried`: a paragraph that opens with a floating quote nobody in it claims continues the attribution of the
 * paragraph before.
 *
 * > "We will not back down," Smith said. ⏎ "Not now, not ever, not under any pressure."
 *
 * Only the quotes of the paragraph's first sentence are carried; a paragraph of floating quotes passes its carry on
 * (see `paragraph.ts`).
 *
 * @module
 */
import type { ParagraphRule } from './types.js';

/** The rule. */
export const carried: ParagraphRule = Object.freeze<ParagraphRule>({
  name: 'carried',
  apply({ state, tokens, floating, carry, carried: list, credits }) {
    if (!carry) return;
    for (const quote of floating) {
      if (quote.credited || quote.sentence !== 0) continue;
      const quotation = tokens[quote.token]!.quotation!;
      list.push(quotation);
      quote.credited = true;
      state.creditRule.set(quotation, 'carry');
    }
    // A loop, not push(...list): a paragraph of 100,000+ floating quotes overflows the call stack (issue 16).
    if (list.length > 0) {
      const credited = credits.get(carry)!;
      for (const quotation of list) credited.add(quotation);
    }
  },
});
