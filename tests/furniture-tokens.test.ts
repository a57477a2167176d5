/**
 * The furniture recognisers read the word layer (`src/furniture/tokens.ts`): no slice of the input is lexed again,
 * the recognisers get their words from the reader they are given, and the words are cut as the lexer cuts them.
 */
import type { IToken, TokenType } from 'chevrotain';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../src/index.js';
import { english } from '../src/language/index.js';
import { charClass, SPACE } from '../src/lexer/chars.js';
import * as lexer from '../src/lexer/index.js';
import { recognizeByline, recognizeOrganizationLine } from '../src/furniture/byline.js';
import { recognizeDateline } from '../src/furniture/dateline.js';
import { furnitureReader, toFurnitureTokens } from '../src/furniture/tokens.js';
import { scanRange } from '../src/words/scan.js';

// Every module that imports the lexer gets this one, whose word-level `tokenize` is a spy.
vi.mock('../src/lexer/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/lexer/index.js')>();
  return { ...actual, tokenize: vi.fn(actual.tokenize) };
});

const tokenizeSpy = vi.mocked(lexer.tokenize);

afterEach(() => {
  tokenizeSpy.mockClear();
});

const FURNITURE = [
  'MOSCOW (AP) \u2014 Russia said on Monday it would respond.',
  'By VLADIMIR ISACHENKOV and LORNE COOK\nAssociated Press\n\nBRUSSELS (AP) \u2014 NATO met.',
  'Headline of the day\n\nBy Robin Emmott, Reuters\n\nWASHINGTON, Jan 12 (Reuters) - The talks stalled.',
  'By Jane Doe | Chicago Tribune | 5 days ago\n\nJuly 22--JANESVILLE -- A fire broke out.',
  'By MARIA CHENG\r\nAP Medical Writer\r\n\r\nLONDON/SINGAPORE, June 14 (Reuters) - Markets fell.',
  'Jan. 19 (UPI) -- "We are ready," she said.',
];

const names = (tokens: readonly IToken[]): string[] => tokens.map((token) => token.tokenType.name);

describe('the furniture reads the word layer', () => {
  it('runs no word-level lexer over a slice of the input (a spy on `tokenize`)', () => {
    // The spy is live: a call through the mocked module is counted.
    lexer.tokenize('By JANE DOE');
    expect(tokenizeSpy).toHaveBeenCalledTimes(1);
    tokenizeSpy.mockClear();
    for (const text of FURNITURE) {
      const tree = parseArticle(text);
      expect(tree.children.some((block) => block.type === 'byline' || (block.type === 'paragraph' && block.children[0]?.type === 'dateline'))).toBe(true);
    }
    expect(tokenizeSpy).not.toHaveBeenCalled();
  });

  it('gives the recognisers their tokens through the reader they are passed, and asks it for candidates only', () => {
    const text = 'MOSCOW (AP) \u2014 Russia said.';
    const read = vi.fn(furnitureReader(english, text));
    expect(recognizeDateline(english.furniture, text, 0, text.length, read)).toStrictEqual({ end: 13, location: 'MOSCOW', agency: 'AP' });
    expect(read.mock.calls).toStrictEqual([[0, 13]]);
    // A paragraph that cannot open with a dateline is turned away before a word is read.
    read.mockClear();
    expect(recognizeDateline(english.furniture, 'Russia said "no" on Monday.', 0, 27, read)).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
    // The words are the reader's: a reader that finds none makes no dateline.
    expect(recognizeDateline(english.furniture, text, 0, text.length, () => [])).toBeUndefined();

    const byline = 'By JANE DOE and JOHN ROE, Associated Press';
    const readByline = vi.fn(furnitureReader(english, byline));
    expect(recognizeByline(english.furniture, byline, 0, byline.length, readByline)).toStrictEqual({ authors: ['JANE DOE', 'JOHN ROE'], organization: 'Associated Press', usedNextLine: false });
    expect(readByline.mock.calls).toStrictEqual([[0, byline.length]]);
    readByline.mockClear();
    expect(recognizeByline(english.furniture, 'Byzantine rules apply.', 0, 22, readByline)).toBeUndefined();
    expect(readByline).not.toHaveBeenCalled();
    expect(recognizeOrganizationLine(english.furniture, 'AP Medical Writer', 0, 17, furnitureReader(english, 'AP Medical Writer'))).toBe('AP');
  });

  it('types the words for the furniture grammar', () => {
    const typed = (text: string): string[] => names(furnitureReader(english, text)(0, text.length));
    expect(typed('Jan. 19 (UPI) --')).toStrictEqual(['Month', 'Period', 'Digits', 'LeftParen', 'PlainWord', 'RightParen', 'Dash']);
    // The word layer's `N.J.`, `J.` and `AT&T` are cut at their periods and ampersand, as the grammar reads initials.
    expect(typed('TRENTON, N.J. (AP) \u2014')).toStrictEqual(['PlainWord', 'Comma', 'PlainWord', 'Period', 'PlainWord', 'Period', 'LeftParen', 'PlainWord', 'RightParen', 'Dash']);
    expect(typed('By J. Roe & AT&T\r\nAP')).toStrictEqual(['By', 'PlainWord', 'Period', 'PlainWord', 'Ampersand', 'PlainWord', 'Ampersand', 'PlainWord', 'Break', 'PlainWord']);
    // One token where the word layer has one per character: `--`, `...`, `\r\n`, numbers with separators, `''`.
    expect(typed('1,000 12:50 16.42-16.45 ... \'\'')).toStrictEqual(['Digits', 'Digits', 'Digits', 'Dash', 'Digits', 'Stray', 'Stray']);
    // An elided word keeps its apostrophe, as in the lexer (`'60s`, `rock 'n' roll`).
    expect(typed("the '60s, rock 'n' roll")).toStrictEqual(['PlainWord', 'PlainWord', 'Comma', 'PlainWord', 'PlainWord', 'PlainWord']);
    // No token ends in a space, whatever the space (a BOM, U+2028, a vertical tab).
    const spaced = 'MOSCOW\ufeff (AP)\u2028\u000b\u2014 ';
    expect(furnitureReader(english, spaced)(0, spaced.length).map((token) => token.image)).toStrictEqual(['MOSCOW', '(', 'AP', ')', '\u2014']);
  });

  it('reads the words of the range in place, with absolute offsets', () => {
    const text = 'The story.\n\nWASHINGTON (AP) \u2014 More.';
    const tokens = toFurnitureTokens(text, scanRange(english, text, 12, 30), 30, english.furniture.months);
    expect(tokens.map((token) => [token.image, token.startOffset, token.endOffset])).toStrictEqual([
      ['WASHINGTON', 12, 21], ['(', 23, 23], ['AP', 24, 25], [')', 26, 26], ['\u2014', 28, 28],
    ]);
  });
});

