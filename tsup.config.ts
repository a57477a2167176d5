import { writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One copy of the library (issue 15): the ESM build holds it once, in chunks the entry points share (the CLI, the
// unified plugin and the library entry import the same parser chunk), and the type guards sit in their own module,
// so a bundler that imports only a guard never reaches the parser (`sideEffects: false`). The CommonJS entry points
// are two-line files that `require` the ESM build (`require(esm)`, Node 20.19 and 22.12+), not a second copy.
//
// Chevrotain is bundled (tree-shaken): Chevrotain 13 has no lodash-es, and one file loads faster than its ~40
// modules. Its licence text ships in the tarball (LICENSE-THIRD-PARTY.md). No source maps: they tripled the tarball.
const banner = { js: '/*! wirecopy bundles Chevrotain (Apache-2.0, https://github.com/chevrotain/chevrotain): see LICENSE-THIRD-PARTY.md. */' };

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** The public entry points, each with an ESM module and a CommonJS wrapper. */
const library = { index: 'src/index.ts', guards: 'src/guards.ts', unified: 'src/unified.ts' };

export default defineConfig([
  {
    // The library and the command: ESM, shared chunks. The library code has no Node built-ins and runs in browsers.
    entry: { ...library, cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: { entry: library },
    splitting: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    external: [/^node:/],
    treeshake: true,
    noExternal: ['chevrotain'],
    banner,
    define: { __WIRECOPY_VERSION__: JSON.stringify(version) },
    async onSuccess() {
      for (const name of Object.keys(library)) {
        await writeFile(`dist/${name}.cjs`, `'use strict';\n// wirecopy is built once, as ESM; require(esm) loads it (Node 20.19 and 22.12+).\nmodule.exports = require('./${name}.js');\n`);
      }
    },
  },
  {
    // CommonJS declarations (.d.cts) from the same source; the wrappers are written when the ESM build succeeds.
    entry: library,
    format: ['cjs'],
    dts: { only: true },
  },
]);
