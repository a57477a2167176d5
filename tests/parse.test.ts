import { describe, expect, it } from 'vitest';
import { isParagraph, isQuotation, parseArticle, toString, type Quotation } from '../src/index.js';
import { chunkEnds } from '../src/parser/chunks.js';
import { parseBlocks } from '../src/parser/index.js';
import { detectLayout } from '../src/parser/layout.js';
import { markPairs } from '../src/parser/marks.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from './helpers/parse.js';

function topQuotations(text: string): Quotation[] {
  // A quotation of a mixed quote sits inside its reported speech, still a top-level quotation.
  return parse(text).children.flatMap((block) =>
    isParagraph(block) ? block.children.flatMap((child) => (isQuotation(child) ? [child] : child.type === 'reportedSpeech' ? child.children.filter(isQuotation) : [])) : [],
  );
}

describe('parseArticle', () => {
  it('rejects a non-string with a TypeError that names what it got', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(new TypeError('parseArticle: expected the article text as a string, got number 42'));
    expect(() => parseArticle(undefined as unknown as string)).toThrow(/got undefined/);
    expect(() => parseArticle(null as unknown as string)).toThrow(/got null/);
    expect(() => parseArticle(Buffer.from('x') as unknown as string)).toThrow(/got an object \(\[object Uint8Array\]\)/);
  });

  it('rejects unknown and malformed options', () => {
    expect(() => parseArticle('x', { layuot: 'line' } as never)).toThrow(/unknown option "layuot"/);
    expect(() => parseArticle('x', { layout: 'wrapped' } as never)).toThrow(TypeError);
    expect(() => parseArticle('x', { maxQuotationDepth: 0 })).toThrow(RangeError);
    expect(() => parseArticle('x', { maxQuotationDepth: 2.5 })).toThrow(/must be an integer/);
  });

  it('gives back the input exactly through toString', () => {
    const text = '\ufeffHEADLINE\r\n\r\n  "Quote,\u201d she said.\t\n';
    expect(toString(parse(text))).toBe(text);
  });

  it('keeps words with apostrophes whole and out of quotations', () => {
    expect(topQuotations("The troops' morale and Russia's plans in the '90s won't change.")).toHaveLength(0);
    expect(topQuotations("rock 'n' roll")).toHaveLength(0);
  });

  it('pairs straight single quotes when they are quote marks', () => {
    const [quote] = topQuotations("'We will not go,' he said.");
    expect(quote && toString(quote)).toBe("'We will not go,'");
  });

  it('ends a nested quotation when an enclosing one closes', () => {
    const [outer] = topQuotations('"He said \'no and left," she said.');
    expect(outer?.closed).toBe(true);
    const inner = outer?.children.find(isQuotation);
    expect(inner?.closed).toBe(false);
    expect(toString(outer!)).toBe('"He said \'no and left,"');
  });

  it('caps nesting without recursion trouble on thousands of opening marks', () => {
    // Each opening mark is followed by a word, so each opens a quotation until the cap (a run of bare marks opens nothing).
    const text = '\u201cdeeper \u2018deeper '.repeat(5000);
    const tree = parse(text);
    expect(tree.diagnostics.some((d) => d.code === 'quotation-too-deep')).toBe(true);
    const bare = parse('\u201c\u2018'.repeat(5000) + 'deep');
    expect(bare.diagnostics.some((d) => d.code === 'quotation-too-deep')).toBe(false);
  });
});

