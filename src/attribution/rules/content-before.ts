/**
 * `content-before`: the clause before an attribution that closes its sentence after a comma.
 *
 * > The talks failed to produce a deal, officials said.
 *
 * The content runs from the start of the sentence (or the end of the attribution before it) to the comma. After the
 * attribution only a tail of time and place may follow (`said Tuesday`, `said in a statement`), no clause, or a
 * participle of speech after a comma (`..., police said, adding that ...`); before it,
 * an introductory phrase alone is no content (`On Tuesday, he told ...`), a clause that opens with one is.
 *
 * @module
 */
import { closesBeforeParticiple, closesSentence } from '../clause.js';
import { isAdverb, isWord } from '../predicates.js';
import { contentOf, contentStartBefore, opensWithIntro, pastRecipient, readsAsClause } from '../spans.js';
import type { ContentRule } from './types.js';

/** The rule. */
export const contentBefore: ContentRule = Object.freeze<ContentRule>({
  name: 'content-before',
  find(scope, candidate) {
    // An inverted cue reports the clause before it only when it credits no quote ("Earnings will improve, said John
    // Smith."; after a quote the quote is what it said).
    if (candidate.kind !== 'subject' && candidate.kind !== 'according' && !(candidate.kind === 'inverted' && candidate.quotes.length === 0)) return undefined;
    const { lang, tokens, sentence } = scope;
    if (!closesSentence(lang, tokens, candidate, sentence) && !closesBeforeParticiple(lang, tokens, candidate)) return undefined;
    // Only a short tail of time and place may follow: "officials said Tuesday", "he said in a statement".
    // ... after the one told, by a cue of telling ("..., she told The Associated Press on Monday"), but not what the
    // telling is about ("Trump reminded Americans of his plan", "told reporters about it"; "on Sunday" is time).
    const after = pastRecipient(lang, tokens, candidate.lemma, candidate.extent.end, sentence.end);
    const tail = tokens[after];
    if (tail && tail.kind === 'word' && !(lang.timeWords.has(tail.lower) || lang.prepositions.has(tail.lower) || isAdverb(lang, tail))) return undefined;
    if (after > candidate.extent.end && isWord(tail) && lang.topicPrepositions.has(tail.lower) && !(isWord(tokens[after + 1]) && lang.timeWords.has(tokens[after + 1]!.lower))) return undefined;
    const end = candidate.extent.start - 1;
    const found = contentOf(scope, [{ start: contentStartBefore(scope, end, candidate), end }], candidate);
    // An introductory phrase alone is no content ("On Tuesday, he told ..."); a clause that opens with one is
    // ("About 270 families have been resettled, officials said").
    return found.length === 1 && opensWithIntro(scope, found[0]!) && !readsAsClause(scope, found[0]!) ? [] : found;
  },
});
