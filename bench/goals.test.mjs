import { afterEach, describe, expect, it, vi } from 'vitest';
import { BENCH_FIGURES_MARKER, printBenchFigures } from '../db/src/testing/bench-figures.ts';
import {
  collectFigures,
  FIGURES_MARKER,
  goalsTable,
  mergeResults,
  RESULTS_END,
  RESULTS_START,
} from './goals.mjs';

// Sample outputs as the benches print them: Markdown for RESULTS.md with one marked line.
const dashboardOutput = (engine, rows, figures) =>
  [
    `### ${engine}: ${rows.toLocaleString('en')} observations`,
    '',
    '| what | p50 ms | p95 ms | p50 ÷ SQL |',
    '| trend · HTTP | 40.0 | 56.4 | 1.38× |',
    `${FIGURES_MARKER} ${JSON.stringify({ bench: 'dashboard', engine, rows, figures, load: [2.17, 0.93, 0.39] })}`,
    '30 runs each after 3 warm-ups.',
  ].join('\n');

const national = {
  'national.cold.p95': 226,
  'national.warm.p95': 32,
  'province.cold.p95': 39.5,
  'trend.p95': 28.1,
  'trend.ratio': 1.25,
  'save.before.p50': 2.1,
  'save.after.p50': 20.2,
  'import.before.p50': 3230.8,
  'import.after.p50': 8460.3,
};

/** The table's row whose measure starts with `measure`, split into its cells. */
const row = (table, measure) =>
  table
    .split('\n')
    .find((l) => l.startsWith(`| ${measure}`))
    ?.split(' | ')
    .map((c) => c.replace(/^\| | \|$/g, ''));

describe('collectFigures', () => {
  it('takes the marked lines out of the text and parses them', () => {
    const { runs, errors, text } = collectFigures(
      dashboardOutput('postgres', 10_243_200, national),
    );
    expect(errors).toEqual([]);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ bench: 'dashboard', engine: 'postgres', rows: 10_243_200 });
    expect(runs[0].figures['trend.ratio']).toBe(1.25);
    expect(text).not.toContain(FIGURES_MARKER);
    expect(text).toContain('| trend · HTTP | 40.0 | 56.4 | 1.38× |');
  });

  it('keeps a marked line that is not JSON as text and reports it', () => {
    const { runs, errors, text } = collectFigures(`a\n${FIGURES_MARKER} {oops\nb`);
    expect(runs).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(text).toContain('{oops');
  });

  it('ignores the marker anywhere but at the start of a line', () => {
    const { runs } = collectFigures(`see ${FIGURES_MARKER} {"bench":"x","figures":{}}`);
    expect(runs).toEqual([]);
  });

  describe('reads what printBenchFigures prints', () => {
    afterEach(() => vi.restoreAllMocks());
    it('round trip, with the load average', () => {
      expect(BENCH_FIGURES_MARKER).toBe(FIGURES_MARKER);
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      printBenchFigures({ bench: 'import', engine: 'postgres', rows: 1000, figures: { a: 0.5 } });
      const { runs } = collectFigures(`x\n${log.mock.calls[0][0]}\ny`);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ bench: 'import', rows: 1000, figures: { a: 0.5 } });
      expect(runs[0].load).toHaveLength(3);
    });
  });
});

