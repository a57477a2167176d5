/**
 * The word characters beyond ASCII: letters, numbers and marks (`\p{L}`, `\p{N}`, `\p{M}`), one byte per BMP code
 * unit, built once when the module loads and never written again.
 *
 * @module
 */

/** 1 for a code unit that is a letter, number or mark; surrogates are none. */
const WORD_CHARS: Uint8Array = buildWordChars();

function buildWordChars(): Uint8Array {
  const table = new Uint8Array(65536);
  // One string with every BMP code point except surrogates, scanned once.
  const parts: string[] = [];
  for (let code = 0; code < 0xd800; code += 1) parts.push(String.fromCharCode(code));
  for (let code = 0xe000; code < 0x10000; code += 1) parts.push(String.fromCharCode(code));
  for (const match of parts.join('').matchAll(/[\p{L}\p{N}\p{M}]/gu)) table[match[0].charCodeAt(0)] = 1;
  return table;
}

/** Whether the UTF-16 code unit `code` (0 to 65535) is a letter, number or mark: a lone surrogate never is. */
export function isWideWordChar(code: number): boolean {
  return WORD_CHARS[code] === 1;
}
