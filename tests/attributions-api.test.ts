/**
 * `attributions()`, the reported-speech options and the CLI rows built from the records (sentences written for
 * these tests, wire style).
 */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../src/cli/args.js';
import { attributionsCsv, attributionsTable } from '../src/cli/quotes.js';
import { attributionRows } from '../src/cli/records.js';
import { analyse } from '../src/cli/task.js';
import { plain } from '../src/cli/palette.js';
import { attributions, isReportedSpeech, parseArticle, quotations, type Paragraph } from '../src/index.js';
import { resolveOptions } from '../src/options.js';
import { parse } from './helpers/parse.js';

const story = [
  'Stoltenberg said the alliance and Russia would meet again.',
  '"We are ready," he added.',
  'Samorukov says the lack of concessions probably means that "Russia is ready to tolerate a failure."',
  'A new poll shows most voters oppose the plan.',
].join('\n');

describe('attributions()', () => {
  it('gives one record per attribution: kind, content, speaker, cue and ids', () => {
    const records = attributions(parse(story));
    expect(records.map((r) => [r.id, r.kind, r.speaker, r.resolved, r.lemma, r.text, r.quotations, r.reported])).toStrictEqual([
      ['a1', 'indirect', 'Stoltenberg', 'Stoltenberg', 'say', 'the alliance and Russia would meet again', [], ['r1']],
      ['a2', 'direct', 'he', 'Stoltenberg', 'add', 'We are ready,', ['q1'], []],
      ['a3', 'mixed', 'Samorukov', 'Samorukov', 'say', 'the lack of concessions probably means that "Russia is ready to tolerate a failure."', ['q2'], ['r2']],
      ['a4', 'indirect', 'A new poll', undefined, 'show', 'most voters oppose the plan', [], ['r3']],
    ]);
    const [first] = records;
    expect(first!.position!.start.offset).toBe(story.indexOf('the alliance'));
    expect(first!.paragraph).toBe(0);
    // The mixed quote's quotation is listed inside its reported speech, once.
    expect(records[2]!.contents.map((content) => [content.id, content.type])).toStrictEqual([['r2', 'reportedSpeech']]);
    expect(JSON.stringify(records)).not.toContain('undefined');
  });

  it('leaves quotations() as it was: a quotation inside a reported speech is still listed', () => {
    expect(quotations(parse(story)).map((q) => [q.id, q.speaker])).toStrictEqual([['q1', 'he'], ['q2', 'Samorukov']]);
  });

  it('refuses what is not an article', () => {
    expect(() => attributions({} as never)).toThrow(TypeError);
  });
});

describe('options reportedSpeech and beliefs', () => {
  it('reportedSpeech: false makes no reportedSpeech node and no attribution for it', () => {
    const tree = parse(story, { reportedSpeech: false });
    const paragraphs = tree.children.filter((block): block is Paragraph => block.type === 'paragraph');
    expect(paragraphs.some((paragraph) => paragraph.children.some(isReportedSpeech))).toBe(false);
    expect(attributions(tree).map((r) => [r.kind, r.reported])).toStrictEqual([['indirect', []], ['direct', []], ['direct', []]]);
  });

  it('beliefs: false keeps speech only', () => {
    const text = 'The mayor believes the city can balance its budget. A new poll shows most voters oppose the plan. Smith said the plan was dead.';
    expect(attributions(parse(text)).map((r) => r.lemma)).toStrictEqual(['believe', 'show', 'say']);
    expect(attributions(parse(text, { beliefs: false })).map((r) => r.lemma)).toStrictEqual(['say']);
  });

  it('checks the options like the others', () => {
    expect(() => resolveOptions({ reportedSpeech: 'no' as never })).toThrow(/options.reportedSpeech must be a boolean/);
    expect(() => resolveOptions({ beliefs: 1 as never })).toThrow(/options.beliefs must be a boolean/);
    expect(resolveOptions(undefined)).toMatchObject({ reportedSpeech: true, beliefs: true });
    expect(() => parseArticle('x', { reportedSpeech: null as never })).toThrow(TypeError);
  });
});

describe('the CLI rows of attributions', () => {
  it('derives the rows, table and CSV from the attributions() records', () => {
    const article = parseArticle(story);
    const rows = attributionRows(article);
    expect(rows.map((row) => [row.id, row.kind, row.speaker, row.text, row.quotations, row.reported])).toStrictEqual(
      attributions(article).map((r) => [r.id, r.kind, r.speaker ?? '', r.text, r.quotations.join(' '), r.reported.join(' ')]),
    );
    expect(attributionsTable(rows, plain).split('\n')[1]).toMatch(/^a1 +indirect +Stoltenberg +said +the alliance and Russia would meet again$/);
    const csv = attributionsCsv(rows).split('\r\n');
    expect(csv[0]).toBe('id,kind,paragraph,line,column,speaker,resolved,role,cue,lemma,text,quotations,reported');
    expect(csv[3]).toContain('"the lack of concessions probably means that ""Russia is ready to tolerate a failure."""');
    expect(analyse('x', story, false).attributions).toStrictEqual(rows);
  });

  it('parses --attributions and --attributions --csv, and keeps --csv with --quotes', () => {
    expect(parseCommand(['--attributions', 'a.txt']).mode).toBe('attributions');
    expect(parseCommand(['--attributions', '--csv']).mode).toBe('attributions-csv');
    expect(parseCommand(['--quotes', '--csv']).mode).toBe('csv');
    expect(() => parseCommand(['--csv'])).toThrow(/--csv only goes with --quotes or --attributions/);
    expect(() => parseCommand(['--jsonl', '--attributions'])).toThrow(/does not go with --jsonl/);
  });
});
