/**
 * A readable outline of an article tree for the terminal.
 *
 * @module
 */
import type { Article, Parent, WirecopyNode } from '../index.js';
import { toString } from '../index.js';

/** Colours for the outline; identity functions when colour is off. */
export interface Palette {
  dim(text: string): string;
  bold(text: string): string;
  quote(text: string): string;
  accent(text: string): string;
}

/** No colour. */
export const plain: Palette = { dim: (t) => t, bold: (t) => t, quote: (t) => t, accent: (t) => t };

/** ANSI colours. */
export const ansi: Palette = {
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
  quote: (t) => `\u001b[36m${t}\u001b[39m`,
  accent: (t) => `\u001b[33m${t}\u001b[39m`,
};

function preview(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function span(node: WirecopyNode): string {
  const { start, end } = node.position;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

function describe(node: WirecopyNode, palette: Palette): string {
  const fields: string[] = [];
  const record = node as unknown as Record<string, unknown>;
  for (const key of ['id', 'kind', 'closed', 'attribution', 'continuedFrom', 'continuedIn', 'name', 'resolved', 'lemma', 'location', 'agency', 'date', 'form']) {
    if (record[key] !== undefined) fields.push(`${key}=${JSON.stringify(record[key])}`);
  }
  if (Array.isArray(record.authors)) fields.push(`authors=${JSON.stringify(record.authors)}`);
  return `${palette.bold(node.type)}${fields.length > 0 ? ` ${palette.accent(fields.join(' '))}` : ''} ${palette.dim(span(node))}`;
}

/**
 * Renders the tree as an indented outline: blocks with a text preview,
 * quotations and attributions nested under them. White space and plain
 * text leaves are left out.
 */
export function outline(article: Article, palette: Palette = plain): string {
  const lines: string[] = [];
  const blocks = article.children.filter((child) => child.type !== 'whitespace');
  lines.push(`${describe(article, palette)} ${palette.dim(`(${blocks.length} blocks, ${article.diagnostics.length} diagnostics)`)}`);
  const walk = (node: WirecopyNode, depth: number): void => {
    const indent = '  '.repeat(depth);
    const isBlock = depth === 1;
    const interesting = isBlock || (node.type !== 'text' && node.type !== 'whitespace' && node.type !== 'quoteMark');
    if (!interesting) return;
    const text = preview(toString(node), isBlock ? 72 : 64);
    const shown = node.type === 'quotation' ? palette.quote(text) : text;
    lines.push(`${indent}${describe(node, palette)} ${shown}`);
    if ('children' in node) for (const child of (node as Parent).children) walk(child, depth + 1);
  };
  for (const block of blocks) walk(block, 1);
  for (const diagnostic of article.diagnostics) {
    lines.push(`${palette.dim(`${diagnostic.position.start.line}:${diagnostic.position.start.column}`)} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
  }
  return lines.join('\n');
}
