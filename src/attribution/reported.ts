/**
 * Reported speech in one paragraph (`ParseOptions.reportedSpeech`): the source rules find attributions the cue
 * lexicon does not give (beliefs, evidence, content nouns), the content rules find what each attribution reports,
 * and the contents become `reportedSpeech` nodes, built in one pass over the paragraph. The rules and their order
 * are in `rules/index.ts`.
 *
 * @module
 */
import type { Attribution, Paragraph, Point, Quotation, ReportedSpeech, ReportedSpeechContent, Text, Whitespace } from '../types.js';
import { makeCandidate, overlaps, sharesSpeaker, type Candidate } from './candidate.js';
import type { Range } from './names.js';
import type { Language } from '../language/types.js';
import { closesSentence, followsConjunction } from './clause.js';
import { hasQuote } from './predicates.js';
import type { ContentScope } from './rules/types.js';
import { breaksClause, readsAsClause } from './spans.js';
import type { Sentence, Token } from './sentences.js';
import type { AttributionState } from './state.js';

const NONE: readonly Candidate[] = Object.freeze([]);

/** What `IndexList.next` gives when no index is left. */
const NO_MORE = 0x7fffffff;

/**
 * The attributions of each sentence that has some, by sentence index, in order of start (a sparse array: most
 * paragraphs have one or two sentences, and a map cost more than the lookups it saved).
 */
function bySentence(candidates: readonly Candidate[]): Candidate[][] {
  const lists: Candidate[][] = [];
  let unsorted = false;
  for (const candidate of candidates) {
    const list = lists[candidate.sentence];
    if (list) {
      unsorted ||= list[list.length - 1]!.extent.start > candidate.extent.start;
      list.push(candidate);
    } else lists[candidate.sentence] = [candidate];
  }
  if (unsorted) for (const candidate of candidates) {
    const list = lists[candidate.sentence]!;
    if (list.length > 1 && list[0] === candidate) list.sort(byStart);
  }
  return lists;
}

/** Orders candidates by the start of their extent. */
function byStart(a: Candidate, b: Candidate): number {
  return a.extent.start - b.extent.start;
}

/** The attributions a content may take in, and those it took: shared by the sentences of one paragraph (lists: a paragraph has a handful at most). */
interface Absorbing {
  absorbable: readonly Candidate[];
  absorbed: Candidate[];
}

function scopeOf(state: AttributionState, tokens: readonly Token[], sentence: Sentence, index: number, attributions: readonly Candidate[], absorbing: Absorbing): ContentScope {
  let credited: Map<number, Candidate> | undefined;
  const reach: number[] = [];
  let furthest = -1;
  for (const candidate of attributions) {
    for (const quote of candidate.quotes) (credited ??= new Map()).set(quote, candidate);
    furthest = Math.max(furthest, candidate.extent.end);
    reach.push(furthest);
  }
  return { state, lang: state.language, tokens, sentence, index, attributions, credited, reach, absorbable: absorbing.absorbable, absorbed: absorbing.absorbed };
}

/** No attribution reaches anywhere (the source rules read no reach). */
const NO_REACH: readonly number[] = Object.freeze([]);

/**
 * The scope of the source rules in a sentence: they read the sentence and its attributions only, so neither the
 * quotes' credits nor the reach of the attributions is worked out, and nothing is absorbed.
 */
function sourceScope(state: AttributionState, tokens: readonly Token[], sentence: Sentence, index: number, attributions: readonly Candidate[]): ContentScope {
  return { state, lang: state.language, tokens, sentence, index, attributions, credited: undefined, reach: NO_REACH, absorbable: NONE, absorbed: [] };
}

/** Whether a source starting at `start` opens a coordinated clause: `and` or `but` before it, and a clause (not a noun phrase) from `from` to there. */
function opensCoordinateClause(scope: ContentScope, from: number, start: number): boolean {
  const conjunction = scope.tokens[start - 1];
  if (conjunction === undefined || conjunction.kind !== 'word' || (conjunction.lower !== 'and' && conjunction.lower !== 'but')) return false;
  return start - 1 > from && readsAsClause(scope, { start: from, end: start - 1 });
}

