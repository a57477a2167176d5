/**
 * Places among a paragraph's names: the text writes a place after a preposition of place (`in Ashford`, `from
 * Monsey, New York`) and in the dateline (`SAN JUAN, Puerto Rico`). The speaker step records them so that a place
 * never becomes a pronoun's antecedent.
 *
 * @module
 */
import type { Language } from '../language/types.js';
import type { Token } from '../words/token.js';
import { wordAt } from './common-word.js';

/** How far either side of a name {@link writtenAsPlace} looks for it. */
const PLACE_WINDOW = 1500;

/**
 * Whether the text near a name writes it after a preposition of place (`in Puerto Rico`, `across Iowa`), as
 * written: the name `written` at offset `at` of `source`, looked for within 1,500 characters either side.
 *
 * @example
 * ```ts
 * writtenAsPlace(english, 'Port Arden closed its pool. The heat in Port Arden broke a record.', 0, 'Port Arden'); // true
 * ```
 */
export function writtenAsPlace(lang: Language, source: string, at: number, written: string): boolean {
  const from = Math.max(0, at - PLACE_WINDOW);
  const window = source.slice(from, at + written.length + PLACE_WINDOW);
  for (let found = window.indexOf(written); found >= 0; found = window.indexOf(written, found + 1)) {
    if (!wordAt(window, found, written.length)) continue;
    const before = wordBefore(window, found);
    if (before !== undefined && lang.placePrepositions.has(before)) return true;
  }
  return false;
}

/** The lower-case word that ends one or two spaces or tabs before `at` in `text` (at most 12 letters), or `undefined`. */
function wordBefore(text: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && at - end < 2 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end -= 1;
  if (end === at) return undefined;
  let start = end;
  while (start > 0 && end - start < 12 && text[start - 1]! >= 'a' && text[start - 1]! <= 'z') start -= 1;
  return start < end && !/\p{L}/u.test(text[start - 1] ?? '') ? text.slice(start, end) : undefined;
}

/**
 * Whether the name `tokens[start, end)` shows a person: an honorific or a title first, or a first name the pack knows.
 *
 * @example
 * ```ts
 * // tokens of "Gov. Port Arden"
 * showsPerson(english, tokens, 0, 3); // true
 * ```
 */
export function showsPerson(lang: Language, tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (!first || start >= end) return false;
  return lang.honorifics.has(first.lower) || lang.titleHeads.has(first.lower) || (end - start > 1 && lang.givenNameGenders.has(first.lower));
}

/**
 * The places of a dateline's location, lower-cased words each (`SAN JUAN, Puerto Rico` -> `san juan`, `puerto
 * rico`; `LONDON/SINGAPORE` -> `london`, `singapore`).
 *
 * @example
 * ```ts
 * datelinePlaces('SAN JUAN, Puerto Rico'); // [['san', 'juan'], ['puerto', 'rico']]
 * ```
 */
export function datelinePlaces(location: string): string[][] {
  return location.split(/[,/]/).map((part) => part.trim().toLowerCase().split(/\s+/).filter((word) => word.length > 0)).filter((words) => words.length > 0);
}
