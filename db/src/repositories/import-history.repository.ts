import { sql } from 'kysely';
import type { ChangeLogEntry } from '@targetboard/shared/api/change-log.schema';
import type { DbOrTrx } from '../database';

/** Which cells' import history to derive: one cell (`key`), or a region (and quarter). */
export interface ImportedChangeQuery {
  /** `regionId:indicatorId:quarter` */
  key?: string | undefined;
  regionId?: number | undefined;
  /** With `regionId` only. */
  quarter?: string | undefined;
  limit: number;
}

interface ImportedRow {
  id: number | string;
  user_name: string | null;
  channel: ChangeLogEntry['channel'];
  at: Date | string;
  region_id: number;
  indicator_id: number;
  quarter: string;
  old_version: number;
  old_value: number | null;
  old_numerator: number | null;
  old_denominator: number | null;
  old_note: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
}

/**
 * The per-cell entries of the imports' compact log (migration 2026-12-05-0347), in the shape
 * change_log holds for a form save: id (the import's), old → new as
 * `{ note, value, version, numerator, denominator }` (jsonb's key order, so exports read the
 * same), who, when, channel and the new note. Oldest first, an import's cells in file order.
 * A row of created cells only keeps its old_ arrays empty; unnest pads them with nulls.
 */
export async function listImportedChanges(
  db: DbOrTrx,
  q: ImportedChangeQuery,
): Promise<ChangeLogEntry[]> {
  const where = [];
  let regionId = q.regionId;
  // As in change_log's query: the quarter narrows a region's history only.
  let quarter = q.regionId === undefined ? undefined : q.quarter;
  if (q.key !== undefined) {
    const m = /^(\d+):(\d+):(\d{4}Q[1-4])$/.exec(q.key);
    if (!m) return [];
    const [keyRegion, indicatorId, keyQuarter] = [Number(m[1]), Number(m[2]), m[3]!];
    if ((regionId ?? keyRegion) !== keyRegion || (quarter ?? keyQuarter) !== keyQuarter) return [];
    regionId = keyRegion;
    quarter = keyQuarter;
    where.push(sql`u.indicator_id = ${indicatorId}`);
  }
  if (regionId !== undefined) where.push(sql`c.region_id = ${regionId}`);
  if (quarter !== undefined) where.push(sql`u.quarter = ${quarter}`);
  const { rows } = await sql<ImportedRow>`
    SELECT b.id, b.user_name, b.channel, b.at, c.region_id, u.indicator_id, u.quarter,
           coalesce(u.old_version, 0) AS old_version, u.old_value, u.old_numerator, u.old_denominator, u.old_note,
           u.value, u.numerator, u.denominator, u.note
    FROM import_cell_changes c
    JOIN import_batches b ON b.id = c.batch_id
    CROSS JOIN LATERAL unnest(c.indicator_ids, c.quarters, c.old_versions, c.old_values,
        c.old_numerators, c.old_denominators, c.old_notes, c.new_values, c.new_numerators,
        c.new_denominators, c.new_notes)
      WITH ORDINALITY AS u(indicator_id, quarter, old_version, old_value, old_numerator,
        old_denominator, old_note, value, numerator, denominator, note, ord)
    ${where.length > 0 ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``}
    ORDER BY b.id, u.ord
    LIMIT ${q.limit}`.execute(db);
  return rows.map((r) => ({
    id: Number(r.id),
    entity: 'observation',
    key: `${r.region_id}:${r.indicator_id}:${r.quarter}`,
    oldValue:
      r.old_version === 0
        ? null
        : figure(r.old_note, r.old_value, r.old_version, r.old_numerator, r.old_denominator),
    newValue: figure(r.note, r.value, r.old_version + 1, r.numerator, r.denominator),
    user: r.user_name,
    channel: r.channel,
    note: r.note,
    at: new Date(r.at).toISOString(),
  }));
}

const figure = (
  note: string | null,
  value: number | null,
  version: number,
  numerator: number | null,
  denominator: number | null,
) => ({ note, value, version, numerator, denominator });
