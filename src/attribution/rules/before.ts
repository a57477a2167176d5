/**
 * `before`: the nearest attribution that ends before the quote in its sentence (of the three candidates before it).
 *
 * > He branded the group "an instrument of confrontation." / Smith told reporters: "We are ready."
 *
 * This covers partial quotes in reported speech, the second half of a split quote (`"A," he said, "B."`) and
 * quotes after their cue.
 *
 * @module
 */
import type { QuoteRule } from './types.js';

/** The rule. */
export const before: QuoteRule = Object.freeze<QuoteRule>({
  name: 'before',
  credit({ chain, next }, { at }) {
    let back = chain.before(next);
    for (let step = 0; back && step < 3; step += 1, back = back.prev) if (back.candidate.extent.end <= at) return back;
    return undefined;
  },
});
