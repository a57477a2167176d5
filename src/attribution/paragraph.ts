/**
 * One paragraph through the attribution rules: its sentences (cue and quote rules, `sentence.ts`), its floating
 * quotes, the paragraph rules, then the nodes, built in one pass over the paragraph.
 *
 * @module
 */
import type { Attribution, Paragraph, Quotation } from '../types.js';
import { sharesSpeaker, type Candidate } from './candidate.js';
import { extendBefore } from './clause.js';
import { wordCount } from './content.js';
import { lookupCue } from './cues.js';
import { buildAttributions, type AttributionPlan } from './nodes.js';
import { buildContents, planReported } from './reported.js';
import type { FloatingQuote, ParagraphScope } from './rules/types.js';
import { quotationContent, splitSentences, type Sentence, type Token } from './sentences.js';
import { attributeSentence } from './sentence.js';
import type { AttributionState } from './state.js';

/** White space other than a single space: a speaker's name is written with single spaces. */
const ODD_SPACE = /[^\S ]| {2}/;
const SPACES = /\s+/g;

function offsetsOf(tokens: readonly Token[], range: { start: number; end: number }): { start: number; end: number } {
  return { start: tokens[range.start]!.start, end: tokens[range.end - 1]!.end };
}

/** The plan of a candidate's node. */
function planOf(tokens: readonly Token[], candidate: Candidate, text: string): AttributionPlan {
  const cue = candidate.cue;
  const plan: AttributionPlan = {
    extent: offsetsOf(tokens, candidate.extent),
    cue: { start: tokens[cue.start]!.start, end: tokens[cue.end - 1]!.end, lemma: candidate.lemma },
  };
  const phrase = candidate.phrase;
  if (phrase) {
    const start = tokens[phrase.speaker.start]!.start;
    const end = tokens[phrase.speaker.end - 1]!.end;
    const written = text.slice(start, end);
    plan.speaker = { start, end, name: ODD_SPACE.test(written) ? written.replace(SPACES, ' ') : written, pronoun: phrase.pronoun };
    const roles: Array<{ start: number; end: number }> = [];
    if (phrase.role && phrase.role.end > phrase.role.start) roles.push(offsetsOf(tokens, phrase.role));
    if (phrase.apposition && phrase.apposition.end > phrase.apposition.start) roles.push(offsetsOf(tokens, phrase.apposition));
    plan.roles = roles;
  }
  return plan;
}

/** Whether a sentence holds only quotations and punctuation (an opening conjunction aside: `But "..."`). */
function quoteOnly(state: AttributionState, tokens: readonly Token[], sentence: Sentence): boolean {
  for (let index = sentence.start; index < sentence.end; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'word' && !(index === sentence.start && state.language.conjunctions.has(token.lower))) return false;
  }
  return true;
}

/** Whether one of the candidates credits the quote token at `at`. */
function creditsQuote(candidates: readonly Candidate[], at: number): boolean {
  for (const candidate of candidates) if (candidate.quotes.includes(at)) return true;
  return false;
}

/**
 * Attributes one paragraph; returns the attribution a following floating quote would belong to.
 *
 * @param carry The attribution the paragraph before passes on.
 * @param nextOpensWithQuote Whether the next paragraph opens with a quotation (for `introduces`).
 */
export function attributeParagraph(state: AttributionState, paragraph: Paragraph, tokens: readonly Token[], carry: Attribution | undefined, nextOpensWithQuote: boolean): Attribution | undefined {
  if (tokens.length === 0) return undefined;
  const { language: lang, lexicon, rules } = state;
  const sentences = splitSentences(lang, tokens, (index) => lookupCue(lang, tokens, index, lexicon) !== undefined, state.marks.stops, state.contents);
  const candidates: Candidate[] = [];
  const floating: FloatingQuote[] = [];
  state.marks.cues.rewind();
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index]!;
    const found = attributeSentence(state, rules, tokens, sentence, index);
    for (const candidate of found) candidates.push(candidate);
    // Floating quotes: a sentence of quotations (and punctuation) only, whose quotes no cue credited.
    if (!sentence.quoted || !quoteOnly(state, tokens, sentence)) continue;
    for (let at = sentence.start; at < sentence.end; at += 1) {
      const token = tokens[at]!;
      if (token.kind === 'quote' && !creditsQuote(found, at) && wordCount(quotationContent(state.contents, token.quotation!), 1) > 0) floating.push({ token: at, sentence: index, credited: false });
    }
  }
  const scope: ParagraphScope = { state, paragraph, tokens, sentences, candidates, floating, carry, carried: [], credits: state.credits, nextOpensWithQuote, introduces: undefined };
  for (const rule of rules.paragraph) rule.apply(scope);
  const passOn = scope.carried.length > 0 ? carry : undefined;
  // The nodes: every candidate with a speaker that credits a quote, introduces the next paragraph, or reports speech.
  const introduces = scope.introduces;
  const chosen = candidates
    .filter((candidate) => candidate.phrase && !sharesSpeaker(candidate) && (candidate === introduces || candidate.quotes.length > 0 || (candidate.speech && candidate.kind !== 'positional')))
    .sort((a, b) => a.extent.start - b.extent.start);
  for (const candidate of chosen) {
    if (candidate.quotes.length === 0) continue;
    let first = candidate.quotes[0]!;
    for (const quote of candidate.quotes) first = Math.min(first, quote);
    if (first > candidate.extent.end) extendBefore(lang, tokens, candidate, first);
  }
  // Reported speech: its contents, and the attributions only reported speech makes (beliefs, evidence, ...).
  const reported = state.reportedSpeech && tokens.length > 0 ? planReported(state, tokens, sentences, chosen, candidates, nextOpensWithQuote) : undefined;
  const all = reported ? reported.attributions : chosen;
  if (all.length === 0) return passOn;
  const nodes = buildAttributions(paragraph, all.map((candidate) => planOf(tokens, candidate, state.text)), state.locator);
  let last: Attribution | undefined;
  // Every attribution is one of the cue rules' unless reported speech made some (beliefs, evidence, ...).
  const direct = all === chosen ? undefined : new Set(chosen);
  nodes.forEach((node, index) => {
    if (!node) return;
    const credited = new Set<Quotation>();
    for (const at of all[index]!.quotes) credited.add(tokens[at]!.quotation!);
    state.credits.set(node, credited);
    // An attribution only reported speech makes never takes the quotes of a floating paragraph after it.
    if (!direct || direct.has(all[index]!)) last = node;
    else state.reportedOnly.add(node);
    const antecedent = all[index]!.phrase?.antecedent;
    if (antecedent) state.antecedents.set(node, { ...offsetsOf(tokens, antecedent.speaker), ...(antecedent.role ? { role: offsetsOf(tokens, antecedent.role) } : {}) });
  });
  if (reported && reported.contents.size > 0) buildContents(state, paragraph, tokens, reported.contents, all, nodes);
  // A paragraph of floating quotes passes its carry on.
  return last ?? passOn;
}
