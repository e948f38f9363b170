import { type RawBuilder, sql } from 'kysely';

/** Which figures to read: quarters, regions (an `int[]` expression) and indicators. */
export interface JudgedFigureScope {
  /** The quarters (`YYYYQn`); column `f<i>` holds quarter i. */
  quarters: readonly string[];
  /** An `int[]` expression of the cells' regions: a parameter, or a subquery over earlier CTEs. */
  regionIds: RawBuilder<unknown>;
  /** Only these indicators; null: all. */
  indicatorIds: readonly number[] | null;
  /** A query of (region_id, indicator_id): the cells whose target in force is additive. */
  additiveCells: RawBuilder<unknown>;
}

/**
 * The figures a cell is judged on (shared `figuresForMeasure`, repeated in SQL for speed; the
 * property tests hold them together): its own, or — an additive target with no own figure in
 * a quarter — the sum of its direct sub-regions' figures. Two CTEs to follow a `WITH`:
 * `figs(region_id, indicator_id, f0…)`, the cells' own figures, and `sub_figs(…)`, the sums,
 * taken only for additive cells that lack an own figure in some quarter asked (where every
 * region reports, none: the sums were most of a grid's time). Whether a cell lacks one is
 * probed by primary key, not read from `figs`, which so stays planned once, inline; `OFFSET 0`
 * keeps the probe after the additive filter (pulled up, the planner may probe every cell
 * first: 2,640 in the national grid, every cell of a national refresh).
 */
export function judgedFigureCtes(scope: JudgedFigureScope): RawBuilder<unknown> {
  const quarters = [...scope.quarters];
  const indicatorIds = scope.indicatorIds ? [...scope.indicatorIds] : null;
  const columns = (fn: 'max' | 'sum') =>
    sql.join(
      quarters.map(
        (q, i) =>
          sql`${sql.raw(fn)}(o.value) FILTER (WHERE o.quarter = ${q}) AS ${sql.ref(`f${i}`)}`,
      ),
    );
  return sql`
    figs AS (
      SELECT o.region_id, o.indicator_id, ${columns('max')}
      FROM observations o
      WHERE o.quarter = ANY(${quarters}::text[])
        AND o.region_id = ANY(${scope.regionIds})
        AND (${indicatorIds}::int[] IS NULL OR o.indicator_id = ANY(${indicatorIds}::int[]))
      GROUP BY o.region_id, o.indicator_id
    ),
    sub_figs AS (
      SELECT sub.parent_id AS region_id, o.indicator_id, ${columns('sum')}
      FROM observations o
      JOIN regions sub ON sub.id = o.region_id
      WHERE o.quarter = ANY(${quarters}::text[])
        AND (sub.parent_id, o.indicator_id) IN
          (SELECT c.region_id, c.indicator_id FROM (${scope.additiveCells} OFFSET 0) c
           WHERE (SELECT count(own.value) FROM observations own
                  WHERE own.indicator_id = c.indicator_id AND own.region_id = c.region_id
                    AND own.quarter = ANY(${quarters}::text[])) < ${quarters.length})
      GROUP BY sub.parent_id, o.indicator_id
    )`;
}

/**
 * The judged figures of a cell row that joined `figs f` and `sub_figs s` on its region and
 * indicator, one expression per quarter; `measure` is its target's measure.
 */
export function judgedFigureValues(
  quarters: readonly string[],
  measure: RawBuilder<unknown>,
): RawBuilder<unknown>[] {
  return quarters.map(
    (_, i) =>
      sql`CASE WHEN ${measure} = 'additive' THEN coalesce(${sql.ref(`f.f${i}`)}, ${sql.ref(`s.f${i}`)})
               ELSE ${sql.ref(`f.f${i}`)} END`,
  );
}

/** `judgedFigureValues` as the columns `f0…` of a row. */
export function judgedFigureColumns(
  quarters: readonly string[],
  measure: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return sql.join(
    judgedFigureValues(quarters, measure).map((value, i) => sql`${value} AS ${sql.ref(`f${i}`)}`),
  );
}
