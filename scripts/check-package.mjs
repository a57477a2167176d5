// Packs the package and runs publint and arethetypeswrong on the tarball.
// Usage: node scripts/check-package.mjs   (after npm run build)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folder = mkdtempSync(join(tmpdir(), 'wirecopy-pack-'));
try {
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', folder], { encoding: 'utf8' }));
  const tarball = join(folder, filename);
  const bin = (name) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);
  execFileSync(bin('publint'), ['--strict', tarball], { stdio: 'inherit' });
  execFileSync(bin('attw'), [tarball], { stdio: 'inherit' });
} finally {
  rmSync(folder, { recursive: true, force: true });
}
