import { describe, expect, it } from 'vitest';
import { isParagraph, isQuotation, parseArticle, toString, type Quotation } from '../src/index.js';
import { chunkEnds } from '../src/parser/chunks.js';
import { parseBlocks } from '../src/parser/index.js';
import { detectLayout } from '../src/parser/layout.js';
import { parse } from './helpers/parse.js';

function topQuotations(text: string): Quotation[] {
  return parse(text).children.flatMap((block) => (isParagraph(block) ? block.children.filter(isQuotation) : []));
}

describe('parseArticle', () => {
  it('rejects a non-string with a TypeError that names what it got', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(new TypeError('parseArticle: expected the article text as a string, got a number'));
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

describe('layout detection', () => {
  it('sees one paragraph per line in web copy', () => {
    expect(detectLayout('One sentence.\nTwo sentences here.\n"Three," he said.\nFour.\n')).toBe('line');
  });
  it('sees hard-wrapped text with blank lines', () => {
    expect(detectLayout('The governor signed the bill on\nThursday after weeks of debate in\nthe state legislature.\n\nOpponents vowed to challenge the\nlaw in court.\n')).toBe('blank');
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
