// npm run bench [-- --quick]
//
// Throughput, scaling, adversarial inputs, memory and start-up of wirecopy (the built dist/) next to the
// libraries a user would pick instead (issue 5), plus the 100,000-parse heap check of issue 6.
// Writes bench/results.json, bench/results.svg and bench/results.md (bench/results-quick.* with --quick).
// Scaling, adversarial, memory and start-up cases run in child processes, so each measures its own peak
// memory and starts cold.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { adversarial, articleStream, hostileShapes, joined, loadArticles } from './inputs.mjs';
import { alternation, hostileAlternation } from './ratio.mjs';
import { drawChart } from './svg.mjs';
import { loadTool, toolNames } from './tools.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const MB = 1e6; // sizes are in UTF-16 code units; for this prose that is within 1% of bytes
const RUNS = 5;

// ------------------------------------------------------------------ child process mode

if (process.argv[2] === '--child') {
  const spec = JSON.parse(process.argv[3]);
  const result = await runChild(spec);
  process.stdout.write(`\n@@result ${JSON.stringify(result)}\n`);
  process.exit(0);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The repository's own seed article (about 5 KB), the same with or without ../shared/gold/. */
function seedArticle() {
  const seeds = join(root, 'seeds');
  return readFileSync(join(seeds, readdirSync(seeds).sort()[0]), 'utf8');
}

function makeInput(input, texts) {
  if (input.type === 'scaling') return joined(texts, input.size);
  return adversarial[input.name](input.size, texts);
}

async function runChild(spec) {
  if (spec.kind === 'startup') {
    const text = seedArticle(); // read before the clock starts: only import and parse are timed
    const start = performance.now();
    const { parseArticle } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
    const imported = performance.now();
    parseArticle(text);
    const parsed = performance.now();
    // performance.now() counts from process start, so `parsed` includes Node's own boot.
    return { importMs: imported - start, firstParseMs: parsed - imported, totalMs: parsed - start, sinceProcessStartMs: parsed };
  }
  if (spec.kind === 'memory') {
    const { parseArticle } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
    const text = seedArticle();
    const samples = [];
    const step = spec.iterations / 10;
    const started = performance.now();
    for (let index = 0; index <= spec.iterations; index += 1) {
      if (index % step === 0) {
        globalThis.gc();
        samples.push({ iteration: index, heapMB: process.memoryUsage().heapUsed / MB });
      }
      if (index < spec.iterations) parseArticle(text);
    }
    return {
      iterations: spec.iterations,
      articleChars: text.length,
      seconds: (performance.now() - started) / 1000,
      samples,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    };
  }
  // A throughput case.
  const { texts } = loadArticles();
  const text = makeInput(spec.input, texts);
  const tool = await loadTool(spec.tool);
  if (tool.skipped) return { skipped: tool.skipped };
  // Warm up on (at most) the first 100 KB: at least 2 runs, and on for up to a second so the JIT settles.
  const warm = text.slice(0, 100_000);
  const warmStart = performance.now();
  for (let run = 0; run < 20 && (run < 2 || performance.now() - warmStart < 1000); run += 1) tool.run(warm);
  globalThis.gc?.();
  const times = [];
  let kept;
  let heapMB = 0;
  let firstRunPeakRssMB = 0;
  const budgetEnd = performance.now() + spec.budgetMs;
  while (times.length < RUNS && (times.length === 0 || performance.now() < budgetEnd)) {
    const start = performance.now();
    kept = tool.run(text);
    times.push(performance.now() - start);
    // Peak memory of one parse of the input: read after the first run, before later runs' garbage (which V8
    // collects lazily with 4 GB allowed) adds to the process's high-water mark.
    if (times.length === 1) firstRunPeakRssMB = process.resourceUsage().maxRSS / 1024;
    if (times.length === 1 && globalThis.gc) {
      globalThis.gc(); // the result is still referenced: this is what it keeps alive, input included
      heapMB = process.memoryUsage().heapUsed / MB;
    }
    kept = undefined;
  }
  void kept;
  const ms = median(times);
  return { chars: text.length, runs: times.length, ms, mbPerS: text.length / MB / (ms / 1000), heapWithResultMB: heapMB, peakRssMB: firstRunPeakRssMB, peakRssAllRunsMB: process.resourceUsage().maxRSS / 1024 };
}

/** Runs one child case; resolves to its result, or `{ failed }` on a crash or timeout. */
function child(spec, timeoutMs) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.stderr.on('data', (chunk) => (err += chunk));
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((row) => row.startsWith('@@result '));
      if (line) resolve(JSON.parse(line.slice('@@result '.length)));
      else if (signal === 'SIGKILL') resolve({ failed: `timeout (> ${Math.round(timeoutMs / 1000)} s)` });
      else resolve({ failed: `exit ${code ?? signal}: ${err.trim().split('\n').slice(-1)[0] ?? ''}`.slice(0, 200) });
    });
  });
}

