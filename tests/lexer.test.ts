/**
 * The two lexers agree: the article lexer's prose runs are exactly the runs
 * of consecutive plain-text tokens of the word-level lexer, every other token
 * (quote marks, spaces, line breaks) is the same in both, and a run's payload
 * tells what its last word-level token was. The article grammar was designed
 * on word-level tokens and the furniture grammar still reads them, so this
 * is what keeps the two views of the text in step.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import {
  articleTokens,
  BARE_NUMBER,
  BARE_WORD,
  Inline,
  NOT_BARE,
  NumberToken,
  QuoteMark,
  Space,
  TextRun,
  tokenize,
  tokenizeArticle,
  Word,
} from '../src/lexer/index.js';
import { isSpace } from '../src/lexer/chars.js';
import { matchRun } from '../src/lexer/runs.js';
import { article } from './helpers/generate-article.js';

interface Simple {
  type: string;
  start: number;
  image: string;
  payload?: number;
}

function isPlain(token: IToken): boolean {
  return token.tokenType.CATEGORIES?.includes(Inline) === true;
}

/** Whether a token took spaces after it (the lexer's own space class: `\u200b` and BOM count, unlike `\s`). */
function endsInSpace(image: string): boolean {
  return isSpace(image.charCodeAt(image.length - 1));
}

/** What the article lexer should give: word-level tokens with each run of plain-text tokens joined. */
function expectedFromWords(text: string): Simple[] {
  const out: Simple[] = [];
  for (const token of tokenize(text)) {
    const last = out.at(-1);
    if (isPlain(token)) {
      const bare = !endsInSpace(token.image);
      const payload = bare && token.tokenType === Word ? BARE_WORD : bare && token.tokenType === NumberToken ? BARE_NUMBER : NOT_BARE;
      if (last?.type === 'TextRun') {
        last.image += token.image;
        last.payload = payload;
      } else {
        out.push({ type: 'TextRun', start: token.startOffset, image: token.image, payload });
      }
    } else {
      out.push({ type: token.tokenType.name, start: token.startOffset, image: token.image });
    }
  }
  return out;
}

function actual(text: string): Simple[] {
  return tokenizeArticle(text).map((token) =>
    token.tokenType === TextRun
      ? { type: 'TextRun', start: token.startOffset, image: token.image, payload: token.payload as number }
      : { type: token.tokenType.name, start: token.startOffset, image: token.image },
  );
}

/** Characters that matter to the word and run scanners, plus letters, digits and a few others. */
const alphabet = [
  'a', 'b', 'n', 's', 'S', 'e', 'm', 'T', 'é', '\u0301', '7', '9', '0', '\u0663',
  ' ', ' ', '\t', '\u00a0', '\u2009', '\u200b', '\ufeff', '\n', '\r', '\r\n',
  "'", "'", '\u2019', '\u2018', '"', '\u201c', '\u201d', '\u201e', '\u201a', '\u00ab', '\u00bb', '\u2039', '\u203a', '`',
  '-', '-', '\u2011', '\u2014', '\u2013', '.', '.', ',', ':', ';', '!', '?', '(', ')', '/', '&', '\u2026',
  '\ud83d', '\ude00', '\u00b1', '\u0000', '#',
];

const soup = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((parts) => parts.join(''));

