/**
 * One sentence through the cue rules and the quote rules (`rules/index.ts` gives their order): the cue words found
 * become candidates, then each quotation goes to the candidate its layout points to.
 *
 * @module
 */
import type { Language } from '../language/types.js';
import { sharesSpeaker, type Candidate } from './candidate.js';
import { Chain, type Link } from './chain.js';
import { closesSentence } from './clause.js';
import { wordCount } from './content.js';
import { isNounForm, lookupCue } from './cues.js';
import { hasQuote, isContractedPronoun, isWord } from './predicates.js';
import type { CueSite, OpeningSubject, QuoteScope, Rules, SentenceScope } from './rules/types.js';
import { LEAVE } from './rules/types.js';
import { quotationContent, type Sentence, type Token } from './sentences.js';
import type { AttributionState } from './state.js';
import { sentenceSubject } from './subjects.js';

/**
 * Where a passive report before the cue at `at` starts (its form of "be", or `has`/`had` before `been`), or
 * `undefined`: "was quoted as", "is reported to have", "has been quoted as".
 */
function passiveReportStart(lang: Language, tokens: readonly Token[], at: number, floor: number): number | undefined {
  // The word before the cue is read anyway (the site's `before`); only a phrase that ends in it reads further back.
  const previous = tokens[at - 1];
  if (previous === undefined || previous.kind !== 'word') return undefined;
  for (const words of lang.passiveReports) {
    if (words[words.length - 1] !== previous.lower) continue;
    const first = at - words.length;
    if (first - 1 < floor) continue;
    let matches = true;
    for (let index = 0; index < words.length && matches; index += 1) matches = tokens[first + index]!.kind === 'word' && tokens[first + index]!.lower === words[index];
    if (!matches) continue;
    const be = tokens[first - 1]!;
    if (be.kind !== 'word') continue;
    if (be.lower === 'been' && first - 2 >= floor && (tokens[first - 2]!.lower === 'has' || tokens[first - 2]!.lower === 'had' || tokens[first - 2]!.lower === 'have')) return first - 2;
    if (lang.beForms.has(be.lower) && be.lower !== 'been') return first - 1;
  }
  return undefined;
}

/** Whether a modal or `to` stands right before the word at `at`, or before the adverbs there ("will also add"). */
function afterModal(lang: Language, tokens: readonly Token[], at: number, floor: number): boolean {
  let index = at - 1;
  while (index > floor && isWord(tokens[index]) && (lang.morphology.isAdverb(tokens[index]!.lower) || tokens[index]!.lower === 'also')) index -= 1;
  const word = tokens[index];
  return index >= floor && isWord(word) && (lang.modals.has(word.lower) || word.lower === 'to');
}

/** Whether a token opens what is said after a cue: `that`, a colon, a comma or a quotation. */
function opensSaying(lang: Language, token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.kind === 'quote') return true;
  if (token.kind === 'punct') return token.text === ':' || token.text === ',';
  return token.kind === 'word' && lang.complementizers.has(token.lower);
}