// ------------------------------------------------------------------ parent: the bench

const quick = process.argv.includes('--quick');
const budgetMs = quick ? 4_000 : 15_000;
const log = (line = '') => process.stdout.write(`${line}\n`);
const fmt = (value, digits = 1) => (value === undefined || Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(digits));

const benchStart = performance.now();
const { source, texts } = loadArticles();
const machine = {
  cpu: `${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores)`,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  loadAtStart: loadavg()[0],
};
log(`wirecopy bench${quick ? ' (--quick)' : ''}: ${machine.cpu}, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}`);
log(`load average ${machine.loadAtStart.toFixed(1)} (other processes share the CPU: figures vary with it)`);
log(`articles from ${source}; median of ${RUNS} runs after a warm-up (two untimed passes over the articles), each tool in turn; MB = 10^6 UTF-16 code units`);
log();

const results = { date: new Date().toISOString(), quick, machine, source, runs: RUNS };

// ---- start-up
{
  const runs = [];
  for (let index = 0; index < RUNS; index += 1) runs.push(await child({ kind: 'startup' }, 60_000));
  const ok = runs.filter((run) => !run.failed);
  results.startup = {
    importMs: median(ok.map((run) => run.importMs)),
    firstParseMs: median(ok.map((run) => run.firstParseMs)),
    totalMs: median(ok.map((run) => run.totalMs)),
    sinceProcessStartMs: median(ok.map((run) => run.sinceProcessStartMs)),
  };
  const s = results.startup;
  log(`start-up (fresh process, median of ${ok.length}, the seed article): import ${fmt(s.importMs)} ms + first parseArticle ${fmt(s.firstParseMs)} ms = ${fmt(s.totalMs)} ms (${fmt(s.sinceProcessStartMs)} ms since the process started; target < 300 ms)`);
  log();
}

