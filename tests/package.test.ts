/**
 * The published surface: the packed tarball installs into an empty project,
 * where both `import` and `require` work and the `wirecopy` command runs.
 * Needs `npm run build` first (npm test does it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const root = join(import.meta.dirname, '..');
let project = '';

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run npm run build first');
  project = mkdtempSync(join(tmpdir(), 'wirecopy-install-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' })) as [{ filename: string }];
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

  it('ships the wirecopy command', () => {
    const out = execFileSync(join(project, 'node_modules', '.bin', 'wirecopy'), ['--version'], { cwd: project, encoding: 'utf8' });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the public surface', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(api).sort()).toStrictEqual([
      'attributions', 'boilerplateKinds', 'defineLanguage', 'english', 'englishPack', 'extendCues', 'isArticle', 'isAttribution', 'isBoilerplate', 'isByline', 'isCue', 'isDateline', 'isHeadline', 'isParagraph',
      'isQuotation', 'isQuoteMark', 'isReportedSpeech', 'isRole', 'isSpeaker', 'isText', 'isWhitespace', 'parseArticle', 'quotations', 'speakers', 'toString',
    ]);
  });
});