/** Whether `candidate` (a sentence's last attribution) closes its sentence after a comma with no quote of its own, so that the clause before the comma is its content. */
function reportsClauseBefore(lang: Language, tokens: readonly Token[], sentence: Sentence, candidate: Candidate | undefined): boolean {
  if (candidate === undefined || candidate.quotes.length > 0) return false;
  if (candidate.kind !== 'subject' && candidate.kind !== 'according' && candidate.kind !== 'inverted') return false;
  return closesSentence(lang, tokens, candidate, sentence);
}

/**
 * The attributions the source rules find in the paragraph's words outside `chosen` (the attributions the cue rules
 * made, in order of start), in order of start. A source's extent never overlaps another attribution.
 */
export function findSources(state: AttributionState, tokens: readonly Token[], sentences: readonly Sentence[], chosen: readonly Candidate[]): Candidate[] {
  const lang = state.language;
  const sources = state.marks.sources;
  sources.rewind();
  // Only the marked words can be a source word (the word layer's `sources`, by signature): a paragraph without one
  // (half of them) is done here, and the loops below step over the unmarked words.
  if (sources.next(0) === NO_MORE) return [];
  const rules = state.beliefs ? state.rules.source : state.rules.source.filter((rule) => rule.kind !== 'belief');
  if (rules.length === 0) return [];
  sources.rewind();
  const found: Candidate[] = [];
  // The attributions of each sentence, made when a sentence first has a source word (one pass over `chosen`).
  let chosenBySentence: Candidate[][] | undefined;
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index]!;
    let at = sources.next(sentence.start);
    // On news text about half the words the signature table marks are no source word: the exact set skips them
    // before the sentence is read at all (most sentences have none left).
    while (at < sentence.end && !lang.sourceWords.has(tokens[at]!.lower)) at = sources.next(at + 1);
    if (at >= sentence.end) continue;
    const taken: readonly Candidate[] = (chosenBySentence ??= bySentence(chosen))[index] ?? NONE;
    // An attribution that closes the sentence after a comma ("..., analysts said.") reports the clause before it: a
    // belief or evidence there is part of what it reports ("Results showed the company was strong, analysts said.").
    const closing = reportsClauseBefore(lang, tokens, sentence, taken.at(-1)) ? taken.at(-1)!.extent.start - 1 : -1;
    // Made when a word first passes the signature table: most sentences have none.
    let scope: ContentScope | undefined;
    let floor = sentence.start;
    let next = 0;
    // Whether the words read now may be the content of an attribution before them ("said the alliance intends to
    // ..."): until a clause break, a source there is part of that content, not a source of its own.
    let inContent = false;
    /** The first token not yet read for a clause break. */
    let checked = sentence.start;
    for (; at < sentence.end; at = sources.next(at + 1)) {
      // The exact set again, past the first source word (the catch-up below reads the same from any later word).
      if (!lang.sourceWords.has(tokens[at]!.lower)) continue;
      while (next < taken.length && taken[next]!.extent.end <= at) {
        floor = Math.max(floor, taken[next]!.extent.end);
        inContent = taken[next]!.kind !== 'according';
        checked = Math.max(checked, taken[next]!.extent.end);
        next += 1;
      }
      if (inContent) {
        for (; checked <= at && inContent; checked += 1) if (breaksClause(lang, tokens, checked)) inContent = false;
      }
      checked = Math.max(checked, at + 1);
      if (next < taken.length && taken[next]!.extent.start <= at) continue;
      scope ??= sourceScope(state, tokens, sentence, index, taken);
      for (const rule of rules) {
        const candidate = rule.find(scope, at);
        if (!candidate) continue;
        // A belief or evidence inside another's content is part of it ("said the alliance and Russia intend to"),
        // unless it opens a clause of its own after a conjunction ("said the vote was close and Jones believes");
        // a content noun carries its own clause.
        if (inContent && rule.kind === 'belief' && !opensCoordinateClause(scope, floor, candidate.extent.start)) continue;
        if (rule.kind === 'belief' && candidate.extent.end <= closing) continue;
        const upcoming = taken[next];
        if (candidate.extent.start < floor || (upcoming && overlaps(candidate.extent, upcoming.extent))) continue;
        found.push(candidate);
        floor = candidate.extent.end;
        checked = Math.max(checked, candidate.extent.end);
        at = candidate.extent.end - 1;
        break;
      }
    }
  }
  return found;
}

