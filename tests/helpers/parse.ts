/** Parse and validate in one step: every test's trees go through the validator. */
import { parseArticle, type Article, type ParseOptions } from '../../src/index.js';
import { validateTree } from './validate.js';

export function parse(text: string, options?: ParseOptions): Article {
  const tree = parseArticle(text, options);
  validateTree(tree, text);
  return tree;
}
