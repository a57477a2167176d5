/**
 * The unit of the word layer: one word, punctuation mark, whole quotation or line break of a paragraph, with its
 * offsets, whether it is capitalised and its signature. Its text is cut from the source only when read.
 *
 * @module
 */
import type { Quotation } from '../types.js';

/** What a token is. */
export type TokenKind = 'word' | 'punct' | 'quote' | 'break';

/**
 * One token of a paragraph. A word's `text` and `lower` are cut from the source only when a rule reads them: most
 * words of a paragraph are stepped over by their marks and signature, so most are never cut.
 */
export class Token {
  /** The cue lookup of a lower-case word, once done (`null`: not a cue). */
  cue: { lemma: string; length: number } | null | undefined = undefined;
  private cut: string | undefined;
  private lowered: string | undefined;

  /**
   * @param kind Word, punctuation mark, whole top-level quotation, or a line break / dateline edge.
   * @param start Absolute start offset.
   * @param end Absolute end offset (exclusive).
   * @param source The text the offsets point into, shifted by `base`.
   * @param base The absolute offset of `source`'s first character.
   * @param cased Whether lower-casing may change the text (for a word; punctuation is given as `text`).
   * @param upper Whether the first character is an upper-case letter.
   * @param quotation The quotation, for `quote` tokens.
   * @param sig For a word, the signature of `lower` (see `signature.ts`); 0 for other tokens.
   * @param text The text, when it is known already (punctuation; empty for quotes and breaks).
   * @param lower The lower-cased text, when it is known already.
   */
  constructor(
    readonly kind: TokenKind,
    readonly start: number,
    readonly end: number,
    private readonly source: string,
    private readonly base: number,
    private readonly cased: boolean,
    readonly upper: boolean,
    readonly quotation: Quotation | undefined,
    readonly sig: number,
    text: string | undefined,
    lower: string | undefined,
  ) {
    this.cut = text;
    this.lowered = lower;
  }

  /** The source text (empty for quotes and breaks). */
  get text(): string {
    return (this.cut ??= this.source.slice(this.start - this.base, this.end - this.base));
  }

  /** Lower-cased text. */
  get lower(): string {
    if (this.lowered === undefined) this.lowered = this.cased ? this.text.toLowerCase() : this.text;
    return this.lowered;
  }
}
