/**
 * `quotations(article)`: every quotation of an article as a flat record,
 * ready for analysis.
 *
 * @module
 */
import type { Article, Attribution, Position, Quotation } from '../types.js';
import { creditFields } from './credit.js';
import { quotationText } from '../attribution/content.js';

/**
 * One quotation, flattened: its words, where it is, and who said it.
 *
 * @example
 * ```ts
 * import { parseArticle, quotations, type QuoteRecord } from 'wirecopy';
 * const [record]: QuoteRecord[] = quotations(parseArticle('"We will win," Jane Doe said.'));
 * record?.speaker; // 'Jane Doe'
 * ```
 */
export interface QuoteRecord {
  /** The quotation's id (`q1`, …). */
  id: string;
  /** The quoted words, without the outer marks (nested quotations keep theirs). */
  text: string;
  /** Where the whole quotation, marks included, is in the source. */
  position: Position;
  /** 0-based index of its paragraph among the article's paragraphs; absent outside paragraphs (headlines, boilerplate). */
  paragraph?: number;
  /** Whether the quotation has its closing mark. */
  closed: boolean;
  /** Id of the attribution that credits it. */
  attribution?: string;
  /** The speaker as written ("he", "Peskov", "the ministry"). */
  speaker?: string;
  /** The speaker's fullest earlier name ("Dmitry Peskov"). */
  resolved?: string;
  /** Whether the speaker is a pronoun. */
  pronoun?: boolean;
  /** The speaker's title or description, as written (the first one when the attribution has two). */
  role?: string;
  /** The cue as written ("stated", "according to"). */
  cue?: string;
  /** The cue's lemma ("state"). */
  lemma?: string;
  /** Id of the previous piece of a quotation running over paragraphs. */
  continuedFrom?: string;
  /** Id of the next piece. */
  continuedIn?: string;
}

/** The text between a quotation's outer marks (nested quotations keep theirs); the CLI's rows use it too. */
export const innerText: (quotation: Quotation) => string = quotationText;

/**
 * Lists the article's top-level quotations (nested ones are part of their
 * outer quotation's `text`) in document order, with speaker, role and cue
 * copied from their attribution.
 *
 * @param article A tree from {@link parseArticle}.
 * @returns One record per top-level quotation.
 * @throws {TypeError} when `article` is not an `article` node.
 *
 * @example
 * ```ts
 * import { parseArticle, quotations } from 'wirecopy';
 *
 * const tree = parseArticle('"It is over," Kremlin spokesman Dmitry Peskov said.\n"We are done," he added.');
 * quotations(tree).map((q) => [q.text, q.speaker, q.resolved, q.role, q.lemma]);
 * // [['It is over,', 'Dmitry Peskov', 'Dmitry Peskov', 'Kremlin spokesman', 'say'],
 * //  ['We are done,', 'he', 'Dmitry Peskov', undefined, 'add']]
 * ```
 */
export function quotations(article: Article): QuoteRecord[] {
  if (typeof article !== 'object' || article === null || (article as { type?: unknown }).type !== 'article') {
    throw new TypeError('quotations: expected an article node from parseArticle');
  }
  const attributions = new Map<string, Attribution>();
  const found: Array<{ quotation: Quotation; paragraph: number | undefined }> = [];
  let paragraphs = 0;
  for (const block of article.children) {
    if (block.type === 'whitespace') continue;
    const paragraph = block.type === 'paragraph' ? paragraphs++ : undefined;
    for (const child of block.children) {
      if (child.type === 'quotation') found.push({ quotation: child, paragraph });
      else if (child.type === 'attribution') attributions.set(child.id, child);
      else if (child.type === 'reportedSpeech') {
        // The quotations of a mixed quote sit inside its reported speech.
        for (const part of child.children) if (part.type === 'quotation') found.push({ quotation: part, paragraph });
      }
    }
  }
  return found.map(({ quotation, paragraph }) => {
    const record: QuoteRecord = { id: quotation.id, text: innerText(quotation), position: quotation.position, closed: quotation.closed };
    if (paragraph !== undefined) record.paragraph = paragraph;
    const attribution = quotation.attribution === undefined ? undefined : attributions.get(quotation.attribution);
    if (attribution) {
      record.attribution = attribution.id;
      Object.assign(record, creditFields(attribution));
    }
    if (quotation.continuedFrom !== undefined) record.continuedFrom = quotation.continuedFrom;
    if (quotation.continuedIn !== undefined) record.continuedIn = quotation.continuedIn;
    return record;
  });
}
