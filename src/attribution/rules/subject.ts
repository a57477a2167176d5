/**
 * `subject`: the speaker right before its cue, with a preposed title or an appositive role.
 *
 * > Julianne Smith, the U.S. ambassador to NATO, said the alliance was united.
 *
 * Not after "to" or "by" ("began by saying"), nor for a participle (see `participle`). A cue form that is also a
 * noun ("calls", "state") takes only a capitalised name that opens its clause ("Smith calls it ...", not "the
 * group's calls", nor "A new report by ..." at the start of a sentence), or a noun that speaks ("The agency reports").
 *
 * @module
 */
import type { Language } from '../../language/types.js';
import { makeCandidate, phraseStart } from '../candidate.js';
import { hasSpeakerNoun } from '../names.js';
import { isWord } from '../predicates.js';
import type { Token } from '../sentences.js';
import { subjectOf } from '../subjects.js';
import type { CueRule } from './types.js';

/** Whether the words of `range` are all determiners and quantity words ("A few", "the two"). */
function onlyQuantities(lang: Language, tokens: readonly Token[], range: { start: number; end: number }): boolean {
  for (let index = range.start; index < range.end; index += 1) {
    const lower = tokens[index]!.lower;
    if (!lang.determiners.has(lower) && !lang.quantities.has(lower)) return false;
  }
  return true;
}

/** Whether a phrase opens with a determiner before a lower-case word ("A new", "The strong jobs"). */
function opensCommonPhrase(lang: Language, tokens: readonly Token[], range: { start: number; end: number }): boolean {
  return lang.determiners.has(tokens[range.start]!.lower) && range.start + 1 < range.end && !tokens[range.start + 1]!.upper;
}

/** Whether a common noun phrase can speak: a noun that speaks or an organisation's among its words, or a title at its end ("The network", "The candidate"). */
function speaksAsCommonPhrase(lang: Language, tokens: readonly Token[], range: { start: number; end: number }): boolean {
  return hasSpeakerNoun(lang, tokens, range.start + 1, range.end) || lang.titleHeads.has(tokens[range.end - 1]!.lower);
}

/** The rule. */
export const subject: CueRule = Object.freeze<CueRule>({
  name: 'subject',
  find({ lang, tokens, sentence, index }, site) {
    if (site.kind !== 'lexicon') return undefined;
    const at = site.at;
    let phrase = site.before === 'to' || site.before === 'by' || site.participle ? undefined : subjectOf(lang, tokens, site.subjectEnd ?? at, sentence.start, site.progressive && site.subjectEnd === undefined);
    if (phrase && site.nounish && !phrase.pronoun) {
      const opener = tokens[phraseStart(phrase) - 1];
      // A capitalised determiner before a lower-case word opens no name ("A new report by the agency said"; not "The
      // Federal Reserve reports"), unless a noun that speaks is the subject ("The agency reports").
      const first = phrase.speaker.start;
      if (!tokens[first]!.upper || (opensCommonPhrase(lang, tokens, phrase.speaker) && !speaksAsCommonPhrase(lang, tokens, phrase.speaker)) || tokens[first - 1]?.lower === 'of' || (isWord(opener) && !opener.upper && (lang.determiners.has(opener.lower) || lang.subjectStops.has(opener.lower)) && !lang.pronouns.has(opener.lower))) phrase = undefined;
      // After nothing but determiners and quantities a noun-like cue is their noun ("A few states have yet to be
      // called"); before a title it is no cue at all (`readSite` in `sentence.ts`).
      if (phrase && onlyQuantities(lang, tokens, phrase.speaker)) phrase = undefined;
    }
    if (!phrase) return undefined;
    const extent = { start: phraseStart(phrase), end: site.cue.end };
    return { candidate: makeCandidate({ kind: 'subject', cue: site.cue, lemma: site.lemma, phrase, extent, speech: site.speech, sentence: index }), last: site.cue.end - 1 };
  },
});
