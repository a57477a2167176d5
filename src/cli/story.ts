/**
 * `--text`: the story alone, without headline, byline and boilerplate.
 *
 * @module
 */
import type { Article } from '../index.js';
import { toString } from '../index.js';

/** Block types that are furniture, not story. */
const FURNITURE = new Set(['headline', 'byline', 'boilerplate']);

/**
 * The paragraphs' exact source text (datelines included), separated by a
 * blank line, ending with a line break. Hard-wrapped
 * paragraphs keep their line breaks.
 */
export function storyText(article: Article): string {
  const paragraphs = article.children
    .filter((child) => child.type !== 'whitespace' && !FURNITURE.has(child.type))
    .map((child) => toString(child).trim())
    .filter((text) => text !== '');
  return paragraphs.length === 0 ? '' : `${paragraphs.join('\n\n')}\n`;
}
