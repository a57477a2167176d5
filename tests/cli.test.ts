/**
 * The built `wirecopy` command (dist/cli.js, built by `npm test` before
 * vitest), spawned as a user runs it: every flag, every exit code.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle as parseFromSource } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const seedPath = join(root, 'seeds', '000_5b8cd54deaba8003.txt');
const seed = readFileSync(seedPath, 'utf8');
let dir = '';

/** A story of our own, in wire style. */
const STORY = [
  'PORTLAND, Maine (AP) — "We cannot wait for the next storm," Maria Lopez, the harbor master, said Tuesday.',
  '"The money is there, and the town voted for it," she told reporters.',
  'The Associated Press contributed to this report.',
  '',
].join('\n');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The test's environment without colour settings, plus `extra`. The keys are removed, not emptied: Node 22+
 * warns on stderr when NO_COLOR and FORCE_COLOR are both present, even empty.
 */
function colourFreeEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}

function run(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return spawnAsync(process.execPath, [cli, ...args], { input: options.input, env: colourFreeEnv(options.env) });
}

/** Spawns a process, feeds it `input`, and collects its output (tests run concurrently, so never spawnSync). */
function spawnAsync(command: string, args: string[], options: { input?: string | Buffer | undefined; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: dir, env: options.env ?? process.env, timeout: 60_000 });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
    child.stdin.on('error', () => {}); // the command may exit before reading all of it
    child.stdin.end(options.input ?? '');
  });
}

