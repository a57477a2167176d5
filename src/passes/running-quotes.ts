/**
 * Links the pieces of quotations that run over several paragraphs, and
 * reports the quotations that are left open.
 *
 * AP style: when a quotation goes on into the next paragraph, the first
 * paragraph ends with no closing mark and the next one starts with a new
 * opening mark of the same style. The pieces are linked by `continuedIn` /
 * `continuedFrom`; only the last piece may carry an `unclosed-quotation`
 * diagnostic.
 *
 * @module
 */
import type { Article, Paragraph, Quotation } from '../types.js';
import type { PassContext } from './context.js';

/** The paragraph's last top-level quotation, when it is open and reaches the paragraph's end. */
function trailingOpenQuotation(paragraph: Paragraph): Quotation | undefined {
  const last = paragraph.children.at(-1);
  return last?.type === 'quotation' && !last.closed ? last : undefined;
}

/** The paragraph's first top-level child when it is a quotation (after an optional dateline). */
function leadingQuotation(paragraph: Paragraph): Quotation | undefined {
  const first = paragraph.children.find((child) => child.type !== 'dateline');
  return first?.type === 'quotation' ? first : undefined;
}

function openingMark(quotation: Quotation): string {
  const first = quotation.children[0];
  return first?.type === 'quoteMark' ? first.value : '';
}

/** The style family of an opening mark: straight and curly double marks continue each other. */
function family(mark: string): string {
  if (mark === '"' || mark === '\u201c' || mark === '\u201e' || mark === "''" || mark === '``') return 'double';
  if (mark === "'" || mark === '\u2018' || mark === '\u201a') return 'single';
  return mark;
}

/**
 * Runs the pass.
 *
 * @param article The tree, changed in place.
 * @param context Diagnostics sink and locator.
 */
export function linkRunningQuotes(article: Article, context: PassContext): void {
  let previous: Quotation | undefined;
  for (const block of article.children) {
    if (block.type === 'whitespace') continue;
    if (block.type !== 'paragraph') {
      previous = undefined;
      continue;
    }
    const leading = leadingQuotation(block);
    if (previous && leading && family(openingMark(previous)) === family(openingMark(leading))) {
      previous.continuedIn = leading.id;
      leading.continuedFrom = previous.id;
    }
    previous = trailingOpenQuotation(block);
  }
  reportUnclosed(article, context);
}

/**
 * Reports every open quotation that is not continued in the next paragraph,
 * nested ones included. Quotations live only in blocks and in other
 * quotations, so the walk visits those and no leaf (a generic visitor over
 * every node cost 10% of a whole parse).
 */
function reportUnclosed(article: Article, context: PassContext): void {
  const stack: Quotation[] = [];
  for (const block of article.children) {
    if (block.type === 'whitespace') continue;
    for (const child of block.children) if (child.type === 'quotation') stack.push(child);
    while (stack.length > 0) {
      const quotation = stack.pop()!;
      if (!quotation.closed && quotation.continuedIn === undefined) {
        context.report({
          code: 'unclosed-quotation',
          message: `Quotation ${quotation.id} has no closing mark before its paragraph ends.`,
          position: quotation.position,
          severity: 'warning',
        });
      }
      for (const child of quotation.children) if (child.type === 'quotation') stack.push(child);
    }
  }
}
