/**
 * wirecopy as a [unified](https://unifiedjs.com) parser: `unified().use(wirecopyParse)` parses a file into the
 * wirecopy tree, and every diagnostic becomes a message on the file, so `vfile-reporter` prints them and a newsroom
 * tool can lint copy the way retext plugins do. Needs `unified` 11 (an optional peer dependency of wirecopy: only
 * this entry point uses it, and only for its types).
 *
 * @example
 * ```ts
 * import { unified } from 'unified';
 * import { reporter } from 'vfile-reporter';
 * import { VFile } from 'vfile';
 * import { wirecopyParse } from 'wirecopy/unified';
 *
 * const file = new VFile({ path: 'story.txt', value: '"We will rebuild, the mayor said.' });
 * const tree = unified().use(wirecopyParse).parse(file);
 * tree.type; // 'article'
 * file.messages.map((message) => message.ruleId); // ['unclosed-quotation', 'unattributed-quotation']
 * console.error(reporter([file]));
 * // story.txt
 * // 1:1-1:34 warning Quotation q1 has no closing mark before its paragraph ends.         unclosed-quotation     wirecopy
 * // 1:1-1:34 info    Quotation q1 has no speaker: no cue word with a speaker credits it. unattributed-quotation wirecopy
 * ```
 *
 * @module wirecopy/unified
 */
import type { Plugin } from 'unified';
import type { ParseOptions } from './options.js';
import { parseArticle } from './parse.js';
import type { Article } from './types.js';

/**
 * The unified parser plugin. Each diagnostic of the tree becomes a
 * `VFileMessage` on the file: `ruleId` is the diagnostic's code, `source` is `'wirecopy'`, `place` its position; a
 * `warning` is a warning (`fatal: false`) and an `info` an info message (`fatal: undefined`). The tree keeps its
 * `diagnostics` too.
 *
 * Its one parameter: the options of {@link parseArticle}, or nothing for the defaults.
 *
 * @example
 * ```ts
 * import { unified } from 'unified';
 * import { wirecopyParse } from 'wirecopy/unified';
 *
 * const processor = unified().use(wirecopyParse, { layout: 'line' });
 * processor.parse('"No," he said.').children[0]?.type; // 'paragraph'
 * ```
 */
export const wirecopyParse: Plugin<[(ParseOptions | null | undefined)?], string, Article> = function (options) {
  const settings = options ?? undefined;
  this.parser = (document, file) => {
    const tree = parseArticle(document, settings);
    for (const diagnostic of tree.diagnostics) {
      const details = { place: diagnostic.position, ruleId: diagnostic.code, source: 'wirecopy' };
      if (diagnostic.severity === 'info') file.info(diagnostic.message, details);
      else file.message(diagnostic.message, details);
    }
    return tree;
  };
};
