/**
 * Flat records read from a tree: one per quotation, with the speaker, role
 * and cue of its attribution. Reads the attribution nodes generically, so it
 * shows them as soon as the attribution pass adds them.
 *
 * @module
 */
import type { Article, Attribution, Parent, Quotation, WirecopyNode } from '../index.js';
import { innerText } from '../api/quotations.js';
import { toString } from '../index.js';

/** One quotation as a row. */
export interface QuoteRow {
  /** Quotation id (`q1`). */
  id: string;
  /** Index of the block holding it (1-based, counting headline, byline, paragraphs and boilerplate). */
  block: number;
  /** Line and column of the opening mark. */
  line: number;
  column: number;
  /** The speaker as written ("he"), or empty. */
  speaker: string;
  /** The fullest name of the speaker, when resolved ("Dmitry Peskov"), or empty. */
  resolved: string;
  /** The speaker's role, or empty. */
  role: string;
  /** The cue as written ("told reporters"), or empty. */
  cue: string;
  /** The cue's lemma ("tell"), or empty. */
  lemma: string;
  /** What is quoted, without the outer marks. */
  text: string;
  /** Whether the closing mark was found. */
  closed: boolean;
  /** Id of the previous piece of a quote running over paragraphs, or empty. */
  continuedFrom: string;
  /** Id of the next piece, or empty. */
  continuedIn: string;
}

/** Every node below `root` in document order (iterative: deep trees cannot overflow the stack). */
export function* walk(root: WirecopyNode): Generator<WirecopyNode> {
  const stack: WirecopyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children = (node as Partial<Parent>).children;
    if (Array.isArray(children)) for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
  }
}

/** The parts of an attribution a reader wants. */
export interface AttributionParts {
  speaker: string;
  resolved: string;
  role: string;
  cue: string;
  lemma: string;
}

const NO_ATTRIBUTION: AttributionParts = { speaker: '', resolved: '', role: '', cue: '', lemma: '' };

/** Speaker, role and cue of an attribution node (empty strings for missing parts). */
export function attributionParts(attribution: Attribution | undefined): AttributionParts {
  if (attribution === undefined) return NO_ATTRIBUTION;
  const parts = { ...NO_ATTRIBUTION };
  for (const child of attribution.children as WirecopyNode[]) {
    const fields = child as unknown as Record<string, unknown>;
    if (child.type === 'speaker' && parts.speaker === '') {
      parts.speaker = typeof fields.name === 'string' ? fields.name : toString(child);
      parts.resolved = typeof fields.resolved === 'string' ? fields.resolved : '';
    } else if (child.type === 'role' && parts.role === '') {
      parts.role = toString(child).trim();
    } else if (child.type === 'cue' && parts.cue === '') {
      parts.cue = toString(child);
      parts.lemma = typeof fields.lemma === 'string' ? fields.lemma : '';
    }
  }
  return parts;
}

/** Attribution nodes by id. */
export function attributionsById(article: Article): Map<string, Attribution> {
  const found = new Map<string, Attribution>();
  for (const node of walk(article)) {
    if (node.type === 'attribution') found.set((node as Attribution).id, node as Attribution);
  }
  return found;
}

/** The attribution of a quotation, if the tree links one. */
export function attributionOf(quotation: Quotation, attributions: Map<string, Attribution>): Attribution | undefined {
  return quotation.attribution === undefined ? undefined : attributions.get(quotation.attribution);
}

/** One row per quotation (nested ones included), in document order. */
export function quoteRows(article: Article): QuoteRow[] {
  const attributions = attributionsById(article);
  const rows: QuoteRow[] = [];
  let block = 0;
  for (const child of article.children) {
    if (child.type === 'whitespace') continue;
    block += 1;
    for (const node of walk(child)) {
      if (node.type !== 'quotation') continue;
      const quotation = node as Quotation;
      rows.push({
        id: quotation.id,
        block,
        line: quotation.position.start.line,
        column: quotation.position.start.column,
        ...attributionParts(attributionOf(quotation, attributions)),
        text: innerText(quotation),
        closed: quotation.closed,
        continuedFrom: quotation.continuedFrom ?? '',
        continuedIn: quotation.continuedIn ?? '',
      });
    }
  }
  return rows;
}
