/**
 * `evidence`: a poll, a report or records as the source of what they show.
 *
 * > A new poll shows most voters oppose the plan. Court records show the company paid no tax.
 *
 * An evidence verb (`show`, `find`, `suggest`, ... in the language pack) right after an evidence noun (`poll`,
 * `report`, `records`), with the noun phrase back to its determiner (at most five words) as the speaker. The noun
 * may carry a modifier between it and the verb, a participle or a preposition with its words (`A poll conducted
 * for the networks showed`, `The report published Tuesday found`, `Footage from the game shows`), also between
 * commas (`The report, released Tuesday, found`). Not speech: off
 * with `beliefs: false`.
 *
 * @module
 */
import type { Language } from '../../language/types.js';
import { makeCandidate } from '../candidate.js';
import { isAdverb, isComma, isWord } from '../predicates.js';
import type { Token } from '../sentences.js';
import type { SourceRule } from './types.js';

/** The most words between an evidence noun and its verb. */
const MAX_MODIFIER_WORDS = 10;

/**
 * The evidence noun before a modifier that ends at `end` (`poll` in `poll conducted for the networks`): the nearest
 * evidence noun, back over words only, whose next word opens a modifier (a preposition, a past participle, a time
 * word); -1 when there is none.
 */
function modifiedHead(lang: Language, tokens: readonly Token[], end: number, floor: number): number {
  for (let at = end - 1; at >= floor && at >= end - MAX_MODIFIER_WORDS; at -= 1) {
    const token = tokens[at]!;
    if (token.kind !== 'word') return -1;
    if (!lang.evidenceNouns.has(token.lower)) continue;
    const next = tokens[at + 1]!;
    return lang.prepositions.has(next.lower) || lang.timeWords.has(next.lower) || (!next.upper && lang.morphology.isPastForm(next.lower)) ? at : -1;
  }
  return -1;
}

/**
 * The evidence noun before a modifier between commas that ends at the comma `comma` (`report` in `The report,
 * released Tuesday, found`); -1 when there is none.
 */
function setOffHead(lang: Language, tokens: readonly Token[], comma: number, floor: number): number {
  for (let at = comma - 1; at > floor && at >= comma - MAX_MODIFIER_WORDS; at -= 1) {
    const token = tokens[at]!;
    if (token.kind === 'word') continue;
    if (!isComma(token) || at === comma - 1) return -1;
    const noun = tokens[at - 1]!;
    return noun.kind === 'word' && lang.evidenceNouns.has(noun.lower) ? at - 1 : -1;
  }
  return -1;
}

/** The rule. */
export const evidence: SourceRule = Object.freeze<SourceRule>({
  name: 'evidence',
  kind: 'belief',
  find({ lang, tokens, sentence, index }, at) {
    const token = tokens[at]!;
    const lemma = lang.evidence.get(token.lower);
    if (lemma === undefined || token.upper) return undefined;
    let last = at - 1;
    while (last > sentence.start && isAdverb(lang, tokens[last]!)) last -= 1;
    const noun = tokens[last];
    if (isComma(noun) && last > sentence.start) {
      last = setOffHead(lang, tokens, last, sentence.start);
      if (last < 0) return undefined;
    } else if (!isWord(noun) || last < sentence.start) return undefined;
    else if (!lang.evidenceNouns.has(noun.lower)) {
      last = modifiedHead(lang, tokens, last, sentence.start);
      if (last < 0) return undefined;
    }
    let start = last;
    while (start > sentence.start && last - start < 5) {
      const previous = tokens[start - 1]!;
      if (previous.kind !== 'word' || (lang.subjectStops.has(previous.lower) && !lang.determiners.has(previous.lower))) break;
      start -= 1;
      if (lang.determiners.has(previous.lower)) break;
    }
    const phrase = { speaker: { start, end: last + 1 }, pronoun: false };
    const cue = { start: at, end: at + 1 };
    return makeCandidate({ kind: 'evidence', cue, lemma, phrase, extent: { start, end: at + 1 }, speech: true, sentence: index });
  },
});
