/**
 * The attribution pass: finds who said each quotation, and reported speech
 * without marks, and builds `attribution` nodes with `speaker`, `role` and
 * `cue` children, then resolves their speakers. Runs after `linkRunningQuotes`.
 *
 * Per paragraph: tokens, sentences, the layouts of `attribution/layouts.ts`,
 * the floating rules, then the speaker step of `speakers.ts` on the same
 * tokens, which are dropped right after; then, across paragraphs, the pieces of running quotes,
 * ids in document order and an `unattributed-quotation` remark for each
 * quotation left without a speaker (titles and fragments of one or two words
 * excepted).
 *
 * @module
 */
import { isTitle, wordCount } from '../attribution/content.js';
import { lookupCue } from '../attribution/cues.js';
import { attributeSentence, colonCandidate, creditRule, extendBefore, type Candidate } from '../attribution/layouts.js';
import { cueLexicon, type CueLexicon } from '../attribution/lexicon.js';
import { buildAttributions, type AttributionPlan } from '../attribution/nodes.js';
import { createMarks, forgetContents, quotationContent, splitSentences, tokenizeParagraph, type Marks, type Token } from '../attribution/scan.js';
import type { Article, Attribution, Paragraph, Quotation } from '../types.js';
import { mapPacked } from '../tree/arrays.js';
import type { PassContext } from './context.js';
import { resolveParagraph } from './speakers.js';
import { Resolver } from '../attribution/resolve.js';

/**
 * Quotations credited to each attribution node, collected before ids exist (in the order the nodes were made:
 * document order). A set per node, so that moving a running quote's piece to another node is O(1).
 */
type Credits = Map<Attribution, Set<Quotation>>;

function offsetsOf(tokens: readonly Token[], range: { start: number; end: number }): { start: number; end: number } {
  return { start: tokens[range.start]!.start, end: tokens[range.end - 1]!.end };
}

/** Whether a sentence holds only quotations and punctuation. */
function quoteOnly(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'word' && !(index === start && CONJUNCTIONS.has(token.lower))) return false;
  }
  return true;
}

/** Whether one of the candidates credits the quote token at `at`. */
function creditsQuote(candidates: readonly Candidate[], at: number): boolean {
  for (const candidate of candidates) if (candidate.quotes.includes(at)) return true;
  return false;
}

/** Words that may open a floating quote's sentence (`But "..."`). */
const CONJUNCTIONS = new Set(['but', 'and', 'or', 'so', 'still', 'yet', 'also']);

/** White space other than a single space: a speaker's name is written with single spaces. */
const ODD_SPACE = /[^\S ]| {2}/;
const SPACES = /\s+/g;

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

