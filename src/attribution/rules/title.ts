/**
 * `title`: a quotation that reads as a title, not speech, is left alone by the rules that look further away.
 *
 * > The band played "Born in the U.S.A." as the crowd sang along.
 *
 * Runs after the rules that read only the words right after the quote.
 *
 * @module
 */
import { isTitle } from '../content.js';
import { LEAVE, type QuoteRule } from './types.js';

/** The rule. */
export const title: QuoteRule = Object.freeze<QuoteRule>({
  name: 'title',
  credit({ lang }, { content }) {
    return isTitle(lang, content) ? LEAVE : undefined;
  },
});
