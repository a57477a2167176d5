/**
 * Headlines: a title line at the very top of the article, when the layout
 * shows one.
 *
 * The first block is a headline when it is one short line and what follows
 * marks it off from the story:
 * - a byline, a paragraph that opens with a dateline, or a news database's
 *   section label (`ABSTRACT.`, `FULL TEXT.`: the title of database copy may
 *   end with a period) (any line length up to {@link MAX_HEADLINE_LENGTH}), or
 * - a paragraph that opens with a dateline after one or two more short lines
 *   (a kicker or deck, at most {@link MAX_DECK_LENGTH} characters each, also
 *   headlines), or
 * - a blank line, when the line is at most {@link MAX_BARE_HEADLINE_LENGTH}
 *   characters long and does not end like a sentence (`.`, `,`, `;`, `:`,
 *   before any closing quote marks),
 *   so a short first paragraph of a story does not become a title.
 *
 * @module
 */

/**
 * What comes after the candidate line: a byline, a paragraph opening with a
 * dateline, a news database's section label (`ABSTRACT.`), a blank line, or
 * anything else. `deck` asks about a second title
 * line (a deck or subheadline) between a headline and a dateline.
 */
export type HeadlineFollower = 'byline' | 'dateline' | 'label' | 'blank' | 'deck' | 'other';

/** A headline is never longer than this. */
export const MAX_HEADLINE_LENGTH = 200;

/** A headline followed only by a blank line is never longer than this. */
export const MAX_BARE_HEADLINE_LENGTH = 120;

/** A deck under a headline is never longer than this. */
export const MAX_DECK_LENGTH = 150;

/** Closing quote marks and brackets, skipped when looking at how a line ends. */
const CLOSERS = '"\'\u201d\u2019\u00bb)]';

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

function hasLetter(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index) | 0x20;
    if (code >= 97 && code <= 122) return true;
    if (code > 127) return true;
  }
  return false;
}

/**
 * Whether the first block of an article is a headline.
 *
 * @param text The whole input.
 * @param start Offset of the block's first character.
 * @param end Offset just past the block.
 * @param follower What comes after it.
 * @returns `true` for a headline.
 *
 * @example
 * ```ts
 * readsAsHeadline('NATO and Russia talk\n\nMOSCOW (AP) — ...', 0, 20, 'dateline'); // true
 * ```
 */
export function readsAsHeadline(text: string, start: number, end: number, follower: HeadlineFollower): boolean {
  const length = end - start;
  if (follower === 'other' || length === 0 || length > MAX_HEADLINE_LENGTH) return false;
  if (hasLineBreak(text, start, end) || !hasLetter(text, start, end)) return false;
  if (follower === 'deck' && length > MAX_DECK_LENGTH) return false;
  if (follower === 'blank') {
    if (length > MAX_BARE_HEADLINE_LENGTH) return false;
    // The last character before any closing quote marks or parentheses: `"It is over."` ends a sentence.
    let last = end - 1;
    while (last > start && CLOSERS.includes(text.charAt(last))) last -= 1;
    const mark = text.charAt(last);
    if (mark === '.' || mark === ',' || mark === ';' || mark === ':') return false;
  }
  return true;
}
