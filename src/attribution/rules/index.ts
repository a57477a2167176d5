/**
 * The attribution rules, in the order they run, and why. Each rule is a module of this folder with its name, an
 * example sentence and its own test (`tests/rules.test.ts`). To add a rule: write its module, put it in the list
 * where it belongs below, and say why there.
 *
 * @module
 */
import { accordingContent } from './according-content.js';
import { accordingTo } from './according-to.js';
import { actedOn } from './acted-on.js';
import { afterQuote } from './after-quote.js';
import { before } from './before.js';
import { belief } from './belief.js';
import { carried } from './carried.js';
import { closing } from './closing.js';
import { colonName } from './colon-name.js';
import { contentAfter } from './content-after.js';
import { contentBefore } from './content-before.js';
import { contentNoun } from './content-noun.js';
import { evidence } from './evidence.js';
import { floating } from './floating.js';
import { introduces } from './introduces.js';
import { inverted } from './inverted.js';
import { parenthetical } from './parenthetical.js';
import { positional } from './positional.js';
import { quoteRun } from './quote-run.js';
import { relativeSubject } from './relative-subject.js';
import { runningPieces } from './running-pieces.js';
import { sentenceSubject } from './sentence-subject.js';
import { sharedSpeaker } from './shared-speaker.js';
import { subject } from './subject.js';
import { title } from './title.js';
import type { ArticleRule, ContentRule, CueRule, ParagraphRule, QuoteRule, Rules, SourceRule } from './types.js';

export type { Rules } from './types.js';

/**
 * Over each cue word of a sentence (the first rule that finds an attribution wins; reading resumes after it):
 *
 * 1. `according-to`: a fixed phrase, tried before the lexicon's cues.
 * 2. `inverted`: when the cue opens its clause the speaker can only be after it (`said Peskov`), so this goes before
 *    `subject`, which would otherwise take a word before the quote.
 * 3. `subject`: the speaker right before the cue, the common layout.
 * 4. `relative-subject`: a relative pronoun after a comma before the cue (`Okafor, who called it`) stands for the
 *    noun phrase before the comma. After `subject`, which never takes the pronoun (a subject stop), and before
 *    `shared-speaker` and `sentence-subject`, which would give the cue to an earlier attribution's speaker or to
 *    the sentence's opening words (`Contrast that with Trump, who has called ...` gave "Contrast").
 * 5. `shared-speaker`: a cue with no speaker next to it (a participle, "and said") shares the attribution before
 *    it in the sentence; only when no rule above found a speaker next to the cue.
 * 6. `sentence-subject`: the last resort, the subject that opens the sentence (only when no attribution came before
 *    in the sentence, since `shared-speaker` takes those).
 */
const cue: readonly CueRule[] = [accordingTo, inverted, subject, relativeSubject, sharedSpeaker, sentenceSubject];

/**
 * Over each quotation of a sentence (the first rule that points it to a candidate wins), nearest evidence first:
 *
 * 1. `after-quote`: the attribution right after the quote is the strongest sign (`"...," Smith said`).
 * 2. `positional`: an unknown verb right after the quote, still adjacent.
 * 3. `title`: past this point the rules look further away, where a title ("Born in the U.S.A.") would be taken for
 *    speech; it stops the search.
 * 4. `colon-name`: a name and a colon right before the quote, when no cue leads up to the colon (before `before`,
 *    which would give the quote to an earlier cue of the sentence).
 * 5. `acted-on`: a participle's preposition and its phrase before the quote (`responding to a "family problem"
 *    call`): the quote is what the participle acts on, left alone before `before` gives it to the participle.
 * 6. `before`: the nearest attribution before the quote (partial, split and before-the-quote layouts).
 * 7. `quote-run`: the attribution after a run of quotes (`"A" and "B," she said`).
 * 8. `closing`: an attribution that closes the sentence.
 *
 * (A second colon rule after `before`, step "2b" of the old cascade, is gone: it called the same colon attribution
 * as `colon-name` with one gate less, and `before` always took what that gate let through; it changed none of the
 * guard's 4,949 outputs.)
 */
const quote: readonly QuoteRule[] = [afterQuote, positional, title, colonName, actedOn, before, quoteRun, closing];

/**
 * Once per paragraph, after its sentences, in this order: `floating` credits a sentence of quotes to a neighbour in
 * the paragraph; `carried` gives what is left in the first sentence to the paragraph before; `introduces` reads the
 * colon that ends the paragraph.
 */
const paragraph: readonly ParagraphRule[] = [floating, carried, introduces];

/** Once per article, after every paragraph: `running-pieces` needs every paragraph's credits. */
const article: readonly ArticleRule[] = [runningPieces];

/**
 * Reported speech, over the words of each sentence that no attribution holds, after every rule above has run (so a
 * source never takes a quotation or a word from the attributions of direct quotes; the first that finds one wins):
 *
 * 1. `evidence`: an evidence verb after an evidence noun (`polls show`); before `belief`, whose verbs it shares
 *    (`find`, `conclude`) and whose subject search would take the noun phrase as a person.
 * 2. `belief`: a verb of belief with its subject (`the mayor believes`).
 * 3. `content-noun`: a noun of saying before `that` (`his warning that`).
 *
 * `evidence` and `belief` are not speech: `ParseOptions.beliefs: false` leaves them out.
 */
const source: readonly SourceRule[] = [evidence, belief, contentNoun];

/**
 * Reported speech, over each attribution of a sentence (the first rule that answers wins), the layouts with a
 * fixed shape first:
 *
 * 1. `according-content`: "according to" has its content on the other side of its comma, never after its speaker
 *    without one; first, so that `content-after` never reads the words after the speaker.
 * 2. `parenthetical`: an attribution between commas inside the clause it reports (`Russia, he said, expects`);
 *    before `content-before`, which would take only the first piece, and `content-after`, only the second.
 * 3. `content-before`: the clause before an attribution that closes the sentence (`..., officials said.`).
 * 4. `content-after`: the content after the cue, the common layout, last since it takes what follows any cue.
 */
const content: readonly ContentRule[] = [accordingContent, parenthetical, contentBefore, contentAfter];

/**
 * Every rule, in order.
 *
 * @example
 * ```ts
 * import { defaultRules } from './index.js';
 * defaultRules.quote.map((rule) => rule.name)[0]; // 'after-quote'
 * ```
 */
export const defaultRules: Rules = Object.freeze({ cue, quote, paragraph, article, source, content });
