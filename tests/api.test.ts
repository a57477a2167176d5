import { describe, expect, it } from 'vitest';
import { quotations, speakers, type Article } from '../src/index.js';
import { parse } from './helpers/parse.js';

const story = [
  'MOSCOW (AP) — Kremlin spokesman Dmitry Peskov said talks had stalled.',
  '"The situation has reached a critical line," Peskov said. "We expect an answer.',
  '"Soon."',
  'He branded the alliance "an instrument of confrontation."',
  'Her favorite book is "War and Peace".',
  'The Associated Press contributed to this report.',
].join('\n');

describe('quotations()', () => {
  it('lists top-level quotations with text, paragraph, speaker, role and cue', () => {
    const records = quotations(parse(story));
    expect(records.map((r) => [r.id, r.text, r.paragraph, r.speaker, r.resolved, r.lemma])).toStrictEqual([
      ['q1', 'The situation has reached a critical line,', 1, 'Peskov', 'Dmitry Peskov', 'say'],
      ['q2', 'We expect an answer.', 1, 'Peskov', 'Dmitry Peskov', 'say'],
      ['q3', 'Soon.', 2, 'Peskov', 'Dmitry Peskov', 'say'],
      ['q4', 'an instrument of confrontation.', 3, 'He', 'Dmitry Peskov', 'brand'],
      ['q5', 'War and Peace', 4, undefined, undefined, undefined],
    ]);
    expect(records[1]).toMatchObject({ closed: false, continuedIn: 'q3', attribution: 'a2', cue: 'said', pronoun: false });
    expect(records[2]).toMatchObject({ continuedFrom: 'q2' });
    expect(records[0]!.position.start.offset).toBe(story.indexOf('"The situation'));
    expect(records[4]).not.toHaveProperty('speaker');
  });

  it('is JSON-safe: no undefined fields', () => {
    for (const record of quotations(parse(story))) {
      for (const value of Object.values(record)) expect(value).not.toBeUndefined();
    }
  });

  it('gives roles as written', () => {
    const [record] = quotations(parse('"No," said Ana Ruiz, the Spanish envoy.'));
    expect(record).toMatchObject({ speaker: 'Ana Ruiz', role: 'the Spanish envoy', cue: 'said', lemma: 'say' });
  });

  it('rejects what is not an article', () => {
    expect(() => quotations({ type: 'paragraph' } as unknown as Article)).toThrow(TypeError);
    expect(() => quotations(null as unknown as Article)).toThrow(/expected an article/);
  });
});

describe('speakers()', () => {
  it('groups names, pronouns and roles of one person', () => {
    expect(speakers(parse(story))).toStrictEqual([
      { name: 'Dmitry Peskov', names: ['Dmitry Peskov', 'Peskov', 'He'], roles: ['Kremlin spokesman'], quotations: ['q1', 'q2', 'q3', 'q4'], attributions: ['a1', 'a2', 'a3'] },
    ]);
  });

  it('keeps organisations apart and leaves out unresolved pronouns', () => {
    const tree = parse('"Stay home," the ministry said.\n"Why?" she asked.\n"Because," police said.');
    expect(speakers(tree).map((s) => s.name)).toStrictEqual(['the ministry', 'police']);
  });

  it('rejects what is not an article', () => {
    expect(() => speakers('text' as unknown as Article)).toThrow(TypeError);
  });
});

describe('toString on what is not a node (issue 16, item 7)', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'text'],
    ['a number', 3],
  ])('throws a TypeError naming %s, not an internal error', async (_, value) => {
    const { toString } = await import('../src/index.js');
    expect(() => toString(value as never)).toThrow(TypeError);
    expect(() => toString(value as never)).toThrow(/^toString: expected a wirecopy node/);
  });
});
