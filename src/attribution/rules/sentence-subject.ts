/**
 * `sentence-subject`: a cue further into its sentence takes the subject that opens it.
 *
 * > She greeted the crowd in Des Moines and told them that "help is on the way."
 *
 * The subject must end before the cue, at most 25 tokens before it, with no quotation between them, and it must be
 * able to speak (`canSpeak`): `sentenceSubject` passes over an opening phrase that cannot for the subject after its
 * comma (`Using the rally, the senator ... told them that "..."`), and with none the rule finds nothing (`Using the
 * rally the senator ...`), unless the word is someone named before (`Schilling did not back down and told ...`). The
 * attribution spans subject to cue and never stands alone as reported speech.
 *
 * @module
 */
import { makeCandidate } from '../candidate.js';
import { hasQuote } from '../predicates.js';
import { canSpeak } from '../speaks.js';
import type { CueRule } from './types.js';

/** The rule. */
export const sentenceSubject: CueRule = Object.freeze<CueRule>({
  name: 'sentence-subject',
  find(scope, site) {
    if (site.kind !== 'lexicon' || site.nounish) return undefined;
    const at = site.at;
    const opening = scope.openingSubject();
    if (!opening || opening.end > at || hasQuote(scope.tokens, opening.start, at) || at - opening.end > 25) return undefined;
    // A subject that cannot speak ("Using the rally the senator ..."), unless it is someone named before ("Schilling").
    if (!canSpeak(scope.lang, scope.tokens, opening.phrase) && !scope.state.resolver.knownWord(scope.tokens[opening.phrase.speaker.start]!.lower)) return undefined;
    const extent = { start: opening.start, end: site.cue.end };
    return { candidate: makeCandidate({ kind: 'subject', cue: site.cue, lemma: site.lemma, phrase: opening.phrase, extent, speech: false, sentence: scope.index }), last: site.cue.end - 1 };
  },
});
