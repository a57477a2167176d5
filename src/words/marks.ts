/**
 * The marks of the word layer: per paragraph, the indices of the tokens the attribution rules start from (words
 * that may start a cue, capitalised words, tokens after which a sentence may end), in lists reused from one
 * paragraph to the next (the parse's pool).
 *
 * @module
 */
import type { Language } from '../language/types.js';
import { signature } from './signature.js';

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
 * a cue's first word has, and words that may be the language's `according`), `names`
 * (capitalised words), `stops` (`.`, `!`, `?`, words ending in a period,
 * quotations: where a sentence may end) and `sources` (words that may be a
 * source word of reported speech, by signature).
 */
export interface Marks {
  /** Words that may start a cue, or be `according` (capitalised or not). */
  readonly cues: IndexList;
  /** Capitalised words. */
  readonly names: IndexList;
  /** Tokens after which a sentence may end. */
  readonly stops: IndexList;
  /** Words whose signature a source word of reported speech has (a verb of belief or evidence, a content noun). */
  readonly sources: IndexList;
  /** The signature table of those source words (`Language.sourceSignatures`). */
  readonly sourceSignatures: Uint8Array;
  /** The cue lexicon's signature table (see `words/signature.ts`). */
  readonly cueSignatures: Uint8Array;
  /** The signature of the one cue word marked when capitalised too (English: `according`, of "According to"). */
  readonly capitalCue: number;
  /** Abbreviations whose period belongs to the word (the language's). */
  readonly abbreviations: ReadonlySet<string>;
  /** Abbreviations that keep their period only when capitalised (the language's). */
  readonly capitalAbbreviations: ReadonlySet<string>;
  /** One string per punctuation character beyond ASCII, shared by the tokens of the parse. */
  readonly punct: Map<number, string>;
}

/**
 * Marks for one parse, with the language's abbreviations and the cue lexicon whose signature table is given. The
 * lists are refilled paragraph by paragraph (a paragraph's marks live until the next one is scanned).
 */
export function createMarks(cueSignatures: Uint8Array, lang: Language): Marks {
  return {
    cues: new IndexList(),
    names: new IndexList(),
    stops: new IndexList(),
    sources: new IndexList(),
    sourceSignatures: lang.sourceSignatures,
    cueSignatures,
    capitalCue: signature(lang.pack.accordingTo[0]),
    abbreviations: lang.abbreviations,
    capitalAbbreviations: lang.capitalAbbreviations,
    punct: new Map(),
  };
}
