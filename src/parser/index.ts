/**
 * Runs the lexer and the grammar over an input, chunk by chunk.
 *
 * @module
 */
import { tokenizeArticle } from '../lexer/index.js';
import { chunkEnds, MAX_CHUNK } from './chunks.js';
import { ArticleParser, DEFAULT_MAX_DEPTH } from './grammar.js';
import { detectLayout, type Layout } from './layout.js';
import { countItems, DiagnosticLimiter, structureBudget, truncationMessage } from './limits.js';
import type { RawBlock, RawDiagnostic } from './raw.js';

export type { Layout } from './layout.js';
export type * from './raw.js';
export { DEFAULT_MAX_DEPTH } from './grammar.js';

/** What the parse stage hands to the tree builder. */
export interface ParseResult {
  /** The layout used. */
  layout: Layout;
  /** Blocks covering the input without gaps or overlaps. */
  blocks: RawBlock[];
  /** Problems noticed by the grammar. */
  diagnostics: RawDiagnostic[];
  /**
   * Where the structure budget ran out: from this offset on, the input is one plain paragraph (`structure-limit`)
   * that the passes leave alone. The input's length when the whole input has its structure.
   */
  plainFrom: number;
}

/** Settings of the parse stage. */
export interface BlockParseSettings {
  /** Paragraph layout, or `auto` to detect it. */
  layout: Layout | 'auto';
  /** Deepest quotation nesting. */
  maxQuotationDepth: number;
  /** Approximate chunk length in UTF-16 code units (tests use it to compare chunked and whole parses). */
  chunkSize?: number;
  /** Most raw items to build (tests lower it); by default {@link structureBudget} of the text's length. */
  maxItems?: number;
}

let parser: ArticleParser | undefined;

/** The one parser instance, built on first use. */
export function getParser(): ArticleParser {
  parser ??= new ArticleParser();
  return parser;
}

/**
 * Parses the text into raw blocks.
 *
 * @param text The whole input.
 * @param settings Layout and nesting cap.
 */
export function parseBlocks(
  text: string,
  settings: BlockParseSettings = { layout: 'auto', maxQuotationDepth: DEFAULT_MAX_DEPTH },
): ParseResult {
  const layout = settings.layout === 'auto' ? detectLayout(text) : settings.layout;
  const instance = getParser();
  instance.layout = layout;
  instance.maxDepth = settings.maxQuotationDepth;
  const blocks: RawBlock[] = [];
  const diagnostics = new DiagnosticLimiter<RawDiagnostic>();
  const maxItems = settings.maxItems ?? structureBudget(text.length);
  let items = 0;
  let start = 0;
  let plainFrom = text.length;
  for (const { end, forced } of chunkEnds(text, layout, settings.chunkSize)) {
    if (items > maxItems) {
      // The structure budget is spent: the rest of the input is one plain paragraph, still in the tree.
      blocks.push({ kind: 'paragraph', start, end: text.length, children: [{ kind: 'text', start, end: text.length }] });
      plainFrom = start;
      diagnostics.add({
        code: 'structure-limit',
        message: `The input has more structure than one parse keeps (over ${maxItems.toLocaleString('en')} blocks, quotations and marks); the rest of it, from here on, is kept as plain text in one paragraph.`,
        start,
        end: text.length,
        severity: 'warning',
      });
      break;
    }
    instance.input = tokenizeArticle(start === 0 && end === text.length ? text : text.slice(start, end));
    instance.base = start;
    instance.resetState();
    const chunk = instance.article();
    if (instance.errors.length > 0) {
      // The grammar accepts every token sequence, so this is a bug; keep the text rather than lose it.
      blocks.push({ kind: 'paragraph', start, end, children: [{ kind: 'text', start, end }] });
      diagnostics.add({
        code: 'internal-parse-error',
        message: `The grammar rejected this part of the input (${instance.errors[0]!.message}); it is kept as plain text.`,
        start,
        end,
        severity: 'warning',
      });
    } else {
      items += countItems(chunk);
      for (const block of chunk) {
        const last = blocks.at(-1);
        if (block.kind === 'whitespace' && last?.kind === 'whitespace' && last.end === block.start) last.end = block.end;
        else blocks.push(block);
      }
      // A loop, not push(...list): spreading 100,000+ diagnostics overflows the call stack.
      for (const diagnostic of instance.diagnostics) diagnostics.add(diagnostic);
    }
    if (forced) {
      diagnostics.add({
        code: 'block-split',
        message: `A block ran on for over ${MAX_CHUNK.toLocaleString('en')} characters without a paragraph break; it is cut here into two (no real paragraph is this long).`,
        start: end,
        end,
        severity: 'warning',
      });
    }
    instance.input = [];
    instance.resetState();
    start = end;
  }
  for (const { code, left, first } of diagnostics.truncated()) {
    diagnostics.list.push({
      code: 'diagnostics-truncated',
      message: truncationMessage(code, left, diagnostics.limit),
      start: first.start,
      end: first.end,
      severity: 'info',
    });
  }
  return { layout, blocks, diagnostics: diagnostics.list, plainFrom };
}
