/**
 * What a quotation's words look like: a title, how many words.
 *
 * @module
 */

/** Whether a quotation's content reads like a title ("One Hundred Years of Solitude"), not speech. */
export function isTitle(content: string): boolean {
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
    else if (!TITLE_SMALL.has(word.toLowerCase())) return false;
  }
  return capitalised >= 2 && !(words.length === 2 && words[0] === 'I');
}

const TITLE_SMALL = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'or', 'from', 'de', '&']);

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
