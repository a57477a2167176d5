/**
 * Bylines: who wrote the story, and for whom.
 *
 * Forms (see `docs/furniture.md`):
 * - `By VLADIMIR ISACHENKOV and LORNE COOK` (with an `Associated Press` line under it, in the same block or the next)
 * - `By Robin Emmott, Reuters`, `By JANE DOE, AP Business Writer`
 * - `By MARIA CHENG AP Medical Writer`
 * - several authors with commas and `and`: `By Jane Doe, John Roe and Mary Poe`
 *
 * The shape comes from the furniture grammar (`By names (sep names)*`); the
 * checks here keep sentences out: every author is one to five capitalised
 * words (initials and particles such as `de` or `van` allowed), never a
 * weekday, month or function word, so `By the end of the year, ...` and
 * `By Tuesday, ...` stay paragraphs.
 *
 * @module
 */
import type { IToken } from 'chevrotain';
import { tokenize } from '../lexer/index.js';
import { furnitureParser, parseWith, type TokenSpan } from './grammar.js';
import { classifyTokens, Month } from './vocabulary.js';

/** A byline found in a block. */
export interface BylineMatch {
  /** The authors' names as written. */
  authors: string[];
  /** The organisation, when named (`Associated Press`, `Reuters`, `AP`). */
  organization?: string;
  /** Whether the block's second line was the organisation line. */
  usedNextLine: boolean;
}

/** Blocks longer than this are never bylines. */
export const MAX_BYLINE_LENGTH = 200;

/** Words that start the organisation part of a byline (case-insensitive). */
const ORGANIZATION_STARTS = new Set(['ap', 'associated', 'reuters', 'afp', 'agence', 'upi', 'united', 'bloomberg', 'cnn', 'xinhua', 'dpa', 'staff', 'special', 'the']);

/** Agencies named at the start of an organisation phrase, longest first (`AP Medical Writer` -> `AP`). */
const AGENCIES = ['The Associated Press', 'Associated Press', 'United Press International', 'Agence France-Presse', 'Bloomberg News', 'AP', 'Reuters', 'AFP', 'UPI', 'Bloomberg', 'CNN', 'Xinhua', 'dpa'];

/** Capitalised words that are never a name in a byline. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'then', 'now', 'today', 'tonight', 'tomorrow', 'yesterday',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'noon', 'midnight', 'christmas',
  'thanksgiving', 'easter', 'election', 'day', 'night', 'morning', 'evening', 'afternoon', 'week', 'year', 'month',
  'contrast', 'comparison', 'law', 'far', 'all', 'some', 'most', 'many', 'late', 'early', 'mid', 'his', 'her', 'their',
  'its', 'our', 'my', 'your', 'one', 'two', 'three', 'design', 'default', 'definition', 'accident', 'chance', 'way',
]);

/** Lower-case words allowed inside a name (`Ana de Armas`, `Ludwig van Beethoven`, `Abdullah bin Zayed`). */
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'bint', 'ibn', 'al', 'el', 'y', 'e', 'st']);

const MAX_NAME_WORDS = 5;
const MAX_ORGANIZATION_WORDS = 6;

function isBlankOrBreak(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 10 || code === 13;
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function source(text: string, from: IToken, to: IToken): string {
  return text.slice(from.startOffset, to.endOffset! + 1);
}

/** Index of the first word that starts an organisation phrase, or -1. */
function organizationStart(words: IToken[]): number {
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!.image.toLowerCase();
    if (!ORGANIZATION_STARTS.has(word)) continue;
    // `The` only starts an organisation before another organisation word (`The Associated Press`).
    if (word === 'the' && !ORGANIZATION_STARTS.has(words[index + 1]?.image.toLowerCase() ?? '')) continue;
    return index;
  }
  return -1;
}

/** Whether the words read as a person's name. */
function isName(words: IToken[]): boolean {
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  let capitalisedWords = 0;
  for (const word of words) {
    const image = word.image;
    if (NAME_PARTICLES.has(image)) continue;
    if (!isCapitalised(image) || NOT_NAMES.has(image.toLowerCase())) return false;
    capitalisedWords += 1;
  }
  // A lone month is not a name (`By March`), a month in a name is (`April Smith`).
  if (words.length === 1 && words[0]!.tokenType === Month) return false;
  return capitalisedWords > 0 && isCapitalised(words[0]!.image);
}

