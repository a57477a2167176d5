/**
 * `evidence`: a poll, a report or records as the source of what they show.
 *
 * > A new poll shows most voters oppose the plan. Court records show the company paid no tax.
 *
 * An evidence verb (`show`, `find`, `suggest`, ... in the language pack) right after an evidence noun (`poll`,
 * `report`, `records`), with the noun phrase back to its determiner (at most five words) as the speaker. Not
 * speech: off with `beliefs: false`.
 *
 * @module
 */
import { makeCandidate } from '../candidate.js';
import { isAdverb, isWord } from '../predicates.js';
import type { SourceRule } from './types.js';

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
    if (!isWord(noun) || last < sentence.start || !lang.evidenceNouns.has(noun.lower)) return undefined;
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