/** One line on stderr, no stack trace, nothing on stdout, the given exit code. */
function expectFailure(result: Run, code: number, message: RegExp): void {
  expect(result.status).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^wirecopy: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

let files = 0;

/** Writes a file with a unique name (tests run concurrently) that ends with `name`. */
function file(name: string, content: string | Buffer): string {
  files += 1;
  const path = join(dir, `${files}-${name}`);
  writeFileSync(path, content);
  return path;
}

function jsonl(lines: unknown[]): string {
  return `${lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n')}\n`;
}

function records(stdout: string): Array<Record<string, unknown> & { id: unknown; quotations: Array<Record<string, unknown>> }> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** Runs the command with standard output and error on a pseudo-terminal (util-linux `script`). */
async function onTerminal(args: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${args}`;
  const result = await spawnAsync('script', ['-qec', command, '/dev/null'], { env: colourFreeEnv({ COLUMNS: '100', ...env }) });
  return result.stdout;
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
  dir = mkdtempSync(join(tmpdir(), 'wirecopy-cli-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('--help and --version', () => {
  it('--help lists every flag and every exit code', async () => {
    const result = await run(['--help']);
    expect(result.status).toBe(0);
    for (const flag of ['--json', '--quotes', '--csv', '--text', '--jsonl', '--workers N', '--names', '--max-size SIZE', '--help', '--version']) expect(result.stdout).toContain(flag);
    expect(result.stdout).toMatch(/capped/);
    for (const [code, words] of [
      [0, 'success'], [1, 'internal error'], [2, 'usage error'], [3, 'does not exist'], [4, 'cannot be read'],
      [5, 'is a directory'], [6, 'binary'], [7, 'not valid UTF-8'], [8, 'skipped'], [9, 'larger than --max-size'],
      [10, 'cannot be written'], [130, 'interrupted'],
    ] as const) {
      expect(result.stdout).toMatch(new RegExp(`^\\s+${code}\\s+.*${words}`, 'm'));
    }
    expect((await run(['-h'])).stdout).toBe(result.stdout);
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toStrictEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect((await run(['-v'])).stdout).toBe(`${version}\n`);
  });
});

describe.concurrent('the outline (default)', () => {
  it('prints blocks and quotations, without colour when piped', async () => {
    const result = await run([seedPath]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^article 1:1-\d+:\d+ \(\d+ blocks, \d+ diagnostics\)$/);
    expect(result.stdout).toMatch(/^ {2}paragraph 1:1-1:215 Russia is demanding that NATO/m);
    expect(result.stdout).toMatch(/^ {4}quotation id="q1" closed=true .*"It has change into crystal clear/m);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('reads standard input with - and with no file', async () => {
    const fromFile = (await run([seedPath])).stdout;
    expect((await run(['-'], { input: seed })).stdout).toBe(fromFile);
    expect((await run([], { input: seed })).stdout).toBe(fromFile);
  });

  it('colours with FORCE_COLOR, and NO_COLOR turns it off', async () => {
    expect((await run([seedPath], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[1mparagraph');
    expect((await run([seedPath], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it.skipIf(!hasScript)('colours on a terminal unless NO_COLOR is set', async () => {
    expect(await onTerminal(JSON.stringify(seedPath))).toContain('\u001b[1marticle');
    const plainOut = await onTerminal(JSON.stringify(seedPath), { NO_COLOR: '1' });
    expect(plainOut).toContain('article 1:1');
    expect(plainOut).not.toContain('\u001b[');
  });
});

describe.concurrent('--json', () => {
  it('prints the same tree as parseArticle', async () => {
    const result = await run(['--json', file('story.txt', STORY)]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toStrictEqual(JSON.parse(JSON.stringify(parseFromSource(STORY))));
  });
});

describe.concurrent('--quotes', () => {
  it('prints one row per quotation with its text', async () => {
    const result = await run(['--quotes', file('story.txt', STORY)]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+speaker\s+role\s+cue\s+text$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^q1\s.*\sWe cannot wait for the next storm,$/);
    expect(lines[2]).toMatch(/^q2\s.*\sThe money is there, and the town voted for it,$/);
  });

  it('--csv prints RFC 4180 CSV with a header', async () => {
    const result = await run(['--quotes', '--csv', file('story.txt', STORY)]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toBe('id,block,line,column,speaker,resolved,role,cue,lemma,text,closed,continuedFrom,continuedIn');
    expect(lines[1]).toMatch(/^q1,1,1,24,.*,"We cannot wait for the next storm,",true,,$/);
    expect(lines[2]).toMatch(/^q2,2,2,1,.*,"The money is there, and the town voted for it,",true,,$/);
    expect(lines[3]).toBe('');
  });

  it('says so when there are no quotations', async () => {
    expect((await run(['--quotes', file('none.txt', 'No quotes here.\n')])).stdout).toBe('(no quotations)\n');
  });

  it('shows speaker, role and cue from the attribution pass', async () => {
    const csv = (await run(['--quotes', '--csv', file('story.txt', STORY)])).stdout.split('\r\n');
    expect(csv[1]).toMatch(/^q1,1,1,24,Maria Lopez,(Maria Lopez)?,the harbor master,said,say,/);
    expect(csv[2]).toMatch(/^q2,2,2,1,she,Maria Lopez,,told,tell,/);
  });
});

describe.concurrent('--text', () => {
  it('prints the paragraphs separated by blank lines', async () => {
    const result = await run(['--text', file('two.txt', 'ROME (AP) — One.\nTwo "quoted" words.\n')]);
    expect(result).toStrictEqual({ status: 0, stdout: 'ROME (AP) — One.\n\nTwo "quoted" words.\n', stderr: '' });
  });

  it('drops the boilerplate the furniture pass labels', async () => {
    expect((await run(['--text', file('story.txt', STORY)])).stdout).not.toContain('contributed to this report');
  });
});

describe.concurrent('--names', () => {
  // Two people, the woman named last: `he` is the man only when first names tell their gender.
  const GENDERS = 'Patrick Bardos, the council president, opened the meeting on Monday.\n\nKaren Holt, the city manager, spoke next.\n\n"We are out of money," he said.\n';

  it('resolves a pronoun past a first name of the other gender, in one article and in --jsonl', async () => {
    const path = file('genders.txt', GENDERS);
    const resolved = (stdout: string) => stdout.split('\r\n')[1]!.split(',')[5];
    expect(resolved((await run(['--quotes', '--csv', path])).stdout)).toBe('Karen Holt');
    expect(resolved((await run(['--quotes', '--csv', '--names', path])).stdout)).toBe('Patrick Bardos');
    const batch = records((await run(['--jsonl', '--names', '--workers', '2', file('genders.jsonl', jsonl([{ id: 'g', text: GENDERS }, { id: 'h', text: GENDERS }]))])).stdout);
    expect(batch.map((record) => record.quotations[0]!.resolved)).toStrictEqual(['Patrick Bardos', 'Patrick Bardos']);
    expect(records((await run(['--jsonl', file('genders.jsonl', jsonl([{ id: 'g', text: GENDERS }]))])).stdout)[0]!.quotations[0]!.resolved).toBe('Karen Holt');
  });
});

describe.concurrent('--jsonl (batch mode)', () => {
  const articles = [
    { id: 'big', text: seed.repeat(4) },
    { id: 'small', text: '"Yes," he said.' },
    { id: 7, text: STORY },
    { id: 'empty', text: '' },
  ];

  it('writes one result line per article, in input order, and nothing on stderr', async () => {
    const result = await run(['--jsonl', '--workers', '2', file('in.jsonl', jsonl(articles))]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const out = records(result.stdout);
    expect(out.map((r) => r.id)).toStrictEqual(['big', 'small', 7, 'empty']);
    expect(out[1]!.quotations.map((q) => q.text)).toStrictEqual(['Yes,']);
    expect(out[0]!.quotations).toHaveLength(44);
    expect(out[0]!.length).toBe(seed.length * 4);
    expect(out[0]!.tree).toBeUndefined();
  });

  it('gives the same output with 1 and 3 workers, and from standard input', async () => {
    const input = jsonl(articles);
    const one = await run(['--jsonl', '--workers', '1', file('in.jsonl', input)]);
    expect((await run(['--jsonl', '--workers', '3', file('in.jsonl', input)])).stdout).toBe(one.stdout);
    expect((await run(['--jsonl', '-'], { input })).stdout).toBe(one.stdout);
    expect((await run(['--jsonl'], { input })).stdout).toBe(one.stdout);
  });

  it('--json adds the whole tree to each line', async () => {
    const out = records((await run(['--jsonl', '--json', file('in.jsonl', jsonl([{ id: 'a', text: STORY }]))])).stdout);
    expect(out[0]!.tree).toStrictEqual(JSON.parse(JSON.stringify(parseFromSource(STORY))));
  });

  it('uses the line number as id when there is none, and skips blank lines', async () => {
    const out = records((await run(['--jsonl'], { input: `{"text": "One."}\n\n{"text": "Two."}\r\n` })).stdout);
    expect(out.map((r) => r.id)).toStrictEqual([1, 3]);
  });

  it('reports each bad line on stderr, skips it, writes every good line and exits 8', async () => {
    const input = Buffer.concat([
      Buffer.from(jsonl([{ id: 'a', text: 'First.' }, '{"id": "b", "text": "unterminated', { id: 'c', text: 'Third.' }, '[1, 2]', { id: 'e', text: 5 }])),
      Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d, 0x0a]), // {"t":"\xff"} : not UTF-8
      Buffer.from(jsonl([{ id: 'g', text: 'Last.' }])),
    ]);
    const result = await run(['--jsonl', '--workers', '2', file('bad.jsonl', input)]);
    expect(result.status).toBe(8);
    expect(records(result.stdout).map((r) => r.id)).toStrictEqual(['a', 'c', 'g']);
    const errors = result.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^wirecopy: .*bad\.jsonl:2: not valid JSON \(.+\), skipped$/);
    expect(errors[1]).toMatch(/bad\.jsonl:4: expected an object like \{"id": "a1", "text": "\.\.\."\}, skipped$/);
    expect(errors[2]).toMatch(/bad\.jsonl:5: "text" must be a string, skipped$/);
    expect(errors[3]).toMatch(/bad\.jsonl:6: not valid UTF-8, skipped$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads the .txt files of a folder in name order, reports bad ones and ignores other files', async () => {
    const folder = join(dir, 'articles');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'b.txt'), '"Two," she said.');
    writeFileSync(join(folder, 'a.txt'), STORY);
    writeFileSync(join(folder, 'c.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(folder, 'd.txt'), Buffer.from([0x41, 0xc3, 0x28]));
    writeFileSync(join(folder, 'notes.md'), 'not an article');
    mkdirSync(join(folder, 'sub.txt'), { recursive: true });
    const result = await run(['--jsonl', folder]);
    expect(result.status).toBe(8);
    expect(records(result.stdout).map((r) => r.id)).toStrictEqual(['a.txt', 'b.txt']);
    const errors = result.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/c\.txt looks like a binary file .*, skipped$/);
    expect(errors[1]).toMatch(/d\.txt is not valid UTF-8 text at byte 1, skipped$/);
  });

  it('writes nothing for an empty input and exits 0', async () => {
    expect(await run(['--jsonl', file('empty.jsonl', '')])).toStrictEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('stops quietly when the reader stops early (| head)', async () => {
    const input = file('many.jsonl', jsonl(Array.from({ length: 400 }, (_, index) => ({ id: index, text: seed }))));
    const result = await spawnAsync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} --jsonl --workers 2 ${JSON.stringify(input)} | head -n 1`], { env: colourFreeEnv() });
    expect(result.status).toBe(0);
    expect(records(result.stdout).map((r) => r.id)).toStrictEqual([0]);
    expect(result.stderr).toBe('');
  });

  it.skipIf(!hasScript)('draws a progress bar on a terminal only, never on stdout', async () => {
    const input = file('three.jsonl', jsonl(articles.slice(0, 3)));
    const outPath = file('out.jsonl', '');
    const terminal = await onTerminal(`--jsonl ${JSON.stringify(input)} > ${JSON.stringify(outPath)}`);
    expect(terminal).toMatch(/\[#+\] 100% 3 articles \d+\/s/);
    expect(records(readFileSync(outPath, 'utf8')).map((r) => r.id)).toStrictEqual(['big', 'small', 7]);
    // Piped: no bar (the other tests check stderr is empty).
    expect((await run(['--jsonl', input])).stderr).toBe('');
  });
});

