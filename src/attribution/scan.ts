/**
 * A small word scanner for attribution: turns a paragraph's children into
 * tokens (words, punctuation, quotations) and cuts them into sentences.
 * One pass over the characters, no regular expressions in the loop.
 *
 * @module
 */
import { isQuoteMarkChar } from '../lexer/chars.js';
import type { Language } from '../language/types.js';
import type { Paragraph, Quotation } from '../types.js';
import { isWideWordChar } from '../words/chars.js';
import { quotationText } from './content.js';
import { mix, signature } from '../words/signature.js';

/** What a token is. */
export type TokenKind = 'word' | 'punct' | 'quote' | 'break';

/** One token of a paragraph. */
export interface Token {
  /** Word, punctuation mark, whole top-level quotation, or a line break / dateline edge. */
  kind: TokenKind;
  /** Absolute start offset. */
  start: number;
  /** Absolute end offset (exclusive). */
  end: number;
  /** The source text (empty for quotes). */
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Whether the first character is an upper-case letter. */
  upper: boolean;
  /** The quotation, for `quote` tokens. */
  quotation: Quotation | undefined;
  /** The cue lookup of a lower-case word, once done (`null`: not a cue). */
  cue: { lemma: string; length: number } | null | undefined;
  /** For a word, the signature of `lower` (see `signature.ts`); 0 for other tokens. */
  sig: number;
}

/** ASCII classes. */
const OTHER = 0;
const SPACE = 1;
const BREAK = 2;
const WORD = 3;
const UPPER = 4;
const ASCII = new Uint8Array(128);
for (let code = 48; code <= 57; code += 1) ASCII[code] = WORD;
for (let code = 97; code <= 122; code += 1) ASCII[code] = WORD;
for (let code = 65; code <= 90; code += 1) ASCII[code] = UPPER;
ASCII[32] = SPACE;
ASCII[9] = SPACE;
ASCII[10] = BREAK;
ASCII[13] = BREAK;

function isWordCode(code: number): boolean {
  return code < 128 ? ASCII[code]! >= WORD : isWideWordChar(code);
}

/** Characters that join two word parts: apostrophes, hyphens, periods, ampersand. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 46 || code === 38 || code === 0x2010 || code === 0x2011;
}

function isUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = text[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isWideSpace(code: number): boolean {
  return code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x200a;
}

/** The punctuation character at `index`: one string per character beyond ASCII in `pool` (V8 shares the ASCII ones already). */
function punctText(text: string, index: number, code: number, pool: Map<number, string> | undefined): string {
  if (code < 128 || pool === undefined) return text[index]!;
  let char = pool.get(code);
  if (char === undefined) {
    char = text[index]!;
    pool.set(code, char);
  }
  return char;
}

/**
 * A growing list of token indices in increasing order, reused from one
 * paragraph to the next, read with a cursor that only moves forward.
 */
export class IndexList {
  /**
   * A plain array of small integers, not an `Int32Array`: a list is made for every parse, and allocating a typed
   * array's backing store cost about 1 µs each (3 per parse, a tenth of the attribution time of a 280-character
   * paragraph); V8 keeps this one packed SMI elements.
   */
  private readonly items: number[] = [];
  private cursor = 0;

  /** Empties the list. */
  clear(): void {
    this.items.length = 0;
    this.cursor = 0;
  }

  /** Appends an index (larger than the last). */
  push(index: number): void {
    this.items.push(index);
  }

  /** The first index at or after `at` (`at` never smaller than in the call before), or 2^31 - 1. */
  next(at: number): number {
    const items = this.items;
    let cursor = this.cursor;
    while (cursor < items.length && items[cursor]! < at) cursor += 1;
    this.cursor = cursor;
    return cursor < items.length ? items[cursor]! : 0x7fffffff;
  }

  /** Moves the cursor back to the start. */
  rewind(): void {
    this.cursor = 0;
  }
}

/**
 * The tokens of a paragraph the later steps start from, so that they skip
 * the others without reading them: `cues` (lower-case words whose signature
 * a cue's first word has, and words that may be `according`), `names`
 * (capitalised words) and `stops` (`.`, `!`, `?`, words ending in a period,
 * quotations: where a sentence may end).
 */
export interface Marks {
  /** Words that may start a cue, or be `according`. */
  readonly cues: IndexList;
  /** Capitalised words. */
  readonly names: IndexList;
  /** Tokens after which a sentence may end. */
  readonly stops: IndexList;
  /** The cue lexicon's signature table (see `words/signature.ts`). */
  readonly cueSignatures: Uint8Array;
  /** Abbreviations whose period belongs to the word (the language's). */
  readonly abbreviations: ReadonlySet<string>;
  /** One string per punctuation character beyond ASCII, shared by the tokens of the parse. */
  readonly punct: Map<number, string>;
}

