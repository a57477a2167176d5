/**
 * How an article lays out its paragraphs.
 *
 * - `line`: one paragraph per line (web copy, the seed article); every line
 *   break ends a paragraph.
 * - `blank`: hard-wrapped lines, paragraphs separated by blank lines.
 * - `indent`: hard-wrapped lines where an indented line (or a blank line)
 *   starts a new paragraph (1980s wire copy).
 *
 * @module
 */
import { isLower } from '../lexer/chars.js';

/**
 * How lines group into paragraphs: `line` (one paragraph per line), `blank`
 * (blank lines between paragraphs) or `indent` (an indented line starts one).
 *
 * @example
 * ```ts
 * import { parseArticle, type Layout } from 'wirecopy';
 * const layout: Layout = 'line';
 * parseArticle('One.\nTwo.', { layout }).children.length; // 3
 * ```
 */
export type Layout = 'line' | 'blank' | 'indent';

/** Lines longer than this are not hard-wrapped. */
const MAX_WRAP_WIDTH = 120;

/** Fewer line-to-line joins than this never make a text hard-wrapped. */
const MIN_JOINS = 3;

/** Whether a line ending in this character may end a sentence or a heading. */
function endsSentence(code: number): boolean {
  // . ! ? : ; " ' ) ” ’ » …
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || code === 34 || code === 39 || code === 41 ||
    code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x2026;
}

/**
 * Guesses the layout from line statistics in one pass over the text.
 *
 * A text is hard-wrapped when no line is longer than 120 characters, at
 * least three lines run straight on into the next line, and at least half of
 * those stop mid-sentence (their last character is not `.`, `!`, `?`, a
 * closing quote, …); or, in a short text with fewer such joins, when every
 * one of them stops mid-sentence and the next line starts in lower case. A hard-wrapped text whose paragraphs begin with
 * indentation is `indent`, any other hard-wrapped text is `blank`, and
 * everything else is `line`.
 *
 * @param text The whole input.
 * @returns The layout the parser should use.
 */
export function detectLayout(text: string): Layout {
  let joins = 0; // non-blank lines directly followed by a non-blank line
  let midSentenceJoins = 0; // ... that stop mid-sentence
  let continuations = 0; // ... where the next line starts in lower case
  let indentedAfterText = 0; // indented non-blank lines right after a non-blank line
  let longest = 0;
  let previousBlank = true;
  let previousLast = 0; // last non-space character of the previous line
  let index = 0;
  const length = text.length;
  while (index < length) {
    let end = index;
    let code = text.charCodeAt(end);
    while (end < length && code !== 10 && code !== 13) {
      end += 1;
      code = text.charCodeAt(end);
    }
    let first = index;
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first += 1;
    const blank = first === end;
    if (!blank) {
      // One line too long for hard-wrapped copy settles it: no need to read on.
      if (end - index > MAX_WRAP_WIDTH) return 'line';
      if (end - index > longest) longest = end - index;
      if (!previousBlank) {
        joins += 1;
        if (!endsSentence(previousLast)) {
          midSentenceJoins += 1;
          if (isLower(text.charCodeAt(first))) continuations += 1;
        }
        if (first > index) indentedAfterText += 1;
      }
      let last = end - 1;
      while (last > first && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last -= 1;
      previousLast = text.charCodeAt(last);
    }
    previousBlank = blank;
    index = end + (code === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  if (longest > MAX_WRAP_WIDTH) return 'line';
  // A short text whose every join goes on mid-sentence in lower case (`line one\nline two of it.`) is
  // hard-wrapped, however few its joins: a new paragraph never starts that way.
  if (joins < MIN_JOINS) return joins > 0 && continuations === joins ? 'blank' : 'line'; // an indented continuation is a wrap too
  if (midSentenceJoins * 2 < joins) return 'line';
  return indentedAfterText > 0 ? 'indent' : 'blank';
}
