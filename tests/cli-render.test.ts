/**
 * The CLI's renderers on hand-built trees that hold every node type of the
 * contract (attribution, speaker, role, cue, headline, byline, boilerplate),
 * whether or not the passes produce them yet.
 */
import { describe, expect, it } from 'vitest';
import { outline } from '../src/cli/outline.js';
import { ansi, plain, wantsColour } from '../src/cli/palette.js';
import { quotesCsv, quotesTable } from '../src/cli/quotes.js';
import { quoteRows } from '../src/cli/records.js';
import { storyText } from '../src/cli/story.js';
import { analyse, resultLine } from '../src/cli/task.js';
import { parseArticle, quotations } from '../src/index.js';
import { handStory, HandTree } from './cli-hand-tree.js';

const ESC = '\u001b[';

describe('quoteRows', () => {
  it('reads speaker, resolved name, role, cue and lemma from the linked attribution', () => {
    const rows = quoteRows(handStory().tree);
    expect(rows.map((r) => [r.id, r.speaker, r.resolved, r.role, r.cue, r.lemma, r.text, r.block, r.line, r.column])).toStrictEqual([
      ['q1', 'Maria Lopez', '', 'the harbor master', 'said', 'say', 'We cannot wait for the next storm,', 3, 4, 24],
      ['q2', 'she', 'Maria Lopez', '', 'told reporters', 'tell', 'The money is there,', 4, 6, 1],
      ['q3', 'Tom Reed', '', '', 'said', 'say', 'long overdue.', 4, 6, 70],
    ]);
  });

  it('leaves the parts empty for a quotation without attribution, and keeps nested marks', () => {
    const { tree } = new HandTree()
      .node('paragraph', {}, (p) =>
        p.node('quotation', { id: 'q1', closed: true }, (q) =>
          q.leaf('quoteMark', '“', { role: 'open' }).t('He said ').quote('q2', 'no').t('.').leaf('quoteMark', '”', { role: 'close' }),
        ),
      )
      .done();
    const rows = quoteRows(tree);
    expect(rows.map((r) => [r.id, r.speaker, r.cue, r.text])).toStrictEqual([
      ['q1', '', '', 'He said "no".'],
      ['q2', '', '', 'no'],
    ]);
  });
});

describe('quoteRows from the public records', () => {
  it('gives each top-level quotation the fields of its quotations() record, in document order', () => {
    const text = '"We will win," Jane Doe, the mayor, said.\n"He told me \'never\' twice," she added.\n"Unclosed';
    const tree = parseArticle(text);
    const rows = quoteRows(tree);
    const records = quotations(tree);
    const topLevel = rows.filter((row) => records.some((record) => record.id === row.id));
    expect(topLevel.map((row) => row.id)).toStrictEqual(records.map((record) => record.id));
    for (const [index, record] of records.entries()) {
      const row = topLevel[index]!;
      expect([row.text, row.speaker, row.resolved, row.role, row.cue, row.lemma, row.closed, row.line, row.column]).toStrictEqual([
        record.text, record.speaker ?? '', record.resolved ?? '', record.role ?? '', record.cue ?? '', record.lemma ?? '', record.closed,
        record.position.start.line, record.position.start.column,
      ]);
    }
    // The nested quotation gets a row of its own, after its outer one, with the same text rules.
    expect(rows.map((row) => row.text)).toContain('never');
    expect(rows.length).toBe(records.length + 1);
  });
});

describe('outline', () => {
  it('lists blocks, quotations with their speakers, attribution parts and boilerplate kinds', () => {
    const text = outline(handStory().tree, plain);
    expect(text).toContain('headline 1:1-1:41 Harbor town votes to rebuild its seawall');
    expect(text).toContain('byline authors=["JANE DOE"] organization="Associated Press"');
    expect(text).toContain('dateline location="PORTLAND, Maine" agency="AP"');
    expect(text).toContain('quotation id="q2" closed=true attribution="a2" 6:1-6:22 "The money is there," — she → Maria Lopez');
    expect(text).toContain('speaker name="she" pronoun=true resolved="Maria Lopez"');
    expect(text).toContain('role 4:74-4:91 the harbor master');
    expect(text).toContain('cue lemma="tell" 6:27-6:41 told reporters');
    expect(text).toContain('boilerplate kind="credit" 8:1-8:49 The Associated Press contributed to this report.');
    expect(text).toContain('boilerplate kind="comments"');
    expect(text).not.toContain(ESC);
    // Leaves are not listed under blocks.
    expect(text).not.toMatch(/^\s+(text|whitespace|quoteMark) /m);
  });

  it('gives each speaker one colour: the pronoun resolved to Maria Lopez shares hers', () => {
    const text = outline(handStory().tree, ansi);
    const colourOf = (quote: string): string | undefined => new RegExp(`\\u001b\\[(\\d+)m${quote}`).exec(text)?.[1];
    const maria = colourOf('"We cannot wait');
    expect(maria).toBeDefined();
    expect(colourOf('"The money is there,"')).toBe(maria);
    expect(colourOf('"long overdue."')).not.toBe(maria);
  });

  it('lists diagnostics at the end', () => {
    const { tree } = new HandTree().node('paragraph', {}, (p) => p.t('x')).done();
    tree.diagnostics.push({ code: 'unclosed-quotation', message: 'A quotation is never closed.', severity: 'warning', position: tree.position });
    expect(outline(tree).split('\n').at(-1)).toBe('1:1 warning unclosed-quotation: A quotation is never closed.');
  });
});