/** What a paragraph's reported speech comes to: the attributions to build, and the content each reports. */
export interface ReportedPlan {
  /** Every attribution to build, in order of start: the cue rules' (`chosen`) and the reported-speech ones with a content. */
  attributions: readonly Candidate[];
  /** The content of each attribution that has one, by token ranges. */
  contents: Map<Candidate, Range[]>;
}

/**
 * Whether a candidate's cue is an infinitive ("Ortiz is scheduled to testify Thursday"): what someone is to say, not
 * what they said; it may report a content of its own, but does not bound the clause another attribution reports.
 */
function isInfinitive(tokens: readonly Token[], candidate: Candidate): boolean {
  const before = tokens[candidate.cue.start - 1];
  return before !== undefined && before.kind === 'word' && before.lower === 'to';
}

/** The attribution whose speaker a participle or a second verb shares, at the end of the chain (`roots` memoises it, so a long chain is walked once). */
function rootOf(candidate: Candidate, roots: Map<Candidate, Candidate | undefined>): Candidate | undefined {
  const shares = candidate.shares;
  if (!shares) return undefined;
  if (!sharesSpeaker(shares)) return shares;
  if (roots.has(shares)) return roots.get(shares);
  // Walk up to a known root or the end, then record the answer for every link walked.
  const walked: Candidate[] = [];
  let link: Candidate | undefined = shares;
  while (link && sharesSpeaker(link) && !roots.has(link)) {
    walked.push(link);
    link = link.shares;
  }
  const root = link === undefined ? undefined : sharesSpeaker(link) ? roots.get(link) : link;
  for (const step of walked) roots.set(step, root);
  return root;
}

/**
 * Plans the paragraph's reported speech. Besides the attributions of the cue rules (`chosen`), it reads the source
 * rules' attributions, the cue words whose speaker opens the sentence (`sentence-subject`, which alone never makes
 * one) and the participles and second verbs that share a speaker (`Smith spoke Tuesday, saying ...`, `... and said
 * ...`): their content goes to the attribution they share, or to a new one from its speaker to their cue when that
 * one credits nothing. Each of these becomes an attribution only with a content, and never overlaps another.
 * `undefined` when the paragraph reports nothing: its attributions are `chosen`, as they are.
 */
