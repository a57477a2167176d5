/**
 * The published surface: the packed tarball installs into an empty project,
 * where both `import` and `require` work and the `wirecopy` command runs; and
 * it stays small (issue 15): the tarball, and what a browser bundle of it
 * weighs. Needs `npm run build` first (npm test does it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as guards from '../src/guards.js';

const root = join(import.meta.dirname, '..');
let project = '';
let packed: { size: number; unpackedSize: number; files: { path: string }[] } = { size: 0, unpackedSize: 0, files: [] };

const KB = 1000;
/**
 * Size budgets, in bytes. The tarball and the guards meet issue 15's budgets. The browser bundle of
 * `parseArticle` was 124 KB gzipped before (Chevrotain 11 with lodash-es, and re2js); the issue asks for 45 KB:
 * Chevrotain 13 and wirecopy's own linear-time pattern engine bring it to about 69 KB, of which Chevrotain is about
 * 29 KB and wirecopy's own code about 38 KB; reported speech (issue 12) added about 6 KB more (74.8 KB measured on
 * 2026-12-03), and its second round of rules about 1.4 KB (76.2 KB, 2026-12-03 evening); speakers (issue 13, items
 * 9, 11, 12: headlines and common words never antecedents, role nouns, introductory phrases, false speakers) about
 * 1.4 KB more (78.0 KB measured on 2026-12-03 after merging both); places and party words that are no one (issue
 * 13, the person-vs-place judgement, a subject that can speak, two-word conjuncts) about 3.8 KB more, 1.3 KB of it the
 * pack's place names (82.6 KB measured on 2026-12-03, evening); the lexer's character runs, written at build time
 * (`src/lexer/char-runs.ts`: about 15 ms less at start-up, issue 15's other target), about 1.2 KB more (83.7 KB measured
 * after merging both); the attribution fixes after it (participles, time phrases, titles, the medium of a
 * statement) 0.6 KB (84.3 KB measured, 2026-12-03, night); speakers in relative clauses (`Okafor, who said`: the
 * rule, the antecedent, the end of a relative clause and its resolution) about 1.4 KB more (85.8 KB measured after merging
 * both); a person noun with the phrase of whom it speaks for (`A spokesman for the airline said`), a description
 * before a name between commas, nouns in -ly, and the exact source words of reported speech about 0.5 KB (86.3 KB
 * measured on 2026-12-04); the one told by name, the medium of a statement, party and state abbreviations, the end of
 * a content and inverted cues after a clause about 0.7 KB more (87.0 KB measured later that day); common noun phrases
 * as speakers (a capitalised determiner, state media, a person noun before a name or a chain of phrases, a common noun
 * after a closing `said`), party labels in parentheses, two-word clauses and beliefs inside a closing attribution's
 * clause about 1.0 KB more (88.0 KB measured on 2026-12-04, morning). This budget holds it there
 * until the rest is cut (see the report on issue 15); lower it as it shrinks.
 */
const BUDGET = { packed: 400 * KB, unpacked: 1500 * KB, parseArticleGzip: 89 * KB, guardsGzip: 3 * KB };

/** Gzipped size of a browser bundle (esbuild --bundle --minify --platform=browser) of `code` in the consumer project. */
async function bundleGzip(code: string): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: project, loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents).length;
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run npm run build first');
  project = mkdtempSync(join(tmpdir(), 'wirecopy-install-'));
  const [result] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' })) as [typeof packed & { filename: string }];
  const { filename } = result;
  packed = result;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, filename)], { cwd: project, stdio: 'pipe' });
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const probe = `const tree = wirecopy.parseArticle('"Yes," he said.');
if (tree.children[0].children[0].type !== 'quotation') throw new Error('no quotation');
console.log(Object.keys(wirecopy).sort().join(','));`;