describe('the article lexer and the word-level lexer', () => {
  it('agree on hand-picked cases (elisions, possessives, doubled marks, backticks, numbers)', () => {
    const cases = [
      "rock 'n' roll in the '90s, 'em and 'tis",
      "the troops' morale; the troops' \"morale\"; Joneses' House",
      "''Yes,'' he said. ``Quoted'' text and a single ` tick",
      '1,000\' and 12:50" and 1990s\u2019 and 5\u2019 tall',
      'said: "It is." \n  Next line  \n',
      "a'b'c 'n'\" 'n''' don't \u2019em",
      'end with spaces   ',
      '\u201cOpen \u2018nested\u2019 close\u201d \u00abguillemets\u00bb \u201eLow\u201c',
      'dash--dash \u2014 and ... ellipsis',
      '\u201cComics,\u2019\u2019 says she. \u2018\u2018Yes\u2019\u2019 and \u2019\u2019\u2019 and dogs\u2019\u2019 tails',
      "(\u201dReversed\u201d) and 'news' and the Joneses' house",
      "`Hello,' he said; John`s `` ` `9 a`b ``x`y`",
    ];
    for (const text of cases) expect(actual(text), text).toEqual(expectedFromWords(text));
  });

  it("leave a plural possessive's apostrophe to the grammar, as a quote mark token", () => {
    const marks = (text: string): string[] => tokenizeArticle(text).filter((token) => token.tokenType.CATEGORIES?.includes(QuoteMark)).map((token) => token.image);
    expect(marks("the troops' morale")).toEqual(["'"]);
    expect(marks("Russia's plans in the '90s won't change, rock 'n' roll")).toEqual([]);
    expect(marks('\u201cYes,\u2019\u2019 and \u2018\u2018no')).toEqual(['\u201c', '\u2019\u2019', '\u2018\u2018']);
  });

  it('agree on every fixture', () => {
    const fixtures = join(import.meta.dirname, 'fixtures');
    let checked = 0;
    for (const name of readdirSync(fixtures)) {
      let text: string;
      try {
        text = readFileSync(join(fixtures, name, 'input.txt'), 'utf8');
      } catch {
        continue;
      }
      expect(actual(text), name).toEqual(expectedFromWords(text));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('agree on random soups of the characters the scanners care about', () => {
    fc.assert(
      fc.property(soup, (text) => {
        expect(actual(text)).toEqual(expectedFromWords(text));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('agree on generated wire-like articles', () => {
    fc.assert(
      fc.property(article, (text) => {
        expect(actual(text)).toEqual(expectedFromWords(text));
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('a run carries what its last piece is', () => {
    const payloads = (text: string) => tokenizeArticle(text).map((token) => [token.image, token.payload]);
    expect(payloads('she said"')).toEqual([['she said', BARE_WORD], ['"', undefined]]);
    expect(payloads('1,000\'')).toEqual([['1,000', BARE_NUMBER], ["'", undefined]]);
    expect(payloads('she said, "')).toEqual([['she said, ', NOT_BARE], ['"', undefined]]);
    expect(payloads('it.\'')).toEqual([['it.', NOT_BARE], ["'", undefined]]);
  });

  it('a run stops before spaces that end a line, and never starts at white space or a quote mark', () => {
    const tokens = tokenizeArticle('  one two  \n"three"');
    expect(tokens.map((token) => [token.tokenType.name, token.image])).toEqual([
      ['Space', '  '],
      ['TextRun', 'one two'],
      ['Space', '  '],
      ['LineBreak', '\n'],
      ['StraightDouble', '"'],
      ['TextRun', 'three'],
      ['StraightDouble', '"'],
    ]);
    expect(tokens[0]!.tokenType).toBe(Space);
    expect(tokens[4]!.tokenType.CATEGORIES).toContain(QuoteMark);
  });

  it('tries the curly and guillemet marks before the run matcher, only where a run can never start', () => {
    const order = articleTokens.indexOf(TextRun);
    const before = articleTokens.slice(0, order).filter((type) => type.CATEGORIES?.includes(QuoteMark));
    expect(before.length).toBeGreaterThanOrEqual(10);
    for (const type of before) {
      const mark = type.PATTERN as string;
      // Before a word, after a word, doubled: a run never starts at the mark.
      for (const text of [`${mark}word`, `${mark}${mark}`, `${mark}90s`]) expect(matchRun(text, 0), `${JSON.stringify(text)}`).toBeNull();
    }
    // The marks a run may start with (elisions) stay after it.
    const after = articleTokens.slice(order + 1).map((type) => type.PATTERN);
    expect(after).toEqual(expect.arrayContaining(["'", '\u2019', '``', "''"]));
    expect(matchRun("'90s", 0)).not.toBeNull();
  });
});
