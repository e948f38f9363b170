import {
  type CatalogueIndicator,
  INDICATOR_CATALOGUE,
} from '@targetboard/shared/indicators/catalogue';
import { normaliseIndicatorName } from '@targetboard/shared/indicators/match-indicator';
import type { DbOrTrx } from '../database';

/**
 * Adds the seeded catalogue entries this database has not been offered yet and returns how
 * many were inserted; run at every start (idempotent). Each entry is offered once, so what
 * users renamed, merged or deleted stays that way. An entry the users already keep — its name
 * or one of its synonyms is the name or a synonym of an existing indicator — is not inserted
 * (no duplicate); a synonym only an existing indicator's synonyms hold is left to that one.
 */
export async function ensureIndicatorCatalogue(
  db: DbOrTrx,
  catalogue: readonly CatalogueIndicator[] = INDICATOR_CATALOGUE,
): Promise<number> {
  const offered = new Set(
    (await db.selectFrom('indicator_seeds').select('name').execute()).map((r) => r.name),
  );
  const pending = catalogue.filter((c) => !offered.has(c.name));
  if (pending.length === 0) return 0;

  const existing = await db.selectFrom('indicators').select(['name', 'synonyms']).execute();
  const names = new Set(existing.map((r) => normaliseIndicatorName(r.name)));
  const synonyms = new Set(existing.flatMap((r) => r.synonyms.map(normaliseIndicatorName)));
  const rows = pending
    .filter((c) => ![c.name, ...c.synonyms].some((n) => names.has(normaliseIndicatorName(n))))
    .filter((c) => !synonyms.has(normaliseIndicatorName(c.name)))
    .map((c) => ({
      name: c.name,
      unit: c.unit,
      direction: c.direction,
      kind: c.kind,
      category: c.category,
      synonyms: c.synonyms.filter((s) => !synonyms.has(normaliseIndicatorName(s))),
      // Growth rates may fall below zero; other percentages are checked against 0–100.
      allow_negative: /增长/.test(c.name),
    }));
  const inserted =
    rows.length === 0
      ? []
      : await db
          .insertInto('indicators')
          .values(rows)
          .onConflict((oc) => oc.column('name').doNothing())
          .returning('id')
          .execute();
  await db
    .insertInto('indicator_seeds')
    .values(pending.map((c) => ({ name: c.name })))
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  return inserted.length;
}
