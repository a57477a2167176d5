/**
 * `parenthetical`: an attribution between commas inside the clause it reports, in two pieces around it.
 *
 * > Russia, the minister said Tuesday, expects an answer within days.
 *
 * The attribution follows a comma, and a comma follows it within three words; the content is the words before it
 * (from the start of the sentence) and after the second comma (to the end of the clause): two `reportedSpeech`
 * nodes of one attribution. An introductory phrase before it is no content (`At one point, she said, she was ...`: only the second piece).
 *
 * @module
 */
import { isComma, isWord } from '../predicates.js';
import { contentEnd, contentOf, contentStartBefore, opensWithIntro } from '../spans.js';
import type { ContentRule } from './types.js';

/** The rule. */
export const parenthetical: ContentRule = Object.freeze<ContentRule>({
  name: 'parenthetical',
  find(scope, candidate) {
    const { tokens, sentence } = scope;
    // A relative clause between commas (`the Commission, which has proposed the reform, and Bonn`) interrupts no clause
    // it reports: the words around it belong to its antecedent's clause.
    if ((candidate.kind !== 'subject' && candidate.kind !== 'according') || candidate.phrase?.antecedent) return undefined;
    const open = candidate.extent.start - 1;
    if (open <= sentence.start || !isComma(tokens[open])) return undefined;
    let close = candidate.extent.end;
    while (close < sentence.end && close < candidate.extent.end + 3 && isWord(tokens[close])) close += 1;
    // A comma inside a number ("100,000") is no clause comma.
    if (close >= sentence.end || !isComma(tokens[close]) || tokens[close + 1]?.start === tokens[close]!.end) return undefined;
    const before = { start: contentStartBefore(scope, open, candidate), end: open };
    const after = { start: close + 1, end: contentEnd(scope, close + 1, candidate) };
    const pieces = contentOf(scope, [before, after], candidate);
    if (pieces.length !== 2) return undefined;
    // "At one point, she said, she was ...": an introductory phrase before is no content, the clause after is.
    return opensWithIntro(scope, pieces[0]!) ? contentOf(scope, [after], candidate) : pieces;
  },
});
