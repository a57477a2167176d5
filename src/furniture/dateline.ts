/**
 * Datelines: the place, date and agency that open a wire story.
 *
 * Forms (see `docs/furniture.md`):
 * - AP `MOSCOW (AP) —`, `AUSTIN, Texas (AP) —`, `LOUISVILLE, Ky. (AP) —`
 * - Reuters `WASHINGTON, Jan 12 (Reuters) -`, `LONDON/SINGAPORE, June 14 (Reuters) -`, `Dec 29 (Reuters) -`
 * - AFP `PARIS, Jan 1 (AFP) -`, `New Delhi (AFP) -`
 * - UPI `MAREA, Syria, Nov. 8 (UPI) --`, `Jan. 19 (UPI) --`
 * - papers `BEIRUT, Lebanon, June 2 —`, `WASHINGTON —`, `MANCHESTER, N.H. -`
 * - 1980s wire `CHICAGO, Feb 26 -`, `New York, March 4 -`
 * - CNN `(CNN)`, `(CNN) —`
 *
 * The shape comes from the furniture grammar; the checks here keep ordinary
 * sentences out: without an agency or a date the place must be written in
 * capitals (`WASHINGTON —`), places are a few words long, and a bare
 * parenthesised name must be a known agency.
 *
 * @module
 */
import type { IToken } from 'chevrotain';
import { parseWith, type DatelineShape, type TokenSpan } from './grammar.js';
import type { FurnitureWords } from '../language/types.js';
import type { FurnitureReader } from './tokens.js';

/** A dateline found at the start of a paragraph. */
export interface DatelineMatch {
  /** Offset just past the dateline (after the separator dash, or the closing parenthesis of a bare agency). */
  end: number;
  /** The place as written, region included (`AUSTIN, Texas`). */
  location?: string;
  /** The agency as written (`AP`). */
  agency?: string;
  /** The date as written (`Jan 12`). */
  date?: string;
}

/** A date before its own dash at the start of a paragraph: `July 22--`, `Jun. 21—`, `Sept. 3 - `. */
const LEADING_DATE = /^[A-Za-z]{3,9}\.? ?\d{1,2}\s?(?:--|[-\u2014\u2013\u2015\u2012])$/;

/** A dateline is looked for in this many characters at the start of a paragraph. */
export const DATELINE_WINDOW = 120;





/**
 * Whether a parenthesised group after a place names an agency: a known one,
 * or capitalised words without digits or party codes (`(D-Ohio)`, `(R)`).
 */
function isAgency(lists: FurnitureWords, group: TokenSpan, source: string): boolean {
  const name = text(source, group.words[0]!, group.words.at(-1)!);
  if (lists.datelineAgencies.has(name)) return true;
  if (lists.notAgencies.has(name) || name.length < 2 || /[\d.]/.test(name)) return false;
  return group.words.every((word) => capitalised(word.image) && word.image.length >= 2 && !word.image.includes('-'));
}



const MAX_FIRST_PLACE_WORDS = 4;
const MAX_REGION_WORDS = 3;
const MAX_PLACES = 3;

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90 ? true : code > 127 && String.fromCharCode(code).toLowerCase() !== String.fromCharCode(code);
}

function capitalised(word: string): boolean {
  return isUpper(word.charCodeAt(0));
}

/** Every letter upper case, and at least two letters (`WASHINGTON`, `N.H.`'s `N` counts with its segment). */
function allCaps(words: IToken[]): boolean {
  let letters = 0;
  for (const word of words) {
    const image = word.image;
    if (image !== image.toUpperCase()) return false;
    letters += image.length;
  }
  return letters >= 2;
}

function text(source: string, from: IToken, to: IToken): string {
  return source.slice(from.startOffset, to.endOffset! + 1);
}

/** Whether the place words are written like a place: capitalised words (or particles). */
function placeCased(lists: FurnitureWords, place: TokenSpan): boolean {
  return place.words.every((word) => capitalised(word.image) || lists.placeParticles.has(word.image));
}

function plausible(lists: FurnitureWords, shape: DatelineShape, source: string): boolean {
  const { places, date, groups } = shape;
  const agency = groups.at(-1);
  if (places.length === 0) {
    if (date) return agency !== undefined && groups.length === 1;
    // A bare agency: `(CNN)`.
    return groups.length === 1 && agency !== undefined && lists.datelineAgencies.has(text(source, agency.words[0]!, agency.words.at(-1)!));
  }
  if (places.length > MAX_PLACES) return false;
  const [first, ...regions] = places;
  if (first!.words.length > MAX_FIRST_PLACE_WORDS) return false;
  if (regions.some((region) => region.words.length > MAX_REGION_WORDS)) return false;
  if (groups.slice(0, -1).some((group) => group.words.length > MAX_REGION_WORDS)) return false;
  if (agency && agency.words.length > MAX_REGION_WORDS) return false;
  if (lists.personTitles.has(first!.words[0]!.image)) return false; // `Sen. Jane Doe (D-Ohio) —` is a person, not a place
  // A date first (`July 22--JANESVILLE --`): the place is written as one (capitalised, or in capitals).
  if (shape.dateFirst) return places.every((place) => placeCased(lists, place)) && (agency === undefined || isAgency(lists, agency, source));
  // 1980s wire copy may be in any case (`panama city, april 29 -`, `San jose, march 18 -`), but a place
  // with a sentence's little words (`Officials in Kyiv, March 3 - ...`) is not one.
  if (date && !agency) return !places.some((place) => place.words.some((word) => lists.sentenceWords.has(word.image)));
  if (!places.every((place) => placeCased(lists, place))) return false;
  if (agency) return isAgency(lists, agency, source);
  // No agency, no date: the paper style `WASHINGTON —` needs a place in capitals, and a dash that is not
  // glued to the next word unless it is an em dash (`SMITH--John, 98, of ...` opens a death notice).
  if (!allCaps(first!.words)) return false;
  const dash = shape.dash;
  if (dash && dash.image !== '\u2014' && dash.image !== '\u2015' && !/\s/.test(source.charAt(dash.endOffset! + 1) || ' ')) return false;
  return !lists.notPlaces.has(text(source, first!.first, first!.last));
}

