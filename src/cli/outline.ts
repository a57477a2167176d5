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
import { speakers, toString } from '../index.js';
import { clip } from './clip.js';
import { plain, type Palette } from './palette.js';
import { speakerLabel } from './quotes.js';
import { quoteRows, type QuoteRow } from './records.js';

const FIELDS = ['id', 'kind', 'form', 'closed', 'attribution', 'quotations', 'continuedFrom', 'continuedIn', 'name', 'pronoun', 'resolved', 'lemma', 'location', 'agency', 'date', 'authors', 'organization'];

/** Leaves the outline does not list under a block. */
const QUIET = new Set(['text', 'whitespace', 'quoteMark']);

function preview(text: string, width: number): string {
  return clip(text.replace(/\s+/g, ' ').trim(), width);
}

/**
 * The colour index of each quotation's speaker: speakers as `speakers()`
 * groups them (so "he" resolved to "Dmitry Peskov" shares his colour, and an
 * unresolved pronoun has none), numbered in the order their first quotation
 * appears.
 */
function voices(article: Article, rows: Iterable<QuoteRow>): Map<string, number> {
  const speakerOf = new Map<string, number>();
  speakers(article).forEach((speaker, index) => {
    for (const id of speaker.quotations) speakerOf.set(id, index);
  });
  const colours = new Map<number, number>();
  const voice = new Map<string, number>();
  for (const { id } of rows) {
    const speaker = speakerOf.get(id);
    if (speaker === undefined) continue;
    if (!colours.has(speaker)) colours.set(speaker, colours.size);
    voice.set(id, colours.get(speaker)!);
  }
  return voice;
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
  const rows = new Map<string, QuoteRow>(quoteRows(article).map((row) => [row.id, row]));
  const voiceOf = voices(article, rows.values());
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
      const id = (node as Quotation).id;
      const who = speakerLabel(rows.get(id)!);
      const voice = voiceOf.get(id);
      if (who === '') shown = palette.quote(shown);
      else if (voice === undefined) shown = `${palette.quote(shown)} ${palette.dim('—')} ${who}`;
      else shown = `${palette.voice(voice, shown)} ${palette.dim('—')} ${palette.voice(voice, who)}`;
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
