/**
 * Reported speech in one paragraph (`ParseOptions.reportedSpeech`): the source rules find attributions the cue
 * lexicon does not give (beliefs, evidence, content nouns), the content rules find what each attribution reports,
 * and the contents become `reportedSpeech` nodes, built in one pass over the paragraph. The rules and their order
 * are in `rules/index.ts`.
 *
 * @module
 */
import type { Locator } from '../tree/location.js';
import type { Attribution, Paragraph, Quotation, ReportedSpeech, ReportedSpeechContent, Text, Whitespace } from '../types.js';
import { overlaps, type Candidate } from './candidate.js';
import type { Range } from './names.js';
import type { ContentScope } from './rules/types.js';
import type { Sentence, Token } from './scan.js';
import type { AttributionState } from './state.js';

/** The attributions of each sentence, by sentence index, in order of start. */
function bySentence(candidates: readonly Candidate[], count: number): Candidate[][] {
  const lists: Candidate[][] = Array.from({ length: count }, () => []);
  for (const candidate of candidates) lists[candidate.sentence]?.push(candidate);
  for (const list of lists) if (list.length > 1) list.sort((a, b) => a.extent.start - b.extent.start);
  return lists;
}

function scopeOf(state: AttributionState, tokens: readonly Token[], sentence: Sentence, index: number, attributions: readonly Candidate[]): ContentScope {
  return { state, lang: state.language, tokens, sentence, index, attributions };
}

/**
 * The attributions the source rules find in the paragraph's words outside `chosen` (the attributions the cue rules
 * made), in order of start. A source's extent never overlaps another attribution.
 */
export function findSources(state: AttributionState, tokens: readonly Token[], sentences: readonly Sentence[], chosen: readonly Candidate[]): Candidate[] {
  const rules = state.rules.source.filter((rule) => state.beliefs || rule.kind !== 'belief');
  if (rules.length === 0) return [];
  const lists = bySentence(chosen, sentences.length);
  const found: Candidate[] = [];
  sentences.forEach((sentence, index) => {
    const taken = lists[index]!;
    const scope = scopeOf(state, tokens, sentence, index, taken);
    let floor = sentence.start;
    let next = 0;
    for (let at = sentence.start; at < sentence.end; at += 1) {
      while (next < taken.length && taken[next]!.extent.end <= at) {
        floor = Math.max(floor, taken[next]!.extent.end);
        next += 1;
      }
      const token = tokens[at]!;
      if (token.kind !== 'word' || (next < taken.length && taken[next]!.extent.start <= at)) continue;
      for (const rule of rules) {
        const candidate = rule.find(scope, at);
        if (!candidate) continue;
        const upcoming = taken[next];
        if (candidate.extent.start < floor || (upcoming && overlaps(candidate.extent, upcoming.extent))) continue;
        found.push(candidate);
        floor = candidate.extent.end;
        at = candidate.extent.end - 1;
        break;
      }
    }
  });
  return found;
}

/** A content to build: its offsets and its attribution. */
interface ContentPlan {
  start: number;
  end: number;
  attribution: Attribution;
}

/**
 * Finds what each attribution of the paragraph reports and builds the `reportedSpeech` nodes (registered in
 * `state.reported`, in document order; ids and links come at the end of the pass).
 *
 * @param built The paragraph's attributions, in order of start, each with its node (`undefined` when the node
 *   builder skipped it).
 */
export function reportContents(state: AttributionState, paragraph: Paragraph, tokens: readonly Token[], sentences: readonly Sentence[], built: ReadonlyArray<{ candidate: Candidate; node: Attribution | undefined }>): void {
  const candidates = built.filter((entry) => entry.node !== undefined).map((entry) => entry.candidate);
  const nodeOf = new Map(built.map((entry) => [entry.candidate, entry.node]));
  const lists = bySentence(candidates, sentences.length);
  const plans: ContentPlan[] = [];
  sentences.forEach((sentence, index) => {
    const attributions = lists[index]!;
    if (attributions.length === 0) return;
    const scope = scopeOf(state, tokens, sentence, index, attributions);
    for (const candidate of attributions) {
      let ranges: Range[] | undefined;
      for (const rule of state.rules.content) {
        ranges = rule.find(scope, candidate);
        if (ranges !== undefined) break;
      }
      for (const range of ranges ?? []) plans.push({ start: tokens[range.start]!.start, end: tokens[range.end - 1]!.end, attribution: nodeOf.get(candidate)! });
    }
  });
  if (plans.length === 0) return;
  plans.sort((a, b) => a.start - b.start);
  const nodes = buildReported(paragraph, plans, state.locator);
  nodes.forEach((node, index) => {
    if (node) state.reported.set(node, plans[index]!.attribution);
  });
}

type Leaf = Text | Whitespace;

function cut(leaf: Leaf, start: number, end: number, locator: Locator): Leaf {
  const from = leaf.position.start.offset;
  return { type: leaf.type, value: leaf.value.slice(start - from, end - from), position: locator.position(start, end) } as Leaf;
}

/**
 * Wraps every plan (sorted by start) into a `reportedSpeech` node inside `paragraph`, in one pass over its children.
 * A plan that overlaps the one before it, or whose span would cut a quotation or hold anything but text, white space
 * and whole quotations, is skipped (`undefined` in the result).
 */
function buildReported(paragraph: Paragraph, plans: readonly ContentPlan[], locator: Locator): Array<ReportedSpeech | undefined> {
  const results: Array<ReportedSpeech | undefined> = plans.map(() => undefined);
  const output: Paragraph['children'] = [];
  const queue = paragraph.children;
  let index = 0;
  let pending: Paragraph['children'][number] | undefined = queue[0];
  const advance = (): void => {
    index += 1;
    pending = queue[index];
  };
  let floor = paragraph.position.start.offset;
  plans.forEach((plan, planIndex) => {
    const { start, end } = plan;
    if (start < floor || end <= start) return;
    while (pending && pending.position.end.offset <= start) {
      output.push(pending);
      advance();
    }
    if (!pending) return;
    if (pending.position.start.offset < start) {
      if (pending.type !== 'text' && pending.type !== 'whitespace') return;
      output.push(cut(pending, pending.position.start.offset, start, locator));
      pending = cut(pending, start, pending.position.end.offset, locator);
    }
    const inside: ReportedSpeechContent[] = [];
    let ok = true;
    while (pending && pending.position.start.offset < end) {
      if (pending.type === 'quotation') {
        if (pending.position.end.offset > end) {
          ok = false;
          break;
        }
        inside.push(pending as Quotation);
        advance();
      } else if (pending.type === 'text' || pending.type === 'whitespace') {
        if (pending.position.end.offset <= end) {
          inside.push(pending);
          advance();
        } else {
          inside.push(cut(pending, pending.position.start.offset, end, locator));
          pending = cut(pending, end, pending.position.end.offset, locator);
        }
      } else {
        ok = false;
        break;
      }
    }
    if (!ok || inside.length === 0 || inside.at(-1)!.position.end.offset !== end) {
      for (const child of inside) output.push(child);
      return;
    }
    const node: ReportedSpeech = { type: 'reportedSpeech', id: '', attribution: '', position: locator.position(start, end), children: inside };
    output.push(node);
    results[planIndex] = node;
    floor = end;
  });
  while (pending) {
    output.push(pending);
    advance();
  }
  paragraph.children = output;
  return results;
}
