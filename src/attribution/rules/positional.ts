/**
 * `positional`: a verb the lexicon does not know, between the quote and a name, read as the cue by its place.
 *
 * > "Not on my watch," Smith harrumphed. / "Not on my watch," harrumphed Smith.
 *
 * The verb ends in -ed or -s (the pack's `isUnknownVerb`) and the clause ends after it (or after the name); its
 * lemma is the pack's guess (`harrumphed` -> `harrumph`). The candidate joins the sentence's chain unless it overlaps a
 * neighbour.
 *
 * @module
 */
import type { Language } from '../../language/types.js';
import { makeCandidate, overlaps, phraseStart, type Candidate } from '../candidate.js';
import { clauseEnds, extendClause } from '../clause.js';
import { looksLikeVerb } from '../cues.js';
import { isNameWord, speakerAfter, speakerBefore } from '../names.js';
import { isComma, isWord } from '../predicates.js';
import type { Sentence, Token } from '../sentences.js';
import type { QuoteRule } from './types.js';

/** Whether a word may be the name before a positional verb: capitalised, or a subject pronoun. */
function nameLike(token: Token): boolean {
  return token.upper || token.lower === 'he' || token.lower === 'she' || token.lower === 'they';
}

/** The positional candidate after the quote at `quote`, if any. */
export function positionalCandidate(lang: Language, tokens: readonly Token[], quote: number, sentence: Sentence, index: number): Candidate | undefined {
  let at = quote + 1;
  if (isComma(tokens[at])) at += 1;
  if (!isWord(tokens[at])) return undefined;
  const first = tokens[at]!;
  // NAME VERB
  if (nameLike(first)) {
    let nameEnd = at;
    while (nameEnd < sentence.end && isWord(tokens[nameEnd]) && nameLike(tokens[nameEnd]!) && nameEnd - at < 4) nameEnd += 1;
    const verb = tokens[nameEnd];
    if (!looksLikeVerb(lang, verb) || !clauseEnds(lang, tokens, nameEnd + 1, sentence.end)) return undefined;
    const phrase = speakerBefore(lang, tokens, nameEnd - 1, at);
    if (!phrase) return undefined;
    return makeCandidate({ kind: 'positional', cue: { start: nameEnd, end: nameEnd + 1 }, lemma: lang.morphology.guessLemma(verb.text), phrase, extent: { start: phraseStart(phrase), end: nameEnd + 1 }, speech: false, sentence: index });
  }
  // VERB NAME
  if (!looksLikeVerb(lang, first) || !isNameWord(lang, tokens[at + 1])) return undefined;
  const found = speakerAfter(lang, tokens, at + 1, sentence.end);
  if (!found || !clauseEnds(lang, tokens, found.next, sentence.end)) return undefined;
  return makeCandidate({ kind: 'positional', cue: { start: at, end: at + 1 }, lemma: lang.morphology.guessLemma(first.text), phrase: found.phrase, extent: { start: at, end: found.next }, speech: false, sentence: index });
}

/** The rule. */
export const positional: QuoteRule = Object.freeze<QuoteRule>({
  name: 'positional',
  credit(scope, { at, following }) {
    const { lang, lexicon, tokens, sentence, index, chain } = scope;
    const found = positionalCandidate(lang, tokens, at, sentence, index);
    if (!found) return undefined;
    const previous = chain.before(scope.next);
    if ((following && overlaps(following.candidate.extent, found.extent)) || (previous && overlaps(previous.candidate.extent, found.extent))) return undefined;
    found.extent.end = extendClause(lang, tokens, found.extent.end, following ? following.candidate.extent.start : sentence.end, lexicon);
    scope.next = chain.insertBefore(scope.next, found);
    return scope.next;
  },
});
