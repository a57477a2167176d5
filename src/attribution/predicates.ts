/**
 * Small predicates over tokens, shared by the layout modules.
 *
 * @module
 */
import type { Language } from '../language/types.js';
import type { Token } from '../words/token.js';

/** A comma (or an ideographic comma). */
export const isComma = (token: Token | undefined): boolean => token !== undefined && token.kind === 'punct' && (token.text === ',' || token.text === '\u3001');

/** A word token. */
export const isWord = (token: Token | undefined): token is Token => token !== undefined && token.kind === 'word';

/** An adverb or auxiliary that may sit between a subject and its cue ("also", "has", "flatly"). */
export const isAdverb = (lang: Language, token: Token): boolean =>
  token.kind === 'word' && !token.upper && (lang.betweenSubjectAndCue.has(token.lower) || lang.morphology.isAdverb(token.lower));

/** A word of a title ("minister", "senior"). */
export const isTitleWord = (lang: Language, token: Token): boolean => lang.titleHeads.has(token.lower) || lang.descriptive.has(token.lower);

/** An em or en dash. */
export const isDash = (token: Token | undefined): boolean => token !== undefined && token.kind === 'punct' && (token.text === '\u2014' || token.text === '\u2013');

/** Whether a lower-case word is a form of "be", an auxiliary or a modal, or a negated verb (`doesn't`, `wasn’t`). */
export function isAuxiliaryForm(lang: Language, lower: string): boolean {
  return lang.beForms.has(lower) || lang.auxiliaries.has(lower) || lower.endsWith("n't") || lower.endsWith('n\u2019t');
}

/** "he's", "they're", "I'm": a pronoun with a contracted auxiliary. */
export function isContractedPronoun(lang: Language, lower: string): boolean {
  const apostrophe = Math.max(lower.indexOf("'"), lower.indexOf('’'));
  if (apostrophe < 0) return false;
  return lang.pronouns.has(lower.slice(0, apostrophe)) && lang.contractions.has(lower.slice(apostrophe + 1));
}

/** Whether a quotation lies among tokens `[from, to)`. */
export function hasQuote(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (tokens[index]!.kind === 'quote') return true;
  return false;
}
