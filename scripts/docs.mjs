// npm run docs: builds the documentation site into site/ (not committed):
//   site/api/         TypeDoc over the public entry, with the guides in docs/ (warnings are errors)
//   site/grammar/     railroad diagrams of the grammar, drawn from the parser instance
//   site/playground/  the live playground on the browser build of the library
//   site/index.html   links to the three
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlayground } from './docs-playground.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'site');
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
run('npx', ['tsup', '--silent']);
run('npx', ['typedoc', '--out', join(site, 'api')]);
run('npx', ['tsx', join(root, 'scripts', 'docs-diagrams.ts'), join(site, 'grammar')]);
const { bytes } = await buildPlayground(join(site, 'playground'));
console.log(`playground: ${join(site, 'playground')} (script ${(bytes / 1024).toFixed(0)} KB)`);

writeFileSync(
  join(site, 'index.html'),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>wirecopy documentation</title>
<style>body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; line-height: 1.5; }</style></head>
<body>
<h1>wirecopy</h1>
<p>Parse wire-style news prose into a typed, lossless unist syntax tree.</p>
<ul>
<li><a href="api/index.html">API reference and guides</a> (getting started, the tree, the command line, diagnostics, browser use)</li>
<li><a href="grammar/index.html">Grammar</a>: railroad diagrams generated from the parser</li>
<li><a href="playground/index.html">Playground</a>: paste an article and see its tree</li>
</ul>
</body>
</html>
`,
);
console.log(`site: ${site}`);
