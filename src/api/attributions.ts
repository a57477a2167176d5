/**
 * `attributions(article)`: every attribution of an article, direct, indirect or mixed, as a flat record.
 *
 * @module
 */
import { quotationText } from '../attribution/content.js';
import { toString } from '../to-string.js';
import { creditFields } from './credit.js';
import type { Article, Attribution, Position, Quotation, ReportedSpeech } from '../types.js';

/**
 * One content of an attribution: a quotation (its words without the outer marks) or a reported speech.
 *
 * @example
 * ```ts
 * import { attributions, parseArticle, type AttributionContentRecord } from 'wirecopy';
 * const [record] = attributions(parseArticle('Smith said the talks had failed.'));
 * const content: AttributionContentRecord | undefined = record?.contents[0];
 * content?.text; // 'the talks had failed'
 * ```
 */
export interface AttributionContentRecord {
  /** The node's id (`q1`, `r1`, …). */
  id: string;
  /** `quotation` or `reportedSpeech`. */
  type: 'quotation' | 'reportedSpeech';
  /** The words: a quotation's without its outer marks, a reported speech's as written. */
  text: string;
  /** Where the node is in the source (a quotation's marks included). */
  position: Position;
}

/**
 * One attribution, flattened: what kind, what was said, where, and who said it.
 *
 * @example
 * ```ts
 * import { attributions, parseArticle, type AttributionRecord } from 'wirecopy';
 * const [record]: AttributionRecord[] = attributions(parseArticle('Smith said the talks had failed.'));
 * record?.kind; // 'indirect'
 * ```
 */
export interface AttributionRecord {
  /** The attribution's id (`a1`, …). */
  id: string;
  /**
   * `direct`: it credits quotations only; `indirect`: reported speech only (or no content found); `mixed`: both, as
   * when a reported speech holds a quotation (`Smith said the plan was "dead on arrival."`).
   */
  kind: 'direct' | 'indirect' | 'mixed';
  /** The contents' words in document order, joined by a space (`''` when none was found). */
  text: string;
  /** From the start of the first content to the end of the last; absent when there is none. */
  position?: Position;
  /** Each content in document order: the quotations and the reported speech (a quotation inside a reported speech is listed with it, not apart). */
  contents: AttributionContentRecord[];
  /** 0-based index of its paragraph among the article's paragraphs. */
  paragraph: number;
  /** Where the attribution's own words are ("Smith said"). */
  attributionPosition: Position;
  /** The speaker as written ("he", "Peskov", "a new poll"). */
  speaker?: string;
  /** The speaker's fullest earlier name ("Dmitry Peskov"). */
  resolved?: string;
  /** Whether the speaker is a pronoun. */
  pronoun?: boolean;
  /** The speaker's title or description, as written (the first one when there are two). */
  role?: string;
  /** The cue as written ("said", "according to"). */
  cue?: string;
  /** The cue's lemma ("say"). */
  lemma?: string;
  /** Ids of the quotations it credits. */
  quotations: string[];
  /** Ids of the reported speech it credits. */
  reported: string[];
}

function contentOf(node: Quotation | ReportedSpeech): AttributionContentRecord {
  return { id: node.id, type: node.type, text: node.type === 'quotation' ? quotationText(node) : toString(node), position: node.position };
}

/**
 * Lists every attribution of the article in document order, one flat record each, with its contents (quotations
 * and reported speech), speaker, role and cue. `quotations()` lists the quotations; this lists who said what,
 * with or without quote marks.
 *
 * @param article A tree from {@link parseArticle}.
 * @returns One record per `attribution` node.
 * @throws {TypeError} when `article` is not an `article` node.
 *
 * @example
 * ```ts
 * import { attributions, parseArticle } from 'wirecopy';
 *
 * const tree = parseArticle('Stoltenberg said the alliance is united. "We are ready," he added.');
 * attributions(tree).map((a) => [a.kind, a.speaker, a.lemma, a.text]);
 * // [['indirect', 'Stoltenberg', 'say', 'the alliance is united'],
 * //  ['direct', 'he', 'add', 'We are ready,']]
 * ```
 */
export function attributions(article: Article): AttributionRecord[] {
  if (typeof article !== 'object' || article === null || (article as { type?: unknown }).type !== 'article') {
    throw new TypeError('attributions: expected an article node from parseArticle');
  }
  const nodes: Array<{ node: Attribution; paragraph: number }> = [];
  const contents = new Map<string, Quotation | ReportedSpeech>();
  let paragraphs = 0;
  for (const block of article.children) {
    if (block.type !== 'paragraph') {
      if (block.type !== 'whitespace') for (const child of block.children) if (child.type === 'quotation') contents.set(child.id, child);
      continue;
    }
    const paragraph = paragraphs++;
    for (const child of block.children) {
      if (child.type === 'attribution') nodes.push({ node: child, paragraph });
      else if (child.type === 'quotation') contents.set(child.id, child);
      else if (child.type === 'reportedSpeech') {
        contents.set(child.id, child);
        for (const part of child.children) if (part.type === 'quotation') contents.set(part.id, part);
      }
    }
  }
  return nodes.map(({ node, paragraph }) => {
    const reported = node.reported.map((id) => contents.get(id)).filter((found): found is ReportedSpeech => found !== undefined);
    // A quotation inside one of the attribution's reported speech is part of that content.
    const inside = new Set<string>();
    for (const content of reported) for (const part of content.children) if (part.type === 'quotation') inside.add(part.id);
    const quotes = node.quotations.filter((id) => !inside.has(id)).map((id) => contents.get(id)).filter((found): found is Quotation => found !== undefined);
    const listed = [...quotes, ...reported].sort((a, b) => a.position.start.offset - b.position.start.offset).map(contentOf);
    const kind = node.quotations.length === 0 ? 'indirect' : node.reported.length === 0 ? 'direct' : 'mixed';
    const record: AttributionRecord = {
      id: node.id,
      kind,
      text: listed.map((content) => content.text).join(' '),
      contents: listed,
      paragraph,
      attributionPosition: node.position,
      quotations: [...node.quotations],
      reported: [...node.reported],
    };
    if (listed.length > 0) record.position = { start: listed[0]!.position.start, end: listed.at(-1)!.position.end };
    return Object.assign(record, creditFields(node));
  });
}
