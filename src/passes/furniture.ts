/**
 * Labels wire furniture: the headline, bylines and the dateline at the top of
 * the story, and boilerplate blocks anywhere.
 *
 * Only the first few blocks ({@link TOP_BLOCKS}) can be a headline, a byline
 * or hold the dateline; the dateline opens the first body paragraph (the
 * first paragraph that is not a headline, byline or boilerplate). Every other
 * paragraph is checked against the boilerplate catalogue, which turns
 * ordinary prose away after a length and first-character test.
 *
 * Headline, byline and boilerplate blocks replace the paragraph the parser
 * made, with the same children; a byline followed by its organisation line
 * (`Associated Press`) in the next block takes both blocks and the line break
 * between them. The dateline is wrapped with `wrapRange`, so the tree stays
 * lossless.
 *
 * @module
 */
import { catalogue, classifyBoilerplate, type Catalogue } from '../furniture/boilerplate.js';
import { recognizeByline, recognizeOrganizationLine } from '../furniture/byline.js';
import { recognizeDateline, type DatelineMatch } from '../furniture/dateline.js';
import { readsAsHeadline, type HeadlineFollower } from '../furniture/headline.js';
import { furnitureReader, type FurnitureReader } from '../furniture/tokens.js';
import { ABSTRACT_LABEL } from '../furniture/vocabulary.js';
import { wrapRange } from '../tree/wrap.js';
import type { Article, BlockContent, Boilerplate, Byline, Dateline, Headline, Paragraph, PhrasingContent } from '../types.js';
import type { PassContext } from './context.js';

/** How many non-white-space blocks at the top may be headline, byline, boilerplate or hold the dateline. */
export const TOP_BLOCKS = 6;

function lineBreaks(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) count += 1;
  }
  return count;
}

/** Index of the next non-white-space block after `index`, or -1. */
function nextContent(children: BlockContent[], index: number): number {
  for (let next = index + 1; next < children.length; next += 1) if (children[next]!.type !== 'whitespace') return next;
  return -1;
}

function toBoilerplate(paragraph: Paragraph, kind: Boilerplate['kind']): Boilerplate {
  return { type: 'boilerplate', kind, children: paragraph.children as PhrasingContent[], position: paragraph.position };
}

function toHeadline(paragraph: Paragraph): Headline {
  return { type: 'headline', children: paragraph.children as PhrasingContent[], position: paragraph.position };
}

/**
 * Tries to make `children[index]` a byline (with the organisation line in the
 * next block, when there is one). Returns `true` when it did.
 */
function labelByline(children: BlockContent[], index: number, context: PassContext, read: FurnitureReader): boolean {
  const paragraph = children[index] as Paragraph;
  const { text } = context;
  const match = recognizeByline(context.options.language.furniture, text, paragraph.position.start.offset, paragraph.position.end.offset, read);
  if (!match) return false;
  let last = index;
  let organization = match.organization;
  if (organization === undefined) {
    const next = nextContent(children, index);
    const gap = children[index + 1];
    if (next === index + 2 && gap?.type === 'whitespace' && lineBreaks(gap.value) === 1 && children[next]!.type === 'paragraph') {
      const line = children[next]!;
      organization = recognizeOrganizationLine(context.options.language.furniture, text, line.position.start.offset, line.position.end.offset, read);
      if (organization !== undefined) last = next;
    }
  }
  const merged: PhrasingContent[] = [];
  for (let at = index; at <= last; at += 1) {
    const block = children[at]!;
    if (block.type === 'whitespace') merged.push(block);
    else for (const child of (block as Paragraph).children) merged.push(child as PhrasingContent);
  }
  const byline: Byline = {
    type: 'byline',
    authors: match.authors,
    children: merged,
    position: context.locator.position(paragraph.position.start.offset, children[last]!.position.end.offset),
  };
  if (organization !== undefined) byline.organization = organization;
  children.splice(index, last - index + 1, byline);
  return true;
}

