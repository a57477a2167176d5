/**
 * `inverted`: the speaker after a cue that opens its clause.
 *
 * > "We are not there yet," said Dmitry Peskov, the Kremlin spokesman.
 *
 * The cue opens the sentence, or follows a quote (with a comma) or a colon; adverbs may sit between cue and
 * speaker ("said flatly"); the extent runs on over the clause ("said Peskov on Tuesday"). Only a finite verb
 * inverts: after a participle the words are its object ("..., referring to the bridge repairs"), and the participle
 * shares the speaker of the clause before it. A pronoun inverts only alone or before a time or place (`said he.`,
 * `said she on Tuesday`): with a clause after it (`said it filed suit`) it is that clause's subject. After a comma
 * and a clause with no quotation, the cue inverts when a name and its role close the sentence: "Earnings will
 * improve, said John Smith, an analyst at the bank.", "The line reopened Friday, said a spokeswoman for the
 * railroad." (not a cue that tells someone: ", the spokeswoman, told Reuters.").
 *
 * @module
 */
import type { Language } from '../../language/types.js';
import { makeCandidate } from '../candidate.js';
import { extendClause, onlyPunctuationFrom } from '../clause.js';
import { hasSpeakerNoun, speakerAfter } from '../names.js';
import { isAdverb, isComma, isWord } from '../predicates.js';
import type { Token } from '../sentences.js';
import { roleEnd } from '../subjects.js';
import type { CueRule } from './types.js';

/** Whether the words `[from, to)` are all adverbs in -ly ("said flatly"), not words such as `in` ("said in a statement"). */
function onlyAdverbsBetween(lang: Language, tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (!lang.morphology.isAdverb(tokens[index]!.lower)) return false;
  return true;
}

/** The rule. */
export const inverted: CueRule = Object.freeze<CueRule>({
  name: 'inverted',
  find({ lang, lexicon, tokens, sentence, index }, site) {
    if (site.kind !== 'lexicon') return undefined;
    const at = site.at;
    const previous = tokens[at - 1];
    const opens = at === sentence.start || previous === undefined || previous.kind === 'quote' || (isComma(previous) && tokens[at - 2]?.kind === 'quote') || (previous.kind === 'punct' && previous.text === ':');
    // After a comma and a clause with no quotation, the cue inverts only when its speaker closes the sentence ("Earnings
    // will improve, said John Smith, an analyst at the bank."): the clause before is what was said. Not a cue that
    // tells someone (", the spokeswoman, told Reuters.": the name is the one told).
    const closing = !opens && isComma(previous) && at - 1 > sentence.start && !lang.toldCues.has(site.lemma) && !sentence.quoted;
    if ((!opens && !closing) || lang.morphology.isProgressive(tokens[at]!.lower)) return undefined;
    let next = site.cue.end;
    while (next < sentence.end && isAdverb(lang, tokens[next]!)) next += 1;
    // Closing, the speaker is a name, perhaps after a title ("said bank spokesman James Day"), or, after a cue that
    // inverts there (`closingLemmas`), a common noun phrase whose noun speaks ("said the spokesman.", "said two
    // officials familiar with the talks."; not "..., blamed the board."): most cues after a comma open their content
    // ("..., said the plan failed").
    const named = tokens[next]?.upper || tokens[next + 1]?.upper || tokens[next + 2]?.upper;
    const common = !named && lang.closingLemmas.has(site.lemma) && onlyAdverbsBetween(lang, tokens, site.cue.end, next) && isWord(tokens[next]) && (lang.determiners.has(tokens[next]!.lower) || lang.speakerNouns.has(tokens[next]!.lower));
    if (closing && !named && !common) return undefined;
    const found = speakerAfter(lang, tokens, next, sentence.end);
    if (!found) return undefined;
    // A pronoun after the cue with words after it opens the reported clause: `"...," said it would fail` is no
    // inversion (only `"...," said he.` would be).
    const after = tokens[found.next];
    if (found.phrase.pronoun && isWord(after) && !(lang.prepositions.has(after.lower) || lang.timeWords.has(after.lower) || isAdverb(lang, after))) return undefined;
    const role = roleEnd(lang, tokens, found, sentence.end);
    // Closing: the speaker and its role end the sentence, only punctuation after them.
    if (closing && (found.phrase.pronoun || !(tokens[found.phrase.speaker.start]!.upper || (common && hasSpeakerNoun(lang, tokens, found.phrase.speaker.start, found.phrase.speaker.end))) || !onlyPunctuationFrom(tokens, role, sentence))) return undefined;
    const end = extendClause(lang, tokens, role, sentence.end, lexicon);
    return { candidate: makeCandidate({ kind: 'inverted', cue: site.cue, lemma: site.lemma, phrase: found.phrase, extent: { start: at, end }, speech: site.speech, sentence: index }), last: found.next - 1 };
  },
});
