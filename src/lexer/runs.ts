/**
 * The prose-run matcher of the article lexer: one token for a whole run of
 * plain text (words, numbers, punctuation, dashes, other characters and the
 * spaces between them), up to the next quote mark, line break, or spaces
 * that end a line.
 *
 * The grammar makes no decision inside such a run: its decisions happen at
 * quote marks, spaces that end a line and line breaks. So the article lexer
 * hands it one token per run instead of one per word, and the run's token
 * carries, as its payload, the only fact about its last piece that a gate
 * asks: whether that piece is a word or a number touching what follows
 * ({@link BARE_WORD}, {@link BARE_NUMBER}).
 *
 * The run is cut into pieces by the same scanners as the word-level lexer
 * (`words.ts`), in the same order of preference as its token table, so the
 * two lexers agree on every quote mark: a character is a mark in the article
 * lexer exactly when the word-level lexer makes it a quote mark token.
 *
 * @module
 */
import { charClass, codeAt, DIGIT, LETTER, QUOTE_MARK_CHARS, SPACE } from './chars.js';
import { DASH_CHARS, dashEnd, extendWord, isJoiner, isSingleBacktickMark, numberEnd, PUNCTUATION_CHARS, punctuationEnd, scanWordBody, wordEnd } from './words.js';

/** Payload of a run whose last piece is not a word or number touching what follows. */
export const NOT_BARE = 0;
/** Payload of a run that ends in a word with no space after it (`said` in `said"`). */
export const BARE_WORD = 1;
/** Payload of a run that ends in a number with no space after it (`1,000` in `1,000'`). */
export const BARE_NUMBER = 2;

/** What a run's last piece is: {@link NOT_BARE}, {@link BARE_WORD} or {@link BARE_NUMBER}. */
export type RunEnd = typeof NOT_BARE | typeof BARE_WORD | typeof BARE_NUMBER;

// How a piece that starts with a given code unit is scanned.
const OTHER = 0; // one code unit (the catch-all)
const STOP = 1; // white space, a line break or a quote mark: the run ends before it
const ALPHA = 2; // a letter or mark: a word
const DIGITS = 3; // a digit: a number, else a word (`1990s`)
const APOSTROPHE = 4; // `'` `’`: an elided word (`'em`, `'90s`), else a quote mark
const BACKTICK = 5; // `` ` ``: punctuation, but two of them are a quote mark, and so is one before a word
const DASH = 6; // a dash or `--`
const PUNCTUATION = 7; // punctuation or `...`

/**
 * Scan kind of every code unit. Written from the lowest preference to the
 * highest, mirroring the order of the word-level token table (white space,
 * numbers, words, quote marks, dashes, punctuation, the catch-all).
 */
const startKind: Uint8Array = (() => {
  const table = new Uint8Array(65536); // OTHER
  for (const char of PUNCTUATION_CHARS) table[char.charCodeAt(0)] = PUNCTUATION;
  for (const char of DASH_CHARS) table[char.charCodeAt(0)] = DASH;
  table[0x60] = BACKTICK;
  for (const char of QUOTE_MARK_CHARS) table[char.charCodeAt(0)] = STOP; // apostrophes: see the next two lines
  table[0x27] = APOSTROPHE;
  table[0x2019] = APOSTROPHE;
  for (let code = 0; code < 65536; code += 1) {
    const bits = charClass[code]!;
    if ((bits & LETTER) !== 0) table[code] = ALPHA;
    if ((bits & DIGIT) !== 0) table[code] = DIGITS;
    if ((bits & SPACE) !== 0) table[code] = STOP;
  }
  table[0x0a] = STOP;
  table[0x0d] = STOP;
  return table;
})();

const ALPHANUMERIC = LETTER | DIGIT;

/** Code units after a word's first run of letters and digits that may extend it (see `extendWord`). */
const joiners: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  for (let code = 0; code < 65536; code += 1) if (isJoiner(code)) table[code] = 1;
  return table;
})();

