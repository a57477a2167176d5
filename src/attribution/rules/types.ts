/**
 * The shapes of attribution rules and of what they read. A rule is a named unit; `rules/index.ts` puts them in
 * the order they run and says why.
 *
 * - A **cue rule** reads one cue word of a sentence and may find its attribution (the first rule that finds one
 *   wins, and the sentence's reading resumes after it).
 * - A **quote rule** reads one quotation of a sentence and may point it to a candidate (the first one that
 *   points wins; a rule may also stop the search).
 * - A **paragraph rule** runs once per paragraph after its sentences, in order, each on what the ones before left.
 * - An **article rule** runs once after every paragraph.
 * - A **source rule** (reported speech) reads one word of a sentence that no attribution holds and may find a source
 *   the cue lexicon does not give: a belief (`Smith believes`), evidence (`polls show`), a noun with a content clause
 *   (`his warning that`). The first that finds one wins.
 * - A **content rule** (reported speech) reads one attribution of a sentence and may find the words of what it
 *   reports, without marks: the first that finds them wins.
 *
 * @module
 */
import type { CueLexicon, Language } from '../../language/types.js';
import type { Attribution, Paragraph, Quotation } from '../../types.js';
import type { Candidate } from '../candidate.js';
import type { Chain, Link } from '../chain.js';
import type { Range, SpeakerPhrase } from '../names.js';
import type { Sentence, Token } from '../sentences.js';
import type { AttributionState } from '../state.js';

/** The subject that opens a sentence, with the tokens it spans. */
export interface OpeningSubject {
  /** The subject's phrase. */
  phrase: SpeakerPhrase;
  /** Its first token. */
  start: number;
  /** One past its last token (the verb's index). */
  end: number;
}

/** What every rule of a sentence reads. */
export interface SentenceScope {
  /** The pass's state. */
  readonly state: AttributionState;
  /** The language pack. */
  readonly lang: Language;
  /** The cue lexicon. */
  readonly lexicon: CueLexicon;
  /** The paragraph's tokens. */
  readonly tokens: readonly Token[];
  /** The sentence. */
  readonly sentence: Sentence;
  /** The sentence's index in its paragraph. */
  readonly index: number;
  /** The candidates found so far, in the order found. */
  readonly candidates: Candidate[];
  /** The subject that opens the sentence (found once, when a rule first asks). */
  openingSubject(): OpeningSubject | undefined;
}

/** A cue word as the cue rules see it. */
export interface CueSite {
  /** `according`: the two words of "according to"; `lexicon`: a cue of the lexicon. */
  readonly kind: 'according' | 'lexicon';
  /** The cue's first token. */
  readonly at: number;
  /** The cue's tokens. */
  readonly cue: Range;
  /** The cue's lemma. */
  readonly lemma: string;
  /** The word before the cue, lower-cased (`''` when there is none). */
  readonly before: string;
  /** Whether the cue is a progressive form (`adding`). */
  readonly progressive: boolean;
  /** Whether the form is also a noun (`calls`, `state`): it needs its subject right before it. */
  readonly nounish: boolean;
  /** Whether the cue may stand for reported speech (not a naming cue such as `call`). */
  readonly speech: boolean;
  /** Whether a participle: progressive, not after a form of "be", a contracted pronoun or an adverb. */
  readonly participle: boolean;
  /**
   * Where the subject ends when a passive report stands between it and the cue (the form of "be" of "was quoted as
   * saying"); the cue itself otherwise.
   */
  readonly subjectEnd?: number;
}

/** What a cue rule found: the candidate, and the last token it took (the sentence's reading resumes after it). */
export interface CueFound {
  /** The candidate. */
  readonly candidate: Candidate;
  /** The last token the rule took. */
  readonly last: number;
}

/** A rule over one cue word. */
export interface CueRule {
  /** The rule's name, kebab-case. */
  readonly name: string;
  /** Finds the attribution of the cue at `site`, or `undefined` when the rule does not apply. */
  find(scope: SentenceScope, site: CueSite): CueFound | undefined;
}

/** What the quote rules of a sentence share (mutable: the rules insert candidates into the chain). */
export interface QuoteScope extends SentenceScope {
  /** The sentence's candidates in order of start. */
  readonly chain: Chain;
  /** The first candidate that starts after the current quote. */
  next: Link | undefined;
  /** The last candidate, when it closes the sentence after a comma (`..., the group says.`). */
  readonly closing: Link | undefined;
}

/** A quotation as the quote rules see it. */
export interface QuoteSite {
  /** The quote token. */
  readonly at: number;
  /** The quotation's content. */
  readonly content: string;
  /** The candidate right after the quote, as it was before any rule ran for it. */
  readonly following: Link | undefined;
}

/** What a quote rule returns to stop the search and leave the quotation to the paragraph rules. */
export const LEAVE = 'leave';

/** A rule over one quotation of a sentence. */
export interface QuoteRule {
  /** The rule's name, kebab-case. */
  readonly name: string;
  /** The candidate the quotation goes to, {@link LEAVE} to stop looking, or `undefined` when the rule does not apply. */
  credit(scope: QuoteScope, site: QuoteSite): Link | typeof LEAVE | undefined;
}

