/**
 * Common words capitalised only because they open a sentence ("Innovation was the theme", "Tunnels run under the
 * city"), read in the text nearby: they are no one's name.
 *
 * @module
 */
import type { Language } from '../language/types.js';
import type { Token } from '../words/token.js';

/**
 * Whether `text` holds a whole word at `at`, `length` long: no letter on either side.
 *
 * @example
 * ```ts
 * wordAt('in Iowa.', 3, 4); // true
 * ```
 */
export const wordAt = (text: string, at: number, length: number): boolean => !/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + length] ?? '');

/** How far either side of a word {@link commonWord} looks for it. */
const COMMON_WINDOW = 1500;

/**
 * Whether the capitalised word `tokens[at]` opens its sentence only because it is the first word, a common word:
 * the text nearby writes it in lower case ("Innovation was the theme" beside "innovation") and never capitalised
 * inside a sentence or after an honorific ("in which Tisch sought", "Mr. Tisch" make Tisch a name).
 *
 * @example
 * ```ts
 * // tokens of "Hospitality reported a quiet week." in a text that also writes "the hospitality workers"
 * commonWord(english, tokens, 0, text); // true
 * ```
 */
export function commonWord(lang: Language, tokens: readonly Token[], at: number, source: string): boolean {
  const previous = tokens[at - 1];
  if (previous && previous.kind !== 'break' && !(previous.kind === 'punct' && '.!?'.includes(previous.text))) return false;
  const { text, lower, start, end } = tokens[at]!;
  if (lower === text || lower.length < 3 || /[^\p{L}'\u2019-]/u.test(text)) return false;
  const window = source.slice(Math.max(0, start - COMMON_WINDOW), end + COMMON_WINDOW);
  let common = false;
  for (let found = window.indexOf(lower); found >= 0 && !common; found = window.indexOf(lower, found + 1)) common = wordAt(window, found, lower.length);
  if (!common) return false;
  // The word before each capitalised use: a letter, a digit or a comma at its end, or an honorific, make it a name.
  for (let found = window.indexOf(text); found >= 0; found = window.indexOf(text, found + 1)) {
    if (!wordAt(window, found, text.length)) continue;
    const before = /(\S{0,12}) {0,2}$/.exec(window.slice(Math.max(0, found - 14), found))![1]!;
    if (/[\p{L}\p{N},]$/u.test(before) || lang.honorifics.has(before.toLowerCase())) return false;
  }
  return true;
}