describe('quote marks as real feeds write them', () => {
  const texts = (text: string): string[] => topQuotations(text).map((quote) => toString(quote));

  it('reads two right single marks as a closing double mark', () => {
    expect(texts('\u201cWe sell only local comics,\u2019\u2019 says the founder. \u201cGo to the mall.\u201d')).toEqual([
      '\u201cWe sell only local comics,\u2019\u2019',
      '\u201cGo to the mall.\u201d',
    ]);
    expect(texts('\u2018\u2018We are ready,\u2019\u2019 she said.')).toEqual(['\u2018\u2018We are ready,\u2019\u2019']);
  });

  it('opens a quotation with a reversed mark only where an opening mark stands', () => {
    expect(texts('(\u201dThis crew is landing rockets. Who else is doing that?\u201d)')).toEqual(['\u201dThis crew is landing rockets. Who else is doing that?\u201d']);
    expect(texts('He said \u201dno\u201d twice.')).toEqual(['\u201dno\u201d']);
    // After a word, or before a space, it closes or stays text.
    expect(texts('The engineers\u201dsaid nothing\u201d about it.')).toEqual([]);
    expect(texts('\u201cWe will win, \u201d she said.')).toEqual(['\u201cWe will win, \u201d']);
    expect(parse('A spokesman\u201ds email.').diagnostics.map((d) => d.code)).toEqual(['unmatched-close-quote']);
  });

  it('closes a single-quoted quotation after a word in s, and keeps possessives apostrophes', () => {
    expect(texts("She called the report 'news' and walked away.")).toEqual(["'news'"]);
    expect(texts('He said the plan was \u2018a series of bad ideas\u2019 and left.')).toEqual(['\u2018a series of bad ideas\u2019']);
    expect(texts("The Joneses' house, built in the '90s, and the troops' morale.")).toEqual([]);
    expect(parse("The Joneses' house and the troops' morale.").diagnostics).toEqual([]);
    // A later mark on the line closes the quotation: the one after a word in s is an apostrophe.
    const [outer] = topQuotations("\"They said 'the Joneses' dog barks all night,' and left,\" she said.");
    expect(outer?.children.filter(isQuotation).map((quote) => toString(quote))).toEqual(["'the Joneses' dog barks all night,'"]);
  });

  it('reads TeX-style marks', () => {
    expect(texts("`Hello,' he said, ``how are you?''")).toEqual(["`Hello,'", "``how are you?''"]);
    expect(texts("John`s dog didn`t bark, and ` alone is text.")).toEqual([]);
    expect(texts("He called it ``a good day for the city'' and smiled.")).toEqual(["``a good day for the city''"]);
  });

  it('joins an indented hard-wrapped line of a short text', () => {
    const tree = parse('"Impossible, said the mayor, when I have not met him\n  myself; how can you ask?"');
    expect(tree.children.filter(isParagraph)).toHaveLength(1);
    expect(texts('"Impossible, said the mayor, when I have not met him\n  myself; how can you ask?"')).toHaveLength(1);
  });

  it('joins a hard-wrapped line that closes the open quotation, in one-line-per-paragraph copy', () => {
    const text = 'Police closed the road.\n"We are asking everyone\nto stay off the roads tonight," she said.\n"The plows cannot keep up.\n"Stay home," she said.\nIt snowed all night\nand the plows stopped.\n';
    const tree = parse(text, { layout: 'line' });
    const paragraphs = tree.children.filter(isParagraph).map((paragraph) => toString(paragraph));
    expect(paragraphs).toEqual([
      'Police closed the road.',
      '"We are asking everyone\nto stay off the roads tonight," she said.',
      '"The plows cannot keep up.',
      '"Stay home," she said.',
      'It snowed all night',
      'and the plows stopped.',
    ]);
  });
  it('joins a quotation hard-wrapped over several lines, and nothing without the closing mark', () => {
    const text = 'Crews worked through the night.\n"We are asking everyone\nto stay off the county roads\nuntil the plows have passed," the sheriff said.\nSchools will open late.\n';
    expect(parse(text, { layout: 'line' }).children.filter(isParagraph).map((paragraph) => toString(paragraph))).toEqual([
      'Crews worked through the night.',
      '"We are asking everyone\nto stay off the county roads\nuntil the plows have passed," the sheriff said.',
      'Schools will open late.',
    ]);
    // No mark closes it: each line stays a paragraph (a quote left open, as an AP running quote is).
    const open = 'Crews worked through the night.\n"We are asking everyone\nto stay off the county roads\nuntil the plows have passed.\nSchools will open late.\n';
    expect(parse(open, { layout: 'line' }).children.filter(isParagraph)).toHaveLength(5);
    // Past four lines the gate stops looking.
    const long = '"One\ntwo\nthree\nfour\nfive," she said.\n';
    expect(parse(long, { layout: 'line' }).children.filter(isParagraph)).toHaveLength(5);
  });
});