/**
 * Marks for one parse, with the language's abbreviations and the cue lexicon whose signature table is given. The
 * lists are refilled paragraph by paragraph (a paragraph's marks live until the next one is scanned).
 */
export function createMarks(cueSignatures: Uint8Array, lang: Language): Marks {
  return { cues: new IndexList(), names: new IndexList(), stops: new IndexList(), cueSignatures, abbreviations: lang.abbreviations, punct: new Map() };
}

const ACCORDING = signature('according');

/** Scans `text` (which starts at absolute offset `base`) into `tokens`, with the language's abbreviations. */
export function scanText(lang: Language, text: string, base: number, tokens: Token[]): void {
  scanRange(text, 0, text.length, base, tokens, undefined, lang.abbreviations);
}

/** Scans `text` from `from` to `to` into `tokens`, offsets shifted by `base` (scanning the whole input in place avoids copies). */
function scanRange(text: string, from: number, to: number, base: number, tokens: Token[], marks: Marks | undefined, abbreviations: ReadonlySet<string>): void {
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    const kind = code < 128 ? ASCII[code]! : isWideSpace(code) ? SPACE : isWideWordChar(code) ? WORD : OTHER;
    if (kind === SPACE) {
      index += 1;
      continue;
    }
    if (kind === BREAK) {
      tokens.push({ kind: 'break', start: base + index, end: base + index + 1, text: '', lower: '', upper: false, quotation: undefined, cue: undefined, sig: 0 });
      index += 1;
      continue;
    }
    if (kind === OTHER) {
      if (isQuoteMarkChar(code) && index + 1 < to && isQuoteMarkChar(text.charCodeAt(index + 1))) {
        // A run of quote marks kept as text (stray marks): one token, not one per mark. Nothing reads quote
        // characters here, and a megabyte of marks must not make a million tokens.
        let end = index + 2;
        while (end < to && isQuoteMarkChar(text.charCodeAt(end))) end += 1;
        const run = text.slice(index, end);
        tokens.push({ kind: 'punct', start: base + index, end: base + end, text: run, lower: run, upper: false, quotation: undefined, cue: undefined, sig: 0 });
        index = end;
        continue;
      }
      const char = punctText(text, index, code, marks?.punct);
      if (marks !== undefined && (code === 46 || code === 33 || code === 63)) marks.stops.push(tokens.length);
      tokens.push({ kind: 'punct', start: base + index, end: base + index + 1, text: char, lower: char, upper: false, quotation: undefined, cue: undefined, sig: 0 });
      index += 1;
      continue;
    }
    // A word. Whether it has a character that lower-casing may change (A-Z or non-ASCII), and a period inside.
    const start = index;
    let cased = kind === UPPER || code >= 128;
    let period = false;
    index += 1;
    while (index < to) {
      const current = text.charCodeAt(index);
      if (current < 128) {
        const type = ASCII[current]!;
        if (type >= WORD) {
          if (type === UPPER) cased = true;
          index += 1;
          continue;
        }
      } else if (isWideWordChar(current)) {
        cased = true;
        index += 1;
        continue;
      }
      if (isJoiner(current) && index + 1 < to) {
        const after = text.charCodeAt(index + 1);
        if (isWordCode(after)) {
          if (current >= 128 || after >= 128 || (after < 128 && ASCII[after] === UPPER)) cased = true;
          if (current === 46) period = true;
          index += 2;
          continue;
        }
      }
      break;
    }
    let word = text.slice(start, index);
    let lower = cased ? word.toLowerCase() : word;
    if (index < to && text.charCodeAt(index) === 46 && (word.length === 1 || period || abbreviations.has(lower))) {
      index += 1;
      word += '.';
      lower += '.';
      // A word that ends in a period may end a sentence ("in the U.S. The").
      if (word.length > 2 && marks !== undefined) marks.stops.push(tokens.length);
    }
    // The signature of `lower`; read from the source when it is the same characters.
    const length = index - start;
    const sig = cased ? signature(lower) : mix(length, code, length > 1 ? text.charCodeAt(start + 1) : 0, length > 2 ? text.charCodeAt(start + 2) : 0, text.charCodeAt(index - 1));
    const upper = code < 128 ? kind === UPPER : isUpper(word);
    if (marks !== undefined) {
      if (upper) {
        marks.names.push(tokens.length);
        if (sig === ACCORDING) marks.cues.push(tokens.length);
      } else if (marks.cueSignatures[sig] === 1 || sig === ACCORDING) marks.cues.push(tokens.length);
    }
    tokens.push({ kind: 'word', start: base + start, end: base + index, text: word, lower, upper, quotation: undefined, cue: undefined, sig });
  }
}

