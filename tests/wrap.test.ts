import { describe, expect, it } from 'vitest';
import { isParagraph, toString, type Parent, type Text } from '../src/index.js';
import { createLocator } from '../src/tree/location.js';
import { wrapRange } from '../src/tree/wrap.js';
import { parse } from './helpers/parse.js';
import { validateTree } from './helpers/validate.js';

describe('wrapRange', () => {
  const text = '"We won," Jane Doe said on Monday.';
  const make = (children: Parent['children'], position: Parent['position']) => ({ type: 'role', children, position }) as Parent;

  it('wraps a span inside one text leaf, splitting it, and keeps the tree valid', () => {
    const tree = parse(text, { attribution: false });
    const paragraph = tree.children[0]!;
    if (!isParagraph(paragraph)) throw new Error('expected a paragraph');
    const start = text.indexOf('Jane');
    const node = wrapRange(paragraph, start, start + 'Jane Doe'.length, createLocator(text), make);
    expect(node && toString(node)).toBe('Jane Doe');
    expect(paragraph.children.map((child) => child.type)).toStrictEqual(['quotation', 'text', 'role', 'text']);
    expect((paragraph.children[1] as Text).value).toBe(' ');
    // role is not allowed in a paragraph by the contract; swap the type to check the rest of the tree.
    (node as { type: string }).type = 'attribution';
    Object.assign(node!, { id: 'a1', quotations: [], reported: [], form: 'indirect' });
    (node as Parent).children = [{ type: 'speaker', name: 'Jane Doe', pronoun: false, children: (node as Parent).children, position: node!.position } as never];
    validateTree(tree, text);
  });

  it('refuses a span that cuts through a quotation', () => {
    const tree = parse(text, { attribution: false });
    const paragraph = tree.children[0] as Parent;
    expect(wrapRange(paragraph, 3, 12, createLocator(text), make)).toBeUndefined();
    expect(toString(tree)).toBe(text);
  });

  it('wraps a span that covers a whole quotation', () => {
    const tree = parse(text, { attribution: false });
    const paragraph = tree.children[0] as Parent;
    const node = wrapRange(paragraph, 0, 14, createLocator(text), make);
    expect(node && toString(node)).toBe('"We won," Jane');
    expect(toString(tree)).toBe(text);
  });
});
