import { sql } from 'kysely';
import type { Submission, SubmissionState } from '@targetboard/shared/api/submissions.schema';
import type { SubmissionGap } from '@targetboard/shared/reporting/submission-gaps';
import type { DbOrTrx } from '../database';
import type { SubmissionRow } from '../tables/submissions.table';
import { appendChanges } from './change-log.repository';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function rowToSubmission(row: SubmissionRow): Submission {
  return {
    regionId: row.region_id,
    quarter: row.quarter,
    state: row.state,
    reason: row.reason,
    version: row.version,
    submittedBy: row.submitted_by,
    submittedAt: iso(row.submitted_at),
    approvedBy: row.approved_by,
    approvedAt: iso(row.approved_at),
    updatedBy: row.updated_by,
    updatedAt: iso(row.updated_at),
    gaps: row.gaps,
  };
}

/** What an absent row means: nobody has saved or submitted anything yet. */
export function notStarted(regionId: number, quarter: string): Submission {
  return {
    regionId,
    quarter,
    state: 'not_started',
    reason: null,
    version: 0,
    submittedBy: null,
    submittedAt: null,
    approvedBy: null,
    approvedAt: null,
    updatedBy: null,
    updatedAt: null,
    gaps: null,
  };
}

export async function findSubmission(
  db: DbOrTrx,
  regionId: number,
  quarter: string,
  { forUpdate = false } = {},
): Promise<Submission> {
  let query = db
    .selectFrom('submissions')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('quarter', '=', quarter);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? rowToSubmission(row) : notStarted(regionId, quarter);
}

/** Submissions of these regions in these quarters, keyed `regionId:quarter`; absent = not started. */
export async function listSubmissions(
  db: DbOrTrx,
  regionIds: readonly number[],
  quarters: readonly string[],
): Promise<Map<string, Submission>> {
  const found = new Map<string, Submission>();
  if (regionIds.length === 0 || quarters.length === 0) return found;
  const rows = await db
    .selectFrom('submissions')
    .selectAll()
    .where('region_id', '=', sql<number>`ANY(${[...regionIds]}::int[])`)
    .where('quarter', '=', sql<string>`ANY(${[...quarters]}::text[])`)
    .execute();
  for (const row of rows) found.set(`${row.region_id}:${row.quarter}`, rowToSubmission(row));
  return found;
}

/** Starts the quarter as a draft the first time figures are saved; no-op afterwards. */
export async function ensureDraft(
  trx: DbOrTrx,
  regionId: number,
  quarter: string,
  user: string,
): Promise<void> {
  await trx
    .insertInto('submissions')
    .values({ region_id: regionId, quarter, state: 'draft', reason: null, updated_by: user })
    .onConflict((oc) => oc.columns(['region_id', 'quarter']).doNothing())
    .execute();
}

export interface Transition {
  to: Exclude<SubmissionState, 'not_started'>;
  reason: string | null;
  user: string;
  channel: 'form' | 'api';
  /** Submitting: the missing figures and their reasons, recorded with the submission. */
  gaps?: SubmissionGap[];
}

/**
 * Moves a (region, quarter) to a new state and logs old → new with the user. The caller has
 * checked the move is allowed against `before` (read FOR UPDATE in the same transaction).
 * Submitting stamps submitted_by/at, approving approved_by/at; re-opening keeps the approval
 * stamp, so "changed since approval" still works after a re-open.
 */
export async function transitionSubmission(
  trx: DbOrTrx,
  before: Submission,
  t: Transition,
): Promise<Submission> {
  const stamps = {
    ...(t.to === 'submitted' && {
      submitted_by: t.user,
      submitted_at: sql<Date>`now()`,
      gaps: JSON.stringify(t.gaps ?? []),
    }),
    ...(t.to === 'approved' && { approved_by: t.user, approved_at: sql<Date>`now()` }),
  };
  const row =
    before.state === 'not_started'
      ? await trx
          .insertInto('submissions')
          .values({
            region_id: before.regionId,
            quarter: before.quarter,
            state: t.to,
            reason: t.reason,
            updated_by: t.user,
            ...stamps,
          })
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .updateTable('submissions')
          .set({
            state: t.to,
            reason: t.reason,
            version: sql`version + 1`,
            updated_by: t.user,
            updated_at: sql`now()`,
            ...stamps,
          })
          .where('region_id', '=', before.regionId)
          .where('quarter', '=', before.quarter)
          .returningAll()
          .executeTakeFirstOrThrow();
  const after = rowToSubmission(row);
  await appendChanges(trx, [
    {
      entity: 'submission',
      key: `${before.regionId}:${before.quarter}`,
      oldValue: { state: before.state, version: before.version },
      newValue: {
        state: after.state,
        version: after.version,
        ...(t.to === 'submitted' && after.gaps?.length && { gaps: after.gaps }),
      },
      user: t.user,
      channel: t.channel,
      note: t.reason,
    },
  ]);
  return after;
}

/** Per region, how many of its observations in `quarter` were saved after `since[region]`. */
export async function countChangedSince(
  db: DbOrTrx,
  quarter: string,
  since: ReadonlyMap<number, string>,
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (since.size === 0) return counts;
  const { rows } = await sql<{ region_id: number; n: number }>`
    SELECT o.region_id, count(*)::int AS n
    FROM observations o
    JOIN unnest(${[...since.keys()]}::int[], ${[...since.values()]}::timestamptz[]) AS s(region_id, at)
      ON o.region_id = s.region_id
    WHERE o.quarter = ${quarter} AND o.updated_at > s.at
    GROUP BY o.region_id`.execute(db);
  for (const r of rows) counts.set(r.region_id, Number(r.n));
  return counts;
}

/**
 * Records that an approver reminded a region about its quarter: a change-log line on the
 * submission (no e-mail is sent), so it shows in the quarter's history. Returns its time.
 */
export async function recordReminder(
  db: DbOrTrx,
  submission: Submission,
  user: string,
): Promise<string> {
  await appendChanges(db, [
    {
      entity: 'submission',
      key: `${submission.regionId}:${submission.quarter}`,
      oldValue: null,
      newValue: { reminder: true, state: submission.state, version: submission.version },
      user,
      channel: 'api',
      note: '催报',
    },
  ]);
  const row = await db
    .selectFrom('change_log')
    .select('at')
    .where('entity', '=', 'submission')
    .where('entity_key', '=', `${submission.regionId}:${submission.quarter}`)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return new Date(row.at).toISOString();
}

/** Per region, when it was last reminded about `quarter` (absent: never). */
export async function lastReminders(
  db: DbOrTrx,
  regionIds: readonly number[],
  quarter: string,
): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  if (regionIds.length === 0) return found;
  const keys = regionIds.map((id) => `${id}:${quarter}`);
  const { rows } = await sql<{ entity_key: string; at: Date | string }>`
    SELECT entity_key, max(at) AS at FROM change_log
    WHERE entity = 'submission' AND entity_key = ANY(${keys}::text[])
      AND new_value->>'reminder' = 'true'
    GROUP BY entity_key`.execute(db);
  for (const r of rows) found.set(Number(r.entity_key.split(':')[0]), new Date(r.at).toISOString());
  return found;
}