describe('quotes table and CSV', () => {
  it('aligns a table with speaker → resolved name', () => {
    const lines = quotesTable(quoteRows(handStory().tree), plain).split('\n');
    expect(lines[0]).toBe('id  speaker            role               cue             text');
    expect(lines[2]).toBe('q2  she → Maria Lopez  –                  told reporters  The money is there,');
  });

  it('clips the text to a terminal width', () => {
    const lines = quotesTable(quoteRows(handStory().tree), plain, 70).split('\n');
    for (const line of lines.slice(1)) expect(line.length).toBeLessThanOrEqual(70);
    expect(lines[1]).toMatch(/…$/);
  });

  it('says so when there is nothing to show', () => {
    expect(quotesTable([], plain)).toBe('(no quotations)');
  });

  it('writes RFC 4180 CSV: quoted fields with commas and doubled quote marks', () => {
    const csv = quotesCsv(quoteRows(handStory().tree));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,block,line,column,speaker,resolved,role,cue,lemma,text,closed,continuedFrom,continuedIn');
    expect(lines[1]).toBe('q1,3,4,24,Maria Lopez,,the harbor master,said,say,"We cannot wait for the next storm,",true,,');
    expect(lines.at(-1)).toBe('');
    const nested = new HandTree()
      .node('paragraph', {}, (p) =>
        p.node('quotation', { id: 'q1', closed: true }, (q) => q.leaf('quoteMark', '"', { role: 'open' }).t('a ').quote('q2', 'b').leaf('quoteMark', '"', { role: 'close' })),
      )
      .done();
    expect(quotesCsv(quoteRows(nested.tree)).split('\r\n')[1]).toBe('q1,1,1,1,,,,,,"a ""b""",true,,');
  });
});

describe('story text', () => {
  it('drops headline, byline and boilerplate and keeps the dateline', () => {
    expect(storyText(handStory().tree)).toBe(
      'PORTLAND, Maine (AP) — "We cannot wait for the next storm," Maria Lopez, the harbor master, said Tuesday.\n\n' +
        '"The money is there," she told reporters. Tom Reed said the vote was "long overdue."\n',
    );
  });
});

describe('colour choice', () => {
  it('colours a terminal, not a pipe; NO_COLOR wins over FORCE_COLOR', () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColour({ isTTY: false }, { FORCE_COLOR: '0' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  });
});

describe('batch record', () => {
  it('holds the id, quotations, boilerplate and diagnostics of an article', () => {
    const record = analyse('x1', 'MOSCOW (AP) — "Never closed', false);
    expect(record.id).toBe('x1');
    expect(record.length).toBe(27);
    expect(record.quotations.map((q) => [q.id, q.closed])).toStrictEqual([['q1', false]]);
    expect(record.diagnostics.map((d) => d.code)).toContain('unclosed-quotation');
    expect(record.tree).toBeUndefined();
    expect(analyse(1, 'Hi.', true).tree?.type).toBe('article');
  });

  it('holds the furniture: headlines, bylines with authors and organization, the dateline with its parts', () => {
    const { text } = handStory();
    const record = analyse('x', text, false);
    // The hand story's text, read by the parser.
    expect(record.headlines).toStrictEqual([
      { text: 'Harbor town votes to rebuild its seawall', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 41, offset: 40 } } },
    ]);
    expect(record.bylines.map(({ position: _position, ...rest }) => rest)).toStrictEqual([
      { text: 'By JANE DOE, Associated Press', authors: ['JANE DOE'], organization: 'Associated Press' },
    ]);
    expect(record.dateline).toMatchObject({ text: 'PORTLAND, Maine (AP) —', location: 'PORTLAND, Maine', agency: 'AP', date: null });
    expect(text.slice(record.dateline!.position.start.offset, record.dateline!.position.end.offset)).toBe('PORTLAND, Maine (AP) —');
    expect(analyse('y', 'No furniture here.', false)).toMatchObject({ headlines: [], bylines: [], dateline: null });
  });

  it('writes the id as given when a number cannot hold it, and the tree in pieces', () => {
    const line = resultLine({ seq: 0, id: Infinity, idJson: '1e400', text: 'Hi.', tree: false });
    expect('line' in line && line.line.startsWith('{"id":1e400,"length":3,')).toBe(true);
    const withTree = resultLine({ seq: 0, id: 'a', text: 'Hi.', tree: true });
    expect('chunks' in withTree && JSON.parse(withTree.chunks.join('')).tree).toStrictEqual(JSON.parse(JSON.stringify(parseArticle('Hi.'))));
  });
});
