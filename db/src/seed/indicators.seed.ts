import { INDICATOR_CATALOGUE } from '@targetboard/shared/indicators/catalogue';
import type { DbOrTrx } from '../database';

/**
 * Seeds the indicator catalogue into an empty table and returns how many were added. Once a
 * catalogue exists it is the users' (renamed, merged, deleted entries stay that way).
 */
export async function ensureIndicatorCatalogue(db: DbOrTrx): Promise<number> {
  const existing = await db
    .selectFrom('indicators')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return 0;
  const rows = INDICATOR_CATALOGUE.map((c) => ({
    name: c.name,
    unit: c.unit,
    direction: c.direction,
    kind: c.kind,
    category: c.category,
    synonyms: c.synonyms,
    // Growth rates may fall below zero; other percentages are checked against 0–100.
    allow_negative: /增长/.test(c.name),
  }));
  const inserted = await db
    .insertInto('indicators')
    .values(rows)
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}
