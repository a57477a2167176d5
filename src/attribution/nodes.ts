/**
 * Builds attribution nodes in the tree: wraps the attribution's words in the
 * paragraph, then its speaker, role and cue inside it. Speaker, role and cue
 * hold text only, so a span that crosses a soft line break keeps the part
 * after the last break (the name is still given in full in `name`).
 *
 * @module
 */
import type { Locator } from '../tree/location.js';
import { wrapRange } from '../tree/wrap.js';
import type { Attribution, Cue, Paragraph, Parent, Role, Speaker, Text, Whitespace, WirecopyNode } from '../types.js';

/** Offsets `[start, end)`. */
export interface OffsetSpan {
  /** First offset. */
  start: number;
  /** One past the last offset. */
  end: number;
}

/** The last part of `span` that crosses no `whitespace` child of `parent`. */
function textOnly(parent: Parent, span: OffsetSpan): OffsetSpan | undefined {
  let start = span.start;
  for (const child of parent.children) {
    const { start: from, end: to } = { start: child.position.start.offset, end: child.position.end.offset };
    if (to <= span.start || from >= span.end) continue;
    if (child.type !== 'text') start = Math.max(start, to);
  }
  return start < span.end ? { start, end: span.end } : undefined;
}

/** What to build. */
export interface AttributionPlan {
  /** The attribution's words. */
  extent: OffsetSpan;
  /** The speaker's words, with its name and whether it is a pronoun. */
  speaker?: OffsetSpan & { name: string; pronoun: boolean };
  /** The roles' words: a title before the name, a description after it. */
  roles?: OffsetSpan[];
  /** The cue's words and lemma. */
  cue: OffsetSpan & { lemma: string };
}

/** A leaf that can be cut in two. */
type Leaf = Text | Whitespace;

function isLeaf(node: WirecopyNode): node is Leaf {
  return node.type === 'text' || node.type === 'whitespace';
}

function cut(leaf: Leaf, start: number, end: number, locator: Locator): Leaf {
  const from = leaf.position.start.offset;
  return { type: leaf.type, value: leaf.value.slice(start - from, end - from), position: locator.position(start, end) } as Leaf;
}

/**
 * Wraps every plan into an `attribution` node inside `paragraph`, in one pass
 * over its children (so a paragraph with thousands of attributions stays
 * linear). Plans must be sorted by start; a plan that overlaps the one
 * before it, or whose span would hold anything but text and white space,
 * is skipped. Returns the nodes, `undefined` for a skipped plan.
 */
export function buildAttributions(paragraph: Paragraph, plans: readonly AttributionPlan[], locator: Locator): Array<Attribution | undefined> {
  const results: Array<Attribution | undefined> = plans.map(() => undefined);
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
    const { start, end } = plan.extent;
    if (start < floor || end <= start) return;
    // Copy what lies before the span, cutting a leaf that straddles its start.
    while (pending && pending.position.end.offset <= start) {
      output.push(pending);
      advance();
    }
    if (!pending) return;
    if (pending.position.start.offset < start) {
      if (!isLeaf(pending)) return;
      output.push(cut(pending, pending.position.start.offset, start, locator));
      pending = cut(pending, start, pending.position.end.offset, locator);
    }
    // Collect the span.
    const inside: Leaf[] = [];
    let ok = true;
    while (pending && pending.position.start.offset < end) {
      if (!isLeaf(pending)) {
        ok = false;
        break;
      }
      if (pending.position.end.offset <= end) {
        inside.push(pending);
        advance();
      } else {
        inside.push(cut(pending, pending.position.start.offset, end, locator));
        pending = cut(pending, end, pending.position.end.offset, locator);
      }
    }
    if (!ok || inside.length === 0 || inside.at(-1)!.position.end.offset !== end) {
      for (const leaf of inside) output.push(leaf);
      return;
    }
    const attribution: Attribution = { type: 'attribution', id: '', quotations: [], reported: [], form: 'indirect', position: locator.position(start, end), children: inside };
    fill(attribution, plan, locator);
    output.push(attribution);
    results[planIndex] = attribution;
    floor = end;
  });
  while (pending) {
    output.push(pending);
    advance();
  }
  paragraph.children = output;
  return results;
}

/** Wraps speaker, role and cue inside a new attribution. */
function fill(attribution: Attribution, plan: AttributionPlan, locator: Locator): void {
  const inner = (span: OffsetSpan | undefined, make: (children: Text[], position: WirecopyNode['position']) => WirecopyNode): void => {
    if (!span || span.start < plan.extent.start || span.end > plan.extent.end) return;
    const clean = textOnly(attribution, span);
    if (!clean) return;
    wrapRange(attribution, clean.start, clean.end, locator, (children, position) => make(children as Text[], position));
  };
  if (plan.speaker) {
    const { name, pronoun } = plan.speaker;
    inner(plan.speaker, (children, position): Speaker => ({ type: 'speaker', name, pronoun, position, children }));
  }
  for (const role of plan.roles ?? []) inner(role, (children, position): Role => ({ type: 'role', position, children }));
  inner(plan.cue, (children, position): Cue => ({ type: 'cue', lemma: plan.cue.lemma, position, children }));
}
