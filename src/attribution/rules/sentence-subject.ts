/**
 * `sentence-subject`: a cue further into its sentence takes the subject that opens it.
 *
 * > She greeted the crowd in Des Moines and told them that "help is on the way."
 *
 * The subject must end before the cue, at most 25 tokens before it, with no quotation between them. The
 * attribution spans subject to cue and never stands alone as reported speech.
 *
 * @module
 */
import { makeCandidate } from '../candidate.js';
import { hasQuote } from '../predicates.js';
import type { CueRule } from './types.js';

/** The rule. */
export const sentenceSubject: CueRule = Object.freeze<CueRule>({
  name: 'sentence-subject',
  find(scope, site) {
    if (site.kind !== 'lexicon' || site.nounish) return undefined;
    const at = site.at;
    const opening = scope.openingSubject();
    if (!opening || opening.end > at || hasQuote(scope.tokens, opening.start, at) || at - opening.end > 25) return undefined;
    const extent = { start: opening.start, end: site.cue.end };
    return { candidate: makeCandidate({ kind: 'subject', cue: site.cue, lemma: site.lemma, phrase: opening.phrase, extent, speech: false, sentence: scope.index }), last: site.cue.end - 1 };
  },
});