/** Wraps the dateline at the start of `paragraph`, if it opens with one (`match`, when already recognised). */
function labelDateline(paragraph: Paragraph, context: PassContext, read: FurnitureReader, known?: DatelineMatch): boolean {
  const { start, end } = paragraph.position;
  const match = known ?? recognizeDateline(context.options.language.furniture, context.text, start.offset, end.offset, read);
  if (!match) return false;
  const node = wrapRange<Dateline>(paragraph, start.offset, match.end, context.locator, (children, position) => {
    const dateline: Dateline = { type: 'dateline', children: children as Dateline['children'], position };
    if (match.location !== undefined) dateline.location = match.location;
    if (match.agency !== undefined) dateline.agency = match.agency;
    if (match.date !== undefined) dateline.date = match.date;
    return dateline;
  });
  return node !== undefined;
}

/** Most deck lines (kicker, subheadline) between a headline and the dateline. */
const MAX_DECKS = 2;

/**
 * A headline, one or two decks (short lines under it: a kicker, a
 * subheadline) and a paragraph that opens with a dateline: labels them all
 * and returns the index of the dateline paragraph, or -1.
 */
function labelDecks(children: BlockContent[], headlineIndex: number, deckIndex: number, context: PassContext, read: FurnitureReader): number {
  const { text } = context;
  const decks: number[] = [];
  let index = deckIndex;
  for (;;) {
    const block = children[index];
    if (block?.type !== 'paragraph') return -1;
    const { start, end } = block.position;
    const dateline = decks.length > 0 ? recognizeDateline(context.options.language.furniture, text, start.offset, end.offset, read) : undefined;
    if (dateline) {
      const headline = children[headlineIndex] as Paragraph;
      if (!readsAsHeadline(text, headline.position.start.offset, headline.position.end.offset, 'dateline')) return -1;
      labelDateline(block, context, read, dateline);
      children[headlineIndex] = toHeadline(headline);
      for (const deck of decks) children[deck] = toHeadline(children[deck] as Paragraph);
      return index;
    }
    if (decks.length === MAX_DECKS || !readsAsHeadline(text, start.offset, end.offset, 'deck')) return -1;
    decks.push(index);
    index = nextContent(children, index);
  }
}

function followerOf(children: BlockContent[], index: number): HeadlineFollower {
  const gap = children[index + 1];
  return gap?.type === 'whitespace' && lineBreaks(gap.value) >= 2 ? 'blank' : 'other';
}

/**
 * Labels the top of the article. Returns the index of the first block the
 * boilerplate scan still has to look at.
 */
function labelTop(article: Article, context: PassContext, forms: Catalogue, read: FurnitureReader): number {
  const children = article.children;
  const { text } = context;
  let seen = 0;
  let candidate = -1; // index of a first block that may be the headline
  let abstract = -1; // index of the block after an abstract label
  let index = 0;
  for (; index < children.length && seen < TOP_BLOCKS; index += 1) {
    const block = children[index]!;
    if (block.type === 'whitespace') continue;
    seen += 1;
    if (block.type !== 'paragraph') continue;
    const { start, end } = block.position;
    if (labelByline(children, index, context, read)) {
      if (candidate >= 0 && readsAsHeadline(text, children[candidate]!.position.start.offset, children[candidate]!.position.end.offset, 'byline')) {
        children[candidate] = toHeadline(children[candidate] as Paragraph);
      }
      candidate = -1;
      continue;
    }
    const kind = classifyBoilerplate(text, start.offset, end.offset, forms);
    if (kind !== undefined) {
      children[index] = toBoilerplate(block, kind);
      if (kind === 'label') {
        // Database copy: `Title.` / `ABSTRACT.` / the abstract / `FULL TEXT.` / the story. A label takes no
        // place of the window; the block after an abstract label is the abstract, a plain paragraph.
        seen -= 1;
        if (candidate >= 0 && readsAsHeadline(text, children[candidate]!.position.start.offset, children[candidate]!.position.end.offset, 'label')) {
          children[candidate] = toHeadline(children[candidate] as Paragraph);
        }
        candidate = -1;
        abstract = ABSTRACT_LABEL.test(text.slice(start.offset, end.offset).trim()) ? nextContent(children, index) : -1;
      }
      continue;
    }
    if (index === abstract) continue;
    if (candidate >= 0) {
      // The block after a possible headline: the first body paragraph, with a dateline only if the headline holds.
      const headline = children[candidate] as Paragraph;
      const dateline = recognizeDateline(context.options.language.furniture, text, start.offset, end.offset, read);
      const body = dateline ? -1 : labelDecks(children, candidate, index, context, read);
      if (body >= 0) return body + 1;
      const follower: HeadlineFollower = dateline ? 'dateline' : followerOf(children, candidate);
      if (readsAsHeadline(text, headline.position.start.offset, headline.position.end.offset, follower)) {
        children[candidate] = toHeadline(headline);
        if (dateline) labelDateline(block, context, read, dateline);
      }
      return index + 1;
    }
    if (labelDateline(block, context, read)) return index + 1;
    // The first block may be a headline; any later plain paragraph starts the body.
    if (seen > 1) return index + 1;
    candidate = index;
  }
  if (candidate >= 0) {
    const headline = children[candidate] as Paragraph;
    if (readsAsHeadline(text, headline.position.start.offset, headline.position.end.offset, followerOf(children, candidate))) {
      children[candidate] = toHeadline(headline);
    }
    return candidate + 1;
  }
  return index;
}

