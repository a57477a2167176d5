import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Chevrotain is bundled (tree-shaken) into dist: imported as a package it loads ~300 ES modules
// (lodash-es) and import alone takes ~350 ms; bundled, import + first parse take ~70 ms (issue 5).
const chevrotain = {
  noExternal: ['chevrotain'],
  banner: { js: '/*! wirecopy bundles Chevrotain (Apache-2.0, https://github.com/chevrotain/chevrotain) and parts of lodash-es (MIT, https://lodash.com). */' },
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    // The library: ESM + CJS + declarations, no Node built-ins, runs in browsers.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    ...chevrotain,
  },
  {
    // The command and its --jsonl worker thread: ESM only, for Node.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    noExternal: chevrotain.noExternal,
    banner: { js: `#!/usr/bin/env node\n${chevrotain.banner.js}` },
    define: { __WIRECOPY_VERSION__: JSON.stringify(version) },
  },
]);
