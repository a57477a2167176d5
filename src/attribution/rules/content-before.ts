/**
 * `content-before`: the clause before an attribution that closes its sentence after a comma.
 *
 * > The talks failed to produce a deal, officials said.
 *
 * The content runs from the start of the sentence (or the end of the attribution before it) to the comma.
 *
 * @module
 */
import { closesSentence } from '../clause.js';
import { contentOf, contentStartBefore } from '../spans.js';
import type { ContentRule } from './types.js';

/** The rule. */
export const contentBefore: ContentRule = Object.freeze<ContentRule>({
  name: 'content-before',
  find(scope, candidate) {
    if (candidate.kind !== 'subject' && candidate.kind !== 'according') return undefined;
    if (!closesSentence(scope.lang, scope.tokens, candidate, scope.sentence)) return undefined;
    const end = candidate.extent.start - 1;
    return contentOf(scope, [{ start: contentStartBefore(scope, end, candidate), end }], candidate);
  },
});
