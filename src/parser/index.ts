/**
 * Runs the lexer and the grammar over an input, chunk by chunk.
 *
 * @module
 */
import { tokenizeArticle } from '../lexer/index.js';
import { chunkEnds } from './chunks.js';
import { ArticleParser, DEFAULT_MAX_DEPTH } from './grammar.js';
import { detectLayout, type Layout } from './layout.js';
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
}

/** Settings of the parse stage. */
export interface BlockParseSettings {
  /** Paragraph layout, or `auto` to detect it. */
  layout: Layout | 'auto';
  /** Deepest quotation nesting. */
  maxQuotationDepth: number;
  /** Approximate chunk length in UTF-16 code units (tests use it to compare chunked and whole parses). */
  chunkSize?: number;
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
  const diagnostics: RawDiagnostic[] = [];
  let start = 0;
  for (const end of chunkEnds(text, layout, settings.chunkSize)) {
    instance.input = tokenizeArticle(start === 0 && end === text.length ? text : text.slice(start, end));
    instance.base = start;
    instance.resetState();
    const chunk = instance.article();
    if (instance.errors.length > 0) {
      // The grammar accepts every token sequence, so this is a bug; keep the text rather than lose it.
      blocks.push({ kind: 'paragraph', start, end, children: [{ kind: 'text', start, end }] });
      diagnostics.push({
        code: 'internal-parse-error',
        message: `The grammar rejected this part of the input (${instance.errors[0]!.message}); it is kept as plain text.`,
        start,
        end,
        severity: 'warning',
      });
    } else {
      for (const block of chunk) {
        const last = blocks.at(-1);
        if (block.kind === 'whitespace' && last?.kind === 'whitespace' && last.end === block.start) last.end = block.end;
        else blocks.push(block);
      }
      // A loop, not push(...list): spreading 100,000+ diagnostics overflows the call stack.
      for (const diagnostic of instance.diagnostics) diagnostics.push(diagnostic);
    }
    instance.input = [];
    instance.resetState();
    start = end;
  }
  return { layout, blocks, diagnostics };
}
