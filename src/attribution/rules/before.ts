/**
 * `before`: the nearest attribution that ends before the quote in its sentence (of the three candidates before it).
 *
 * > He branded the group "an instrument of confrontation." / Smith told reporters: "We are ready."
 *
 * This covers partial quotes in reported speech, the second half of a split quote (`"A," he said, "B."`) and
 * quotes after their cue. A relative clause's attribution whose clause closes before the quote (`Haley, who
 * delivered the response, is an "articulate conservative"`) is passed over: the quote is in the main clause.
 *
 * @module
 */
import type { Candidate } from '../candidate.js';
import type { Token } from '../sentences.js';
import { closesRelative } from '../spans.js';
import type { Language } from '../../language/types.js';
import type { QuoteRule } from './types.js';

/** Whether the relative clause of `candidate` (`Haley, who delivered ...,`) closes before the quote at `at`. */
function closedBefore(lang: Language, tokens: readonly Token[], candidate: Candidate, at: number): boolean {
  if (!candidate.phrase?.antecedent) return false;
  for (let index = candidate.extent.end; index < at; index += 1) if (closesRelative(lang, tokens, index)) return true;
  return false;
}

/** The rule. */
export const before: QuoteRule = Object.freeze<QuoteRule>({
  name: 'before',
  credit({ lang, tokens, chain, next }, { at }) {
    let back = chain.before(next);
    for (let step = 0; back && step < 3; step += 1, back = back.prev) if (back.candidate.extent.end <= at && !closedBefore(lang, tokens, back.candidate, at)) return back;
    return undefined;
  },
});