/** The cue word at `at` as the cue rules read it, or `undefined` when the word is no cue here. */
function readSite(scope: SentenceScope, at: number): CueSite | undefined {
  const { lang, lexicon, tokens, sentence } = scope;
  const token = tokens[at]!;
  if (token.kind !== 'word') return undefined;
  const [according, to] = lang.pack.accordingTo;
  if (token.lower === according && tokens[at + 1]?.lower === to) {
    return { kind: 'according', at, cue: { start: at, end: at + 2 }, lemma: `${according} ${to}`, before: '', progressive: false, nounish: false, speech: true, participle: false };
  }
  // Most words are ruled out here, before the lookup: capitalised inside the sentence, or no cue's signature.
  if (token.upper ? at !== sentence.start : lexicon.signatures[token.sig] === 0) return undefined;
  const cue = lookupCue(lang, tokens, at, lexicon, at === sentence.start);
  if (!cue) return undefined;
  const progressive = lang.morphology.isProgressive(token.lower);
  // A passive report ("Lee was quoted as saying"): the subject stands before its form of "be".
  const passive = passiveReportStart(lang, tokens, at, sentence.start);
  const previous = tokens[(passive ?? at) - 1];
  const before = isWord(previous) && (passive ?? at) - 1 >= sentence.start ? previous.lower : '';
  // Nouns after determiners or possessives ("the claims", "Smith's statement") are not cues; nor is a passive ("was told").
  if (lang.nounMarkers.has(before) || (lang.morphology.isPossessive(before) && !isContractedPronoun(lang, before))) return undefined;
  if (lang.beForms.has(before) && !progressive) return undefined;
  // An act after a modal or `to`, no speech: "will add 200 jobs", "would continue into the night", "plans to add"; but
  // speech before what is said ("went on to add that", "would add: ...").
  if (lang.actsAfterModal.has(cue.lemma) && !progressive && afterModal(lang, tokens, at, sentence.start) && !opensSaying(lang, tokens[at + cue.length])) return undefined;
  // A past form after a word of comparison is an adjective: "above predicted levels", "than expected".
  if (!progressive && lang.comparisons.has(before)) return undefined;
  // The bare form of a noun-like cue after a nationality or a party is a noun ("Russian state media reported", "Iranian
  // state TV said", "Democratic state lawmakers"), and so it is before a title ("State Sen. Dana Ruiz said", "include
  // state Rep. Dana Hoover"; not "Bloomberg estimates Mr. Kamprad's fortune", an -s form).
  if (token.lower === cue.lemma && lang.nounishLemmas.has(cue.lemma)) {
    if (isWord(previous) && previous.upper && (lang.nationalities.has(previous.lower) || lang.groupWords.has(previous.lower))) return undefined;
    const next = tokens[at + cue.length];
    if (isWord(next) && next.upper && (lang.honorifics.has(next.lower) || lang.titleHeads.has(next.lower))) return undefined;
  }
  // A noun form right after a quotation that follows a determiner is the noun it modifies: `a "family problem" call on`.
  if (lang.nounishLemmas.has(token.lower) && tokens[at - 1]?.kind === 'quote' && lang.nounMarkers.has(tokens[at - 2]?.lower ?? '')) return undefined;
  // A name given after a noun: "a program called Sandy Hook Promise", "a band dubbed Sophistafunk" (no one speaks).
  if (!progressive && lang.nameGivingLemmas.has(cue.lemma) && lang.morphology.isPastForm(token.lower) && namedNoun(lang, previous, at - 1 >= sentence.start) && opensName(lang, tokens[at + cue.length])) return undefined;
  const range = { start: at, end: at + cue.length };
  // "went on" is a cue only before what was said ("went on to say", "went on:").
  const [continuation, continuationNext] = lang.pack.continuation;
  const after = tokens[range.end];
  if (cue.lemma === continuation && after && after.kind === 'word' && after.lower !== continuationNext) return undefined;
  // A participle ("..., saying", "the crowd chanting") takes the sentence's subject, not the words before it.
  const participle = passive === undefined && progressive && !lang.beForms.has(before) && !isContractedPronoun(lang, before) && !lang.betweenSubjectAndCue.has(before);
  const site: CueSite = { kind: 'lexicon', at, cue: range, lemma: cue.lemma, before, progressive, nounish: isNounForm(lang, token, cue.lemma), speech: !lang.namingLemmas.has(cue.lemma), participle };
  return passive === undefined ? site : { ...site, subjectEnd: passive };
}

/** Whether `token` opens a name: a capitalised word that is no determiner ("called Sandy Hook Promise"). */
function opensName(lang: Language, token: Token | undefined): boolean {
  return isWord(token) && token.upper && !lang.determiners.has(token.lower);
}

/**
 * Whether `previous`, the word right before a name-giving participle, is a common noun it names: a lower-case word
 * that is no pronoun, no noun that speaks, no adverb, auxiliary or other word that stands between a subject and its
 * cue, no relative and no conjunction.
 */
function namedNoun(lang: Language, previous: Token | undefined, inSentence: boolean): boolean {
  if (!inSentence || !isWord(previous) || previous.upper) return false;
  const lower = previous.lower;
  return !lang.pronouns.has(lower) && !lang.speakerNouns.has(lower) && !lang.titleHeads.has(lower) && !lang.betweenSubjectAndCue.has(lower) && !lang.relatives.has(lower) && !lang.conjunctions.has(lower) && !lang.beForms.has(lower) && !lang.morphology.isAdverb(lower);
}