export function planReported(
  state: AttributionState,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  chosen: readonly Candidate[],
  candidates: readonly Candidate[],
  nextOpensWithQuote: boolean,
): ReportedPlan | undefined {
  const { language: lang } = state;
  const extras: Candidate[] = findSources(state, tokens, sentences, chosen);
  // Most paragraphs of a story have no cue at all.
  if (extras.length === 0 && candidates.length === 0) return undefined;
  // `chosen` is in order of start (the paragraph sorts it); a set only when it is long.
  const taken = chosen.length > 8 ? new Set(chosen) : undefined;
  const isChosen = (candidate: Candidate): boolean => (taken ? taken.has(candidate) : chosen.includes(candidate));
  const reports = (candidate: Candidate): boolean => !lang.namingLemmas.has(candidate.lemma) || lang.namingReports.has(candidate.lemma);
  /** A sharing cue -> the attribution its content goes to. */
  let carriers: Map<Candidate, Candidate> | undefined;
  let roots: Map<Candidate, Candidate | undefined> | undefined;
  /** The participles and second verbs that share a speaker and bound contents (see `bounds` below). */
  const sharing: Candidate[] = [];
  for (const candidate of candidates) {
    if (sharesSpeaker(candidate) && (candidate.kind === 'participle' || followsConjunction(lang, tokens, candidate.cue.start, sentences[candidate.sentence]!))) sharing.push(candidate);
    if (candidate.quotes.length > 0 || !reports(candidate) || isChosen(candidate)) continue;
    if (sharesSpeaker(candidate)) {
      const root = rootOf(candidate, (roots ??= new Map()));
      if (!root || !root.phrase || root.sentence !== candidate.sentence) continue;
      // "She blamed the violence on a "disturbed person" and said it was unnerving": the content goes to her attribution.
      if (isChosen(root)) (carriers ??= new Map()).set(candidate, root);
      else if (root.quotes.length === 0 && candidate.cue.start - root.extent.end <= 25 && !hasQuote(tokens, root.extent.start, candidate.cue.end)) {
        const merged = makeCandidate({ kind: root.kind, cue: candidate.cue, lemma: candidate.lemma, phrase: root.phrase, extent: { start: root.extent.start, end: candidate.cue.end }, speech: true, sentence: root.sentence });
        extras.push(merged);
      }
    } else if (candidate.kind === 'subject' && candidate.phrase && !candidate.speech) extras.push(candidate);
  }
  // Extras in order, none overlapping a chosen attribution or an extra before it.
  if (extras.length > 1) extras.sort(byStart);
  const kept: Candidate[] = [];
  let cursor = 0;
  let floor = -1;
  for (const extra of extras) {
    while (cursor < chosen.length && chosen[cursor]!.extent.end <= extra.extent.start) cursor += 1;
    const blocker = chosen[cursor];
    if (extra.extent.start < floor || (blocker && overlaps(blocker.extent, extra.extent))) continue;
    kept.push(extra);
    floor = extra.extent.end;
  }
  // A cue that names what it quotes ("branded the group \"...\"") reports only with its quotation (a mixed quote),
  // unless its object is what it reports ("criticized the plan", `namingReports`).
  const readers: Candidate[] = [];
  const read = (candidate: Candidate): void => {
    if (candidate.quotes.length > 0 || candidate.kind === 'evidence' || reports(candidate)) readers.push(candidate);
  };
  chosen.forEach(read);
  kept.forEach(read);
  carriers?.forEach((_, candidate) => read(candidate));
  if (readers.length === 0) return undefined;
  const contents = new Map<Candidate, Range[]>();
  const lists = bySentence(readers);
  // The attributions bound each other's contents, and so does a participle or second verb that shares a speaker;
  // not a verb with a subject of its own inside the content ("said the bureau had not commented").
  const bounding = kept.length === 0 ? kept : kept.filter((candidate) => !isInfinitive(tokens, candidate));
  const bounds = bySentence(bounding.length === 0 && sharing.length === 0 ? chosen : [...chosen, ...bounding, ...sharing]);
  // An indirect attribution right where another's content starts may become part of it; not the paragraph's last
  // one of the cue rules when the next paragraph opens with a quote (which may be credited to that one).
  let lastChosen: Candidate | undefined;
  if (nextOpensWithQuote) for (const candidate of chosen) if (!lastChosen || candidate.extent.start > lastChosen.extent.start) lastChosen = candidate;
  let absorbable: Candidate[] | undefined;
  for (const candidate of chosen) {
    // Not a pronoun or a name: the speakers of direct quotes are resolved against those, and must keep them.
    const phrase = candidate.phrase;
    if (candidate === lastChosen || candidate.quotes.length > 0 || candidate.kind !== 'subject' || !candidate.speech || !phrase) continue;
    (absorbable ??= []).push(candidate);
  }
  const absorbing: Absorbing = { absorbable: absorbable ?? NONE, absorbed: [] };
  const contentRules = state.rules.content;
  // In order of the sentence of each reader's first appearance (the order the contents are recorded in).
  const order: number[] = [];
  const seen: boolean[] = [];
  for (const candidate of readers) {
    if (seen[candidate.sentence]) continue;
    seen[candidate.sentence] = true;
    order.push(candidate.sentence);
  }
  for (const index of order) {
    // A sentence whose only candidates bound nothing (infinitives) has no list of bounds.
    const scope = scopeOf(state, tokens, sentences[index]!, index, bounds[index] ?? NONE, absorbing);
    for (const candidate of lists[index]!) {
      let ranges: Range[] | undefined;
      for (const rule of contentRules) {
        ranges = rule.find(scope, candidate);
        if (ranges !== undefined) break;
      }
      if (!ranges || ranges.length === 0) continue;
      const owner = carriers?.get(candidate) ?? candidate;
      const known = contents.get(owner);
      if (known) for (const range of ranges) known.push(range);
      else contents.set(owner, ranges);
    }
  }
  const absorbed = absorbing.absorbed;
  for (const candidate of absorbed) contents.delete(candidate);
  const withContent = kept.length === 0 ? NONE : kept.filter((candidate) => contents.has(candidate));
  const direct = absorbed.length === 0 ? chosen : chosen.filter((candidate) => !absorbed.includes(candidate));
  const attributions = withContent.length === 0 ? direct : [...direct, ...withContent].sort(byStart);
  return { attributions, contents };
}

/** A content to build: its offsets and its attribution. */
interface ContentPlan {
  start: number;
  end: number;
  attribution: Attribution;
}

/** Orders content plans by start. */
function byOffset(a: ContentPlan, b: ContentPlan): number {
  return a.start - b.start;
}

