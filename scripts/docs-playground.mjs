// Builds the playground (playground/) into a folder: index.html, the CSS, and
// one browser bundle of the built library (dist/index.js, with chevrotain)
// plus the page script and the demo article (playground/demo.txt, written for it in AP style).
// Usage: node scripts/docs-playground.mjs [outDir]   (after npm run build; default site/playground)
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} outDir where to write the page
 * @returns {Promise<{ bytes: number }>} the size of the script bundle
 */
export async function buildPlayground(outDir) {
  const library = join(root, 'dist', 'index.js');
  if (!existsSync(library)) throw new Error('dist/index.js is missing: run npm run build first');
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'playground', 'main.js')],
    outfile: join(outDir, 'playground.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    sourcemap: true,
    alias: { wirecopy: library },
    loader: { '.txt': 'text' },
    metafile: true,
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'playground.css']) copyFileSync(join(root, 'playground', file), join(outDir, file));
  const bytes = Object.entries(result.metafile.outputs).find(([name]) => name.endsWith('playground.js'))?.[1].bytes ?? 0;
  return { bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(root, 'site', 'playground'));
  const { bytes } = await buildPlayground(outDir);
  console.log(`playground: ${outDir} (script ${(bytes / 1024).toFixed(0)} KB)`);
}
