/**
 * The attribution pass: finds who said each quotation, and reported speech
 * without marks, and builds `attribution` nodes with `speaker`, `role` and
 * `cue` children, then resolves their speakers. Runs after `linkRunningQuotes`.
 *
 * Per paragraph: tokens, sentences and the rules of `attribution/rules/`
 * (their order is in `attribution/rules/index.ts`), then the speaker step of
 * `speakers.ts` on the same tokens, which are dropped right after; then,
 * across paragraphs, the article rules (the pieces of running quotes), ids in
 * document order and an `unattributed-quotation` remark for each quotation
 * left without a speaker (titles and fragments of one or two words excepted).
 * Everything the pass keeps while it runs is in one `AttributionState`,
 * created here and dropped at the end.
 *
 * @module
 */
import { isTitle, wordCount } from '../attribution/content.js';
import { attributeParagraph } from '../attribution/paragraph.js';
import type { Rules } from '../attribution/rules/index.js';
import type { Credits } from '../attribution/rules/types.js';
import { quotationContent } from '../attribution/sentences.js';
import { tokenizeParagraph } from '../words/scan.js';
import { createAttributionState, type AttributionState } from '../attribution/state.js';
import type { Article, Attribution, Quotation } from '../types.js';
import { mapPacked } from '../tree/arrays.js';
import type { PassContext } from './context.js';
import { resolveParagraph } from './speakers.js';

/** Ids in document order, links both ways, form. `quotations` are the article's top-level quotations in document order. */
function link(quotations: readonly Quotation[], credits: Credits, reported: AttributionState['reported']): void {
  let count = 0;
  for (const node of credits.keys()) node.id = `a${(count += 1)}`;
  let order: Map<Quotation, number> | undefined;
  for (const [node, credited] of credits) {
    const unique = [...credited];
    if (unique.length > 1) {
      // Document order (a running quote's pieces may have been added out of it); built once, when first needed.
      order ??= new Map(quotations.map((quotation, index) => [quotation, index]));
      const positions = order;
      unique.sort((a, b) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0));
    }
    node.quotations = mapPacked(unique, (quotation) => quotation.id);
    node.form = unique.length > 0 ? 'direct' : 'indirect';
    for (const quotation of unique) quotation.attribution = node.id;
  }
  let contents = 0;
  for (const [content, node] of reported) {
    content.id = `r${(contents += 1)}`;
    content.attribution = node.id;
    node.reported.push(content.id);
  }
}

/** Reports the quotations left without a speaker, except titles and fragments of one or two words. */
function reportUnattributed(state: AttributionState, quotations: readonly Quotation[], context: PassContext): void {
  for (const quotation of quotations) {
    if (quotation.attribution !== undefined) continue;
    const content = quotationContent(state.contents, quotation);
    if (wordCount(content, 3) <= 2 || isTitle(state.language, content)) continue;
    context.report({
      code: 'unattributed-quotation',
      message: `Quotation ${quotation.id} has no speaker: no cue word with a speaker credits it.`,
      position: quotation.position,
      severity: 'info',
    });
  }
}

/**
 * Runs the pass (unless `options.attribution` is `false`).
 *
 * @param article The tree, changed in place.
 * @param context Options, locator and diagnostics sink.
 * @param rules The rules to run (every rule, in order, by default; a test may leave some out).
 */
export function attributeQuotations(article: Article, context: PassContext, rules?: Rules): void {
  if (!context.options.attribution) return;
  const { reportedSpeech, beliefs } = context.options;
  const state = createAttributionState(context.text, context.locator, context.options.language, context.options.cues, rules, { reportedSpeech, beliefs });
  let carry: Attribution | undefined;
  const quotations: Quotation[] = [];
  const blocks = article.children.filter((block) => block.type !== 'whitespace');
  blocks.forEach((block, index) => {
    if (block.type !== 'paragraph' || block.position.start.offset >= context.plainFrom) {
      carry = undefined;
      return;
    }
    for (const child of block.children) if (child.type === 'quotation') quotations.push(child);
    const next = blocks[index + 1];
    const opening = next?.type === 'paragraph' ? next.children.find((child) => child.type !== 'dateline') : undefined;
    const tokens = tokenizeParagraph(block, context.text, state.marks);
    carry = attributeParagraph(state, block, tokens, carry, opening?.type === 'quotation');
    resolveParagraph(state, block, tokens);
  });
  for (const rule of state.rules.article) rule.apply({ state, quotations, credits: state.credits });
  link(quotations, state.credits, state.reported);
  reportUnattributed(state, quotations, context);
}
