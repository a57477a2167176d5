/**
 * `title`: a quotation that reads as a title, not speech, is left alone by the rules that look further away.
 *
 * > The band played "Born in the U.S.A." as the crowd sang along.
 * > Trump said on ABC's "This Week," that he would win.
 *
 * A title in capitals ends in no comma of its own (`isTitle`), except where only a title stands: after a possessive
 * (`ABC's "This Week,"`) or `on` (`appeared on "Morning Joe,"`), where the comma inside the marks is the sentence's,
 * as American copy writes it. Runs after the rules that read only the words right after the quote.
 *
 * @module
 */
import type { Language } from '../../language/types.js';
import { isTitle } from '../content.js';
import { isWord } from '../predicates.js';
import type { Token } from '../sentences.js';
import { LEAVE, type QuoteRule } from './types.js';

/** Whether the word before the quote at `at` is a possessive or `on`: a place where a name of a show or work stands. */
function afterTitleSlot(lang: Language, tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return isWord(before) && (before.lower === 'on' || lang.morphology.isPossessive(before.lower));
}

/** The rule. */
export const title: QuoteRule = Object.freeze<QuoteRule>({
  name: 'title',
  credit({ lang, tokens }, { at, content }) {
    if (isTitle(lang, content)) return LEAVE;
    const trimmed = content.trimEnd();
    return trimmed.endsWith(',') && afterTitleSlot(lang, tokens, at) && isTitle(lang, trimmed.slice(0, -1)) ? LEAVE : undefined;
  },
});