/**
 * Finds the attribution candidates of one sentence and credits its quotations. Returns the candidates (quotes
 * filled in); quotes left without one are for the paragraph rules. The cue words are the paragraph's marked ones
 * (`Marks.cues`), read forward sentence by sentence.
 */
export function attributeSentence(state: AttributionState, rules: Rules, tokens: readonly Token[], sentence: Sentence, index: number): Candidate[] {
  let opening: OpeningSubject | null | undefined;
  const scope: SentenceScope = {
    state,
    lang: state.language,
    lexicon: state.lexicon,
    tokens,
    sentence,
    index,
    candidates: [],
    openingSubject: () => (opening ??= sentenceSubject(state.language, tokens, sentence) ?? null) ?? undefined,
  };
  const cues = state.marks.cues;
  // The sentence's first token, then only the marked words: no other word can start a cue.
  for (let at = sentence.start; at < sentence.end; at = cues.next(at + 1)) {
    const site = readSite(scope, at);
    if (!site) continue;
    for (const rule of rules.cue) {
      const found = rule.find(scope, site);
      if (!found) continue;
      scope.candidates.push(found.candidate);
      at = found.last;
      break;
    }
  }
  if (!sentence.quoted) return scope.candidates;
  return assignQuotes(scope, rules);
}

/** Gives each quotation of the sentence the candidate the first quote rule that points to one gives; returns the candidates in order. */
function assignQuotes(sentenceScope: SentenceScope, rules: Rules): Candidate[] {
  const { lang, tokens, sentence, state } = sentenceScope;
  const candidates = sentenceScope.candidates.sort((a, b) => a.extent.start - b.extent.start);
  const chain = new Chain(candidates);
  const last = chain.tail;
  const closing = last && !sharesSpeaker(last.candidate) && closesSentence(lang, tokens, last.candidate, sentence) ? last : undefined;
  // Every field written out (no spread), so that each sentence's scope has one shape.
  const scope: QuoteScope = {
    state,
    lang,
    lexicon: sentenceScope.lexicon,
    tokens,
    sentence,
    index: sentenceScope.index,
    candidates,
    openingSubject: sentenceScope.openingSubject,
    chain,
    next: chain.head,
    closing,
  };
  for (let at = sentence.start; at < sentence.end; at += 1) {
    while (scope.next && scope.next.candidate.extent.start <= at) scope.next = scope.next.next;
    const token = tokens[at]!;
    if (token.kind !== 'quote' || !token.quotation) continue;
    const content = quotationContent(state.contents, token.quotation);
    if (wordCount(content, 1) === 0) continue;
    const site = { at, content, following: scope.next };
    let chosen: Link | undefined;
    for (const rule of rules.quote) {
      const result = rule.credit(scope, site);
      if (result === undefined) continue;
      if (result !== LEAVE) chosen = result;
      break;
    }
    if (chosen) credit(scope, chosen, at);
  }
  return chain.toArray();
}

/**
 * Credits the quote at `at` to `chosen`, or to the attribution whose speaker it shares. `Smith told reporters
 * Tuesday, adding that "..."`: a participle right after the attribution it shares, which credits nothing yet,
 * becomes that attribution's cue (one attribution from the speaker to the participle).
 */
function credit(scope: QuoteScope, chosen: Link, at: number): void {
  const { lang, tokens, chain } = scope;
  let credited = chosen.candidate;
  const main = credited.shares;
  if (sharesSpeaker(credited) && main && main.quotes.length === 0 && main.phrase && lang.morphology.isProgressive(tokens[credited.cue.start]!.lower)) {
    if (chosen.prev?.candidate === main && main.extent.end <= credited.cue.start && credited.cue.start - main.extent.end <= 25 && !hasQuote(tokens, main.extent.end, credited.cue.start)) {
      main.extent.end = credited.cue.end;
      main.cue = credited.cue;
      main.lemma = credited.lemma;
      if (scope.next === chosen) scope.next = chosen.next;
      chain.remove(chosen);
    }
  }
  while (sharesSpeaker(credited) && credited.shares) credited = credited.shares;
  if (sharesSpeaker(credited)) return;
  credited.quotes.push(at);
}
