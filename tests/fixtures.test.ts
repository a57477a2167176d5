import { describe, expect, it } from 'vitest';
import { loadFixtures } from './helpers/fixtures.js';
import { parse } from './helpers/parse.js';
import { summarize } from './helpers/summary.js';

describe('fixtures (tests/fixtures/<case>: input.txt -> expected.txt)', () => {
  for (const fixture of loadFixtures()) {
    it(fixture.name, () => {
      expect(fixture.expected, `${fixture.name} has no expected.txt: run npm run fixtures:update -- ${fixture.name} and review it`).toBeDefined();
      const tree = parse(fixture.input, fixture.options);
      expect(summarize(tree)).toBe(fixture.expected);
    });
  }
});
