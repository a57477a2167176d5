/**
 * `belief`: a verb of belief or expectation with its subject, for the belief it reports.
 *
 * > The mayor believes the city can balance its budget. Analysts expect the bank to raise rates.
 *
 * A belief verb (`believe`, `think`, `expect`, `hope`, `fear`, ... in the language pack) whose subject is found like
 * a speaker's (`subject`), followed by `that`, `to`, or the start of a clause (a pronoun, a determiner, a name). Not
 * after a determiner (`the hope`), a form of "be" (`is expected`), `to` or `by`. Not speech: off with
 * `beliefs: false`.
 *
 * @module
 */
import { makeCandidate, phraseStart } from '../candidate.js';
import { isWord } from '../predicates.js';
import { subjectOf } from '../subjects.js';
import type { SourceRule } from './types.js';

/** The rule. */
export const belief: SourceRule = Object.freeze<SourceRule>({
  name: 'belief',
  kind: 'belief',
  find({ lang, tokens, sentence, index }, at) {
    const token = tokens[at]!;
    const lemma = lang.beliefs.get(token.lower);
    if (lemma === undefined || token.upper || lang.morphology.isProgressive(token.lower)) return undefined;
    const before = tokens[at - 1];
    if (isWord(before) && (lang.nounMarkers.has(before.lower) || lang.beForms.has(before.lower) || before.lower === 'to' || before.lower === 'by')) return undefined;
    const next = tokens[at + 1];
    if (!isWord(next)) return undefined;
    const opens = lang.complementizers.has(next.lower) || next.lower === 'to' || lang.pronouns.has(next.lower) || lang.determiners.has(next.lower) || next.upper;
    if (!opens) return undefined;
    const phrase = subjectOf(lang, tokens, at, sentence.start, false);
    if (!phrase) return undefined;
    const cue = { start: at, end: at + 1 };
    return makeCandidate({ kind: 'belief', cue, lemma, phrase, extent: { start: phraseStart(phrase), end: at + 1 }, speech: true, sentence: index });
  },
});
