/**
 * `according-content`: what "according to" reports, after it when it opens the sentence, else before it.
 *
 * > According to two officials familiar with the talks, the deal is close.
 * > The deal is close according to two officials familiar with the talks.
 *
 * Opening the sentence (a conjunction aside), the content runs from the comma after the speaker to the end of the
 * clause (the words after that comma are content, not the speaker's role, so the attribution ends at the speaker); closing it (with or without a comma), from the start of the sentence to the attribution, unless
 * another attribution comes first in the sentence (`Kim said the talks would resume, according to state media`: the
 * content is Kim's, which the source reports). The layout between commas is `parenthetical`'s.
 *
 * @module
 */
import { onlyPunctuationFrom, opensSentence } from '../clause.js';
import { isComma } from '../predicates.js';
import { contentEnd, contentOf, contentStartBefore } from '../spans.js';
import type { ContentRule } from './types.js';

/** The rule. */
export const accordingContent: ContentRule = Object.freeze<ContentRule>({
  name: 'according-content',
  find(scope, candidate) {
    const { lang, tokens, sentence } = scope;
    if (candidate.kind !== 'according') return undefined;
    const start = candidate.extent.start;
    if (opensSentence(lang, tokens, sentence, start)) {
      // The speaker's phrase ends at the comma: what follows it is the content, not a role ("According to
      // officials, the deal is close"), so the attribution ends there.
      const phrase = candidate.phrase;
      if (phrase && isComma(tokens[phrase.speaker.end]) && candidate.extent.end > phrase.speaker.end) {
        const described = phrase.apposition ?? (phrase.role && phrase.role.start >= phrase.speaker.end ? phrase.role : undefined);
        if (described) {
          if (described === phrase.apposition) delete phrase.apposition;
          else delete phrase.role;
          candidate.extent.end = phrase.speaker.end;
        }
      }
      const comma = candidate.extent.end;
      if (!isComma(tokens[comma])) return [];
      return contentOf(scope, [{ start: comma + 1, end: contentEnd(scope, comma + 1, candidate) }], candidate);
    }
    // Closing: only punctuation after the attribution.
    if (!onlyPunctuationFrom(tokens, candidate.extent.end, sentence)) return undefined;
    // After another attribution of the sentence ("Kim said Sunday that talks would resume, according to state media"),
    // the words before are that one's content, which this source reports: no content of its own.
    for (const other of scope.attributions) if (other !== candidate && other.extent.end <= start) return [];
    const end = isComma(tokens[start - 1]) ? start - 1 : start;
    return contentOf(scope, [{ start: contentStartBefore(scope, end, candidate), end }], candidate);
  },
});
