/**
 * @module
 */
import type { WirecopyNode } from './types.js';

/**
 * The exact source text of a node: its leaves' values in order. For the
 * root this is the whole input.
 *
 * @param node Any node of a wirecopy tree.
 * @returns The text the node covers.
 * @throws {TypeError} when `node` is not an object with a `type` (`undefined`, a string …).
 *
 * @example
 * ```ts
 * import { parseArticle, toString } from 'wirecopy';
 * const tree = parseArticle('“Yes,” he said.\r\n');
 * toString(tree.children[0]!); // '“Yes,” he said.'
 * ```
 */
export function toString(node: WirecopyNode): string {
  if (node === null || typeof node !== 'object' || typeof (node as { type?: unknown }).type !== 'string') {
    const got = node === null ? 'null' : Array.isArray(node) ? 'an array' : typeof node === 'object' ? 'an object without a type' : typeof node;
    throw new TypeError(`toString: expected a wirecopy node (an object with a type), got ${got}`);
  }
  const parts: string[] = [];
  const stack: WirecopyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if ('value' in current && typeof current.value === 'string') parts.push(current.value);
    else if ('children' in current && Array.isArray(current.children)) {
      for (let index = current.children.length - 1; index >= 0; index -= 1) stack.push(current.children[index] as WirecopyNode);
    }
  }
  return parts.join('');
}
