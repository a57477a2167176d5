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
import type { Attribution, Cue, Paragraph, Parent, Role, Speaker, Text, WirecopyNode } from '../types.js';

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
  /** The role's words. */
  role?: OffsetSpan;
  /** The cue's words and lemma. */
  cue: OffsetSpan & { lemma: string };
}

/**
 * Wraps the plan into an `attribution` node inside `paragraph`. Returns
 * `undefined` when the span cannot be wrapped (it cuts through a quotation).
 */
export function buildAttribution(paragraph: Paragraph, plan: AttributionPlan, locator: Locator): Attribution | undefined {
  const attribution = wrapRange<Attribution>(paragraph, plan.extent.start, plan.extent.end, locator, (children, position) => ({
    type: 'attribution',
    id: '',
    quotations: [],
    form: 'indirect',
    position,
    children: children as Attribution['children'],
  }));
  if (!attribution) return undefined;
  if (attribution.children.some((child) => child.type !== 'text' && child.type !== 'whitespace')) {
    // Never expected: undo by putting the children back.
    const index = paragraph.children.indexOf(attribution);
    paragraph.children.splice(index, 1, ...(attribution.children as Paragraph['children']));
    return undefined;
  }
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
  inner(plan.role, (children, position): Role => ({ type: 'role', position, children }));
  inner(plan.cue, (children, position): Cue => ({ type: 'cue', lemma: plan.cue.lemma, position, children }));
  return attribution;
}
