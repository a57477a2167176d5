/**
 * Writes tests/fixtures/<case>/expected.txt from the current parser.
 *
 *   npm run fixtures:update -- <case> [<case> ...]   update the named cases
 *   npm run fixtures:update -- --all                 update every case
 *
 * It prints a diff of what changed. Read it: an expectation is only right
 * once a person has checked it against the input.
 */
import { writeFileSync } from 'node:fs';
import { loadFixtures } from '../tests/helpers/fixtures.js';
import { parse } from '../tests/helpers/parse.js';
import { summarize } from '../tests/helpers/summary.js';

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: npm run fixtures:update -- <case>... | --all');
  process.exit(2);
}
const all = args.includes('--all');
const cases = loadFixtures().filter((fixture) => all || args.includes(fixture.name));
const unknown = args.filter((name) => name !== '--all' && !cases.some((fixture) => fixture.name === name));
if (unknown.length > 0) {
  console.error(`no such fixture: ${unknown.join(', ')}`);
  process.exit(2);
}
for (const fixture of cases) {
  const actual = summarize(parse(fixture.input, fixture.options));
  if (actual === fixture.expected) continue;
  writeFileSync(fixture.expectedPath, actual);
  console.log(`--- ${fixture.name}/expected.txt`);
  const before = new Set((fixture.expected ?? '').split('\n'));
  const after = new Set(actual.split('\n'));
  for (const line of (fixture.expected ?? '').split('\n')) if (!after.has(line)) console.log(`- ${line}`);
  for (const line of actual.split('\n')) if (!before.has(line)) console.log(`+ ${line}`);
}