/**
 * Splits a sign-off glued to the last line of the last paragraph
 * (`...two years.\nREUTER...`) into its own boilerplate block.
 */
function splitTrailingSignoff(article: Article, context: PassContext, forms: Catalogue): void {
  const children = article.children;
  let index = children.length - 1;
  while (index >= 0 && children[index]!.type === 'whitespace') index -= 1;
  const paragraph = children[index];
  if (paragraph?.type !== 'paragraph' || paragraph.position.start.offset >= context.plainFrom) return;
  const inline = paragraph.children;
  let gap = inline.length - 1;
  while (gap > 0 && !(inline[gap]!.type === 'whitespace' && lineBreaks((inline[gap] as { value: string }).value) > 0)) gap -= 1;
  if (gap <= 0 || gap === inline.length - 1) return;
  const line = inline.slice(gap + 1);
  if (line.some((child) => child.type !== 'text')) return;
  const start = line[0]!.position.start.offset;
  const end = paragraph.position.end.offset;
  if (classifyBoilerplate(context.text, start, end, forms) !== 'signoff') return;
  const whitespace = inline[gap] as Paragraph['children'][number] & { type: 'whitespace' };
  const body: Paragraph = {
    type: 'paragraph',
    children: inline.slice(0, gap),
    position: context.locator.position(paragraph.position.start.offset, whitespace.position.start.offset),
  };
  const signoff: Boilerplate = { type: 'boilerplate', kind: 'signoff', children: line as PhrasingContent[], position: context.locator.position(start, end) };
  children.splice(index, 1, body, whitespace, signoff);
}

/**
 * Runs the pass (unless `options.furniture` is `false`).
 *
 * @param article The tree, changed in place.
 * @param context Source text, locator and options.
 */
export function labelFurniture(article: Article, context: PassContext): void {
  if (!context.options.furniture) return;
  const forms = catalogue(context.options.boilerplate);
  const children = article.children;
  // The furniture's words come from the word layer, read range by range as the recognisers ask for them.
  const from = labelTop(article, context, forms, furnitureReader(context.options.language, context.text));
  const { text } = context;
  for (let index = from; index < children.length; index += 1) {
    const block = children[index]!;
    if (block.type !== 'paragraph' || block.position.start.offset >= context.plainFrom) continue;
    const kind = classifyBoilerplate(text, block.position.start.offset, block.position.end.offset, forms);
    if (kind !== undefined) children[index] = toBoilerplate(block, kind);
  }
  splitTrailingSignoff(article, context, forms);
}
