// npm run bench:reported [-- --rounds 15]
//
// What reported speech costs (issue 12's speed target): `parseArticle(text)` against `parseArticle(text,
// { reportedSpeech: false })` over the bench's 2 MB article stream, timed in alternation in one process (which goes
// first alternates each round, after two untimed passes of each), and the figure is the median of the rounds'
// ratios of times: 1.18 means a parse with reported speech takes 18% longer. Run it on a quiet machine, and compare
// two builds by running it on each in turn, side by side.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleStream, loadArticles } from './inputs.mjs';
import { alternate, median } from './ratio.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1e6;

const flag = process.argv.indexOf('--rounds');
const rounds = flag > 0 ? Number(process.argv[flag + 1]) : 15;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number of at least 1');
const { parseArticle } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const { source, texts } = loadArticles();
const stream = articleStream(texts, 2 * MB);
const chars = stream.reduce((sum, text) => sum + text.length, 0);
const off = { reportedSpeech: false };
const time = (options) => {
  const start = performance.now();
  for (const text of stream) parseArticle(text, options);
  return performance.now() - start;
};
for (let pass = 0; pass < 2; pass += 1) {
  time(undefined);
  time(off);
}
const { first: on, second: without } = alternate(() => time(undefined), () => time(off), rounds);
const ratios = on.map((a, round) => a / without[round]);
const rate = (ms) => (chars / MB / (median(ms) / 1000)).toFixed(1);
console.log(`articles from ${source}: ${stream.length} articles, ${(chars / MB).toFixed(2)} MB, ${rounds} rounds in alternation`);
console.log(`with reported speech ${rate(on)} MB/s, without ${rate(without)} MB/s; a parse with it takes ${median(ratios).toFixed(3)}x the time (median of the rounds' ratios)`);
