/**
 * Small predicates over tokens, shared by the layout modules.
 *
 * @module
 */
import { BETWEEN_SUBJECT_AND_CUE, DESCRIPTIVE, TITLE_HEADS } from './lexicon.js';
import type { Token } from './scan.js';

/** A comma (or an ideographic comma). */
export const isComma = (token: Token | undefined): boolean => token !== undefined && token.kind === 'punct' && (token.text === ',' || token.text === '\u3001');

/** A word token. */
export const isWord = (token: Token | undefined): token is Token => token !== undefined && token.kind === 'word';

/** An adverb or auxiliary that may sit between a subject and its cue ("also", "has", "flatly"). */
export const isAdverb = (token: Token): boolean =>
  token.kind === 'word' && !token.upper && (BETWEEN_SUBJECT_AND_CUE.has(token.lower) || (token.lower.endsWith('ly') && token.lower.length > 4));

/** A word of a title ("minister", "senior"). */
export const isTitleWord = (token: Token): boolean => TITLE_HEADS.has(token.lower) || DESCRIPTIVE.has(token.lower);

/** Forms of "be": before a past participle they make a passive, before an -ing form a progressive. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);

/** An em or en dash. */
export const isDash = (token: Token | undefined): boolean => token !== undefined && token.kind === 'punct' && (token.text === '\u2014' || token.text === '\u2013');

/** A possessive word ("Smith's", "officials'"). */
export const isPossessive = (lower: string): boolean => lower.endsWith("'s") || lower.endsWith('’s') || lower.endsWith("s'") || lower.endsWith('s’');

const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const CONTRACTIONS = new Set(['s', 're', 'm', 'd', 'll', 've']);

/** "he's", "they're", "I'm": a pronoun with a contracted auxiliary. */
export function isContractedPronoun(lower: string): boolean {
  const apostrophe = Math.max(lower.indexOf("'"), lower.indexOf('’'));
  if (apostrophe < 0) return false;
  return PERSONAL.has(lower.slice(0, apostrophe)) && CONTRACTIONS.has(lower.slice(apostrophe + 1));
}

/** Whether a quotation lies among tokens `[from, to)`. */
export function hasQuote(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (tokens[index]!.kind === 'quote') return true;
  return false;
}