// ---- (a) articles: one process, each article parsed on its own
{
  const size = quick ? 0.5 * MB : 2 * MB;
  const stream = articleStream(texts, size);
  const chars = stream.reduce((sum, text) => sum + text.length, 0);
  const rows = [];
  log(`(a) articles: ${stream.length} articles, ${fmt(chars / MB, 2)} MB, mean ${Math.round(chars / stream.length)} chars`);
  // Each tool in turn: a warm-up, then its timed runs back to back. (Taking turns between tools run by run
  // spreads a change in the machine's load over every tool, but it measured each tool right after six
  // others had run, and that slowed the first of wirecopy's runs about 2x on its own: the tools are measured
  // one after the other instead, each with the process to itself.)
  for (const name of toolNames) {
    const tool = await loadTool(name);
    if (tool.skipped) {
      rows.push({ tool: name, skipped: tool.skipped });
      continue;
    }
    const row = { tool: name };
    rows.push(row);
    globalThis.gc?.();
    // Warm-up: two untimed passes over the whole stream. wirecopy's optimised code takes a few MB of articles
    // to settle (its first 300 KB ran 4-9x slower than its tenth), so a short warm-up measured start-up.
    for (let pass = 0; pass < 2; pass += 1) for (const text of stream) tool.run(text);
    // Steady state first (no forced collection: how a long-running process parses), then with a full garbage
    // collection before every run (no run pays for an earlier one's garbage). A forced collection also frees
    // hidden classes that only dropped results used, and V8 then throws away optimised code that checked for
    // them (see src/lexer/index.ts), which costs JIT-heavy code part of its warm-up again.
    for (const collect of [false, true]) {
      const times = [];
      for (let run = 0; run < RUNS; run += 1) {
        if (collect) globalThis.gc?.();
        const start = performance.now();
        for (const text of stream) tool.run(text);
        times.push(performance.now() - start);
      }
      const ms = median(times);
      if (collect) row.gcMbPerS = chars / MB / (ms / 1000);
      else {
        row.ms = ms;
        row.mbPerS = chars / MB / (ms / 1000);
        row.msPerArticle = ms / stream.length;
      }
    }
    log(`  ${name}: ${fmt(row.mbPerS)} MB/s steady, ${fmt(row.gcMbPerS)} MB/s with a collection before each run`);
  }
  rows.sort((a, b) => toolNames.indexOf(a.tool) - toolNames.indexOf(b.tool));
  const reference = rows[0];
  for (const row of rows) {
    if (row.mbPerS) row.wirecopyIsTimes = reference.mbPerS / row.mbPerS;
    if (row.gcMbPerS) row.gcWirecopyIsTimes = reference.gcMbPerS / row.gcMbPerS;
  }
  results.articles = { articles: stream.length, chars, rows };
  log(
    table(
      ['tool', 'MB/s', 'ms/article', 'wirecopy is N× faster', 'MB/s (gc before each run)', 'wirecopy is N× faster (gc)'],
      rows.map((row) =>
        row.skipped
          ? [row.tool, `skipped: ${row.skipped}`, '', '', '', '']
          : [row.tool, fmt(row.mbPerS), fmt(row.msPerArticle, 3), fmt(row.wirecopyIsTimes, 2), fmt(row.gcMbPerS), fmt(row.gcWirecopyIsTimes, 2)],
      ),
    ),
  );
  log();
}

// ---- (a2) wirecopy against parse-english in alternation: whole articles and paragraph-sized pieces
{
  const rows = await alternation({ texts, size: quick ? 0.5 * MB : 2 * MB, rounds: quick ? 5 : 9 });
  results.alternation = rows;
  log('(a2) wirecopy vs parse-english in alternation (each round runs both, the first alternates; median of the rounds\' ratios)');
  for (const row of rows) {
    log(`  ${row.set.padEnd(10)} ${row.items} items, ${fmt(row.chars / MB, 2)} MB, mean ${Math.round(row.chars / row.items)} chars: wirecopy ${fmt(row.wirecopyMbPerS)} MB/s, parse-english ${fmt(row.parseEnglishMbPerS)} MB/s, wirecopy is ${fmt(row.ratio, 2)}× faster`);
  }
  log();
}

// ---- (b) scaling and (c) adversarial: one child process per tool and input
async function caseRows(label, inputs, tools) {
  const rows = [];
  const history = new Map(); // tool -> [{ size, ms }]
  for (const input of inputs) {
    for (const name of tools) {
      const past = history.get(name) ?? [];
      const onArticles = results.articles.rows.find((row) => row.tool === name)?.mbPerS;
      const predicted = past.length > 0 ? predict(past, input.size) : onArticles ? (input.size / MB / onArticles) * 1000 : 0;
      let result;
      if (past.some((entry) => entry.failed)) result = { skipped: 'a smaller input already failed or timed out' };
      else if (predicted > 2 * budgetMs) result = { skipped: `a run would take ~${Math.round(predicted / 1000)} s (extrapolated from its speed on articles or smaller inputs)` };
      else result = await child({ kind: 'case', tool: name, input, budgetMs }, Math.max(30_000, 2 * budgetMs + (predicted || 0) * 2));
      if (input.type === 'scaling') history.set(name, [...past, { size: input.size, ms: result.ms, failed: Boolean(result.failed) }]);
      rows.push({ input: input.label, tool: name, ...result });
      log(`  ${label} ${input.label.padEnd(24)} ${name.padEnd(27)} ${describeCase(result)}`);
    }
  }
  return rows;
}

