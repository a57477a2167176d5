/**
 * The guides stay in step with the code: every diagnostic code the library
 * can report is documented in docs/diagnostics.md, and docs/cli.md lists
 * exactly the exit codes and flags of the command.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/exit-codes.js';
// @ts-expect-error: a plain ES module script without type declarations.
import { typedocReadme } from '../scripts/docs-readme.mjs';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** First column of a Markdown table under a heading, as the cells' text without backticks. */
function tableColumn(markdown: string, heading: string): string[] {
  const section = markdown.split(/^#+ /m).find((part) => part.startsWith(heading));
  if (!section) throw new Error(`no section "${heading}"`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .slice(1)
    .map((line) => line.split('|')[1]!.trim().replaceAll('`', ''));
}

describe('docs/diagnostics.md', () => {
  it('documents every diagnostic code found in src/', () => {
    const codes = new Set<string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bcode:\s*['"]([a-z][a-z-]*)['"]/g)) codes.add(match[1]!);
    }
    expect(codes.size).toBeGreaterThanOrEqual(4);
    const documented = tableColumn(readFileSync(join(root, 'docs', 'diagnostics.md'), 'utf8'), 'Diagnostics');
    expect([...codes].filter((code) => !documented.includes(code))).toStrictEqual([]);
  });
});

describe('docs/cli.md', () => {
  const cliDoc = readFileSync(join(root, 'docs', 'cli.md'), 'utf8');

  it('lists exactly the exit codes of the command', () => {
    expect(tableColumn(cliDoc, 'Exit codes').map(Number)).toStrictEqual(Object.values(EXIT).map((entry) => entry.code));
  });

  it('mentions every flag', () => {
    const options = readFileSync(join(root, 'src', 'cli', 'args.ts'), 'utf8');
    const flags = [...options.matchAll(/^\s{2}(\w+): \{ type:/gm)].map((match) => `--${match[1]}`);
    expect(flags.length).toBeGreaterThanOrEqual(8);
    for (const flag of flags) expect(cliDoc).toContain(`\`${flag}`);
  });
});

describe('the TypeDoc home page', () => {
  it('has the README without its title, which TypeDoc writes (one "wirecopy" heading)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme.startsWith('# wirecopy\n')).toBe(true);
    const home = typedocReadme(readme) as string;
    expect(home.match(/^# /gm)).toBeNull();
    expect(home.startsWith('wirecopy parses')).toBe(true);
    expect(readme.endsWith(home)).toBe(true);
  });
});
