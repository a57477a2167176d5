/**
 * The CLI's rows, read from the public API's records: one per quotation, as
 * `quotations()` gives it, flattened for a table, CSV or a JSON line (empty
 * strings for missing parts, the block index and the line and column of the
 * opening mark). Nothing here reads attribution nodes itself.
 *
 * @module
 */
import type { Article, AttributionRecord, Paragraph, Parent, Quotation, QuoteRecord, WirecopyNode } from '../index.js';
import { attributions, quotations } from '../index.js';

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

/**
 * Records for the quotations `quotations()` does not list (those nested in
 * another quotation): each is shown to `quotations()` as a paragraph of its
 * own, so its record has the same shape and text rules as every other. A
 * nested quotation has no attribution of its own (attributions credit
 * top-level quotations), so its record has none.
 */
function nestedRecords(nested: readonly Quotation[]): QuoteRecord[] {
  if (nested.length === 0) return [];
  const paragraphs = nested.map((quotation): Paragraph => ({ type: 'paragraph', children: [quotation], position: quotation.position }));
  const whole = { start: nested[0]!.position.start, end: nested[nested.length - 1]!.position.end };
  return quotations({ type: 'article', children: paragraphs, diagnostics: [], position: whole });
}

function row(record: QuoteRecord, block: number): QuoteRow {
  return {
    id: record.id,
    block,
    line: record.position.start.line,
    column: record.position.start.column,
    speaker: record.speaker ?? '',
    resolved: record.resolved ?? '',
    role: (record.role ?? '').trim(),
    cue: record.cue ?? '',
    lemma: record.lemma ?? '',
    text: record.text,
    closed: record.closed,
    continuedFrom: record.continuedFrom ?? '',
    continuedIn: record.continuedIn ?? '',
  };
}

/** One row per quotation (nested ones included), in document order. */
export function quoteRows(article: Article): QuoteRow[] {
  const listed = new Map(quotations(article).map((record) => [record.id, record]));
  const found: Array<{ quotation: Quotation; block: number }> = [];
  const nested: Quotation[] = [];
  let block = 0;
  for (const child of article.children) {
    if (child.type === 'whitespace') continue;
    block += 1;
    for (const node of walk(child)) {
      if (node.type !== 'quotation') continue;
      const quotation = node as Quotation;
      found.push({ quotation, block });
      if (!listed.has(quotation.id)) nested.push(quotation);
    }
  }
  const others = new Map(nestedRecords(nested).map((record) => [record.id, record]));
  return found.map(({ quotation, block: at }) => row((listed.get(quotation.id) ?? others.get(quotation.id))!, at));
}

/** One attribution as a row (`--attributions`, and `attributions` in a `--jsonl` result), from `attributions()`. */
export interface AttributionRow {
  /** Attribution id (`a1`). */
  id: string;
  /** `direct`, `indirect` or `mixed`. */
  kind: AttributionRecord['kind'];
  /** Index of its paragraph among the article's paragraphs (0-based). */
  paragraph: number;
  /** Line and column where what was said starts (the attribution's own words when nothing was found). */
  line: number;
  column: number;
  /** The speaker as written, or empty. */
  speaker: string;
  /** The fullest name of the speaker, when resolved, or empty. */
  resolved: string;
  /** The speaker's role, or empty. */
  role: string;
  /** The cue as written, or empty. */
  cue: string;
  /** The cue's lemma, or empty. */
  lemma: string;
  /** What was said: the quoted and reported words, joined by a space. */
  text: string;
  /** Ids of the quotations credited, separated by spaces. */
  quotations: string;
  /** Ids of the reported speech credited, separated by spaces. */
  reported: string;
}

/** One row per attribution, in document order, from the public `attributions()` records. */
export function attributionRows(article: Article): AttributionRow[] {
  return attributions(article).map((record) => {
    const at = (record.position ?? record.attributionPosition).start;
    return {
      id: record.id,
      kind: record.kind,
      paragraph: record.paragraph,
      line: at.line,
      column: at.column,
      speaker: record.speaker ?? '',
      resolved: record.resolved ?? '',
      role: (record.role ?? '').trim(),
      cue: record.cue ?? '',
      lemma: record.lemma ?? '',
      text: record.text,
      quotations: record.quotations.join(' '),
      reported: record.reported.join(' '),
    };
  });
}