describe('goalsTable', () => {
  const outputs = [
    dashboardOutput('postgres', 10_243_200, national),
    dashboardOutput('pglite', 1_024_320, { 'province.cold.p95': 120 }),
    `${FIGURES_MARKER} ${JSON.stringify({ bench: 'import', engine: 'postgres', rows: 1_000_000, figures: { 'first.ratio': 0.72, 'updated.ratio': 0.41 }, load: [9, 8, 7] })}`,
  ];
  const runs = outputs.flatMap((o) => collectFigures(o).runs);
  const table = goalsTable(runs);

  it('judges each goal by its own figure', () => {
    expect(row(table, 'national grid, cold')).toEqual([
      'national grid, cold (first request after a write), p95',
      '268 ms',
      '226 ms',
      '2.2 0.9 0.4',
      '≤ 100 ms',
      'not met',
    ]);
    expect(row(table, 'province grid, cold')?.[2]).toBe('40 ms');
    expect(row(table, 'province grid, cold')?.[5]).toBe('**met**');
    expect(row(table, 'import, first')?.slice(2)).toEqual([
      '72 %',
      '9.0 8.0 7.0',
      '≥ 70 %',
      '**met**',
    ]);
    expect(row(table, 'import, 1 M rows all updated')?.[5]).toBe('not met');
    expect(row(table, 'PGlite province grid')?.slice(2)).toEqual([
      '120 ms',
      '2.2 0.9 0.4',
      '≤ 100 ms',
      'not met',
    ]);
  });

  it('holds the trend to both bounds', () => {
    expect(row(table, 'trend')?.slice(2)).toEqual([
      '28 ms (1.25×)',
      '2.2 0.9 0.4',
      '≤ 30 ms and ≤ 1.2×',
      'not met',
    ]);
    const fast = goalsTable(
      collectFigures(
        dashboardOutput('postgres', 10_243_200, { 'trend.p95': 29, 'trend.ratio': 1.1 }),
      ).runs,
    );
    expect(row(fast, 'trend')?.[5]).toBe('**met**');
  });

  it('says what was not measured', () => {
    expect(row(table, 'web: first national grid')?.slice(2)).toEqual([
      '—',
      '—',
      '≤ 3 s',
      'not measured',
    ]);
  });

  it('judges the first grid at its p95, showing the median beside it', () => {
    const grid = (p95) =>
      goalsTable(
        collectFigures(
          `${FIGURES_MARKER} ${JSON.stringify({ bench: 'first-grid', engine: 'postgres', figures: { 'compressed.median': 2770, 'compressed.p95': p95 }, load: [1, 1, 1] })}`,
        ).runs,
      );
    expect(row(grid(2940), 'web: first national grid')?.slice(2)).toEqual([
      '2.94 s (median 2.77 s)',
      '1.0 1.0 1.0',
      '≤ 3 s',
      '**met**',
    ]);
    expect(row(grid(3200), 'web: first national grid')?.[5]).toBe('not met');
  });

  it('shows the volume of a quick run and does not call it met', () => {
    const quick = goalsTable(collectFigures(dashboardOutput('postgres', 1_024_320, national)).runs);
    expect(row(quick, 'province grid, cold')?.slice(2, 3)).toEqual(['40 ms at 1.02 M rows']);
    expect(row(quick, 'province grid, cold')?.[5]).toBe('met (not at goal volume)');
  });

  it('adds what the refresh costs a save and an import', () => {
    expect(row(table, 'cost added to a save')?.[2]).toBe('+18 ms (2.1 ms → 20 ms p50)');
    expect(row(table, 'cost added to a nationwide import')?.[2]).toBe(
      '+5.23 s (3.23 s → 8.46 s p50)',
    );
  });
});

describe('mergeResults', () => {
  it('replaces the last output and keeps the notes below it', () => {
    const first = mergeResults('# Benchmark results\n\nold run\n\n## A dated note\n', '# Run 1');
    expect(first.startsWith(`${RESULTS_START}\n# Run 1\n${RESULTS_END}\n`)).toBe(true);
    expect(first).toContain('# Earlier results and notes\n\nold run\n\n## A dated note\n');
    const second = mergeResults(`${first}\n## Another note\n`, '# Run 2');
    expect(second).not.toContain('# Run 1');
    expect(second).toContain('# Run 2');
    expect(second).toContain('## A dated note\n');
    expect(second).toContain('## Another note\n');
    expect(second.split(RESULTS_END)).toHaveLength(2);
  });
});
