/**
 * Re-entrancy: parses share no state. Two callers that interleave their parses get the trees each gets alone,
 * and a parse started from inside another (here from a language pack's word-form rule, user code the attribution
 * pass calls) leaves the outer parse's tree as it would be without it.
 */
import { describe, expect, it } from 'vitest';
import { defineLanguage, english, englishPack, parseArticle, speakers, type ParseOptions } from '../src/index.js';

const first = [
  'MOSCOW (AP) — Kremlin spokesman Dmitry Peskov said Tuesday the talks had stalled.',
  '"We are not ready," Peskov told reporters. "It is too early," he added.',
  '"The door is open," said Maria Zakharova, the Foreign Ministry spokeswoman, adding that "nothing is settled."',
].join('\n\n');
const second = [
  'BRUSSELS (Reuters) - "We will see," Ursula von der Leyen said on Monday.',
  'She said the bloc was "ready to act." According to two officials, the vote was close.',
  '"Not yet," she said.',
].join('\n\n');

const json = (text: string, options?: ParseOptions): string => JSON.stringify(parseArticle(text, options));

describe('re-entrancy', () => {
  it('gives two interleaved callers the trees each gets alone', () => {
    const alone = [json(first), json(second, { cues: ['opine'] })];
    const interleaved: string[][] = [[], []];
    for (let round = 0; round < 3; round += 1) {
      interleaved[0]!.push(json(first));
      interleaved[1]!.push(json(second, { cues: ['opine'] }));
    }
    for (const tree of interleaved[0]!) expect(tree).toBe(alone[0]);
    for (const tree of interleaved[1]!) expect(tree).toBe(alone[1]);
  });

  it('keeps an outer parse intact when a parse runs inside it', () => {
    const expected = json(first);
    let nested: string | undefined;
    const morphology = {
      ...english.morphology,
      isProgressive(lower: string): boolean {
        // Called by the attribution pass in the middle of the outer parse's paragraphs.
        nested ??= json(second);
        return english.morphology.isProgressive(lower);
      },
    };
    const language = defineLanguage({ ...englishPack, tag: 'en-x-nested', morphology });
    const outer = json(first, { language });
    expect(nested).toBe(json(second));
    expect(outer).toBe(expected);
    expect(speakers(JSON.parse(outer)).map((record) => record.name)).toStrictEqual(['Dmitry Peskov', 'Maria Zakharova']);
  });
});
