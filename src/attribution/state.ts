/**
 * The state of one attribution pass, created at its start and dropped at its end: every function that needs a
 * piece of it gets it passed, and nothing of it outlives the parse (so two parses never share any, and the pass is
 * re-entrant).
 *
 * @module
 */
import { extendCues } from '../language/define.js';
import type { CueLexicon, Language } from '../language/types.js';
import type { Locator } from '../tree/location.js';
import type { Attribution, Quotation, ReportedSpeech } from '../types.js';
import { Resolver } from './resolve.js';
import { defaultRules, type Rules } from './rules/index.js';
import { createMarks, type Marks } from '../words/marks.js';

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
  /** Offsets to points for `text`. */
  readonly locator: Locator;
  /** The rules, in order (`rules/index.ts`). */
  readonly rules: Rules;
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
  /** Quotations credited to each attribution node so far, in the order the nodes were made (document order). */
  readonly credits: Map<Attribution, Set<Quotation>>;
  /** Whether to find reported speech (`ParseOptions.reportedSpeech`). */
  readonly reportedSpeech: boolean;
  /** Whether reported speech includes beliefs and evidence (`ParseOptions.beliefs`). */
  readonly beliefs: boolean;
  /** Each reported speech node made so far, in document order, with the attribution it belongs to. */
  readonly reported: Map<ReportedSpeech, Attribution>;
  /** The attributions only reported speech made (beliefs, evidence, ...): their speakers resolve last in their paragraph. */
  readonly reportedOnly: Set<Attribution>;
  /**
   * The attributions whose speaker is a relative pronoun (`Okafor, who said`), with the offsets of the noun phrase
   * it stands for and of that phrase's title: the speaker resolves to that phrase.
   */
  readonly antecedents: Map<Attribution, Antecedent>;
}

/** The noun phrase a relative pronoun stands for, by offsets into the input. */
export interface Antecedent {
  /** Its speaker words (`Dana Lynch`, `the governor`). */
  readonly start: number;
  /** One past them. */
  readonly end: number;
  /** Its title or role (`Attorney General`), when it has one. */
  readonly role?: { readonly start: number; readonly end: number };
}

/** The reported-speech switches of a parse (`ParseOptions.reportedSpeech`, `ParseOptions.beliefs`). */
export interface SpeechSwitches {
  /** See {@link AttributionState.reportedSpeech}. */
  reportedSpeech: boolean;
  /** See {@link AttributionState.beliefs}. */
  beliefs: boolean;
}

/**
 * Creates the state of one pass.
 *
 * @param text The whole input.
 * @param locator Offsets to points for `text`.
 * @param language The parse's language pack.
 * @param cues Extra cue lemmas of the parse (`ParseOptions.cues`).
 * @param rules The rules (every rule, in order, unless a test leaves some out).
 * @param speech Whether to find reported speech, and beliefs and evidence with it.
 */
export function createAttributionState(
  text: string,
  locator: Locator,
  language: Language,
  cues: readonly string[],
  rules: Rules = defaultRules,
  speech: SpeechSwitches = { reportedSpeech: true, beliefs: true },
): AttributionState {
  const lexicon = extendCues(language, cues).cues;
  return {
    text,
    locator,
    rules,
    language,
    lexicon,
    marks: createMarks(lexicon.signatures, language),
    contents: new Map(),
    creditRule: new Map(),
    resolver: new Resolver(language),
    credits: new Map(),
    reportedSpeech: speech.reportedSpeech,
    beliefs: speech.beliefs,
    reported: new Map(),
    reportedOnly: new Set(),
    antecedents: new Map(),
  };
}
