/**
 * Word signatures: a cheap 16-bit fingerprint of a word (its length and its
 * first three and last characters). The scanner stores the signature of
 * each token's lower-cased text, so a word list read once per word (the cue
 * lexicon, the words that are no names) rules most words out with one table
 * read instead of hashing the whole string.
 *
 * @module
 */

/** The signature of a string (the same function for the scanner's tokens and the word lists). */
export function signature(word: string): number {
  const length = word.length;
  if (length === 0) return 0;
  return mix(length, word.charCodeAt(0), length > 1 ? word.charCodeAt(1) : 0, length > 2 ? word.charCodeAt(2) : 0, word.charCodeAt(length - 1));
}

/**
 * The signature of a word from its length and its first three (0 past the
 * end of a shorter word) and last characters. Each part is multiplied by its
 * own large odd constant and the halves are folded together. With the third
 * character, inflected forms that share their first two letters and their
 * last one ("suggests", "supports") fall on different slots: on the research
 * texts about one lower-case word in twelve passes the cue table, against
 * one in six with length, first, second and last character alone.
 */
export function mix(length: number, first: number, second: number, third: number, last: number): number {
  const hash = Math.imul(length, 0x9e3779b1) ^ Math.imul(first, 0x85ebca77) ^ Math.imul(second, 0xc2b2ae3d) ^ Math.imul(third, 0x165667b1) ^ Math.imul(last, 0x27d4eb2f);
  return (hash ^ (hash >>> 16)) & 0xffff;
}

/** A table with a 1 at the signature of each word: a 0 proves a word is not in the list. */
export function signatureTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const word of words) table[signature(word)] = 1;
  return table;
}
