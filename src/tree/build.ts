/**
 * Turns the parser's raw blocks into the unist tree, with positions on
 * every node. Lossless by construction: every raw span becomes exactly one
 * leaf or parent, and the raw spans tile the input.
 *
 * @module
 */
import type { ParseResult, RawInline } from '../parser/index.js';
import type {
  Article,
  Diagnostic,
  Paragraph,
  ParagraphContent,
  Quotation,
  QuotationContent,
} from '../types.js';
import { mapPacked } from './arrays.js';
import type { Locator } from './location.js';

/**
 * Builds the article tree.
 *
 * @param text The whole input.
 * @param parsed What the parser returned for it.
 * @param locator Offsets to points for `text`.
 */
export function buildArticle(text: string, parsed: ParseResult, locator: Locator): Article {
  let quotationCount = 0;

  function inline(raw: RawInline): QuotationContent {
    const position = locator.position(raw.start, raw.end);
    switch (raw.kind) {
      case 'text':
        return { type: 'text', value: text.slice(raw.start, raw.end), position };
      case 'break':
        return { type: 'whitespace', value: text.slice(raw.start, raw.end), position };
      case 'mark':
        return { type: 'quoteMark', role: raw.role, value: text.slice(raw.start, raw.end), position };
      case 'quotation': {
        quotationCount += 1;
        const node: Quotation = { type: 'quotation', id: `q${quotationCount}`, closed: raw.closed, children: [], position };
        node.children = mapPacked(raw.children, inline);
        return node;
      }
    }
  }

  const children: Article['children'] = mapPacked(parsed.blocks, (block) => {
    const position = locator.position(block.start, block.end);
    if (block.kind === 'whitespace') return { type: 'whitespace', value: text.slice(block.start, block.end), position };
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: mapPacked(block.children, (child) => inline(child) as ParagraphContent),
      position,
    };
    return paragraph;
  });

  const diagnostics: Diagnostic[] = mapPacked(parsed.diagnostics, (raw) => ({
    code: raw.code,
    message: raw.message,
    position: locator.position(raw.start, raw.end),
    severity: raw.severity,
  }));

  return { type: 'article', children, diagnostics, position: locator.position(0, text.length) };
}
