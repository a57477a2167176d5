/**
 * What a quotation's words look like: a title, how many words.
 *
 * @module
 */
import type { Language } from '../language/types.js';
import type { Quotation } from '../types.js';

/**
 * The text between a quotation's outer marks, nested quotations included with their marks: what
 * `quotations()` gives as a record's `text` and what the attribution rules read (one definition for both).
 */
export function quotationText(quotation: Quotation): string {
  const parts: string[] = [];
  const children = quotation.children;
  const end = quotation.closed ? children.length - 1 : children.length;
  for (let index = 1; index < end; index += 1) collectContent(children[index]!, parts);
  return parts.join('');
}

/** Pushes the strings of a node (a nested quotation's, marks included) onto `parts`: one join at the end, however deep the nesting. */
function collectContent(node: Quotation['children'][number], parts: string[]): void {
  if (node.type !== 'quotation') {
    parts.push(node.value);
    return;
  }
  for (const child of node.children) collectContent(child, parts);
}

/** Whether a quotation's content reads like a title ("One Hundred Years of Solitude"), not speech. */
export function isTitle(lang: Language, content: string): boolean {
  const trimmed = content.trim();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  // , ; : ! ?
  if (last === 44 || last === 59 || last === 58 || last === 33 || last === 63) return false;
  if (wordCount(trimmed, 11) > 10) return false;
  const words = trimmed.split(/\s+/);
  if (words.length < 2) return false;
  let capitalised = 0;
  for (const word of words) {
    const first = word[0] ?? '';
    const upper = first !== first.toLowerCase();
    if (upper) capitalised += 1;
    else if (!lang.titleSmallWords.has(word.toLowerCase())) return false;
  }
  return capitalised >= 2 && !(words.length === 2 && words[0] === 'I');
}

/** Number of words in a quotation's content, counted no further than `atMost` (the callers only compare it with small numbers). */
export function wordCount(content: string, atMost = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < content.length; index += 1) {
    const code = content.charCodeAt(index);
    const space = code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
    if (!space && !inWord) {
      count += 1;
      if (count >= atMost) return count;
    }
    inWord = !space;
  }
  return count;
}
