/**
 * The passes after the parse, in their fixed order.
 *
 * @module
 */
import type { Article } from '../types.js';
import type { PassContext } from './context.js';
import { labelFurniture } from './furniture.js';
import { attributeQuotations } from './attribution.js';
import { linkRunningQuotes } from './running-quotes.js';

export type { PassContext } from './context.js';

/** A pass: reads and changes the tree in place. */
export type Pass = (article: Article, context: PassContext) => void;

/** Every pass, in the order they run (`attributeQuotations` also resolves the speakers, paragraph by paragraph). */
export const passes: readonly Pass[] = [linkRunningQuotes, labelFurniture, attributeQuotations];

/**
 * Runs the passes over the tree, in order. The diagnostics they report go to `context.report`; `parseArticle`
 * sorts them by position once every pass has run.
 *
 * @param article The tree from the builder.
 * @param context Shared state of the passes.
 */
export function runPasses(article: Article, context: PassContext): void {
  for (const pass of passes) pass(article, context);
}
