// `npm test`: every check of the project, with independent steps side by side (the machine has two cores).
//   1. typecheck | build        (the typecheck is incremental outside CI: .tmp/*.tsbuildinfo)
//   2. vitest                   (needs the build: the package, CLI and playground tests use dist/)
//   3. package checks | API docs
// Each step's output is printed whole when it ends; the command fails when any step fails, after the others of its
// stage have finished. Usage: node scripts/test.mjs [extra vitest arguments]
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs one npm script, buffering its output when it shares the terminal with another step. */
function run(script, args, buffered) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
    });
    const chunks = [];
    child.stdout?.on('data', (chunk) => chunks.push(chunk));
    child.stderr?.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      if (buffered) process.stdout.write(Buffer.concat(chunks));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`--- ${script}: ${code === 0 ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`}, ${seconds} s`);
      resolve(code === 0);
    });
  });
}

async function stage(scripts, args = []) {
  const results = await Promise.all(scripts.map((script) => run(script, args, scripts.length > 1)));
  return results.every(Boolean);
}

const started = Date.now();
const ok =
  (await stage(['typecheck', 'build'])) &&
  (await stage(['test:unit'], process.argv.slice(2))) &&
  (await stage(['check:package', 'docs:api']));
console.log(`--- npm test: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(ok ? 0 : 1);
