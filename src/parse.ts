/**
 * The public entry point: lexer -> parser -> tree builder -> passes.
 *
 * @module
 */
import { describe, resolveOptions, type ParseOptions } from './options.js';
import { parseBlocks } from './parser/index.js';
import { DiagnosticLimiter, truncationMessage } from './parser/limits.js';
import { runPasses } from './passes/index.js';
import { buildArticle } from './tree/build.js';
import { createLocator } from './tree/location.js';
import type { Article, Diagnostic } from './types.js';

/**
 * Parses a news article into a lossless, typed unist tree.
 *
 * Accepts any string (empty, huge, binary junk, lone surrogates, CRLF): it
 * never throws for a string, and problems become `article.diagnostics`.
 *
 * @param text The article as plain text.
 * @param options How to parse; see {@link ParseOptions}.
 * @returns The `article` root.
 * @throws {TypeError} when `text` is not a string, or an option is unknown or of the wrong type.
 * @throws {RangeError} when a numeric option is out of range.
 *
 * @example
 * ```ts
 * import { parseArticle, toString } from 'wirecopy';
 *
 * const text = '"We are ready," she said.';
 * const tree = parseArticle(text);
 * tree.children[0]?.type; // 'paragraph'
 * toString(tree) === text; // true
 * ```
 */
export function parseArticle(text: string, options?: ParseOptions): Article {
  if (typeof text !== 'string') {
    throw new TypeError(`parseArticle: expected the article text as a string, got ${describe(text)}`);
  }
  const resolved = resolveOptions(options);
  const parsed = parseBlocks(text, { layout: resolved.layout, maxQuotationDepth: resolved.maxQuotationDepth });
  const locator = createLocator(text);
  const article = buildArticle(text, parsed, locator);
  const reported = new DiagnosticLimiter<Diagnostic>();
  runPasses(article, { text, locator, options: resolved, plainFrom: parsed.plainFrom, report: (diagnostic) => reported.add(diagnostic) });
  for (const { code, left, first } of reported.truncated()) {
    reported.list.push({ code: 'diagnostics-truncated', message: truncationMessage(code, left, reported.limit), position: first.position, severity: 'info' });
  }
  if (reported.list.length > 0) {
    // A loop, not push(...reported): spreading 100,000+ diagnostics overflows the call stack.
    for (const diagnostic of reported.list) article.diagnostics.push(diagnostic);
    article.diagnostics.sort((a, b) => a.position.start.offset - b.position.start.offset || a.position.end.offset - b.position.end.offset);
  }
  return article;
}