/** A floating quote: a quotation in a sentence of quotations only, that no cue credited. */
export interface FloatingQuote {
  /** The quote token. */
  readonly token: number;
  /** Its sentence's index. */
  readonly sentence: number;
  /** Whether a paragraph rule has credited it. */
  credited: boolean;
}

/** What the paragraph rules share. */
export interface ParagraphScope {
  /** The pass's state. */
  readonly state: AttributionState;
  /** The paragraph. */
  readonly paragraph: Paragraph;
  /** Its tokens. */
  readonly tokens: readonly Token[];
  /** Its sentences. */
  readonly sentences: readonly Sentence[];
  /** Every candidate of its sentences. */
  readonly candidates: Candidate[];
  /** Its floating quotes, in order. */
  readonly floating: FloatingQuote[];
  /** The attribution a floating paragraph would belong to (from the paragraph before). */
  readonly carry: Attribution | undefined;
  /** Quotations credited to {@link carry}. */
  readonly carried: Quotation[];
  /** The credits of the article so far. */
  readonly credits: Credits;
  /** Whether the next paragraph opens with a quotation. */
  readonly nextOpensWithQuote: boolean;
  /** The candidate that introduces the next paragraph's quotation, once a rule has found it. */
  introduces: Candidate | undefined;
}

/** A rule that runs once per paragraph. */
export interface ParagraphRule {
  /** The rule's name, kebab-case. */
  readonly name: string;
  /** Runs the rule. */
  apply(scope: ParagraphScope): void;
}

/** Quotations credited to each attribution node, in the order the nodes were made (document order). */
export type Credits = Map<Attribution, Set<Quotation>>;

/** What the article rules read. */
export interface ArticleScope {
  /** The pass's state. */
  readonly state: AttributionState;
  /** The article's top-level quotations, in document order. */
  readonly quotations: readonly Quotation[];
  /** The credits so far. */
  readonly credits: Credits;
}

/** A rule that runs once per article, after every paragraph. */
export interface ArticleRule {
  /** The rule's name, kebab-case. */
  readonly name: string;
  /** Runs the rule. */
  apply(scope: ArticleScope): void;
}

/** What the source and content rules of one sentence read. */
export interface ContentScope {
  /** The pass's state. */
  readonly state: AttributionState;
  /** The language pack. */
  readonly lang: Language;
  /** The paragraph's tokens. */
  readonly tokens: readonly Token[];
  /** The sentence. */
  readonly sentence: Sentence;
  /** The sentence's index in its paragraph. */
  readonly index: number;
  /**
   * The sentence's attributions, in order of start: for the source rules the candidates that become nodes; for the
   * content rules those and the extra attributions of reported speech, with the participles and second verbs that
   * share a speaker: they bound each other's contents.
   */
  readonly attributions: readonly Candidate[];
  /** The attribution each quote token of the sentence is credited to, by token index (`undefined`: none is). */
  readonly credited: ReadonlyMap<number, Candidate> | undefined;
  /** For each index of {@link attributions}, the furthest extent end among it and those before it. */
  readonly reach: readonly number[];
  /**
   * Attributions that may become part of the content that starts where they do ("He said the FBI has not
   * commented on ..."): indirect ones of the cue rules that credit nothing and are not the paragraph's last.
   */
  readonly absorbable: readonly Candidate[];
  /** The attributions a content took in (they become no node); a paragraph has a handful at most, so a list. */
  readonly absorbed: Candidate[];
}

/** A rule that finds a source the cue lexicon does not give, at one word of a sentence. */
export interface SourceRule {
  /** The rule's name, kebab-case. */
  readonly name: string;
  /** `belief` for a source that does not speak (a belief, evidence): off with `ParseOptions.beliefs: false`. */
  readonly kind: 'speech' | 'belief';
  /** The candidate (its `extent` holds no other attribution's tokens), or `undefined` when the rule does not apply. */
  find(scope: ContentScope, at: number): Candidate | undefined;
}

/** A rule that finds the content an attribution reports. */
export interface ContentRule {
  /** The rule's name, kebab-case. */
  readonly name: string;
  /**
   * The content's token ranges (one, or two around a parenthetical attribution), `[]` to stop the search with no
   * content, or `undefined` when the rule does not apply.
   */
  find(scope: ContentScope, candidate: Candidate): Range[] | undefined;
}

/** Every rule list, in order (see `rules/index.ts`). */
export interface Rules {
  /** Over cue words; the first that finds wins. */
  readonly cue: readonly CueRule[];
  /** Over quotations; the first that points wins. */
  readonly quote: readonly QuoteRule[];
  /** Once per paragraph, each in turn. */
  readonly paragraph: readonly ParagraphRule[];
  /** Once per article, each in turn. */
  readonly article: readonly ArticleRule[];
  /** Reported speech: over the words no attribution holds; the first that finds a source wins. */
  readonly source: readonly SourceRule[];
  /** Reported speech: over each attribution; the first that answers wins. */
  readonly content: readonly ContentRule[];
}