/** Attributes one paragraph; returns the attribution a following floating quote would belong to. */
function attributeParagraph(paragraph: Paragraph, tokens: readonly Token[], marks: Marks, lexicon: CueLexicon, context: PassContext, credits: Credits, carry: Attribution | undefined, nextOpensWithQuote: boolean): Attribution | undefined {
  if (tokens.length === 0) return undefined;
  const sentences = splitSentences(tokens, (index) => lookupCue(tokens, index, lexicon) !== undefined, marks.stops);
  const all: Candidate[] = [];
  const floating: Array<{ token: number; sentence: number }> = [];
  marks.cues.rewind();
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index]!;
    const found = attributeSentence(tokens, sentence, index, lexicon, marks.cues);
    for (const candidate of found) all.push(candidate);
    // Floating quotes: a sentence of quotations (and punctuation) only.
    if (!sentence.quoted || !quoteOnly(tokens, sentence.start, sentence.end)) continue;
    for (let at = sentence.start; at < sentence.end; at += 1) {
      const token = tokens[at]!;
      if (token.kind === 'quote' && !creditsQuote(found, at) && wordCount(quotationContent(token.quotation!), 1) > 0) floating.push({ token: at, sentence: index });
    }
  }
  // Floating quotes inside the paragraph: the attribution before, else the one after (one pass each way).
  const withSpeaker = floating.length === 0 ? [] : all.filter((candidate) => candidate.phrase !== undefined).sort((a, b) => a.extent.start - b.extent.start);
  const carried: Quotation[] = [];
  let cursor = 0;
  let before: Candidate | undefined;
  for (const { token, sentence } of floating) {
    while (cursor < withSpeaker.length && withSpeaker[cursor]!.extent.start < token) {
      const candidate = withSpeaker[cursor]!;
      if (candidate.quotes.length > 0 || candidate.speech) before = candidate;
      cursor += 1;
    }
    const next = withSpeaker[cursor];
    const after = next && (next.quotes.length > 0 || next.sentence === sentence + 1) ? next : undefined;
    const chosen = before ?? after;
    const quotation = tokens[token]!.quotation!;
    if (chosen) {
      chosen.quotes.push(token);
      creditRule.set(quotation, before ? 'float-before' : 'float-after');
    } else if (carry && sentence === 0) {
      carried.push(quotation);
      creditRule.set(quotation, 'carry');
    }
  }
  if (carried.length > 0 && carry) {
    // A loop, not push(...carried): a paragraph of 100,000+ floating quotes overflows the call stack.
    const list = credits.get(carry)!;
    for (const quotation of carried) list.add(quotation);
  }
  // A paragraph that ends with a colon introduces the quotation that opens the next one.
  let introduces: Candidate | undefined;
  const lastToken = tokens.at(-1)!;
  if (nextOpensWithQuote && lastToken.kind === 'punct' && lastToken.text === ':') {
    const sentence = sentences.at(-1)!;
    introduces = all.filter((candidate) => candidate.sentence === sentences.length - 1 && candidate.phrase && candidate.kind !== 'participle').at(-1);
    if (!introduces) {
      introduces = colonCandidate(tokens, tokens.length - 1, sentence, sentences.length - 1);
      if (introduces) all.push(introduces);
    }
  }
  // Build the nodes in one pass over the paragraph.
  const chosen = all
    .filter((candidate) => candidate.phrase && candidate.kind !== 'participle' && (candidate === introduces || candidate.quotes.length > 0 || (candidate.speech && candidate.kind !== 'positional')))
    .sort((a, b) => a.extent.start - b.extent.start);
  for (const candidate of chosen) {
    if (candidate.quotes.length === 0) continue;
    let first = candidate.quotes[0]!;
    for (const quote of candidate.quotes) first = Math.min(first, quote);
    if (first > candidate.extent.end) extendBefore(tokens, candidate, first);
  }
  if (chosen.length === 0) return carried.length > 0 ? carry : undefined;
  const nodes = buildAttributions(paragraph, chosen.map((candidate) => planOf(tokens, candidate, context.text)), context.locator);
  let last: Attribution | undefined;
  nodes.forEach((node, index) => {
    if (!node) return;
    const credited = new Set<Quotation>();
    for (const at of chosen[index]!.quotes) credited.add(tokens[at]!.quotation!);
    credits.set(node, credited);
    last = node;
  });
  if (last) return last;
  // A paragraph of floating quotes passes its carry on.
  return carried.length > 0 ? carry : undefined;
}

/** Whether a quotation was credited by a guess from its neighbours (a floating or carried quote), not by its own cue. */
function isGuessed(quotation: Quotation): boolean {
  const rule = creditRule.get(quotation);
  return rule === 'carry' || rule === 'float-before' || rule === 'float-after';
}

/**
 * Gives the pieces of a running quote the attribution one of them has. An
 * attribution found by a piece's own cue wins over one guessed for a
 * floating piece from the paragraph before.
 */
