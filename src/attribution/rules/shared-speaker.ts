/**
 * `shared-speaker`: a cue with no speaker of its own next to it shares the speaker of the attribution before it in
 * the sentence: a participle (kind `participle`) or a second verb of the same subject (kind `conjoined`).
 *
 * > Smith told reporters on Tuesday, adding that "the door remains open."
 * > Peskov declared the talks over and said "there is nothing left to discuss."
 *
 * The candidate has no speaker; a quote it credits goes to the attribution it shares, and when that one credits
 * nothing else and sits close before a participle, the two become one attribution whose cue is the participle
 * (see `credit` in `sentence.ts`). Not for a form that is also a noun ("calls").
 *
 * @module
 */
import { makeCandidate } from '../candidate.js';
import type { CueRule } from './types.js';

/** The rule. */
export const sharedSpeaker: CueRule = Object.freeze<CueRule>({
  name: 'shared-speaker',
  find({ candidates, index }, site) {
    if (site.kind !== 'lexicon' || site.nounish) return undefined;
    const shares = candidates.at(-1);
    if (!shares) return undefined;
    const kind = site.participle ? 'participle' : 'conjoined';
    return { candidate: makeCandidate({ kind, cue: site.cue, lemma: site.lemma, phrase: undefined, extent: { start: site.at, end: site.cue.end }, speech: false, shares, sentence: index }), last: site.at };
  },
});
