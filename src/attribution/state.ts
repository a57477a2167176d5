/**
 * The state of one attribution pass, created at its start and dropped at its end: every function that needs a
 * piece of it gets it passed, and nothing of it outlives the parse (so two parses never share any, and the pass is
 * re-entrant).
 *
 * @module
 */
import { extendCues } from '../language/define.js';
import type { CueLexicon, Language } from '../language/types.js';
import type { Quotation } from '../types.js';
import { Resolver } from './resolve.js';
import { createMarks, type Marks } from './scan.js';

/**
 * Why a quotation went to an attribution other than by its own cue: `carry` (a floating paragraph, from the
 * paragraph before), `float-before` / `float-after` (a floating sentence, from a neighbour in its paragraph),
 * `piece` (a running quote's piece moved to the attribution of another piece).
 */
export type CreditRule = 'carry' | 'float-before' | 'float-after' | 'piece';

/** The state of one attribution pass. */
export interface AttributionState {
  /** The whole input (the tree's text). */
  readonly text: string;
  /** The language pack of the parse. */
  readonly language: Language;
  /** The cue lexicon: the pack's, with the parse's extra cues. */
  readonly lexicon: CueLexicon;
  /** The marked tokens of the current paragraph (lists reused from one paragraph to the next: the parse's pool). */
  readonly marks: Marks;
  /** The content of each quotation, computed once (see `quotationContent`). */
  readonly contents: Map<Quotation, string>;
  /** The quotations credited by a guess or moved between pieces, with the rule; one credited by its own cue has none. */
  readonly creditRule: Map<Quotation, CreditRule>;
  /** The people of the article so far. */
  readonly resolver: Resolver;
}

/**
 * Creates the state of one pass.
 *
 * @param text The whole input.
 * @param language The parse's language pack.
 * @param cues Extra cue lemmas of the parse (`ParseOptions.cues`).
 */
export function createAttributionState(text: string, language: Language, cues: readonly string[]): AttributionState {
  const lexicon = extendCues(language, cues).cues;
  return { text, language, lexicon, marks: createMarks(lexicon.signatures, language), contents: new Map(), creditRule: new Map(), resolver: new Resolver(language) };
}
