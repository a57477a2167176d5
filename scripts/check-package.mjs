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
  // The node16 profile: every check but TypeScript's old `node10` resolution, which knows no `exports` and so no
  // subpath (wirecopy/unified, wirecopy/guards); it cannot serve a package that needs Node 22 anyway.
  execFileSync(bin('attw'), ['--profile', 'node16', tarball], { stdio: 'inherit' });
} finally {
  rmSync(folder, { recursive: true, force: true });
}
