// npm run bench:stages [-- paragraphs | "<adversarial input>"]
//
// Where a parse's time goes: the same 2 MB article stream as `npm run bench` (or `paragraphs`: 2 MB of the
// paragraph-sized set, the articles split at blank lines, each piece parsed on its own; or, given the name of one
// of the bench's adversarial inputs, that input at 1 MB), timed stage by stage (parse stage =
// Chevrotain lexer and grammar, tree build, then each pass), median of 7 runs after a warm-up. The stages are
// internal modules, so this script bundles a small entry from src/ with esbuild (no keepNames: hot closures stay
// fast) into a temporary file and runs it.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = mkdtempSync(join(tmpdir(), 'wirecopy-stages-'));
const entry = join(folder, 'entry.ts');
writeFileSync(
  entry,
  `
import { resolveOptions } from ${JSON.stringify(join(root, 'src/options.ts'))};
import { parseBlocks } from ${JSON.stringify(join(root, 'src/parser/index.ts'))};
import { passes } from ${JSON.stringify(join(root, 'src/passes/index.ts'))};
import { buildArticle } from ${JSON.stringify(join(root, 'src/tree/build.ts'))};
import { createLocator } from ${JSON.stringify(join(root, 'src/tree/location.ts'))};
export function stages(stream: string[]) {
  const options = resolveOptions(undefined);
  const names = ['lexer + grammar', 'tree build', ...passes.map((pass) => pass.name)];
  const totals = names.map(() => 0);
  for (const text of stream) {
    let before = performance.now();
    const parsed = parseBlocks(text, { layout: options.layout, maxQuotationDepth: options.maxQuotationDepth });
    let now = performance.now();
    totals[0] += now - before;
    before = now;
    const locator = createLocator(text);
    const article = buildArticle(text, parsed, locator);
    now = performance.now();
    totals[1] += now - before;
    before = now;
    const context = { text, locator, options, plainFrom: parsed.plainFrom, report: () => {} };
    passes.forEach((pass, index) => {
      pass(article, context);
      now = performance.now();
      totals[2 + index] += now - before;
      before = now;
    });
  }
  return names.map((name, index) => ({ name, ms: totals[index] }));
}
`,
);
const out = join(folder, 'stages.mjs');
await build({ entryPoints: [entry], bundle: true, platform: 'neutral', format: 'esm', outfile: out, logLevel: 'warning', mainFields: ['module', 'main'] });
const { stages } = await import(pathToFileURL(out).href);
rmSync(folder, { recursive: true, force: true });

const { adversarial, articleStream, loadArticles, paragraphPieces } = await import('./inputs.mjs');
const { source: articleSource, texts } = loadArticles();
const chosen = process.argv[2];
const paragraphs = chosen === 'paragraphs';
if (chosen !== undefined && !paragraphs && !(chosen in adversarial)) {
  console.error(`no adversarial input called ${JSON.stringify(chosen)}; there are: paragraphs, ${Object.keys(adversarial).join(', ')}`);
  process.exit(2);
}
const stream = chosen === undefined ? articleStream(texts, 2e6) : paragraphs ? articleStream(paragraphPieces(texts), 2e6) : [adversarial[chosen](1e6, texts)];
const source = chosen === undefined ? articleSource : paragraphs ? `${articleSource}, split at blank lines` : `the adversarial input "${chosen}"`;
const chars = stream.reduce((sum, text) => sum + text.length, 0);
for (let pass = 0; pass < 2; pass += 1) stages(stream);
const runs = [];
for (let run = 0; run < 7; run += 1) runs.push(stages(stream));
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`stages of a parse: ${stream.length} ${stream.length === 1 ? 'input' : paragraphs ? 'paragraph pieces' : 'articles'} from ${source}, ${(chars / 1e6).toFixed(2)} MB, median of 7 runs`);
let total = 0;
for (let index = 0; index < runs[0].length; index += 1) {
  const ms = median(runs.map((run) => run[index].ms));
  total += ms;
  console.log(`${runs[0][index].name.padEnd(22)} ${ms.toFixed(1).padStart(7)} ms  ${(chars / 1e6 / (ms / 1000)).toFixed(1).padStart(7)} MB/s`);
}
console.log(`${'all'.padEnd(22)} ${total.toFixed(1).padStart(7)} ms  ${(chars / 1e6 / (total / 1000)).toFixed(1).padStart(7)} MB/s`);
