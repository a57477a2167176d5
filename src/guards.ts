/**
 * Type guards, one per node type. Each accepts anything (`undefined`
 * included) and narrows it to the node interface.
 *
 * @module
 */
import type {
  Article,
  Headline,
  Byline,
  Paragraph,
  Boilerplate,
  Whitespace,
  Dateline,
  Quotation,
  QuoteMark,
  Attribution,
  ReportedSpeech,
  Speaker,
  Role,
  Cue,
  Text,
} from './types.js';

function hasType(node: unknown, type: string): boolean {
  return typeof node === 'object' && node !== null && (node as { type?: unknown }).type === type;
}

/**
 * Whether `node` is the root (`article`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isArticle } from 'wirecopy';
 * isArticle(parseArticle('Hi.')); // true
 * ```
 */
export function isArticle(node: unknown): node is Article {
  return hasType(node, 'article');
}

/**
 * Whether `node` is a headline block (`headline`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isHeadline } from 'wirecopy';
 * isHeadline(parseArticle('Hi.').children[0]); // false
 * ```
 */
export function isHeadline(node: unknown): node is Headline {
  return hasType(node, 'headline');
}

/**
 * Whether `node` is a byline block (`byline`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isByline } from 'wirecopy';
 * isByline(parseArticle('Hi.').children[0]); // false
 * ```
 */
export function isByline(node: unknown): node is Byline {
  return hasType(node, 'byline');
}

/**
 * Whether `node` is a paragraph block (`paragraph`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isParagraph } from 'wirecopy';
 * isParagraph(parseArticle('Hi.').children[0]); // true
 * ```
 */
export function isParagraph(node: unknown): node is Paragraph {
  return hasType(node, 'paragraph');
}

/**
 * Whether `node` is a boilerplate block (`boilerplate`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isBoilerplate } from 'wirecopy';
 * isBoilerplate(parseArticle('Hi.').children[0]); // false
 * ```
 */
export function isBoilerplate(node: unknown): node is Boilerplate {
  return hasType(node, 'boilerplate');
}

/**
 * Whether `node` is white space (`whitespace`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isWhitespace } from 'wirecopy';
 * isWhitespace(parseArticle('One.\n\nTwo.').children[1]); // true
 * ```
 */
export function isWhitespace(node: unknown): node is Whitespace {
  return hasType(node, 'whitespace');
}

/**
 * Whether `node` is a dateline (`dateline`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isDateline } from 'wirecopy';
 * isDateline(parseArticle('Hi.').children[0]); // false
 * ```
 */
export function isDateline(node: unknown): node is Dateline {
  return hasType(node, 'dateline');
}

/**
 * Whether `node` is a quotation (`quotation`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isParagraph, isQuotation } from 'wirecopy';
 * const [paragraph] = parseArticle('"Yes."').children;
 * isParagraph(paragraph) && isQuotation(paragraph.children[0]); // true
 * ```
 */
export function isQuotation(node: unknown): node is Quotation {
  return hasType(node, 'quotation');
}

/**
 * Whether `node` is a quotation mark (`quoteMark`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isParagraph, isQuotation, isQuoteMark } from 'wirecopy';
 * const [paragraph] = parseArticle('"Yes."').children;
 * const quote = isParagraph(paragraph) ? paragraph.children[0] : undefined;
 * isQuotation(quote) && isQuoteMark(quote.children[0]); // true
 * ```
 */
export function isQuoteMark(node: unknown): node is QuoteMark {
  return hasType(node, 'quoteMark');
}

/**
 * Whether `node` is an attribution (`attribution`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isAttribution } from 'wirecopy';
 * isAttribution(parseArticle('Hi.').children[0]); // false
 * ```
 */
export function isAttribution(node: unknown): node is Attribution {
  return hasType(node, 'attribution');
}

/**
 * Whether `node` is the content of reported speech (`reportedSpeech`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isParagraph, isReportedSpeech } from 'wirecopy';
 * const [paragraph] = parseArticle('Smith said the talks had failed.').children;
 * isParagraph(paragraph) && paragraph.children.some(isReportedSpeech); // true
 * ```
 */
export function isReportedSpeech(node: unknown): node is ReportedSpeech {
  return hasType(node, 'reportedSpeech');
}

/**
 * Whether `node` is a speaker (`speaker`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isSpeaker } from 'wirecopy';
 * isSpeaker(parseArticle('Hi.').children[0]); // false
 * ```
 */
export function isSpeaker(node: unknown): node is Speaker {
  return hasType(node, 'speaker');
}

/**
 * Whether `node` is a speaker's role (`role`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isRole } from 'wirecopy';
 * isRole(parseArticle('Hi.').children[0]); // false
 * ```
 */
export function isRole(node: unknown): node is Role {
  return hasType(node, 'role');
}

/**
 * Whether `node` is a speech cue (`cue`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isCue } from 'wirecopy';
 * isCue(parseArticle('Hi.').children[0]); // false
 * ```
 */
export function isCue(node: unknown): node is Cue {
  return hasType(node, 'cue');
}

/**
 * Whether `node` is text (`text`).
 *
 * @param node Any value.
 * @example
 * ```ts
 * import { parseArticle, isParagraph, isText } from 'wirecopy';
 * const [paragraph] = parseArticle('Hi.').children;
 * isParagraph(paragraph) && isText(paragraph.children[0]); // true
 * ```
 */
export function isText(node: unknown): node is Text {
  return hasType(node, 'text');
}
