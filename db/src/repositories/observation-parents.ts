import { sql } from 'kysely';
import type { DbOrTrx } from '../database';
import { arrayLiteral } from '../sql-literals';

// Observations' two foreign keys are checked by the engine row by row: for each row and key a
// query of the parent and a row lock, two thirds of a COPY's server time (bench/RESULTS.md).
// An import names few parents many times (a million cells: ~25,000 regions, a few indicators),
// so a COPY of fresh cells locks each parent once here instead — FOR KEY SHARE, the lock the
// per-row check takes: until this transaction ends no parent can be deleted or re-keyed — and
// runs with session_replication_role = replica, which skips the per-row check triggers.
// Observations' own triggers fire in that mode too (ENABLE ALWAYS, migration
// 2026-12-06-2000); NOT NULL, CHECK and the primary key are constraints, not triggers, and hold.

/** How a COPY's foreign keys were checked. */
export type ParentCheck = 'once per parent' | 'per row';

/**
 * Runs `copy`, one COPY into observations of cells naming only these regions and indicators
 * (each id once), with the foreign keys checked once per parent: when every parent exists
 * (and is now locked) and this role may set session_replication_role (a superuser, or from
 * PostgreSQL 15 a role granted SET on it). Otherwise `copy` runs as it is, the engine
 * checking each row and refusing a missing parent (23503) as it always did. Run in a
 * transaction; answers which way it ran.
 */
export async function copyWithParentsLocked(
  trx: DbOrTrx,
  regionIds: readonly number[],
  indicatorIds: readonly number[],
  copy: () => Promise<void>,
): Promise<ParentCheck> {
  const { rows } = await sql<{
    found: boolean;
    origin: boolean;
    superuser: boolean;
    version: number;
  }>`
    WITH r AS MATERIALIZED (
      SELECT id FROM regions WHERE id = ANY(${arrayLiteral(regionIds)}::int[]) FOR KEY SHARE
    ), i AS MATERIALIZED (
      SELECT id FROM indicators WHERE id = ANY(${arrayLiteral(indicatorIds)}::int[])
      FOR KEY SHARE
    )
    SELECT (SELECT count(*) FROM r) = ${regionIds.length}
             AND (SELECT count(*) FROM i) = ${indicatorIds.length} AS found,
           current_setting('session_replication_role') = 'origin' AS origin,
           current_setting('is_superuser') = 'on' AS superuser,
           current_setting('server_version_num')::int AS version`.execute(trx);
  const row = rows[0]!;
  if (!row.found || !row.origin || !(row.superuser || (await maySetRole(trx, row.version)))) {
    await copy();
    return 'per row';
  }
  // SET LOCAL: a COPY that fails takes the setting with its savepoint or transaction.
  await sql`SET LOCAL session_replication_role = replica`.execute(trx);
  await copy();
  await sql`SET LOCAL session_replication_role = origin`.execute(trx);
  return 'once per parent';
}

/** A role other than a superuser may be granted the parameter from PostgreSQL 15 on. */
async function maySetRole(trx: DbOrTrx, version: number): Promise<boolean> {
  if (version < 150000) return false;
  const { rows } = await sql<{ may: boolean }>`
    SELECT has_parameter_privilege('session_replication_role', 'SET') AS may`.execute(trx);
  return rows[0]?.may === true;
}
