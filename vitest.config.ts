import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// .ci/run asks for a JSON report too, to print its "N passed, N failed" line.
const jsonReport = process.env.WIRECOPY_VITEST_JSON;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One worker per core (vitest's default leaves one core to its main process, which mostly waits).
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