function shareAcrossPieces(quotations: readonly Quotation[], credits: Credits): void {
  if (!quotations.some((quotation) => quotation.continuedIn !== undefined)) return;
  const byId = new Map<string, Quotation>();
  for (const quotation of quotations) byId.set(quotation.id, quotation);
  const byQuotation = new Map<Quotation, Attribution>();
  for (const [node, quotations] of credits) for (const quotation of quotations) byQuotation.set(quotation, node);
  for (const quotation of byId.values()) {
    if (quotation.continuedFrom !== undefined || quotation.continuedIn === undefined) continue;
    const chain: Quotation[] = [];
    for (let piece: Quotation | undefined = quotation; piece; piece = piece.continuedIn ? byId.get(piece.continuedIn) : undefined) chain.push(piece);
    const explicit = chain.find((piece) => byQuotation.has(piece) && !isGuessed(piece));
    const owner = byQuotation.get(explicit ?? chain.find((piece) => byQuotation.has(piece))!);
    if (!owner) continue;
    for (const piece of chain) {
      const current = byQuotation.get(piece);
      if (current === owner || (current && !isGuessed(piece))) continue;
      if (current) credits.get(current)!.delete(piece);
      credits.get(owner)!.add(piece);
      creditRule.set(piece, 'piece');
      byQuotation.set(piece, owner);
    }
  }
}

/** Ids in document order, links both ways, form. `quotations` are the article's top-level quotations in document order. */
function link(quotations: readonly Quotation[], credits: Credits): void {
  let count = 0;
  for (const node of credits.keys()) node.id = `a${(count += 1)}`;
  let order: Map<Quotation, number> | undefined;
  for (const [node, credited] of credits) {
    const unique = [...credited];
    if (unique.length > 1) {
      // Document order (a running quote's pieces may have been added out of it); built once, when first needed.
      order ??= new Map(quotations.map((quotation, index) => [quotation, index]));
      const positions = order;
      unique.sort((a, b) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0));
    }
    node.quotations = mapPacked(unique, (quotation) => quotation.id);
    node.form = unique.length > 0 ? 'direct' : 'indirect';
    for (const quotation of unique) quotation.attribution = node.id;
  }
}

/** Reports the quotations left without a speaker, except titles and fragments of one or two words. */
function reportUnattributed(quotations: readonly Quotation[], context: PassContext): void {
  for (const quotation of quotations) {
    if (quotation.attribution !== undefined) continue;
    const content = quotationContent(quotation);
    if (wordCount(content, 3) <= 2 || isTitle(content)) continue;
    context.report({
      code: 'unattributed-quotation',
      message: `Quotation ${quotation.id} has no speaker: no cue word with a speaker credits it.`,
      position: quotation.position,
      severity: 'info',
    });
  }
}

/**
 * One resolver for every article, cleared before and after each (a pass is synchronous). A new instance per
 * article made its hidden class (V8 map, with the class fields) die at every full garbage collection between
 * parses, and V8 then threw away the optimised speaker code that checked for it (`--trace-deopt`: "weak objects").
 */
const resolver = new Resolver();

/**
 * Runs the pass (unless `options.attribution` is `false`).
 *
 * @param article The tree, changed in place.
 * @param context Options, locator and diagnostics sink.
 */
export function attributeQuotations(article: Article, context: PassContext): void {
  if (!context.options.attribution) return;
  const credits: Credits = new Map();
  resolver.clear();
  const lexicon = cueLexicon(context.options.cues);
  const marks = createMarks(lexicon.signatures);
  let carry: Attribution | undefined;
  const quotations: Quotation[] = [];
  const blocks = article.children.filter((block) => block.type !== 'whitespace');
  blocks.forEach((block, index) => {
    if (block.type !== 'paragraph') {
      carry = undefined;
      return;
    }
    for (const child of block.children) if (child.type === 'quotation') quotations.push(child);
    const next = blocks[index + 1];
    const opening = next?.type === 'paragraph' ? next.children.find((child) => child.type !== 'dateline') : undefined;
    const tokens = tokenizeParagraph(block, context.text, marks);
    carry = attributeParagraph(block, tokens, marks, lexicon, context, credits, carry, opening?.type === 'quotation');
    resolveParagraph(block, tokens, marks.names, context.text, resolver);
  });
  shareAcrossPieces(quotations, credits);
  link(quotations, credits);
  reportUnattributed(quotations, context);
  forgetContents();
  resolver.clear();
}
