/**
 * `according-to`: the speaker after "according to".
 *
 * > The talks stalled, according to a senior Western diplomat.
 *
 * The attribution wraps "according to" and the speaker phrase with its role after a comma; it may stand alone as
 * reported speech.
 *
 * @module
 */
import { makeCandidate } from '../candidate.js';
import { speakerAfter } from '../names.js';
import { roleEnd } from '../subjects.js';
import type { CueRule } from './types.js';

/** The rule. */
export const accordingTo: CueRule = Object.freeze<CueRule>({
  name: 'according-to',
  find({ lang, tokens, sentence, index }, site) {
    if (site.kind !== 'according') return undefined;
    const found = speakerAfter(lang, tokens, site.cue.end, sentence.end);
    if (!found) return undefined;
    const extent = { start: site.at, end: roleEnd(lang, tokens, found, sentence.end) };
    return { candidate: makeCandidate({ kind: 'according', cue: site.cue, lemma: site.lemma, phrase: found.phrase, extent, speech: true, sentence: index }), last: found.next - 1 };
  },
});
