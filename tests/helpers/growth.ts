/**
 * Growth checks: the time of a run on an input of size N against size 4N, in one process. Linear is about 4,
 * quadratic about 16; the check fails above 8 and measures up to four more times before it does (noise only adds
 * time: on a loaded 2-core CI run, a linear case once measured 8.4 after three tries).
 */

/** Best of `rounds` runs of `run`, in milliseconds. */
function best(run: () => void, rounds: number): number {
  let time = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    run();
    time = Math.min(time, performance.now() - start);
  }
  return time;
}

/** The ratio limit: linear gives about 4, quadratic about 16. */
export const GROWTH_LIMIT = 8;

/**
 * The 4N/N time ratio of `run(prepare(n))`; `prepare` builds the input outside the timing. Measured again, up to
 * four more times, while the ratio is above {@link GROWTH_LIMIT}.
 *
 * `reference`, when given, is a plain linear read of the same inputs (a walk over the nodes `run` reads): a large
 * tree no longer fits in the processor's caches, so reading each of its nodes costs more than in the small one, and
 * a linear walk itself measures about 6 where the input is a tree of 20,000 paragraphs. The ratio is then scaled by
 * 4 over the reference's own ratio (never up), which leaves what `run` adds to the cost of reading the tree: linear
 * about 4 again, quadratic still above 8.
 */
export function growthRatio<T>(prepare: (n: number) => T, run: (input: T) => void, n: number, reference?: (input: T) => void): number {
  const small = prepare(n);
  const large = prepare(4 * n);
  run(small); // warm-up
  if (reference) reference(small);
  let ratio = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 5 && ratio > GROWTH_LIMIT; attempt += 1) {
    const measured = best(() => run(large), 3) / Math.max(best(() => run(small), 3), 0.5);
    const memory = reference ? Math.max(best(() => reference(large), 3) / Math.max(best(() => reference(small), 3), 0.05), 4) : 4;
    ratio = Math.min(ratio, (measured * 4) / memory);
  }
  return ratio;
}