function isDashCode(code: number): boolean {
  return code === 0x2014 || code === 0x2013 || code === 0x2015 || code === 0x2012;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** Characters that never occur before a dateline's dash: quote marks and sentence punctuation. */
function isForeign(code: number): boolean {
  if (code < 128) {
    // letters, digits, space, tab, , . ( ) / ' & are allowed
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return false;
    return !(code === 32 || code === 9 || code === 44 || code === 46 || code === 40 || code === 41 || code === 47 || code === 39 || code === 38);
  }
  return code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x201e || code === 0xab || code === 0xbb || code === 0x2026;
}

/**
 * Where a dateline candidate ends: just past the first dash (`—`, `–`, `--`,
 * or `-` with a space before it), or past a leading `( … )` and the dash
 * after it. `-1` when the paragraph cannot open with a dateline. A linear
 * scan of at most {@link DATELINE_WINDOW} characters that allocates nothing,
 * so ordinary paragraphs are turned away before any token is made.
 */
export function candidateEnd(source: string, start: number, end: number): number {
  const limit = Math.min(end, start + DATELINE_WINDOW);
  const bare = source.charCodeAt(start) === 40; // (
  for (let index = start; index < limit; index += 1) {
    const code = source.charCodeAt(index);
    if (isDashCode(code)) return index + 1;
    if (code === 45) {
      if (source.charCodeAt(index + 1) === 45) return index + 2;
      if (index > start && isBlank(source.charCodeAt(index - 1))) return index + 1;
      continue; // a hyphen inside a word: WINSTON-SALEM
    }
    if (code === 41 && bare) {
      // (CNN) — : take the dash after the group, when there is one.
      let next = index + 1;
      while (next < end && isBlank(source.charCodeAt(next))) next += 1;
      const after = source.charCodeAt(next);
      if (isDashCode(after)) return next + 1;
      if (after === 45) return source.charCodeAt(next + 1) === 45 ? next + 2 : next + 1;
      return index + 1;
    }
    if (isForeign(code) || code === 10 || code === 13) return -1;
  }
  return -1;
}

/** The furniture tokens of the candidate at `start` (read from `read`), or `undefined`. */
function candidateTokens(lists: FurnitureWords, source: string, start: number, end: number, read: FurnitureReader): IToken[] | undefined {
  let stop = candidateEnd(source, start, end);
  if (stop < 0) return undefined;
  // A date first, with a dash of its own (`July 22--JANESVILLE --`): the place and its dash follow.
  if (LEADING_DATE.test(source.slice(start, stop)) && lists.months.has(source.slice(start, start + 9).replace(/[^A-Za-z].*$/s, '').toLowerCase())) {
    let next = stop;
    while (next < end && isBlank(source.charCodeAt(next))) next += 1;
    const second = next < end ? candidateEnd(source, next, end) : -1;
    if (second < 0) return undefined;
    stop = second;
  }
  return read(start, stop);
}

/**
 * Recognises a dateline at `start`, the first character of a paragraph.
 *
 * @param lists The language's furniture words (`Language.furniture`).
 * @param source The whole input.
 * @param start Offset of the paragraph's first character.
 * @param end Offset just past the paragraph.
 * @param read The furniture tokens of a range of `source` (`furnitureReader`): asked only for a candidate
 *   (see {@link candidateEnd}), so ordinary paragraphs are turned away before a word is read.
 * @returns The dateline's end and fields, or `undefined` when the paragraph does not open with one.
 *
 * @example
 * ```ts
 * const text = 'MOSCOW (AP) — Russia said...';
 * recognizeDateline(english.furniture, text, 0, 28, furnitureReader(english, text));
 * // { end: 13, location: 'MOSCOW', agency: 'AP' }
 * ```
 */
export function recognizeDateline(lists: FurnitureWords, source: string, start: number, end: number, read: FurnitureReader): DatelineMatch | undefined {
  const tokens = candidateTokens(lists, source, start, end, read);
  if (!tokens) return undefined;
  const shape = parseWith(tokens, 'dateline');
  if (!shape || !plausible(lists, shape, source)) return undefined;
  const last = tokens.at(-1)!;
  const match: DatelineMatch = { end: Math.min(end, last.endOffset! + 1) };
  const { places, date, groups } = shape;
  const agency = groups.at(-1);
  if (places.length > 0) {
    // The location runs to the last place, or to the last group before the agency (`Nagpur (India)`).
    const lastPlace = groups.length > 1 ? groups.at(-2)!.last : places.at(-1)!.last;
    match.location = text(source, places[0]!.first, lastPlace);
  }
  if (agency) match.agency = text(source, agency.words[0]!, agency.words.at(-1)!);
  if (date) match.date = text(source, date.first, date.last);
  return match;
}
