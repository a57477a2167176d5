/**
 * Editing helpers for the passes: wrap a span of a parent's children into a
 * new inline node, splitting text leaves at the span's edges. The tree stays
 * lossless and tiled: the new node holds exactly the leaves of the span.
 *
 * @module
 */
import type { Parent, WirecopyNode } from '../types.js';
import type { Locator } from './location.js';

/** A leaf whose `value` may be split (`text` and `whitespace`). */
type SplittableLeaf = WirecopyNode & { type: 'text' | 'whitespace'; value: string };

function isSplittable(node: WirecopyNode): node is SplittableLeaf {
  return node.type === 'text' || node.type === 'whitespace';
}

/** The part of `leaf` from `start` to `end` (absolute offsets inside it), as a new leaf. */
function slice(leaf: SplittableLeaf, start: number, end: number, locator: Locator): SplittableLeaf {
  const from = leaf.position.start.offset;
  return { type: leaf.type, value: leaf.value.slice(start - from, end - from), position: locator.position(start, end) };
}

/**
 * Splits `parent`'s children so that `offset` falls between two children.
 *
 * @returns `false` when `offset` falls inside a child that cannot be split (a quotation, a quote mark).
 */
export function splitAt(parent: Parent, offset: number, locator: Locator): boolean {
  const children = parent.children;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    const { start, end } = child.position;
    if (offset <= start.offset) return true;
    if (offset >= end.offset) continue;
    if (!isSplittable(child)) return false;
    children.splice(index, 1, slice(child, start.offset, offset, locator), slice(child, offset, end.offset, locator));
    return true;
  }
  return true;
}

/**
 * Moves the children of `parent` covering offsets `start` to `end` into a new
 * node built by `make`, and puts that node in their place. Text leaves are
 * split at the edges; a span that cuts through another kind of child is
 * refused.
 *
 * @param parent The node whose children are wrapped (changed in place).
 * @param start First offset of the span (inclusive, absolute).
 * @param end Last offset of the span (exclusive, absolute); must be > `start`.
 * @param make Builds the new node from the wrapped children and the span's position.
 * @returns The new node, or `undefined` when the span is empty, outside `parent`, or cuts through a child that cannot be split.
 */
export function wrapRange<T extends WirecopyNode>(
  parent: Parent,
  start: number,
  end: number,
  locator: Locator,
  make: (children: WirecopyNode[], position: T['position']) => T,
): T | undefined {
  if (end <= start || start < parent.position.start.offset || end > parent.position.end.offset) return undefined;
  if (!splitAt(parent, start, locator) || !splitAt(parent, end, locator)) return undefined;
  const children = parent.children;
  const first = children.findIndex((child) => child.position.start.offset === start);
  let last = first;
  while (last < children.length && children[last]!.position.end.offset < end) last += 1;
  if (first < 0 || last >= children.length || children[last]!.position.end.offset !== end) return undefined;
  const node = make(children.slice(first, last + 1), locator.position(start, end));
  children.splice(first, last - first + 1, node);
  return node;
}
