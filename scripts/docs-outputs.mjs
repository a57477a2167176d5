// Refreshes the "Output:" blocks of the Markdown examples (README.md, docs/*.md):
// runs each ```js block that is followed by "Output:" and a ```text block against the
// built library, and writes what it printed into the ```text block. Review the diff.
// tests/examples.test.ts fails when an Output block is stale.
// Usage: npm run build && node scripts/docs-outputs.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const library = pathToFileURL(join(root, 'dist', 'index.js')).href;
const pattern = /(```js\n)((?:(?!```)[\s\S])*)(```[ \t]*\n\s*Output:[ \t]*\n\s*```text\n)([\s\S]*?)(```)/g;
mkdirSync(join(root, '.tmp'), { recursive: true });
const dir = mkdtempSync(join(root, '.tmp', 'outputs-'));
const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
try {
  for (const file of files) {
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    let count = 0;
    const after = before.replace(pattern, (_all, open, code, middle, _old, close) => {
      const script = join(dir, `example-${count++}.mjs`);
      writeFileSync(script, code.replace(/from\s+(['"])wirecopy\1/g, `from ${JSON.stringify(library)}`));
      const output = execFileSync(process.execPath, [script], { encoding: 'utf8' });
      return `${open}${code}${middle}${output.endsWith('\n') ? output : `${output}\n`}${close}`;
    });
    if (after !== before) writeFileSync(path, after);
    if (count > 0) console.log(`${file}: ${count} example(s)${after === before ? '' : ', updated'}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
