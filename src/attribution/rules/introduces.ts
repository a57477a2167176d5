/**
 * `introduces`: a paragraph that ends with a colon introduces the quotation that opens the next one.
 *
 * > The minister read the statement aloud: ⏎ "We will rebuild every home."
 *
 * The last attribution with a speaker in the paragraph's last sentence, else a colon attribution made here; the
 * pass credits the next paragraph's opening quote to it (see `paragraph.ts`).
 *
 * @module
 */
import { sharesSpeaker } from '../candidate.js';
import { colonCandidate } from '../clause.js';
import type { ParagraphRule } from './types.js';

/** The rule. */
export const introduces: ParagraphRule = Object.freeze<ParagraphRule>({
  name: 'introduces',
  apply(scope) {
    const { state, tokens, sentences, candidates } = scope;
    const lastToken = tokens.at(-1)!;
    if (!scope.nextOpensWithQuote || lastToken.kind !== 'punct' || lastToken.text !== ':') return;
    const last = sentences.length - 1;
    let found = candidates.filter((candidate) => candidate.sentence === last && candidate.phrase && !sharesSpeaker(candidate)).at(-1);
    if (!found) {
      found = colonCandidate(state.language, tokens, tokens.length - 1, sentences[last]!, last);
      if (found) candidates.push(found);
    }
    scope.introduces = found;
  },
});
