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
import { parseWith, type TokenSpan } from './grammar.js';
import type { FurnitureWords } from '../language/types.js';
import type { FurnitureReader } from './tokens.js';
import { And, Ampersand, Break, By, Comma, Digits, Month, Pipe } from './vocabulary.js';

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

/** A web byline in parts split by `|` is at most this long. */
const MAX_PIPE_BYLINE_LENGTH = 120;





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
function organizationStart(lists: FurnitureWords, words: IToken[]): number {
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!.image.toLowerCase();
    if (!lists.organizationStarts.has(word)) continue;
    // `The` only starts an organisation before another organisation word (`The Associated Press`).
    if (word === 'the' && !lists.organizationStarts.has(words[index + 1]?.image.toLowerCase() ?? '')) continue;
    return index;
  }
  return -1;
}

/** Whether the words read as a person's name. */
function isName(lists: FurnitureWords, words: IToken[]): boolean {
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  let capitalisedWords = 0;
  for (const word of words) {
    const image = word.image;
    if (lists.bylineParticles.has(image)) continue;
    if (!isCapitalised(image) || lists.bylineNotNames.has(image.toLowerCase())) return false;
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
function organizationName(lists: FurnitureWords, written: string): string {
  const phrase = written.endsWith('.') ? written.slice(0, -1) : written;
  for (const agency of lists.bylineAgencies) {
    if (phrase.toLowerCase().startsWith(agency.toLowerCase()) && !/[\p{L}\p{N}]/u.test(phrase.charAt(agency.length))) {
      return phrase.slice(0, agency.length);
    }
  }
  return phrase;
}

/** Whether the words read as an organisation line (`Associated Press`, `AP Medical Writer`). */
function isOrganization(lists: FurnitureWords, words: IToken[]): boolean {
  return words.length > 0 && words.length <= MAX_ORGANIZATION_WORDS && organizationStart(lists, words) === 0 && words.every((word) => isCapitalised(word.image) || word.image === 'of');
}

/** An e-mail address or a social handle in a web byline's part. */
const CONTACT = /^(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|@\w{1,30})$/;


/**
 * Whether the words name a news outlet: capitalised words that end in an outlet word (`Deseret News`,
 * `Chicago Tribune`) or start with `The` (`The New York Times`, `The Oregonian`).
 */
function isOutlet(lists: FurnitureWords, words: IToken[]): boolean {
  return outletLength(lists, words) > 0;
}

/**
 * How many words of `words` name the outlet: all of them (`Deseret News`), or those before a writer's role
 * (`Deseret News Staff Writer` -> 2); 0 when they name no outlet.
 */
function outletLength(lists: FurnitureWords, words: IToken[]): number {
  for (let end = words.length; end > 0; end -= 1) {
    if (end < words.length && !isRole(lists, words.slice(end))) break;
    if (outletWords(lists, words.slice(0, end))) return end;
  }
  return 0;
}

function outletWords(lists: FurnitureWords, words: IToken[]): boolean {
  if (words.length === 0 || words.length > MAX_ORGANIZATION_WORDS) return false;
  if (!words.every((word) => isCapitalised(word.image) || lists.outletLinks.has(word.image))) return false;
  if (!isCapitalised(words[0]!.image)) return false;
  const last = words.at(-1)!.image.toLowerCase();
  if (lists.outletWords.has(last)) return true;
  return words.length >= 2 && (words[0]!.image === 'The' || words[0]!.image === 'THE');
}

/** The outlet's name as written, without a role after it or a final period. */
function outletName(lists: FurnitureWords, text: string, words: IToken[]): string {
  return source(text, words[0]!, words[outletLength(lists, words) - 1]!).replace(/\.$/, '');
}

/** Whether the words are a writer's role (`Contributing Writer`, `Staff Reporter`). */
function isRole(lists: FurnitureWords, words: IToken[]): boolean {
  return words.length > 0 && words.length <= 4 && words.every((word) => isCapitalised(word.image)) && words.some((word) => lists.roleWords.has(word.image.toLowerCase()));
}

/** Whether the part is a web page's time stamp: `5 days ago`, `an hour ago`, `Updated Jan. 5, 2020`. */
function isTimeStamp(lists: FurnitureWords, part: IToken[]): boolean {
  const words = part.filter((token) => token.tokenType !== Comma);
  if (words.length === 0 || words.length > 8) return false;
  const first = words[0]!.image.toLowerCase();
  if (first === 'updated' || first === 'published' || first === 'posted') return true;
  const last = words.at(-1)!.image.toLowerCase();
  if (last === 'ago' && words.length >= 3 && words.length <= 3) {
    const count = words[0]!;
    return (count.tokenType === Digits || ['a', 'an', 'one'].includes(count.image.toLowerCase())) && lists.timeAgoUnits.has(words[1]!.image.toLowerCase());
  }
  // A date: Jan. 5, 2020 / March 3
  return words[0]!.tokenType === Month && words.slice(1).every((token) => token.tokenType === Digits || token.image === '.');
}

/** The word tokens of a part (no punctuation). */
function wordsOf(part: IToken[]): IToken[] {
  return part.filter((token) => token.image !== '.' && token.tokenType !== Comma);
}

/**
 * A web byline in parts split by `|`: `Jane Doe | Chicago Tribune`, `By Jane Doe | Contributing Writer |
 * 5 days ago`. The first part holds the authors (after an optional `By`); every later part is an outlet, a
 * known agency, a role or a time stamp, and one line long.
 */
function recognizePipeByline(lists: FurnitureWords, text: string, tokens: IToken[]): BylineMatch | undefined {
  const parts: IToken[][] = [[]];
  for (const token of tokens) {
    if (token.tokenType === Break) return undefined;
    if (token.tokenType === Pipe) parts.push([]);
    else parts.at(-1)!.push(token);
  }
  if (parts.length < 2 || parts.length > 5 || parts.some((part) => part.length === 0)) return undefined;
  const head = parts[0]![0]!.tokenType === By ? parts[0]!.slice(1) : parts[0]!;
  const authors: string[] = [];
  let name: IToken[] = [];
  const flush = (): boolean => {
    if (!isName(lists, wordsOf(name)) || !periodsAreInitials({ first: name[0]!, last: name.at(-1)!, words: wordsOf(name) }, name)) return false;
    authors.push(source(text, name[0]!, name.at(-1)!));
    name = [];
    return true;
  };
  for (const token of head) {
    if (token.tokenType === And || token.tokenType === Ampersand || token.tokenType === Comma) {
      if (name.length === 0 || !flush()) return undefined;
    } else {
      name.push(token);
    }
  }
  if (name.length === 0 || !flush()) return undefined;
  let organization: string | undefined;
  for (const part of parts.slice(1)) {
    const words = wordsOf(part);
    if (isTimeStamp(lists, part) || isRole(lists, words)) continue;
    if (isOrganization(lists, words)) {
      organization ??= organizationName(lists, source(text, part[0]!, part.at(-1)!));
      continue;
    }
    if (isOutlet(lists, words)) {
      organization ??= outletName(lists, text, words);
      continue;
    }
    if (CONTACT.test(source(text, part[0]!, part.at(-1)!))) continue; // kbrandt@example.com, @kbrandt
    return undefined;
  }
  const match: BylineMatch = { authors, usedNextLine: false };
  if (organization !== undefined) match.organization = organization;
  return match;
}

/**
 * Recognises a byline block.
 *
 * The block's words come from `read` (the word layer, see `tokens.ts`), asked for only when the block opens like
 * a byline; nothing here lexes the text.
 *
 * @param lists The language's furniture words (`Language.furniture`).
 * @param text The whole input.
 * @param start Offset of the block's first character.
 * @param end Offset just past the block.
 * @param read The furniture tokens of a range of `text` (`furnitureReader`).
 * @returns The authors and organisation, or `undefined` when the block is not a byline.
 *
 * @example
 * ```ts
 * const text = 'By JANE DOE and JOHN ROE, Associated Press';
 * recognizeByline(english.furniture, text, 0, 42, furnitureReader(english, text));
 * // { authors: ['JANE DOE', 'JOHN ROE'], organization: 'Associated Press', usedNextLine: false }
 * ```
 */
export function recognizeByline(lists: FurnitureWords, text: string, start: number, end: number, read: FurnitureReader): BylineMatch | undefined {
  if (end - start > MAX_BYLINE_LENGTH) return undefined;
  // `By `, `BY ` or `by ` (any white space after it), or a one-line web byline in parts split by `|`.
  const b = text.charCodeAt(start);
  const y = text.charCodeAt(start + 1);
  const opensWithBy = ((b === 66 && (y === 121 || y === 89)) || (b === 98 && y === 121)) && isBlankOrBreak(text.charCodeAt(start + 2));
  const piped = end - start <= MAX_PIPE_BYLINE_LENGTH && text.slice(start, end).includes(' | ');
  if (!opensWithBy && !piped) return undefined;
  const tokens = read(start, end);
  if (piped) return recognizePipeByline(lists, text, tokens);
  const shape = parseWith(tokens, 'byline');
  if (!shape) return undefined;
  const groups = [...shape.groups];
  if (!groups.every((group) => periodsAreInitials(group, tokens))) return undefined;
  const authors: string[] = [];
  let organization: string | undefined;
  for (let index = 0; index < groups.length; index += 1) {
    const group = groups[index]!;
    const orgAt = organizationStart(lists, group.words);
    if (orgAt >= 0) {
      // The organisation comes last: `By JANE DOE, AP Business Writer`, `By MARIA CHENG AP Medical Writer`.
      if (index !== groups.length - 1 || !isOrganization(lists, group.words.slice(orgAt))) return undefined;
      if (orgAt > 0) {
        const name = group.words.slice(0, orgAt);
        if (!isName(lists, name)) return undefined;
        authors.push(source(text, group.first, name.at(-1)!));
      }
      organization = organizationName(lists, source(text, group.words[orgAt]!, group.last));
      continue;
    }
    if (index > 0 && index === groups.length - 1 && isOutlet(lists, group.words)) {
      // `By Jane Doe, The New York Times`: an outlet after the authors (and maybe the writer's role).
      organization = outletName(lists, text, group.words);
      continue;
    }
    // `By Jane Doe, Contributing Writer`: the writer's role, not another author.
    if (index > 0 && index === groups.length - 1 && isRole(lists, group.words)) continue;
    if (!isName(lists, group.words)) return undefined;
    authors.push(source(text, group.first, group.last));
  }
  let usedNextLine = false;
  if (shape.nextLine) {
    if (organization !== undefined || !(isOrganization(lists, shape.nextLine.words) || isOutlet(lists, shape.nextLine.words))) return undefined;
    organization = isOrganization(lists, shape.nextLine.words)
      ? organizationName(lists, source(text, shape.nextLine.first, shape.nextLine.last))
      : outletName(lists, text, shape.nextLine.words);
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
 * @param lists The language's furniture words (`Language.furniture`).
 * @param text The whole input.
 * @param start Offset of the line's first character.
 * @param end Offset just past the line.
 * @param read The furniture tokens of a range of `text` (`furnitureReader`).
 * @returns The organisation as users want it, or `undefined`.
 *
 * @example
 * ```ts
 * recognizeOrganizationLine(english.furniture, 'AP Medical Writer', 0, 17, furnitureReader(english, 'AP Medical Writer')); // 'AP'
 * ```
 */
export function recognizeOrganizationLine(lists: FurnitureWords, text: string, start: number, end: number, read: FurnitureReader): string | undefined {
  if (end - start > 80) return undefined;
  const tokens = read(start, end);
  const names = parseWith(tokens, 'orgLine');
  if (!names) return undefined;
  if (isOrganization(lists, names.words)) return organizationName(lists, source(text, names.first, names.last));
  return isOutlet(lists, names.words) ? outletName(lists, text, names.words) : undefined;
}
