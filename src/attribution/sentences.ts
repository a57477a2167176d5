/**
 * Sentences of a paragraph's tokens (from the word layer, `src/words/`), and the content of its quotations.
 *
 * @module
 */
import type { Language } from '../language/types.js';
import type { Quotation } from '../types.js';
import type { IndexList } from '../words/marks.js';
import type { Token } from '../words/token.js';
import { quotationText } from './content.js';
import { clauseEnds } from './clause.js';

export type { Token, TokenKind } from '../words/token.js';

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
  /** The index of a cue word within the next six words after `from`, or -1. */
  const cueSoon = (from: number): number => {
    for (let index = from; index < tokens.length && index < from + 6; index += 1) {
      const token = tokens[index]!;
      if (token.kind === 'word' && isCue(index)) return index;
      if (token.kind !== 'word') return -1;
    }
    return -1;
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
    } else if (token.kind === 'quote' && token.quotation) {
      const last = lastContentChar(contents, token.quotation);
      if (last === '.' || last === '!' || last === '?') {
        const next = tokens[index + 1];
        if (next !== undefined && next.kind === 'quote') boundary = true;
        else if (next !== undefined && next.kind === 'word' && next.upper) {
          const cue = cueSoon(index + 1);
          // A quote that ends with a full stop is its own sentence unless a short attribution clause follows
          // ('"We will win." Smith said Tuesday.'): a cue followed by its content starts a new sentence
          // ('"ongoing." He said the FBI had not commented').
          boundary = cue < 0 || (last === '.' && !clauseEnds(lang, tokens, cue + 1, tokens.length));
        }
      }
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
