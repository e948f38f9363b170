import { loadavg } from 'node:os';

/**
 * Opens the one stdout line of a bench that `bench/run.mjs` reads (bench/goals.mjs
 * `collectFigures`): the marker, a space, then one JSON object. The same string is written
 * there; `bench/goals.test.mjs` holds the two together.
 */
export const BENCH_FIGURES_MARKER = '@bench-figures';

/** What one bench run measured, by key (see GOALS in bench/goals.mjs for the keys read). */
export interface BenchFigures {
  /** Which bench: `dashboard`, `import`, `first-grid`, `http`, `extract`. */
  bench: string;
  /** `postgres` or `pglite` where the bench has a choice. */
  engine?: string;
  /** The data set's size in rows (observations, or CSV rows for the import). */
  rows?: number;
  figures: Record<string, number>;
}

/**
 * Prints the figures as one marked JSON line, with the load average at the moment, so the
 * goals table never scrapes prose.
 */
export function printBenchFigures(run: BenchFigures): void {
  const load = loadavg().map((l) => Math.round(l * 100) / 100);
  console.log(`${BENCH_FIGURES_MARKER} ${JSON.stringify({ ...run, load })}`);
}
