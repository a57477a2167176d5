/**
 * Word signatures: a cheap 16-bit fingerprint of a word (its length and its
 * first, second and last characters). The scanner stores the signature of
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
  const second = length > 1 ? word.charCodeAt(1) : 0;
  return (Math.imul(Math.imul(Math.imul(length, 31) + word.charCodeAt(0), 31) + second, 31) + word.charCodeAt(length - 1)) & 0xffff;
}

/** A table with a 1 at the signature of each word: a 0 proves a word is not in the list. */
export function signatureTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const word of words) table[signature(word)] = 1;
  return table;
}
