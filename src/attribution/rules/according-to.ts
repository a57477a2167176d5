/**
 * `according-to`: the source after "according to".
 *
 * > The talks stalled, according to a senior Western diplomat.
 * > According to early results of an exit poll conducted for the networks, most voters were angry.
 *
 * The attribution wraps "according to" and the speaker phrase with its role after a comma; it may stand alone as
 * reported speech. The source of "according to" is a noun phrase of any length ("early results of an exit poll
 * conducted for the networks"): when the phrase opens the sentence, the attribution runs on to the comma that
 * closes it; when it closes the sentence, to the end. A speaker the name rules do not find is the phrase's first
 * words, up to a preposition or a comma ("early results").
 *
 * @module
 */
import type { Language } from '../../language/types.js';
import { makeCandidate } from '../candidate.js';
import { onlyPunctuationFrom, opensSentence } from '../clause.js';
import type { Range, SpeakerPhrase } from '../names.js';
import { speakerAfter } from '../names.js';
import { isComma, isWord } from '../predicates.js';
import type { Sentence, Token } from '../sentences.js';
import { roleEnd } from '../subjects.js';
import type { CueRule } from './types.js';

/** The most words a source phrase of "according to" runs over to reach its comma. */
const MAX_SOURCE_WORDS = 20;

/** The first index at or after `from` that is not a word (or the sentence's end), when it comes within the limit; else -1. */
function wordsEnd(tokens: readonly Token[], from: number, sentence: Sentence): number {
  let at = from;
  while (at < sentence.end && tokens[at]!.kind === 'word') {
    if (at - from >= MAX_SOURCE_WORDS) return -1;
    at += 1;
  }
  return at;
}

/** A source phrase the name rules do not read: its first words, up to a preposition or a comma. */
function headPhrase(lang: Language, tokens: readonly Token[], first: number, end: number): SpeakerPhrase | undefined {
  let at = first;
  while (at < end && (at === first || !lang.prepositions.has(tokens[at]!.lower))) at += 1;
  const speaker: Range = { start: first, end: at };
  return at > first ? { speaker, pronoun: false } : undefined;
}

/**
 * A source named with the one who made it runs on over its agent: "according to a memo released by the finance
 * committee", "a document filed by the state attorney" (a past participle, then `by`, then words up to a preposition
 * or `limit`).
 */
function withAgent(lang: Language, tokens: readonly Token[], phrase: SpeakerPhrase, limit: number): SpeakerPhrase {
  const end = phrase.speaker.end;
  const participle = tokens[end - 1];
  const by = tokens[end];
  if (end - phrase.speaker.start < 2 || !isWord(participle) || participle.upper || !lang.morphology.isPastForm(participle.lower) || !isWord(by) || by.lower !== 'by') return phrase;
  let at = end + 1;
  while (at < limit && tokens[at]!.kind === 'word' && !lang.prepositions.has(tokens[at]!.lower)) at += 1;
  return at > end + 1 ? { ...phrase, speaker: { start: phrase.speaker.start, end: at } } : phrase;
}

/** The rule. */
export const accordingTo: CueRule = Object.freeze<CueRule>({
  name: 'according-to',
  find({ lang, tokens, sentence, index }, site) {
    if (site.kind !== 'according') return undefined;
    const found = speakerAfter(lang, tokens, site.cue.end, sentence.end);
    const stop = wordsEnd(tokens, site.cue.end, sentence);
    // Where the source phrase may run to: the comma after it when it opens the sentence, the end when it closes it.
    const reach = stop < 0 ? -1 : opensSentence(lang, tokens, sentence, site.at) ? (isComma(tokens[stop]) ? stop : -1) : onlyPunctuationFrom(tokens, stop, sentence) ? stop : -1;
    const head = found?.phrase ?? (reach >= 0 ? headPhrase(lang, tokens, site.cue.end, reach) : undefined);
    if (!head) return undefined;
    const phrase = withAgent(lang, tokens, head, reach >= 0 ? reach : sentence.end);
    let end = found ? roleEnd(lang, tokens, found, sentence.end) : phrase.speaker.end;
    if (phrase.speaker.end > end) end = phrase.speaker.end;
    if (reach > end) end = reach;
    const extent = { start: site.at, end };
    return { candidate: makeCandidate({ kind: 'according', cue: site.cue, lemma: site.lemma, phrase, extent, speech: true, sentence: index }), last: end - 1 };
  },
});
