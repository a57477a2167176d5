/**
 * The lexer's character table is built from runs written at build time (`src/lexer/char-runs.ts`, start-up): they
 * must be the runtime's own Unicode classes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations.
import { charRunsModule, CLASSES } from '../scripts/char-runs.mjs';
import { UNICODE_VERSION } from '../src/lexer/char-runs.js';
import { charClass, DIGIT, isLower, isSpace, LETTER, LOWER, SPACE, SPACE_CLASS } from '../src/lexer/chars.js';

const root = join(import.meta.dirname, '..');
const BITS: Record<string, number> = { LETTER_RUNS: LETTER, DIGIT_RUNS: DIGIT };

describe('character runs', () => {
  it('src/lexer/char-runs.ts is what npm run chars:update writes on a runtime of its Unicode version', () => {
    const written = readFileSync(join(root, 'src', 'lexer', 'char-runs.ts'), 'utf8');
    if (process.versions.unicode === UNICODE_VERSION) expect(written).toBe(charRunsModule());
    else expect(written).toContain(`Unicode ${UNICODE_VERSION}`);
  });

  it('every class bit of the table agrees with the property escapes, except at characters this runtime has not assigned yet', () => {
    const unassigned = /\p{Cn}/u;
    const wrong: string[] = [];
    for (const [name, pattern] of Object.entries(CLASSES as Record<string, RegExp>)) {
      const bit = BITS[name]!;
      for (let code = 0; code < 0x10000; code += 1) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const char = String.fromCharCode(code);
        if (pattern.test(char) !== ((charClass[code]! & bit) !== 0) && !unassigned.test(char)) wrong.push(`${name} U+${code.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('isLower is \\p{Ll} for every code unit, the ASCII ones read from the table', () => {
    const lower = /\p{Ll}/u;
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) if (isLower(code) !== lower.test(String.fromCharCode(code))) wrong.push(code);
    expect(wrong).toEqual([]);
    for (let code = 0; code < 128; code += 1) expect((charClass[code]! & LOWER) !== 0, String(code)).toBe(code >= 97 && code <= 122);
  });

  it('reads the runs as written: letters, digits, lower case, and nothing for surrogates', () => {
    expect(charClass['a'.charCodeAt(0)]! & (LETTER | LOWER)).toBe(LETTER | LOWER);
    expect(charClass['Ж'.charCodeAt(0)]! & LETTER).toBe(LETTER);
    expect(isLower('Ж'.charCodeAt(0))).toBe(false);
    expect(isLower('é'.charCodeAt(0))).toBe(true);
    expect(charClass['\u0301'.charCodeAt(0)]! & LETTER).toBe(LETTER);
    expect(charClass['\u0667'.charCodeAt(0)]! & DIGIT).toBe(DIGIT);
    expect(charClass['-'.charCodeAt(0)]).toBe(0);
    expect(charClass[0xd83d]).toBe(0);
    expect(isLower('ß'.charCodeAt(0))).toBe(true);
    expect(isLower('A'.charCodeAt(0))).toBe(false);
  });

  it('the space bit is exactly the Space class, ranges included', () => {
    const space = new RegExp(`[${SPACE_CLASS}]`);
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) if (space.test(String.fromCharCode(code)) !== isSpace(code)) differ.push(code);
    expect(differ).toEqual([]);
    expect(isSpace(0x2005)).toBe(true);
    expect(isSpace(0x200c)).toBe(false);
    expect((charClass[0x20]! & SPACE) !== 0).toBe(true);
  });
});
