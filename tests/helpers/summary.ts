/**
 * A compact, hand-reviewable rendering of a tree for fixture expectations:
 * one line per node that is not a plain leaf, indented by depth, with the
 * node's own fields and its full source text; then the diagnostics.
 * Positions are left out: the validator checks them against the source.
 */
import { toString, type Article, type WirecopyNode } from '../../src/index.js';

const SKIPPED_FIELDS = new Set(['type', 'position', 'children', 'value', 'diagnostics']);

function fields(node: WirecopyNode): string {
  const record = node as unknown as Record<string, unknown>;
  return Object.keys(record)
    .filter((key) => !SKIPPED_FIELDS.has(key))
    .sort()
    .map((key) => `${key}=${JSON.stringify(record[key])}`)
    .join(' ');
}

export function summarize(tree: Article): string {
  const lines: string[] = [];
  const walk = (node: WirecopyNode, depth: number): void => {
    if (node.type === 'text' || node.type === 'whitespace' || node.type === 'quoteMark') return;
    const own = fields(node);
    lines.push(`${'  '.repeat(depth)}${node.type}${own ? ` ${own}` : ''} ${JSON.stringify(toString(node))}`);
    for (const child of (node as unknown as { children: WirecopyNode[] }).children) walk(child, depth + 1);
  };
  for (const block of tree.children) walk(block, 0);
  for (const diagnostic of tree.diagnostics) {
    const { start, end } = diagnostic.position;
    lines.push(`! ${diagnostic.severity} ${diagnostic.code} ${start.line}:${start.column}-${end.line}:${end.column}`);
  }
  return `${lines.join('\n')}\n`;
}
