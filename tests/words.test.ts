/**
 * The word layer (`src/words/`): the one definition of a word, an abbreviation and a place where a sentence may
 * end, its marks, and its agreement with the lexer (a lexer word is a piece of a word of the layer).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { english } from '../src/language/index.js';
import { charClass, SPACE } from '../src/lexer/chars.js';
import { tokenize, Word } from '../src/lexer/index.js';
import { createMarks, IndexList } from '../src/words/marks.js';
import { scanRange, scanText, tokenizeParagraph } from '../src/words/scan.js';
import { signature, signatureTable } from '../src/words/signature.js';
import type { Token } from '../src/words/token.js';

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  scanText(english, text, 0, tokens);
  return tokens;
}

const texts = (text: string): string[] => scan(text).map((token) => token.text);

describe('the word layer', () => {
  it('joins word pieces across periods, ampersands and hyphens that a word character follows', () => {
    expect(texts("AT&T's U.S. chief")).toStrictEqual(["AT&T's", 'U.S.', 'chief']);
    expect(texts('a combat\u2010ready, non\u2011stop well-known unit')).toStrictEqual(['a', 'combat\u2010ready', ',', 'non\u2011stop', 'well-known', 'unit']);
    // A joiner with no word character after it is punctuation: "troops' morale", "pre- and post-war", "A & B".
    expect(texts("troops' pre- A & B")).toStrictEqual(['troops', "'", 'pre', '-', 'A', '&', 'B']);
    // Dashes and slashes never join.
    expect(texts('Kyiv\u2014Moscow and/or')).toStrictEqual(['Kyiv', '\u2014', 'Moscow', 'and', '/', 'or']);
  });

  it('keeps the period of an initial, of a word with an inner period and of the pack\u2019s abbreviations only', () => {
    expect(texts('Sen. J. Smith said. Gov. Ron A. Lee arrived at 7 p.m. Monday in Washington.')).toStrictEqual([
      'Sen.', 'J.', 'Smith', 'said', '.', 'Gov.', 'Ron', 'A.', 'Lee', 'arrived', 'at', '7', 'p.m.', 'Monday', 'in', 'Washington', '.',
    ]);
  });

  it('reads a range of the input in place, as the same text scanned on its own and shifted', () => {
    const text = 'Story.\n\nBy J. Doe, AT&T\r\nAssociated Press\n';
    const view = (tokens: readonly Token[]) => tokens.map((token) => [token.kind, token.text, token.start, token.end, token.sig]);
    const alone: Token[] = [];
    scanText(english, text.slice(8, 41), 8, alone);
    expect(view(scanRange(english, text, 8, 41))).toStrictEqual(view(alone));
    expect(scanRange(english, text, 8, 41).map((token) => token.text)).toStrictEqual(['By', 'J.', 'Doe', ',', 'AT&T', '', '', 'Associated', 'Press']);
  });

  it('reads every Unicode space of the lexer as a space, and a line feed or carriage return as a break', () => {
    // En quad, em space, thin space, no-break space, narrow no-break space, ideographic space.
    expect(scan('one\u2000two\u2003three\u2009four\u00a0five\u202fsix\u3000seven').map((token) => token.kind)).toStrictEqual(Array(7).fill('word'));
    expect(scan('one\r\ntwo\nthree').map((token) => token.kind)).toStrictEqual(['word', 'break', 'break', 'word', 'break', 'word']);
  });

  it('gives every word the signature of its lower-cased form, which its word list never rules out', () => {
    const words = scan('Said U.S. Sen. J. Smith-Jones, a naïve ÉCOLE co. e.g. 3.5 don’t Mr. A. WROTE Reuters’ Ibn al-Walid.').filter((token) => token.kind === 'word');
    expect(words.map((token) => token.text)).toContain('U.S.');
    for (const token of words) expect([token.text, token.sig]).toStrictEqual([token.text, signature(token.lower)]);
    const table = signatureTable(english.cues.firsts);
    for (const form of english.cues.firsts) expect(table[signature(form)]).toBe(1);
    // The third character tells apart forms that share their length, first two letters and last letter.
    expect(signature('supports')).not.toBe(signature('suggests'));
    expect(signature('years')).not.toBe(signature('yells'));
  });

  it('covers every character but spaces with exactly one token, whose text, case and signature match the source', () => {
    const alphabet = fc.constantFrom(...'aZé É1 .&\'’-\u2010\u2011"“”\n\r\t\u00a0\u2003,!?Ⅻ²İß'.split(''), 'Sen', 'U.S', 'p.m');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        const tokens = scan(text);
        let at = 0;
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(at);
          for (let gap = at; gap < token.start; gap += 1) expect(charClass[text.charCodeAt(gap)]! & SPACE).not.toBe(0);
          expect(token.end).toBeGreaterThan(token.start);
          if (token.kind === 'break') expect(token.text).toBe('');
          else expect(token.text).toBe(text.slice(token.start, token.end));
          if (token.kind === 'word') {
            expect(token.lower).toBe(token.text.toLowerCase());
            expect(token.sig).toBe(signature(token.lower));
            const first = token.text[0]!;
            expect(token.upper).toBe(first !== first.toLowerCase() && first === first.toUpperCase());
          }
          at = token.end;
        }
        for (let gap = at; gap < text.length; gap += 1) expect(charClass[text.charCodeAt(gap)]! & SPACE).not.toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the lexer: every lexer word is inside one word of the layer (an elided word\'s apostrophes aside)', () => {
    const check = (text: string): void => {
      const words = scan(text).filter((token) => token.kind === 'word');
      for (const piece of tokenize(text).filter((token) => token.tokenType === Word)) {
        // A lexer word takes the spaces after it when more of the line follows. The apostrophes of an elided word
        // (`'n'`, `'90s`, `'em`) are the lexer's, so that they are never quote marks; to the layer they are punctuation.
        const image = piece.image.trimEnd();
        const elided = image.startsWith("'") || image.startsWith('\u2019');
        const start = elided ? piece.startOffset + 1 : piece.startOffset;
        const end = piece.startOffset + (elided && /['\u2019]$/.test(image) ? image.length - 1 : image.length);
        const holder = words.find((word) => word.start <= start && end <= word.end);
        expect(holder, `${JSON.stringify(image)} in ${JSON.stringify(text)}`).toBeDefined();
      }
    };
    check("AT&T's U.S. chief, Sen. J. Smith-Jones, said rock 'n' roll won't die in Côte d’Ivoire in the '90s at 7 p.m. (COVID-19).");
    const alphabet = fc.constantFrom(...'aZé 1.&\'’-\u2010\u2011"\n,'.split(''), 'em', 'n', '90s', 'Sen');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')), check), { numRuns: 1000 });
  });

  /** The tokens and marks of the first paragraph of `text`, and a reader of one mark list. */
  const marked = (text: string): { tokens: Token[]; marks: ReturnType<typeof createMarks>; read: (list: IndexList) => number[] } => {
    const tree = parseArticle(text, { attribution: false });
    const paragraph = tree.children.find((block) => block.type === 'paragraph')!;
    const marks = createMarks(english.cues.signatures, english);
    const tokens = tokenizeParagraph(paragraph, text, marks);
    const read = (list: IndexList): number[] => {
      const found: number[] = [];
      list.rewind();
      for (let at = list.next(0); at < tokens.length; at = list.next(at + 1)) found.push(at);
      return found;
    };
    return { tokens, marks, read };
  };

  it('marks the words that may start a cue, the capitalised words and the tokens that may end a sentence', () => {
    const { tokens, marks, read } = marked('According to Sen. J. Smith, the U.S. plan "works." Officials said it! He told us: no? e.g. fine');
    const where = (test: (token: Token) => boolean): number[] => tokens.flatMap((token, index) => (test(token) ? [index] : []));
    const according = signature('according');
    expect(read(marks.cues)).toStrictEqual(where((token) => token.kind === 'word' && ((!token.upper && english.cues.signatures[token.sig] === 1) || token.sig === according)));
    expect(read(marks.names)).toStrictEqual(where((token) => token.kind === 'word' && token.upper));
    expect(read(marks.stops)).toStrictEqual(where((token) => token.kind === 'quote' || ['.', '!', '?'].includes(token.text) || (token.kind === 'word' && token.text.length > 2 && token.text.endsWith('.'))));
    // The lists hold what the test says they hold: "According", "said", "told"; "Sen.", "U.S.", the quote, "!", "?" (not "J.": an initial never ends one).
    expect(read(marks.cues).map((at) => tokens[at]!.lower)).toEqual(expect.arrayContaining(['according', 'said', 'told']));
    expect(read(marks.stops).map((at) => (tokens[at]!.kind === 'quote' ? '"' : tokens[at]!.text))).toStrictEqual(['Sen.', 'U.S.', '"', '!', '?', 'e.g.']);
  });

  it('marks the words that may be a source word of reported speech (belief, evidence, content noun), by signature', () => {
    const { tokens, marks, read } = marked('Analysts believe the poll shows a shift. His warning that it would fail, Smith said, was ignored.');
    const found = read(marks.sources);
    expect(found).toStrictEqual(tokens.flatMap((token, index) => (token.kind === 'word' && english.sourceSignatures[token.sig] === 1 ? [index] : [])));
    expect(found.map((at) => tokens[at]!.lower)).toEqual(expect.arrayContaining(['believe', 'shows', 'warning']));
  });

  it('knows the source words exactly: every belief and evidence form and content noun, each with its signature marked', () => {
    const expected = new Set([...english.beliefs.keys(), ...english.evidence.keys(), ...english.contentNouns]);
    expect([...english.sourceWords].sort()).toStrictEqual([...expected].sort());
    for (const word of english.sourceWords) expect(english.sourceSignatures[signature(word)], word).toBe(1);
    // The forms the source rules read: a belief's inflections, an evidence verb's, a content noun.
    for (const word of ['believes', 'expected', 'shows', 'found', 'warning', 'claim']) expect(english.sourceWords.has(word), word).toBe(true);
    for (const word of ['said', 'the', 'showed up']) expect(english.sourceWords.has(word), word).toBe(false);
  });

  it('keeps the period of an abbreviation that is also a word only when it is capitalised', () => {
    const texts = (text: string): string[] => scan(text).map((token) => token.text);
    expect(texts('The No. 2 official from Ill. spoke.')).toStrictEqual(['The', 'No.', '2', 'official', 'from', 'Ill.', 'spoke', '.']);
    expect(texts('She voted no. He fell ill. It was a near miss.')).toStrictEqual(['She', 'voted', 'no', '.', 'He', 'fell', 'ill', '.', 'It', 'was', 'a', 'near', 'miss', '.']);
    // Other abbreviations keep it in lower case too.
    expect(texts('the Jets vs. the Giants')).toStrictEqual(['the', 'Jets', 'vs.', 'the', 'Giants']);
  });

  it('keeps the period of a party and state abbreviation after its hyphen (D-Ore.), and nowhere else after a hyphen', () => {
    const texts = (text: string): string[] => scan(text).map((token) => token.text);
    expect(texts('Sen. Ann Lee, D-Ore., spoke.')).toStrictEqual(['Sen.', 'Ann', 'Lee', ',', 'D-Ore.', ',', 'spoke', '.']);
    expect(texts('It was a well-kept secret. Then')).toStrictEqual(['It', 'was', 'a', 'well-kept', 'secret', '.', 'Then']);
  });

  it('reads a run of stray quote marks as one punctuation token, a lone mark as one', () => {
    const tokens = scan('He wrote \u201d\u201c"\u00bb and \u201d left.');
    expect(tokens.map((token) => [token.kind, token.text])).toStrictEqual([
      ['word', 'He'],
      ['word', 'wrote'],
      ['punct', '\u201d\u201c"\u00bb'],
      ['word', 'and'],
      ['punct', '\u201d'],
      ['word', 'left'],
      ['punct', '.'],
    ]);
    expect(tokens[2]).toMatchObject({ start: 9, end: 13 });
  });

  it('keeps token indices in order past its first storage and reads them forward', () => {
    const list = new IndexList();
    for (let index = 0; index < 500; index += 3) list.push(index);
    expect([list.next(0), list.next(1), list.next(299), list.next(300), list.next(498), list.next(499)]).toStrictEqual([0, 3, 300, 300, 498, 0x7fffffff]);
    list.rewind();
    expect(list.next(4)).toBe(6);
    list.clear();
    expect(list.next(0)).toBe(0x7fffffff);
  });
});