/** Code units a run may start with, for Chevrotain's first-character table. */
export function runStartChars(): number[] {
  const codes: number[] = [];
  for (let code = 0; code < 65536; code += 1) if (startKind[code] !== STOP) codes.push(code);
  return codes;
}

/** The match array handed back to Chevrotain, which reads `[0]` and `payload` right away: one serves every match. */
const result = [''] as [string] & { payload: RunEnd };
result.payload = NOT_BARE;

/**
 * Chevrotain custom pattern for a prose run: pieces of plain text and the
 * spaces each takes (see `takeSpaces` in `words.ts`), until a quote mark, a
 * line break, spaces before a line break or the end, or the end.
 *
 * This is the lexer's hot loop (it reads nearly every character of prose),
 * so the common pieces are scanned inline: a word's first run of letters
 * and digits, and the spaces after a piece. Anything rarer goes through the
 * shared scanners of `words.ts`.
 *
 * @returns a match array (the run) whose `payload` says what its last piece is, or `null` when no run starts at `offset`.
 */
export function matchRun(text: string, offset: number): ([string] & { payload: RunEnd }) | null {
  const length = text.length;
  let position = offset;
  let last: RunEnd = NOT_BARE;
  while (position < length) {
    let end: number;
    let kind: RunEnd = NOT_BARE;
    const start = startKind[text.charCodeAt(position)];
    if (start === ALPHA) {
      for (;;) {
        end = position + 1;
        while (end < length && (charClass[text.charCodeAt(end)]! & ALPHANUMERIC) !== 0) end += 1;
        if (end + 2 < length) {
          // The commonest steps in prose: the word, one space (or a comma or period and one space), and
          // another word that starts with a letter. The space goes with the word or the punctuation, and
          // none of these ends a word early or joins it to the next (see `extendWord`, `punctuationEnd`).
          const next = text.charCodeAt(end);
          if (next === 0x20 && (charClass[text.charCodeAt(end + 1)]! & LETTER) !== 0) {
            position = end + 1;
            continue;
          }
          if ((next === 0x2c || next === 0x2e) && text.charCodeAt(end + 1) === 0x20 && (charClass[text.charCodeAt(end + 2)]! & LETTER) !== 0) {
            position = end + 2;
            continue;
          }
        }
        break;
      }
      if (end < length && joiners[text.charCodeAt(end)] === 1) end = extendWord(text, end);
      kind = BARE_WORD;
    } else if (start === DIGITS) {
      end = numberEnd(text, position);
      if (end < 0) {
        end = scanWordBody(text, position);
        kind = BARE_WORD;
      } else {
        kind = BARE_NUMBER;
      }
    } else if (start === PUNCTUATION) {
      end = punctuationEnd(text, position);
    } else if (start === OTHER) {
      end = position + 1;
    } else if (start === DASH) {
      end = dashEnd(text, position);
    } else if (start === APOSTROPHE) {
      end = wordEnd(text, position);
      if (end < 0) break; // a quote mark
      kind = BARE_WORD;
    } else if (start === BACKTICK) {
      if (codeAt(text, position + 1) === 0x60) break; // ``: a quote mark
      if (isSingleBacktickMark(text, position)) break; // `Hello,': a single opening mark
      end = position + 1;
    } else {
      break; // white space, a line break or a quote mark
    }
    // The spaces after the piece, when more of the line follows them (`takeSpaces`).
    // Every read is inside the text: reading past the end makes V8 slow down every table read (see `codeAt`).
    let after = end;
    while (after < length && (charClass[text.charCodeAt(after)]! & SPACE) !== 0) after += 1;
    if (after === end) {
      position = end;
      last = kind;
      continue;
    }
    if (after >= length) {
      position = end;
      last = kind;
      break;
    }
    const next = text.charCodeAt(after);
    if (next === 10 || next === 13) {
      position = end;
      last = kind;
      break;
    }
    position = after;
    last = NOT_BARE;
  }
  if (position === offset) return null;
  result[0] = text.slice(offset, position);
  result.payload = last;
  return result;
}