/** Extrapolated time of one run at `size`, from the last two sizes (never better than linear). */
function predict(past, size) {
  const done = past.filter((entry) => entry.ms !== undefined);
  if (done.length === 0) return 0;
  const last = done.at(-1);
  let exponent = 1;
  if (done.length >= 2) {
    const before = done.at(-2);
    exponent = Math.max(1, Math.log(last.ms / before.ms) / Math.log(last.size / before.size));
  }
  return last.ms * (size / last.size) ** exponent;
}

function describeCase(result) {
  if (result.skipped) return `skipped: ${result.skipped}`;
  if (result.failed) return `failed: ${result.failed}`;
  return `${fmt(result.mbPerS).padStart(6)} MB/s  ${fmt(result.ms).padStart(8)} ms  rss ${fmt(result.peakRssMB, 0).padStart(5)} MB  heap ${fmt(result.heapWithResultMB, 0).padStart(5)} MB${result.runs < RUNS ? `  (${result.runs} runs)` : ''}`;
}

{
  const sizes = [
    { label: '100 KB', size: 100_000 },
    { label: '2 MB', size: 2 * MB },
    { label: '20 MB', size: 20 * MB },
  ];
  log('(b) scaling: one input of each size (articles joined by blank lines), one child process per case');
  const peers = quick ? ['wirecopy', 'charCodeAt floor'] : toolNames;
  results.scaling = await caseRows('scaling', sizes.map((entry) => ({ type: 'scaling', ...entry })), peers);
  log();
}

{
  const size = quick ? 0.25 * MB : 1 * MB;
  const label = quick ? '256 KB' : '1 MB';
  log(`(c) adversarial: ${label} each, one child process per case`);
  const input = (name) => ({ type: 'adversarial', name, size, label: `${name} (${label})` });
  const tools = quick ? ['wirecopy', 'charCodeAt floor'] : toolNames;
  // The floods next to every peer; the hostile shapes of the reliability issue measure wirecopy against its own prose.
  results.hostileAlternation = await hostileAlternation({ texts, size, rounds: quick ? 3 : 5 });
  log(`  wirecopy per-MB time vs articles, in alternation in one process: ${results.hostileAlternation.map((row) => `${row.input} ${fmt(row.perMbVsArticles, 1)}×`).join(', ')}`);
  results.adversarial = [
    ...(await caseRows('adversarial', Object.keys(adversarial).filter((name) => !hostileShapes.includes(name)).map(input), tools)),
    ...(await caseRows('adversarial', hostileShapes.map(input), ['wirecopy'])),
  ];
  if (!quick) {
    // Memory: 20 MB of the shapes that build the most nodes per character must parse under 2 GB (issue 16).
    const big = ['one-line paragraphs', 'colon chain', 'unclosed per line', 'quote marks'].map((name) => ({ type: 'adversarial', name, size: 20 * MB, label: `${name} (20 MB)` }));
    results.adversarial.push(...(await caseRows('adversarial', big, ['wirecopy'])));
  }
  const prose = results.articles.rows[0];
  for (const row of results.adversarial) {
    if (row.tool === 'wirecopy' && row.mbPerS) row.perMbTimeVsArticles = prose.mbPerS / row.mbPerS;
  }
  log(`  wirecopy per-MB time vs articles: ${results.adversarial.filter((row) => row.perMbTimeVsArticles).map((row) => `${row.input} ${fmt(row.perMbTimeVsArticles, 2)}×`).join(', ')}`);
  log();
}

