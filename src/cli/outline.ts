/**
 * The default output: a readable outline of the tree. Blocks with a text
 * preview, then the inline nodes that carry meaning (datelines, quotations
 * with their speakers, attributions with speaker, role and cue), boilerplate
 * with its kind, and the diagnostics at the end. Plain text and white space
 * leaves are left out.
 *
 * @module
 */
import type { Article, Parent, Quotation, WirecopyNode } from '../index.js';
import { toString } from '../index.js';
import { plain, type Palette } from './palette.js';
import { speakerLabel } from './quotes.js';
import { attributionOf, attributionParts, attributionsById } from './records.js';

const FIELDS = ['id', 'kind', 'form', 'closed', 'attribution', 'quotations', 'continuedFrom', 'continuedIn', 'name', 'pronoun', 'resolved', 'lemma', 'location', 'agency', 'date', 'authors', 'organization'];

/** Leaves the outline does not list under a block. */
const QUIET = new Set(['text', 'whitespace', 'quoteMark']);

function preview(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function span(node: WirecopyNode): string {
  const { start, end } = node.position;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

function describe(node: WirecopyNode, palette: Palette): string {
  const record = node as unknown as Record<string, unknown>;
  const fields = FIELDS.filter((key) => record[key] !== undefined).map((key) => `${key}=${JSON.stringify(record[key])}`);
  return `${palette.bold(node.type)}${fields.length > 0 ? ` ${palette.accent(fields.join(' '))}` : ''} ${palette.dim(span(node))}`;
}

/**
 * Renders the outline.
 *
 * @param article A parsed article.
 * @param palette Colours ({@link plain} for none).
 */
export function outline(article: Article, palette: Palette = plain): string {
  const attributions = attributionsById(article);
  const voices = new Map<string, number>();
  const voiceOf = (who: string): number => {
    if (!voices.has(who)) voices.set(who, voices.size);
    return voices.get(who)!;
  };
  const lines: string[] = [];
  const blocks = article.children.filter((child) => child.type !== 'whitespace');
  lines.push(`${describe(article, palette)} ${palette.dim(`(${blocks.length} blocks, ${article.diagnostics.length} diagnostics)`)}`);

  // Depth-first with an explicit stack: nested quotations can run deep.
  const stack: Array<[WirecopyNode, number]> = blocks.map((block) => [block, 1] as [WirecopyNode, number]).reverse();
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const isBlock = depth === 1;
    if (!isBlock && QUIET.has(node.type)) continue;
    const indent = '  '.repeat(depth);
    let shown = preview(toString(node), isBlock ? 72 : 64);
    if (node.type === 'quotation') {
      const parts = attributionParts(attributionOf(node as Quotation, attributions));
      const who = speakerLabel(parts);
      const voice = voiceOf(parts.resolved || parts.speaker);
      shown = who === '' ? palette.quote(shown) : `${palette.voice(voice, shown)} ${palette.dim('—')} ${palette.voice(voice, who)}`;
    } else if (node.type === 'boilerplate') {
      shown = palette.dim(shown);
    }
    lines.push(`${indent}${describe(node, palette)} ${shown}`);
    const children = (node as Partial<Parent>).children;
    if (Array.isArray(children)) for (let index = children.length - 1; index >= 0; index -= 1) stack.push([children[index]!, depth + 1]);
  }
  for (const diagnostic of article.diagnostics) {
    const { line, column } = diagnostic.position.start;
    lines.push(`${palette.dim(`${line}:${column}`)} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
  }
  return lines.join('\n');
}