/** Whether a period in the span follows only initials or short abbreviations (`J.`, `Jr.`), not a sentence. */
function periodsAreInitials(span: TokenSpan, tokens: readonly IToken[]): boolean {
  const from = tokens.indexOf(span.first);
  const to = tokens.indexOf(span.last);
  for (let index = from + 1; index <= to; index += 1) {
    if (tokens[index]!.image !== '.') continue;
    const before = tokens[index - 1]!;
    if (before.image === '.' || before.image.length > 3) return false;
  }
  return true;
}

/** The organisation as users want it: a known agency at the start of the phrase, else the phrase (without a final period). */
function organizationName(written: string): string {
  const phrase = written.endsWith('.') ? written.slice(0, -1) : written;
  for (const agency of AGENCIES) {
    if (phrase.toLowerCase().startsWith(agency.toLowerCase()) && !/[\p{L}\p{N}]/u.test(phrase.charAt(agency.length))) {
      return phrase.slice(0, agency.length);
    }
  }
  return phrase;
}

/** Whether the words read as an organisation line (`Associated Press`, `AP Medical Writer`). */
function isOrganization(words: IToken[]): boolean {
  return words.length > 0 && words.length <= MAX_ORGANIZATION_WORDS && organizationStart(words) === 0 && words.every((word) => isCapitalised(word.image) || word.image === 'of');
}

function tokensOf(text: string, start: number, end: number): IToken[] {
  furnitureParser();
  return classifyTokens(tokenize(text.slice(start, end)), start);
}

/**
 * Recognises a byline block.
 *
 * @param text The whole input.
 * @param start Offset of the block's first character.
 * @param end Offset just past the block.
 * @returns The authors and organisation, or `undefined` when the block is not a byline.
 *
 * @example
 * ```ts
 * recognizeByline('By JANE DOE and JOHN ROE, Associated Press', 0, 42);
 * // { authors: ['JANE DOE', 'JOHN ROE'], organization: 'Associated Press', usedNextLine: false }
 * ```
 */
export function recognizeByline(text: string, start: number, end: number): BylineMatch | undefined {
  if (end - start > MAX_BYLINE_LENGTH) return undefined;
  // `By ` or `BY ` (any white space after it).
  if (text.charCodeAt(start) !== 66 || (text.charCodeAt(start + 1) | 0x20) !== 0x79 || !isBlankOrBreak(text.charCodeAt(start + 2))) return undefined;
  const tokens = tokensOf(text, start, end);
  const shape = parseWith(tokens, 'byline');
  if (!shape) return undefined;
  const groups = [...shape.groups];
  if (!groups.every((group) => periodsAreInitials(group, tokens))) return undefined;
  const authors: string[] = [];
  let organization: string | undefined;
  for (let index = 0; index < groups.length; index += 1) {
    const group = groups[index]!;
    const orgAt = organizationStart(group.words);
    if (orgAt >= 0) {
      // The organisation comes last: `By JANE DOE, AP Business Writer`, `By MARIA CHENG AP Medical Writer`.
      if (index !== groups.length - 1 || !isOrganization(group.words.slice(orgAt))) return undefined;
      if (orgAt > 0) {
        const name = group.words.slice(0, orgAt);
        if (!isName(name)) return undefined;
        authors.push(source(text, group.first, name.at(-1)!));
      }
      organization = organizationName(source(text, group.words[orgAt]!, group.last));
      continue;
    }
    if (!isName(group.words)) return undefined;
    authors.push(source(text, group.first, group.last));
  }
  let usedNextLine = false;
  if (shape.nextLine) {
    if (organization !== undefined || !isOrganization(shape.nextLine.words)) return undefined;
    organization = organizationName(source(text, shape.nextLine.first, shape.nextLine.last));
    usedNextLine = true;
  }
  if (authors.length === 0 && organization === undefined) return undefined;
  const match: BylineMatch = { authors, usedNextLine };
  if (organization !== undefined) match.organization = organization;
  return match;
}

/**
 * Recognises an organisation line, the line under a byline (`Associated Press`).
 *
 * @param text The whole input.
 * @param start Offset of the line's first character.
 * @param end Offset just past the line.
 * @returns The organisation as users want it, or `undefined`.
 *
 * @example
 * ```ts
 * recognizeOrganizationLine('AP Medical Writer', 0, 17); // 'AP'
 * ```
 */
export function recognizeOrganizationLine(text: string, start: number, end: number): string | undefined {
  if (end - start > 80) return undefined;
  const tokens = tokensOf(text, start, end);
  const names = parseWith(tokens, 'orgLine');
  if (!names || !isOrganization(names.words)) return undefined;
  return organizationName(source(text, names.first, names.last));
}
