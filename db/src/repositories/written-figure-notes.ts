import { sql } from 'kysely';
import type { DbOrTrx } from '../database';
import { arrayLiteral, textArrayLiteral } from '../sql-literals';
import type { CellColumns } from './observations-staged.repository';

/**
 * Runs `write`, a statement storing these cells (those whose `skip` is 0) in observations,
 * with their status notes written here rather than by observations' note trigger: the very
 * notes the trigger writes — one per year and indicator, naming the regions written — which
 * the trigger would have found by reading back every written row (migration
 * 2026-12-06-2200). The trigger is told to stand aside for `write` alone; any other
 * statement, before or after, is noted by it as usual. The notes may name a cell `write`
 * then leaves alone (a refresh judges it again for nothing), never miss one it writes.
 * Run inside the caller's transaction; an error undoes the notes with the write.
 */
export async function writeNoted<T>(
  trx: DbOrTrx,
  cells: CellColumns,
  skip: Uint8Array | null,
  write: () => Promise<T>,
): Promise<T> {
  await noteFigures(trx, cells, skip);
  await sql`SELECT set_config('targetboard.figures_noted', 'on', true)`.execute(trx);
  const result = await write();
  await sql`SELECT set_config('targetboard.figures_noted', 'off', true)`.execute(trx);
  return result;
}

/** Writes the notes of the cells whose `skip` is 0, as `note_dirty_figures()` would. */
async function noteFigures(
  trx: DbOrTrx,
  cells: CellColumns,
  skip: Uint8Array | null,
): Promise<void> {
  // year → indicator → regions, from the columns: numbers in sets, no key text per cell.
  const groups = new Map<number, Map<number, Set<number>>>();
  const yearOf = new Map<string, number>();
  for (let i = 0; i < cells.length; i++) {
    if (skip?.[i]) continue;
    const quarter = cells.quarter[i]!;
    let year = yearOf.get(quarter);
    if (year === undefined) yearOf.set(quarter, (year = Number(quarter.slice(0, 4))));
    let byIndicator = groups.get(year);
    if (!byIndicator) groups.set(year, (byIndicator = new Map()));
    const indicatorId = cells.indicatorId[i]!;
    let regions = byIndicator.get(indicatorId);
    if (!regions) byIndicator.set(indicatorId, (regions = new Set()));
    regions.add(cells.regionId[i]!);
  }
  const years: number[] = [];
  const indicators: number[] = [];
  const regionLists: string[] = [];
  for (const [year, byIndicator] of groups)
    for (const [indicatorId, regions] of byIndicator) {
      years.push(year);
      indicators.push(indicatorId);
      regionLists.push([...regions].join(','));
    }
  if (years.length === 0) return;
  // Each group's regions as one comma-separated text: the groups' lists differ in length.
  await sql`
    INSERT INTO cell_status_dirty (region_ids, subtree, indicator_ids, year_from, year_to)
    SELECT string_to_array(n.regions, ',')::int[], false, ARRAY[n.indicator_id], n.year, n.year
    FROM unnest(${arrayLiteral(years)}::int[], ${arrayLiteral(indicators)}::int[],
                ${textArrayLiteral(regionLists)}::text[]) AS n(year, indicator_id, regions)`.execute(
    trx,
  );
}
