/** Reading the fixture folders: tests/fixtures/<case>/input.txt (+ options.json) -> expected.txt. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseOptions } from '../../src/index.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface FixtureCase {
  name: string;
  input: string;
  options: ParseOptions | undefined;
  expectedPath: string;
  expected: string | undefined;
}

export function loadFixtures(): FixtureCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const folder = join(FIXTURES, entry.name);
      const optionsPath = join(folder, 'options.json');
      const expectedPath = join(folder, 'expected.txt');
      return {
        name: entry.name,
        input: readFileSync(join(folder, 'input.txt'), 'utf8'),
        options: existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as ParseOptions) : undefined,
        expectedPath,
        expected: existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : undefined,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