describe('the quotation mark table of docs/tree.md', () => {
  /** The code spans of a Markdown table cell (CommonMark: a run of n backticks closes a span opened by n). */
  const codeSpans = (cell: string): string[] =>
    [...cell.matchAll(/(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)/g)].map((match) => {
      const inner = match[2]!;
      return inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') ? inner.slice(1, -1) : inner;
    });

  it('lists the parser\'s openers and closers, in its order', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'tree.md'), 'utf8');
    const section = doc.slice(doc.indexOf('| opening mark | closed by |'));
    const lines = section.split('\n');
    const rows = lines.slice(2, lines.findIndex((line) => !line.startsWith('|')));
    const table = rows.map((row) => {
      const [opener, closers] = row.slice(1, -1).split(' | ');
      return [codeSpans(opener!)[0], codeSpans(closers!)];
    });
    expect(table).toStrictEqual(markPairs().map(([opener, closers]) => [opener, [...closers]]));
  });
});

describe('layout detection', () => {
  it('sees one paragraph per line in web copy', () => {
    expect(detectLayout('One sentence.\nTwo sentences here.\n"Three," he said.\nFour.\n')).toBe('line');
  });
  it('sees hard-wrapped text with blank lines', () => {
    expect(detectLayout('The governor signed the bill on\nThursday after weeks of debate in\nthe state legislature.\n\nOpponents vowed to challenge the\nlaw in court.\n')).toBe('blank');
  });
  it('sees a short text whose every line goes on in lower case as hard-wrapped', () => {
    expect(detectLayout('First paragraph line one\nline two of it.\n\nSecond paragraph line one\nand line two.\n')).toBe('blank');
    expect(detectLayout('Line one of it\nand line two.')).toBe('blank');
    // A line with no full stop before a capitalised line, or a lower-case line after a full stop, is a new paragraph.
    expect(detectLayout('Storm closes schools\nThe district said so on Monday.\n')).toBe('line');
    expect(detectLayout('It rained.\nthen it stopped, and\nthe sun came out.\n')).toBe('line');
    expect(detectLayout('One line only.')).toBe('line');
  });
  it('sees indented paragraphs in wrapped text', () => {
    expect(detectLayout('CHICAGO, Feb 26 - The company said it\nwould cut output at two plants next\nmonth.\n    It said the cuts would idle about\n4,000 workers.\n')).toBe('indent');
  });
});

describe('chunking', () => {
  it('cuts only at block starts, and chunked parses equal whole parses', () => {
    const paragraph = 'The governor signed the bill on\nThursday after "weeks of\ndebate," she said in\nthe capitol.\n    ';
    const text = paragraph.repeat(4000);
    const layout = detectLayout(text);
    expect(layout).toBe('indent');
    const ends = chunkEnds(text, layout).map((chunk) => chunk.end);
    expect(ends.length).toBeGreaterThan(3);
    for (const end of ends.slice(0, -1)) expect(text.slice(end, end + 3)).toBe('The');
    const chunked = parseBlocks(text);
    const whole = parseBlocks(text, { layout: 'auto', maxQuotationDepth: 32, chunkSize: text.length });
    expect(chunked.blocks).toStrictEqual(whole.blocks);
    expect(parse(text).children.filter(isParagraph)).toHaveLength(4000);
  });
});