describe.concurrent('errors: one line on stderr, a distinct exit code', () => {
  it('2: an unknown flag', async () => {
    expectFailure(await run(['--frobnicate']), 2, /Unknown option '--frobnicate'.*see wirecopy --help/);
  });

  it('2: flags that do not go together, bad values, two files', async () => {
    expectFailure(await run(['--csv', seedPath]), 2, /--csv only goes with --quotes/);
    expectFailure(await run(['--json', '--text', seedPath]), 2, /choose one of --json, --text/);
    expectFailure(await run(['--workers', '2', seedPath]), 2, /--workers only goes with --jsonl/);
    expectFailure(await run(['--jsonl', '--workers', '0']), 2, /--workers must be a whole number of at least 1, got "0"/);
    expectFailure(await run(['--max-size', 'lots', seedPath]), 2, /--max-size must be a size like 500K, 64M or 2G, got "lots"/);
    expectFailure(await run(['--jsonl', '--workers', 'many']), 2, /got "many"/);
    expectFailure(await run(['--jsonl', '--quotes']), 2, /--quotes does not go with --jsonl/);
    expectFailure(await run(['a.txt', 'b.txt']), 2, /give at most one file, got 2/);
  });

  it('3: a missing file', async () => {
    expectFailure(await run(['missing.txt']), 3, /missing\.txt: no such file/);
    expectFailure(await run(['--jsonl', 'missing.jsonl']), 3, /missing\.jsonl: no such file/);
  });

  it('4: a file that cannot be read', async () => {
    const notADirectory = join(file('plain.txt', 'x'), 'child.txt');
    expectFailure(await run([notADirectory]), 4, /cannot read .*child\.txt: ENOTDIR/);
  });

  it.skipIf(process.getuid?.() === 0)('4: a file without read permission', async () => {
    const locked = file('locked.txt', 'secret');
    chmodSync(locked, 0o000);
    expectFailure(await run([locked]), 4, /cannot read .*locked\.txt: permission denied/);
  });

  it('5: a directory', async () => {
    expectFailure(await run([dir]), 5, /is a directory \(use --jsonl to read a folder of \.txt files\)/);
  });

  it('6: a binary file', async () => {
    expectFailure(await run([file('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]))]), 6, /image\.bin looks like a binary file/);
    expectFailure(await run(['-'], { input: Buffer.from([0x00, 0x01]) }), 6, /standard input looks like a binary file/);
  });

  it('7: invalid UTF-8, with the byte offset', async () => {
    expectFailure(await run([file('latin1.txt', Buffer.from('caf\xe9 au lait', 'latin1'))]), 7, /latin1\.txt is not valid UTF-8 text at byte 3$/m);
  });

  it('8: bad lines in --jsonl (tested above), distinct from every other code', async () => {
    const codes = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 130];
    expect(new Set(codes).size).toBe(codes.length);
    expect((await run(['--jsonl'], { input: 'nope\n' })).status).toBe(8);
  });
});