/** The furniture types each word-level lexer token may become. */
function familyOf(type: TokenType, image: string): string[] {
  const name = type.name;
  if (name === 'Number') return ['Digits'];
  if (name === 'Word') return /^\d+$/.test(image) ? ['Digits'] : ['By', 'And', 'Month', 'PlainWord'];
  if (name === 'Dash') return ['Dash'];
  if (name === 'LineBreak') return ['Break'];
  if (name === 'Punctuation') return ['Comma', 'Period', 'LeftParen', 'RightParen', 'Slash', 'Ampersand', 'Pipe', 'Stray'];
  return ['Stray']; // quote marks and the catch-all
}

/** The end of a lexer token without the spaces it took. */
function endWithoutSpaces(token: IToken): number {
  let end = token.startOffset + token.image.length;
  while (end > token.startOffset + 1 && (charClass[token.image.charCodeAt(end - 1 - token.startOffset)]! & SPACE) !== 0) end -= 1;
  return end;
}

describe('the furniture tokens agree with the word-level lexer', () => {
  it('cuts any text into the pieces of the lexer, each of a type its lexer token may have', () => {
    const alphabet = fc.constantFrom(
      ...'aZé1 .,:&\'’‘"“”`-\u2010\u2011\u2014\n\r\t\u00a0\ufeff\u2028()/|$'.split(''),
      '12', '3,400', '5.6', 'N.J.', 'Jan', 'By', 'and', "'60s", "'n'", 'twas', '--', '...', '``', '\ud83d\ude00',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        const expected = lexer
          .tokenize(text)
          .filter((token) => token.tokenType !== lexer.Space)
          .map((token) => [token.startOffset, endWithoutSpaces(token), familyOf(token.tokenType, token.image.slice(0, endWithoutSpaces(token) - token.startOffset))] as const);
        const actual = furnitureReader(english, text)(0, text.length);
        expect(actual.map((token) => [token.startOffset, token.endOffset! + 1])).toStrictEqual(expected.map(([start, end]) => [start, end]));
        actual.forEach((token, index) => expect(expected[index]![2]).toContain(token.tokenType.name));
      }),
      { numRuns: 3000 },
    );
  });
});