describe('the packed package', () => {
  it('works with import', () => {
    const out = execFileSync('node', ['--input-type=module', '-e', `import * as wirecopy from 'wirecopy';\n${probe}`], { cwd: project, encoding: 'utf8' });
    expect(out.trim()).toBe(Object.keys(api).sort().join(','));
  });

  it('works with require', () => {
    const out = execFileSync('node', ['-e', `const wirecopy = require('wirecopy');\n${probe}`], { cwd: project, encoding: 'utf8' });
    expect(out.trim()).toBe(Object.keys(api).sort().join(','));
  });

  it('has the entry points wirecopy/guards and wirecopy/unified, with import and require', () => {
    const names = Object.keys(guards).sort().join(',');
    expect(execFileSync('node', ['--input-type=module', '-e', "import * as g from 'wirecopy/guards'; console.log(Object.keys(g).sort().join(','))"], { cwd: project, encoding: 'utf8' }).trim()).toBe(names);
    expect(execFileSync('node', ['-e', "console.log(Object.keys(require('wirecopy/guards')).sort().join(','))"], { cwd: project, encoding: 'utf8' }).trim()).toBe(names);
    expect(execFileSync('node', ['--input-type=module', '-e', "import { wirecopyParse } from 'wirecopy/unified'; console.log(typeof wirecopyParse)"], { cwd: project, encoding: 'utf8' }).trim()).toBe('function');
    expect(execFileSync('node', ['-e', "console.log(typeof require('wirecopy/unified').wirecopyParse)"], { cwd: project, encoding: 'utf8' }).trim()).toBe('function');
  });

  it('ships the wirecopy command', () => {
    const out = execFileSync(join(project, 'node_modules', '.bin', 'wirecopy'), ['--version'], { cwd: project, encoding: 'utf8' });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the package stays small (issue 15)', () => {
  it(`packs to at most ${BUDGET.packed / KB} KB, ${BUDGET.unpacked / KB} KB unpacked, without source maps`, () => {
    expect(packed.size).toBeGreaterThan(0);
    expect(packed.size).toBeLessThanOrEqual(BUDGET.packed);
    expect(packed.unpackedSize).toBeLessThanOrEqual(BUDGET.unpacked);
    expect(packed.files.filter((file) => file.path.endsWith('.map'))).toStrictEqual([]);
  });

  it('holds the library once: the entry points share one chunk with the parser', () => {
    const dist = (name: string) => readFileSync(join(project, 'node_modules', 'wirecopy', 'dist', name), 'utf8');
    for (const name of ['index.js', 'cli.js', 'unified.js', 'guards.js', 'index.cjs']) expect(dist(name).length, name).toBeLessThan(10 * KB);
    expect(dist('index.cjs')).toMatch(/require\('\.\/index\.js'\)/);
    expect(packed.files.filter((file) => /^dist\/.*\.js$/.test(file.path) && dist(file.path.slice(5)).includes('EmbeddedActionsParser = class')).length).toBe(1);
  });

  it('ships the licence text of what it bundles', () => {
    expect(packed.files.map((file) => file.path)).toContain('LICENSE-THIRD-PARTY.md');
    const notice = readFileSync(join(root, 'LICENSE-THIRD-PARTY.md'), 'utf8');
    expect(notice).toContain(readFileSync(join(root, 'node_modules', 'chevrotain', 'LICENSE.txt'), 'utf8'));
    for (const name of ['chevrotain', '@chevrotain/gast', '@chevrotain/regexp-to-ast', '@chevrotain/utils']) {
      const { version } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      expect(notice).toContain(`| \`${name}\` | ${version} | Apache-2.0 |`);
    }
  });

  it(`a browser bundle of parseArticle is at most ${BUDGET.parseArticleGzip / KB} KB gzipped`, async () => {
    const size = await bundleGzip("import { parseArticle } from 'wirecopy'; console.log(parseArticle);");
    expect(size).toBeGreaterThan(20 * KB); // it did bundle the parser
    expect(size).toBeLessThanOrEqual(BUDGET.parseArticleGzip);
  });

  it(`a bundle of the type guards alone is at most ${BUDGET.guardsGzip / KB} KB gzipped: guards never pull the parser`, async () => {
    for (const from of ['wirecopy', 'wirecopy/guards']) {
      const size = await bundleGzip(`import { isQuotation, isSpeaker } from '${from}'; console.log(isQuotation, isSpeaker);`);
      expect(size, from).toBeGreaterThan(50);
      expect(size, from).toBeLessThanOrEqual(BUDGET.guardsGzip);
    }
  });
});

describe('the public surface', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(api).sort()).toStrictEqual([
      'attributions', 'boilerplateKinds', 'defineLanguage', 'english', 'englishPack', 'englishWithNames', 'englishWithNamesPack', 'extendCues', 'isArticle', 'isAttribution', 'isBoilerplate', 'isByline', 'isCue', 'isDateline', 'isHeadline', 'isParagraph',
      'isQuotation', 'isQuoteMark', 'isReportedSpeech', 'isRole', 'isSpeaker', 'isText', 'isWhitespace', 'parseArticle', 'quotations', 'speakers', 'toString',
    ]);
  });
});
