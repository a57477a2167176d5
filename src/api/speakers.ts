/**
 * `speakers(article)`: the people (and organisations) an article credits,
 * each with every name used for them, their roles and their quotations.
 *
 * @module
 */
import { toString } from '../to-string.js';
import type { Article, Attribution } from '../types.js';

/**
 * Someone the article credits with speech.
 *
 * @example
 * ```ts
 * import { parseArticle, speakers, type SpeakerRecord } from 'wirecopy';
 * const [first]: SpeakerRecord[] = speakers(parseArticle('"No," Jane Doe said.'));
 * first?.name; // 'Jane Doe'
 * ```
 */
export interface SpeakerRecord {
  /** The resolved name, or the name as written when it was not resolved. */
  name: string;
  /** Every name used for the speaker, as written, in order of first use ("Dmitry Peskov", "Peskov", "he"). */
  names: string[];
  /** Every role given, as written, in order of first use. */
  roles: string[];
  /** Ids of the quotations credited to the speaker, in document order. */
  quotations: string[];
  /** Ids of the speaker's attributions, direct and indirect, in document order. */
  attributions: string[];
}

/**
 * Groups the article's attributions by speaker: by resolved name when there
 * is one ("he" and "Peskov" both resolved to "Dmitry Peskov" are one
 * speaker), else by the name as written (case-insensitively). A pronoun that
 * was not resolved is left out, as is an attribution without a speaker.
 * Speakers come in order of first attribution.
 *
 * @param article A tree from {@link parseArticle}.
 * @returns One record per speaker.
 * @throws {TypeError} when `article` is not an `article` node.
 *
 * @example
 * ```ts
 * import { parseArticle, speakers } from 'wirecopy';
 *
 * const tree = parseArticle('Kremlin spokesman Dmitry Peskov said talks had failed.\n"We are done," Peskov said.\n"It is over," he added.');
 * speakers(tree);
 * // [{ name: 'Dmitry Peskov', names: ['Dmitry Peskov', 'Peskov', 'he'], roles: ['Kremlin spokesman'],
 * //    quotations: ['q1', 'q2'], attributions: ['a1', 'a2', 'a3'] }]
 * ```
 */
export function speakers(article: Article): SpeakerRecord[] {
  if (typeof article !== 'object' || article === null || (article as { type?: unknown }).type !== 'article') {
    throw new TypeError('speakers: expected an article node from parseArticle');
  }
  const records = new Map<string, SpeakerRecord>();
  // What each record's lists hold, so that adding to a list with 100,000 entries is O(1) (a `list.includes` was quadratic).
  const seen = new Map<SpeakerRecord, Set<string>[]>();
  const add = (record: SpeakerRecord, field: 0 | 1 | 2 | 3, value: string): void => {
    const set = seen.get(record)![field]!;
    if (set.has(value)) return;
    set.add(value);
    (field === 0 ? record.names : field === 1 ? record.roles : field === 2 ? record.quotations : record.attributions).push(value);
  };
  for (const block of article.children) {
    if (block.type !== 'paragraph') continue;
    for (const child of block.children) {
      if (child.type !== 'attribution') continue;
      const attribution: Attribution = child;
      const speaker = attribution.children.find((part) => part.type === 'speaker');
      if (!speaker || speaker.type !== 'speaker') continue;
      if (speaker.pronoun && speaker.resolved === undefined) continue;
      const name = speaker.resolved ?? speaker.name;
      const key = name.toLowerCase();
      let record = records.get(key);
      if (!record) {
        record = { name, names: [], roles: [], quotations: [], attributions: [] };
        records.set(key, record);
        seen.set(record, [new Set(), new Set(), new Set(), new Set()]);
      }
      add(record, 0, speaker.name);
      for (const part of attribution.children) if (part.type === 'role') add(record, 1, toString(part));
      for (const id of attribution.quotations) add(record, 2, id);
      add(record, 3, attribution.id);
    }
  }
  for (const record of records.values()) record.quotations.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  return [...records.values()];
}
