import { sql } from 'kysely';
import type { DbOrTrx } from '../database';
import { insertNewCells } from './observations-staged.repository';
import type { CellWrite } from './observations.repository';

/**
 * Who the demo's invented figures are written by (`observations.updated_by`, the change log).
 * The space and brackets are outside the username alphabet, so no account can share it.
 */
export const DEMO_FIGURES_AUTHOR = '演示数据 (demo)';

/** True once any document is stored: the demo loads only into an empty database. */
export async function hasAnyDocument(db: DbOrTrx): Promise<boolean> {
  const row = await db.selectFrom('documents').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Writes the demo's synthetic figures as new cells, marked as the demo's. */
export async function insertDemoFigures(trx: DbOrTrx, cells: readonly CellWrite[]): Promise<void> {
  await insertNewCells(trx, cells, { user: DEMO_FIGURES_AUTHOR, channel: 'import' });
}

/**
 * True when any figure of a region or its direct children in these quarters is the demo's
 * (a grid's screen says so); the children are found here, so a grid asks this beside its
 * other reads.
 */
export async function hasDemoFigures(
  db: DbOrTrx,
  regionId: number,
  quarters: readonly string[],
): Promise<boolean> {
  if (quarters.length === 0) return false;
  const row = await db
    .selectFrom('observations')
    .select('region_id')
    // An array computed first (an InitPlan), so each engine plans the index probes of a
    // list rather than guessing a join's size.
    .where(
      'region_id',
      '=',
      sql<number>`ANY(ARRAY(SELECT id FROM regions WHERE id = ${regionId} OR parent_id = ${regionId}))`,
    )
    .where('quarter', 'in', [...quarters])
    .where('updated_by', '=', DEMO_FIGURES_AUTHOR)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
