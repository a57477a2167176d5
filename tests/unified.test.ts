/**
 * `wirecopy/unified` with the real unified, vfile and vfile-reporter: the parser plugin parses a file, and the
 * diagnostics become the file's messages (ruleId = code, source 'wirecopy', place = position).
 */
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { wirecopyParse } from '../src/unified.js';

const story = '"We will rebuild, the mayor said.\n\nThe council met Monday. "Fine," she said.\n';

describe('wirecopy/unified', () => {
  it('parses a VFile into the same tree as parseArticle', () => {
    const file = new VFile({ path: 'story.txt', value: story });
    const tree = unified().use(wirecopyParse).parse(file);
    expect(tree).toStrictEqual(parseArticle(story));
    expect(tree.type).toBe('article');
  });

  it('turns each diagnostic into a message: ruleId, source, place, severity', () => {
    const file = new VFile({ path: 'story.txt', value: story });
    const tree = unified().use(wirecopyParse).parse(file);
    expect(tree.diagnostics.length).toBeGreaterThan(0);
    expect(file.messages.map((message) => [message.ruleId, message.source, message.place, message.fatal, message.reason])).toStrictEqual(
      tree.diagnostics.map((diagnostic) => [diagnostic.code, 'wirecopy', diagnostic.position, diagnostic.severity === 'warning' ? false : undefined, diagnostic.message]),
    );
    expect(file.messages.map((message) => message.ruleId)).toStrictEqual(['unclosed-quotation', 'unattributed-quotation']);
    expect(file.messages[0]!.line).toBe(1);
    expect(file.messages[0]!.column).toBe(1);
  });

  it('prints the messages through vfile-reporter', () => {
    const file = new VFile({ path: 'story.txt', value: story });
    unified().use(wirecopyParse).parse(file);
    const report = reporter([file], { color: false });
    expect(report).toMatch(/^story\.txt\n/);
    expect(report).toMatch(/1:1-1:34 +warning +Quotation q1 has no closing mark.* +unclosed-quotation +wirecopy/);
    expect(report).toMatch(/info +Quotation q1 has no speaker.* +unattributed-quotation +wirecopy/);
    expect(report).toMatch(/2 messages \(⚠ 1 warning\)/);
  });

  it('passes its options to parseArticle', () => {
    const file = new VFile({ value: story });
    unified().use(wirecopyParse, { attribution: false }).parse(file);
    expect(file.messages.map((message) => message.ruleId)).toStrictEqual(['unclosed-quotation']);
    expect(() => unified().use(wirecopyParse, { layout: 'nonsense' as 'line' }).parse('text')).toThrow(/options\.layout/);
  });

  it('a clean story gives no messages, and a string parses too', () => {
    const file = new VFile({ value: '"Fine," she said.' });
    unified().use(wirecopyParse).parse(file);
    expect(file.messages).toStrictEqual([]);
    expect(unified().use(wirecopyParse).parse('"Fine," she said.').children[0]?.type).toBe('paragraph');
  });
});
