// npm run bench:ratio [-- --rounds 9] [--hostile]
//
// wirecopy against parse-english, timed in alternation in one process: each round runs both tools over the same
// stream (which goes first alternates), and the figure is the median of the rounds' ratios. Two streams: the
// article set (2 MB of whole articles, each parsed on its own) and the paragraph set (the same articles split at
// blank lines, each piece parsed on its own: about 300 characters, the shape of briefs, alerts and feeds).
// `npm run bench` runs the same measurement; this script runs it alone, quickly, for work on the parser. With
// `--hostile`, also wirecopy's per-MB time on each adversarial input against its articles, in alternation.
import { fileURLToPath } from 'node:url';
import { adversarial, articleStream, loadArticles, paragraphPieces } from './inputs.mjs';
import { loadTool } from './tools.mjs';

const MB = 1e6;

/** The median of `values`. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(run, stream) {
  const start = performance.now();
  for (const text of stream) run(text);
  return performance.now() - start;
}

/**
 * Runs `first` and `second` (each times one run, in ms) in alternation for `rounds` rounds, the one that goes first
 * alternating; returns each one's times by round.
 *
 * @param {() => number} first
 * @param {() => number} second
 * @param {number} rounds
 * @returns {{ first: number[], second: number[] }}
 */
export function alternate(first, second, rounds) {
  const times = { first: [], second: [] };
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      times.first.push(first());
      times.second.push(second());
    } else {
      times.second.push(second());
      times.first.push(first());
    }
  }
  return times;
}

/**
 * Times wirecopy and parse-english in alternation over the article and paragraph sets.
 *
 * @param {{ texts: string[], size?: number, rounds?: number }} input
 * @returns {Promise<Array<{ set: string, items: number, chars: number, rounds: number, ratio: number, ratios: number[], wirecopyMbPerS: number, parseEnglishMbPerS: number }>>}
 */
export async function alternation({ texts, size = 2 * MB, rounds = 9 }) {
  const wirecopy = await loadTool('wirecopy');
  const english = await loadTool('parse-english');
  const articles = articleStream(texts, size);
  const paragraphs = articleStream(paragraphPieces(texts), size);
  const sets = [
    { set: 'articles', stream: articles },
    { set: 'paragraphs', stream: paragraphs },
  ];
  const results = [];
  for (const { set, stream } of sets) {
    const chars = stream.reduce((sum, text) => sum + text.length, 0);
    for (let pass = 0; pass < 2; pass += 1) {
      time(wirecopy.run, stream);
      time(english.run, stream);
    }
    const { first: ours, second: theirs } = alternate(() => time(wirecopy.run, stream), () => time(english.run, stream), rounds);
    const ratios = ours.map((a, round) => theirs[round] / a);
    results.push({
      set,
      items: stream.length,
      chars,
      rounds,
      ratio: median(ratios),
      ratios,
      wirecopyMbPerS: chars / MB / (median(ours) / 1000),
      parseEnglishMbPerS: chars / MB / (median(theirs) / 1000),
    });
  }
  return results;
}

/**
 * wirecopy's per-MB time on each adversarial input against its per-MB time on articles, timed in alternation in one
 * process (each round parses the articles and the input, the first alternates; the figure is the median of the
 * rounds' ratios), so that the machine's load cancels out.
 *
 * @param {{ texts: string[], size?: number, rounds?: number }} input
 * @returns {Promise<Array<{ input: string, chars: number, rounds: number, perMbVsArticles: number, ratios: number[], mbPerS: number, articlesMbPerS: number }>>}
 */
export async function hostileAlternation({ texts, size = MB, rounds = 5 }) {
  const wirecopy = await loadTool('wirecopy');
  const articles = articleStream(texts, size);
  const articleChars = articles.reduce((sum, text) => sum + text.length, 0);
  for (let pass = 0; pass < 2; pass += 1) time(wirecopy.run, articles);
  const results = [];
  for (const [name, make] of Object.entries(adversarial)) {
    const input = [make(size, texts)];
    time(wirecopy.run, input);
    const { first: ours, second: prose } = alternate(() => time(wirecopy.run, input), () => time(wirecopy.run, articles), rounds);
    const ratios = ours.map((a, round) => a / input[0].length / (prose[round] / articleChars));
    results.push({
      input: name,
      chars: input[0].length,
      rounds,
      perMbVsArticles: median(ratios),
      ratios,
      mbPerS: input[0].length / MB / (median(ours) / 1000),
      articlesMbPerS: articleChars / MB / (median(prose) / 1000),
    });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const roundsAt = process.argv.indexOf('--rounds');
  const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 9;
  const { source, texts } = loadArticles();
  console.log(`wirecopy vs parse-english in alternation, median of ${rounds} rounds' ratios; articles from ${source}`);
  for (const row of await alternation({ texts, rounds })) {
    console.log(
      `  ${row.set.padEnd(10)} ${row.items} items, ${(row.chars / MB).toFixed(2)} MB: wirecopy ${row.wirecopyMbPerS.toFixed(1)} MB/s, parse-english ${row.parseEnglishMbPerS.toFixed(1)} MB/s, ratio ${row.ratio.toFixed(2)}x (rounds ${row.ratios.map((value) => value.toFixed(2)).join(' ')})`,
    );
  }
  if (process.argv.includes('--hostile')) {
    console.log('wirecopy per-MB time on each adversarial input (1 MB) against its articles, in alternation, median of 5 rounds');
    for (const row of await hostileAlternation({ texts })) {
      console.log(`  ${row.input.padEnd(22)} ${row.mbPerS.toFixed(2).padStart(6)} MB/s (articles ${row.articlesMbPerS.toFixed(1)}): ${row.perMbVsArticles.toFixed(1)}x the per-MB time of articles`);
    }
  }
}