/**
 * Builds the `reportedSpeech` nodes of the planned contents whose attribution has a node (registered in
 * `state.reported`, in document order; ids and links come at the end of the pass). `nodes[index]` is the node of
 * `attributions[index]` (`undefined`: none was built).
 */
export function buildContents(
  state: AttributionState,
  paragraph: Paragraph,
  tokens: readonly Token[],
  contents: ReadonlyMap<Candidate, Range[]>,
  attributions: readonly Candidate[],
  nodes: ReadonlyArray<Attribution | undefined>,
): void {
  const plans: ContentPlan[] = [];
  attributions.forEach((candidate, index) => {
    const ranges = contents.get(candidate);
    const attribution = nodes[index];
    if (!ranges || !attribution) return;
    for (const range of ranges) plans.push({ start: tokens[range.start]!.start, end: tokens[range.end - 1]!.end, attribution });
  });
  if (plans.length === 0) return;
  plans.sort(byOffset);
  buildReported(state, paragraph, plans);
}

type Leaf = Text | Whitespace;
type Child = Paragraph['children'][number];

/** The piece of `leaf` from `start` to `end`, between the points `from` and `to` (the leaf's own where they are its ends). */
function piece(leaf: Leaf, start: number, end: number, from: Point, to: Point): Leaf {
  const offset = leaf.position.start.offset;
  return { type: leaf.type, value: leaf.value.slice(start - offset, end - offset), position: { start: from, end: to } } as Leaf;
}

/** A copy of a point (a node's position never shares its points with another node's). */
function copy(point: Point): Point {
  return { line: point.line, column: point.column, offset: point.offset };
}

/**
 * Wraps every plan (sorted by start) into a `reportedSpeech` node inside `paragraph`, in one pass over its children,
 * and registers each node in `state.reported`. A plan that overlaps the one before it, or whose span would cut a
 * quotation or hold anything but text, white space and whole quotations, is skipped.
 */
function buildReported(state: AttributionState, paragraph: Paragraph, plans: readonly ContentPlan[]): void {
  const locator = state.locator;
  const output: Child[] = [];
  const queue = paragraph.children;
  let index = 0;
  let pending: Child | undefined = queue[0];
  let floor = paragraph.position.start.offset;
  for (const plan of plans) {
    const { start, end } = plan;
    if (start < floor || end <= start) continue;
    while (pending !== undefined && pending.position.end.offset <= start) {
      output.push(pending);
      pending = queue[(index += 1)];
    }
    if (pending === undefined) break;
    if (pending.position.start.offset < start) {
      if (pending.type !== 'text' && pending.type !== 'whitespace') continue;
      // The leaf across the start, cut in two there.
      const at = locator.point(start);
      output.push(piece(pending, pending.position.start.offset, start, pending.position.start, at));
      pending = piece(pending, start, pending.position.end.offset, copy(at), pending.position.end);
    }
    const inside: ReportedSpeechContent[] = [];
    let ok = true;
    while (pending !== undefined && pending.position.start.offset < end) {
      if (pending.type === 'quotation') {
        if (pending.position.end.offset > end) {
          ok = false;
          break;
        }
        inside.push(pending as Quotation);
        pending = queue[(index += 1)];
      } else if (pending.type === 'text' || pending.type === 'whitespace') {
        if (pending.position.end.offset <= end) {
          inside.push(pending);
          pending = queue[(index += 1)];
        } else {
          // The leaf across the end, cut in two there.
          const at = locator.point(end);
          inside.push(piece(pending, pending.position.start.offset, end, pending.position.start, at));
          pending = piece(pending, end, pending.position.end.offset, copy(at), pending.position.end);
        }
      } else {
        ok = false;
        break;
      }
    }
    if (!ok || inside.length === 0 || inside[inside.length - 1]!.position.end.offset !== end) {
      for (const child of inside) output.push(child);
      continue;
    }
    const first = inside[0]!.position.start;
    const last = inside[inside.length - 1]!.position.end;
    const node: ReportedSpeech = { type: 'reportedSpeech', id: '', attribution: '', position: { start: copy(first), end: copy(last) }, children: inside };
    output.push(node);
    state.reported.set(node, plan.attribution);
    floor = end;
  }
  while (pending !== undefined) {
    output.push(pending);
    pending = queue[(index += 1)];
  }
  paragraph.children = output;
}
