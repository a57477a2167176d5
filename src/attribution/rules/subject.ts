/**
 * `subject`: the speaker right before its cue, with a preposed title or an appositive role.
 *
 * > Julianne Smith, the U.S. ambassador to NATO, said the alliance was united.
 *
 * Not after "to" or "by" ("began by saying"), nor for a participle (see `participle`). A cue form that is also a
 * noun ("calls", "state") takes only a capitalised name that opens its clause ("Smith calls it ...", not "the
 * group's calls").
 *
 * @module
 */
import { makeCandidate, phraseStart } from '../candidate.js';
import { isWord } from '../predicates.js';
import { subjectOf } from '../subjects.js';
import type { CueRule } from './types.js';

/** The rule. */
export const subject: CueRule = Object.freeze<CueRule>({
  name: 'subject',
  find({ lang, tokens, sentence, index }, site) {
    if (site.kind !== 'lexicon') return undefined;
    const at = site.at;
    let phrase = site.before === 'to' || site.before === 'by' || site.participle ? undefined : subjectOf(lang, tokens, site.subjectEnd ?? at, sentence.start, site.progressive && site.subjectEnd === undefined);
    if (phrase && site.nounish && !phrase.pronoun) {
      const opener = tokens[phraseStart(phrase) - 1];
      if (!tokens[phrase.speaker.start]!.upper || tokens[phrase.speaker.start - 1]?.lower === 'of' || (isWord(opener) && !opener.upper && (lang.determiners.has(opener.lower) || lang.subjectStops.has(opener.lower)) && !lang.pronouns.has(opener.lower))) phrase = undefined;
    }
    if (!phrase) return undefined;
    const extent = { start: phraseStart(phrase), end: site.cue.end };
    return { candidate: makeCandidate({ kind: 'subject', cue: site.cue, lemma: site.lemma, phrase, extent, speech: site.speech, sentence: index }), last: site.cue.end - 1 };
  },
});
