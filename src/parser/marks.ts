/**
 * Which quotation marks open, and which marks close each opener.
 *
 * Pairing is by style: `“` is closed by `”`, `„` by `“` or `”` (German and
 * Polish), `«` by `»`. Straight marks close their own kind and the matching
 * curly mark, since scraped copy mixes them.
 *
 * @module
 */

/** For each opening mark, the marks that may close it. */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"\u201d',
  "'": "'\u2019",
  '\u201c': '\u201d"',
  '\u2018': "\u2019'",
  '\u201e': '\u201c\u201d"',
  '\u201a': '\u2018\u2019',
  '\u00ab': '\u00bb',
  '\u2039': '\u203a',
};

/** Whether `mark` can open a quotation. */
export function isOpener(mark: string): boolean {
  return Object.hasOwn(CLOSERS, mark);
}

/** Whether `mark` can close a quotation opened with `opener`. */
export function closes(mark: string, opener: string): boolean {
  const closers = CLOSERS[opener];
  return closers !== undefined && closers.includes(mark);
}

/** Whether the mark is a straight (typewriter) mark whose role depends on context. */
export function isStraight(mark: string): boolean {
  return mark === '"' || mark === "'";
}

/** Whether the mark looks like an apostrophe (`'` or `’`), which a stray one most likely is. */
export function isApostropheLike(mark: string): boolean {
  return mark === "'" || mark === '\u2019';
}
