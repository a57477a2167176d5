/**
 * `content-noun`: a noun of saying with a content clause, its possessor as the speaker.
 *
 * > The minister repeated his warning that the ceasefire would not hold.
 *
 * A content noun (`claim`, `warning`, `promise`, ... in the language pack) right before `that`. The speaker is a
 * possessive determiner (`his`) or a possessive name (`Trump's`, with the name words before it); after another
 * determiner (`the claim that`) the attribution has no speaker, and right after another attribution and a
 * preposition (`said in a statement that`) the noun is that attribution's medium, no source of its own.
 *
 * @module
 */
import { makeCandidate, type Candidate } from '../candidate.js';
import { isNameWord } from '../names.js';
import { isWord } from '../predicates.js';
import type { SourceRule } from './types.js';

/** The rule. */
/** Whether one of `attributions` ends right before token `at`. */
function attributionEndsAt(attributions: readonly Candidate[], at: number): boolean {
  for (const candidate of attributions) if (candidate.extent.end === at) return true;
  return false;
}

export const contentNoun: SourceRule = Object.freeze<SourceRule>({
  name: 'content-noun',
  kind: 'speech',
  find({ lang, tokens, sentence, index, attributions }, at) {
    const token = tokens[at]!;
    if (token.upper || !lang.contentNouns.has(token.lower)) return undefined;
    const next = tokens[at + 1];
    if (!isWord(next) || !lang.complementizers.has(next.lower)) return undefined;
    const before = tokens[at - 1];
    if (!isWord(before) || at - 1 < sentence.start) return undefined;
    const cue = { start: at, end: at + 1 };
    const make = (phrase: { speaker: { start: number; end: number }; pronoun: boolean } | undefined, start: number) =>
      makeCandidate({ kind: 'noun', cue, lemma: lang.morphology.guessLemma(token.lower), phrase, extent: { start, end: at + 1 }, speech: true, sentence: index });
    if (lang.possessiveDeterminers.has(before.lower)) return make({ speaker: { start: at - 1, end: at }, pronoun: true }, at - 1);
    if (lang.morphology.isPossessive(before.lower) && before.upper) {
      let start = at - 1;
      while (start - 1 >= sentence.start && at - start < 4 && isNameWord(lang, tokens[start - 1])) start -= 1;
      return make({ speaker: { start, end: at }, pronoun: false }, start);
    }
    if (lang.determiners.has(before.lower)) {
      // The medium of the attribution just before, not a source of its own: "said in a statement that ...".
      const preposition = tokens[at - 2];
      if (isWord(preposition) && lang.prepositions.has(preposition.lower) && attributionEndsAt(attributions, at - 2)) return undefined;
      return make(undefined, at);
    }
    return undefined;
  },
});
