/**
 * Which quotation marks open, and which marks close each opener.
 *
 * Pairing is by style: `“` is closed by `”`, `„` by `“` or `”` (German and
 * Polish), `«` by `»`. Straight marks close their own kind and the matching
 * curly mark, since scraped copy mixes them; two apostrophes `''` (and an
 * opening pair of backticks) act as a straight double mark, as in old
 * newspaper copy (one backtick before a word opens a single quotation closed
by `'`, TeX style), and two curly single marks `‘‘` `’’` as a curly double
 * mark. A right double mark `”` that stands where an opening mark does
 * (after a space or an opening bracket, before a word) opens a quotation
 * closed by another `”`: a reversed opening mark.
 *
 * @module
 */

/** For each opening mark, the marks that may close it. */
const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  '"': ['"', '\u201d', "''", '\u2019\u2019'],
  "''": ["''", '"', '\u201d', '\u2019\u2019'],
  '``': ["''", '"', '\u201d', '\u2019\u2019'],
  "'": ["'", '\u2019'],
  '`': ["'", '\u2019'],
  '\u201c': ['\u201d', '"', "''", '\u2019\u2019'],
  '\u2018\u2018': ['\u2019\u2019', '\u201d', "''", '"'],
  // A reversed opening mark (`(”This crew is landing rockets.”)`, and Swedish and Finnish `”...”`): it opens
  // only where an opening mark stands (see `opensQuotation` in `grammar.ts`).
  '\u201d': ['\u201d', '"'],
  '\u2018': ['\u2019', "'"],
  '\u201e': ['\u201c', '\u201d', '"'],
  '\u201a': ['\u2018', '\u2019'],
  '\u00ab': ['\u00bb'],
  '\u2039': ['\u203a'],
};

/** For each closing mark, the opening marks it may close (the inverse of {@link CLOSERS}). */
const OPENERS_CLOSED_BY: Readonly<Record<string, readonly string[]>> = (() => {
  const inverse: Record<string, string[]> = {};
  for (const [opener, closers] of Object.entries(CLOSERS)) {
    for (const closer of closers) (inverse[closer] ??= []).push(opener);
  }
  return inverse;
})();

const NONE: readonly string[] = [];

/** Every opening mark, with the marks that may close it (`docs/tree.md` shows this table). */
export function markPairs(): ReadonlyArray<readonly [opener: string, closers: readonly string[]]> {
  return Object.entries(CLOSERS);
}

/** The opening marks that `mark` may close (empty when it closes none). */
export function openersClosedBy(mark: string): readonly string[] {
  return Object.hasOwn(OPENERS_CLOSED_BY, mark) ? OPENERS_CLOSED_BY[mark]! : NONE;
}

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
  return mark === '"' || mark === "'" || mark === "''";
}

/** Whether the mark closes by its shape, and opens only where an opening mark stands (`”`, reversed). */
export function isReversible(mark: string): boolean {
  return mark === '\u201d';
}

/** Whether the mark looks like an apostrophe (`'` or `’`), which a stray one most likely is. */
export function isApostropheLike(mark: string): boolean {
  return mark === "'" || mark === '\u2019';
}
