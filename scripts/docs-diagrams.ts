// Draws the grammar as railroad diagrams, from the parser instance itself
// (Chevrotain's createSyntaxDiagramsCode over getSerializedGastProductions),
// with Chevrotain's diagram scripts copied next to the page so it works offline.
// Usage: npx tsx scripts/docs-diagrams.ts [outDir]   (default site/grammar)
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSyntaxDiagramsCode } from 'chevrotain';
import { getParser } from '../src/parser/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes `index.html` and the diagram scripts into `outDir`; returns the rule names drawn. */
export function buildDiagrams(outDir: string): string[] {
  const productions = getParser().getSerializedGastProductions();
  const chevrotainDiagrams = join(root, 'node_modules', 'chevrotain', 'diagrams');
  mkdirSync(outDir, { recursive: true });
  for (const part of ['src', 'vendor', 'diagrams.css']) cpSync(join(chevrotainDiagrams, part), join(outDir, part), { recursive: true });
  const header = [
    '<title>wirecopy grammar</title>',
    '<nav style="font-family: system-ui, sans-serif"><a href="../index.html">wirecopy documentation</a> · <a href="../api/index.html">API</a> · <a href="../playground/index.html">Playground</a></nav>',
    '<h1 style="font-family: system-ui, sans-serif">wirecopy grammar</h1>',
    '<p style="font-family: system-ui, sans-serif">Railroad diagrams of the Chevrotain grammar, generated from the parser',
    'instance by <code>npm run docs</code>. Terminals are token types of the lexer; the tree builder and the passes',
    'after the parse (running quotes, attribution, furniture) are not part of the grammar.</p>',
  ].join('\n');
  const html = createSyntaxDiagramsCode(productions, { resourceBase: './', css: './diagrams.css' }).replace(
    '<div id="diagrams"',
    `${header}\n<div id="diagrams"`,
  );
  writeFileSync(join(outDir, 'index.html'), html);
  return productions.map((rule) => (rule as unknown as { name: string }).name);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(root, 'site', 'grammar'));
  const rules = buildDiagrams(outDir);
  console.log(`grammar diagrams: ${outDir} (${rules.length} rules: ${rules.join(', ')})`);
}
