/**
 * Whether the phrase that opens a sentence can be a speaker: not a function word (`Amid`, `Perhaps`) nor a
 * participle or past form capitalised because it opens the sentence (`Using the rally, ...`, `Led by ..., the
 * group ...`).
 *
 * @module
 */
import type { Language } from '../language/types.js';
import type { Token } from '../words/token.js';
import { isNameWord, type SpeakerPhrase } from './names.js';

/**
 * Whether the subject `phrase` can speak: a pronoun, a common noun phrase, a name of two words or more (none opening
 * with a capitalised preposition or conjunction), or one
 * capitalised word that is a noun that speaks (`Traders`) or is neither a function word (`Amid`, `Such`) nor a
 * participle or past form (`Using`, `Continuing`, `Led`; unless a noun that speaks follows: `Banking sources`).
 *
 * @example
 * ```ts
 * import { english } from '../language/index.js';
 * import { scanText } from '../words/scan.js';
 * const tokens: Token[] = [];
 * scanText(english, 'Using the rally', 0, tokens);
 * canSpeak(english, tokens, { speaker: { start: 0, end: 1 }, pronoun: false }); // false
 * ```
 */
export function canSpeak(lang: Language, tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  const { start, end } = phrase.speaker;
  const first = tokens[start];
  if (!first || end <= start) return false;
  // A preposition or conjunction capitalised because it opens the sentence opens no subject ("Amid calls for ...").
  if (first.upper && !phrase.pronoun && (lang.prepositions.has(first.lower) || lang.conjunctions.has(first.lower))) return false;
  if (phrase.pronoun || !first.upper || end - start > 1 || lang.speakerNouns.has(first.lower)) return true;
  if (!isNameWord(lang, first)) return false;
  if (!lang.morphology.isProgressive(first.lower) && !lang.morphology.isPastForm(first.lower)) return true;
  // A participle that modifies a noun that speaks opens a noun phrase: "Banking sources said".
  const next = tokens[end];
  return next !== undefined && next.kind === 'word' && !next.upper && lang.speakerNouns.has(next.lower);
}
