// npm run docs: builds the documentation site into site/ (not committed):
//   site/api/         TypeDoc over the public entry, with the guides in docs/ (warnings are errors)
//   site/grammar/     railroad diagrams of the grammar, drawn from the parser instance
//   site/playground/  the live playground on the browser build of the library
//   site/index.html   links to the three
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlayground } from './docs-playground.mjs';
import { typedocReadme } from './docs-readme.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'site');
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
run('npx', ['tsup', '--silent']);
// The README without its title, which TypeDoc writes itself (one "wirecopy" heading on the home page).
mkdirSync(join(root, '.tmp'), { recursive: true });
const readme = join(root, '.tmp', 'README.typedoc.md');
writeFileSync(readme, typedocReadme(readFileSync(join(root, 'README.md'), 'utf8')));
run('npx', ['typedoc', '--out', join(site, 'api'), '--readme', readme]);
run('npx', ['tsx', join(root, 'scripts', 'docs-diagrams.ts'), join(site, 'grammar')]);
const { bytes } = await buildPlayground(join(site, 'playground'));
console.log(`playground: ${join(site, 'playground')} (script ${(bytes / 1024).toFixed(0)} KB)`);

writeFileSync(
  join(site, 'index.html'),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>wirecopy documentation</title>
<style>
  :root { color-scheme: light dark; --accent: #b4232a; }
  body { font-family: system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1.25rem; line-height: 1.55; }
  h1 { font-size: 2.4rem; margin-bottom: 0.25rem; letter-spacing: -0.02em; }
  h1 + p { font-size: 1.15rem; margin-top: 0; opacity: 0.85; }
  ul { list-style: none; padding: 0; display: grid; gap: 0.9rem; }
  li { border: 1px solid color-mix(in srgb, currentColor 20%, transparent); border-radius: 0.6rem; padding: 0.9rem 1.1rem; }
  li a { font-weight: 600; color: var(--accent); text-decoration: none; font-size: 1.1rem; }
  li a:hover { text-decoration: underline; }
  pre { background: color-mix(in srgb, currentColor 8%, transparent); padding: 0.8rem 1rem; border-radius: 0.5rem; overflow-x: auto; }
</style></head>
<body>
<h1>wirecopy</h1>
<p>Parse wire-style news prose into a typed, lossless unist syntax tree: quotations and who said them, datelines, bylines and boilerplate.</p>
<pre><code>npm install wirecopy</code></pre>
<ul>
<li><a href="api/index.html">API reference and guides</a><br>Getting started, the tree, the command line, diagnostics, browser use, the unified plugin</li>
<li><a href="grammar/index.html">Grammar</a><br>Railroad diagrams generated from the parser</li>
<li><a href="playground/index.html">Playground</a><br>Paste an article and see its quotations, speakers and tree</li>
</ul>
</body>
</html>
`,
);
console.log(`site: ${site}`);