/**
 * Tokens of a paragraph: words and punctuation of its text leaves, one
 * `quote` token per top-level quotation, a `break` for a soft line break.
 * A dateline is skipped. `source` is the whole input (the tree's text).
 * `marks` are refilled with the paragraph's marked tokens.
 */
export function tokenizeParagraph(paragraph: Paragraph, source: string, marks: Marks): Token[] {
  const tokens: Token[] = [];
  marks.cues.clear();
  marks.names.clear();
  marks.stops.clear();
  for (const child of paragraph.children) {
    if (child.type === 'text') scanRange(source, child.position.start.offset, child.position.end.offset, 0, tokens, marks, marks.abbreviations);
    else if (child.type === 'quotation') {
      marks.stops.push(tokens.length);
      tokens.push({ kind: 'quote', start: child.position.start.offset, end: child.position.end.offset, text: '', lower: '', upper: false, quotation: child, cue: undefined, sig: 0 });
    }
  }
  return tokens;
}

/**
 * The text of a quotation between its marks (nested quotations included, with their marks); computed once per
 * quotation in a parse, kept in `contents` (the parse's cache, dropped with its attribution state, so a tree the
 * caller keeps holds no second copy of its quotations' text).
 */
export function quotationContent(contents: Map<Quotation, string>, quotation: Quotation): string {
  let content = contents.get(quotation);
  if (content === undefined) {
    content = quotationText(quotation);
    contents.set(quotation, content);
  }
  return content;
}

/** A sentence: tokens `[start, end)` of its paragraph. */
export interface Sentence {
  /** First token index. */
  start: number;
  /** One past the last token index. */
  end: number;
  /** Whether the sentence holds a quotation. */
  quoted: boolean;
}

/** The last character of a quotation's content that is not a space. */
function lastContentChar(contents: Map<Quotation, string>, quotation: Quotation): string {
  const content = quotationContent(contents, quotation).trimEnd();
  return content.at(-1) ?? '';
}

/**
 * Cuts tokens into sentences: after `.`, `!`, `?` and after a quotation whose
 * content ends a sentence, unless a cue follows soon after (`"Why?" she asked`).
 *
 * @param isCue Whether the word token at an index is a cue word.
 * @param stops The paragraph's `stops` (see {@link Marks}).
 */
export function splitSentences(lang: Language, tokens: readonly Token[], isCue: (index: number) => boolean, stops: IndexList, contents: Map<Quotation, string>): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let quoted = false;
  const cueSoon = (from: number): boolean => {
    for (let index = from; index < tokens.length && index < from + 6; index += 1) {
      const token = tokens[index]!;
      if (token.kind === 'word' && isCue(index)) return true;
      if (token.kind !== 'word') return false;
    }
    return false;
  };
  // Only the marked tokens can end a sentence (or be a quotation).
  stops.rewind();
  for (let index = stops.next(0); index < tokens.length; index = stops.next(index + 1)) {
    const token = tokens[index]!;
    if (token.kind === 'quote') quoted = true;
    let boundary = false;
    if (token.kind === 'punct' && (token.text === '.' || token.text === '!' || token.text === '?')) {
      // Keep a run of closing punctuation together.
      while (index + 1 < tokens.length && tokens[index + 1]!.kind === 'punct' && ').!?'.includes(tokens[index + 1]!.text)) index += 1;
      const next = tokens[index + 1];
      boundary = next === undefined || next.kind !== 'word' || next.upper;
    } else if (token.kind === 'word' && token.text.length > 2 && token.text.charCodeAt(token.text.length - 1) === 46) {
      // An abbreviation that ends a sentence: "... at 7 p.m. He said", "... in the U.S. The".
      const next = tokens[index + 1];
      boundary = next !== undefined && next.kind === 'word' && lang.sentenceStarters.has(next.text);
    } else if (token.kind === 'quote' && token.quotation && '.!?'.includes(lastContentChar(contents, token.quotation) || ',')) {
      const next = tokens[index + 1];
      boundary = next !== undefined && (next.kind === 'quote' || (next.kind === 'word' && next.upper && !cueSoon(index + 1)));
    }
    if (boundary) {
      sentences.push({ start, end: index + 1, quoted });
      start = index + 1;
      quoted = false;
    }
  }
  if (start < tokens.length) sentences.push({ start, end: tokens.length, quoted });
  return sentences;
}