// ---- memory: the same article parsed 100,000 times (issue 6)
{
  const iterations = quick ? 10_000 : 100_000;
  const memory = await child({ kind: 'memory', iterations }, 900_000);
  results.memory = memory;
  if (memory.failed) log(`memory: failed: ${memory.failed}`);
  else {
    const heaps = memory.samples.map((sample) => sample.heapMB);
    memory.firstHeapMB = memory.samples[1].heapMB; // after the first tenth, when the JIT and caches are warm
    memory.lastHeapMB = heaps.at(-1);
    memory.maxHeapMB = Math.max(...heaps);
    memory.flat = memory.lastHeapMB - memory.firstHeapMB < 5;
    log(`memory: ${iterations.toLocaleString('en')} parses of one ${memory.articleChars}-char article in ${fmt(memory.seconds)} s; heap after gc at each tenth: ${heaps.map((value) => fmt(value)).join(', ')} MB; peak RSS ${fmt(memory.peakRssMB, 0)} MB -> ${memory.flat ? 'flat' : 'GROWING'}`);
  }
  log();
}

// ---- batch mode: wirecopy --jsonl (built by the CLI), when it exists
{
  results.batch = await batch();
  log();
}

async function batch() {
  const cli = join(root, 'dist', 'cli.js');
  let help = '';
  try {
    help = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
  } catch (error) {
    help = String(error.stdout ?? '');
  }
  if (!help.includes('--jsonl')) {
    log('batch: skipped: no --jsonl yet');
    return { skipped: 'no --jsonl yet' };
  }
  const workersFlag = ['--workers', '--jobs', '--threads'].find((flag) => help.includes(flag));
  const folder = mkdtempSync(join(tmpdir(), 'wirecopy-bench-'));
  try {
    const stream = articleStream(texts, quick ? 0.5 * MB : 2 * MB);
    const file = join(folder, 'articles.jsonl');
    writeFileSync(file, stream.map((text, index) => JSON.stringify({ id: `a${index}`, text })).join('\n') + '\n');
    const rows = [];
    for (const workers of [1, 2]) {
      if (workers > 1 && !workersFlag) {
        rows.push({ workers, skipped: 'no workers flag in --help' });
        continue;
      }
      const args = [cli, '--jsonl', file, ...(workersFlag ? [workersFlag, String(workers)] : [])];
      const times = [];
      let failed;
      for (let run = 0; run < (quick ? 3 : RUNS); run += 1) {
        const start = performance.now();
        try {
          execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
        } catch (error) {
          failed = `exit ${error.status}`;
          break;
        }
        times.push(performance.now() - start);
      }
      const ms = times.length > 0 ? median(times) : undefined;
      const row = failed ? { workers, failed, command: `wirecopy ${args.slice(1).join(' ')}` } : { workers, articles: stream.length, ms, articlesPerS: stream.length / (ms / 1000) };
      rows.push(row);
      log(`batch: wirecopy --jsonl with ${workers} worker(s): ${row.failed ? `failed (${row.failed})` : row.skipped ? `skipped (${row.skipped})` : `${fmt(row.articlesPerS, 0)} articles/s (${stream.length} articles, process start included)`}`);
    }
    return { rows };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// ---- outputs
results.seconds = (performance.now() - benchStart) / 1000;
results.machine.loadAtEnd = loadavg()[0];
// A --quick run is a smoke test: it must not replace the published results.
const base = quick ? 'results-quick' : 'results';
writeFileSync(join(here, `${base}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(here, `${base}.svg`), drawChart(results));
writeFileSync(join(here, `${base}.md`), markdown(results));
log(`wrote bench/${base}.json, bench/${base}.svg and bench/${base}.md in ${fmt(results.seconds, 0)} s`);

function table(header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function markdown(r) {
  const lines = [];
  lines.push(`Measured ${r.date.slice(0, 10)} on ${r.machine.cpu}, ${r.machine.memoryGB} GB, ${r.machine.os}, Node ${r.machine.node}${r.quick ? ' (--quick)' : ''}, load average ${r.machine.loadAtStart.toFixed(1)} at the start and ${r.machine.loadAtEnd.toFixed(1)} at the end; articles from ${r.source}. Median of ${r.runs} runs after a warm-up (two untimed passes over the articles), each tool in turn, one thread.`);
  lines.push('');
  lines.push(`**Articles** (${r.articles.articles} articles, ${(r.articles.chars / MB).toFixed(2)} MB, each parsed on its own):`);
  lines.push('');
  lines.push('| tool | MB/s | ms per article | wirecopy is N× faster | MB/s, gc before each run | wirecopy is N× faster, gc |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of r.articles.rows) {
    lines.push(
      row.skipped
        ? `| ${row.tool} | skipped: ${row.skipped} | | | | |`
        : `| ${row.tool} | ${fmt(row.mbPerS)} | ${fmt(row.msPerArticle, 3)} | ${fmt(row.wirecopyIsTimes, 2)} | ${fmt(row.gcMbPerS)} | ${fmt(row.gcWirecopyIsTimes, 2)} |`,
    );
  }
  lines.push('');
  lines.push('Each tool in turn, after two untimed passes over the articles. MB/s: runs back to back, as a long-running process parses. gc: the same runs with a full garbage collection forced before each.');
  lines.push('');
  if (r.alternation) {
    lines.push('**wirecopy against parse-english in alternation** (one process; each round runs both tools over the same stream, the first alternates; the figure is the median of the rounds\' ratios):');
    lines.push('');
    lines.push('| set | items | mean chars | wirecopy MB/s | parse-english MB/s | wirecopy is N× faster (median ratio) |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const row of r.alternation) lines.push(`| ${row.set} | ${row.items} | ${Math.round(row.chars / row.items)} | ${fmt(row.wirecopyMbPerS)} | ${fmt(row.parseEnglishMbPerS)} | ${fmt(row.ratio, 2)} |`);
    lines.push('');
  }
  if (r.hostileAlternation) {
    lines.push('**Adversarial inputs against articles, in alternation** (one process; each round parses 1 MB of articles and the input, the first alternates; the figure is the median of the rounds\' ratios of per-MB times):');
    lines.push('');
    lines.push('| input | wirecopy MB/s | articles MB/s (same rounds) | per-MB time vs articles |');
    lines.push('| --- | ---: | ---: | ---: |');
    for (const row of r.hostileAlternation) lines.push(`| ${row.input} | ${fmt(row.mbPerS, 2)} | ${fmt(row.articlesMbPerS)} | ${fmt(row.perMbVsArticles, 1)}× |`);
    lines.push('');
  }
  lines.push('**Scaling and adversarial inputs** (one child process per case; peak RSS after the first run, and after all runs with their uncollected garbage; heap = what the result keeps alive, input included):');
  lines.push('');
  lines.push('| input | tool | MB/s | ms | peak RSS MB (first run) | peak RSS MB (all runs) | heap MB |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of [...r.scaling, ...r.adversarial]) {
    if (row.skipped || row.failed) lines.push(`| ${row.input} | ${row.tool} | ${row.skipped ? `skipped: ${row.skipped}` : `failed: ${row.failed}`} | | | | |`);
    else lines.push(`| ${row.input} | ${row.tool} | ${fmt(row.mbPerS)} | ${fmt(row.ms)} | ${fmt(row.peakRssMB, 0)} | ${fmt(row.peakRssAllRunsMB, 0)} | ${fmt(row.heapWithResultMB, 0)} |`);
  }
  lines.push('');
  const s = r.startup;
  lines.push(`**Start-up** (fresh process): import ${fmt(s.importMs)} ms + first parse ${fmt(s.firstParseMs)} ms = ${fmt(s.totalMs)} ms.`);
  if (r.memory && !r.memory.failed) {
    lines.push(`**Memory**: ${r.memory.iterations.toLocaleString('en')} parses of one article: heap ${fmt(r.memory.firstHeapMB)} MB after the first tenth, ${fmt(r.memory.lastHeapMB)} MB at the end (${r.memory.flat ? 'flat' : 'growing'}).`);
  }
  if (r.batch?.rows) lines.push(`**Batch** (\`wirecopy --jsonl\`): ${r.batch.rows.map((row) => (row.articlesPerS ? `${row.workers} worker(s) ${fmt(row.articlesPerS, 0)} articles/s` : `${row.workers} worker(s) ${row.failed ?? row.skipped}`)).join(', ')}.`);
  else lines.push(`**Batch**: ${r.batch?.skipped ?? 'not measured'}.`);
  lines.push('');
  return `${lines.join('\n')}\n`;
}
