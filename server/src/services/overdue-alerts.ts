import type { Db } from '@targetboard/db/database';
import { listReportingRegions } from '@targetboard/db/repositories/alerts.repository';
import { listDeadlines } from '@targetboard/db/repositories/reporting-deadlines.repository';
import { listSubmissions } from '@targetboard/db/repositories/submissions.repository';
import { addQuarters, type Quarter } from '@targetboard/shared/quarters/quarter';
import { graceDaysFor, isOverdue, quarterDueAt } from '@targetboard/shared/reporting/deadline';
import { queueRegionAlert } from './alerts.service';

/** The latest quarter whose figures were due before `now` under `graceDays`. */
export function latestDueQuarter(now: Date, graceDays: number): Quarter {
  let q = `${now.getUTCFullYear()}Q${Math.floor(now.getUTCMonth() / 3) + 1}` as Quarter;
  while (quarterDueAt(q, graceDays) > now) q = addQuarters(q, -1);
  return q;
}

/**
 * The periodic check: for every region with a reporter, its latest due quarter, when it is
 * overdue (by the shared deadline rule and the level's grace days), is told once to the
 * region's reporters and approvers. The event key is the region and quarter, so checks
 * repeated by one server or run by several find it queued already and add nothing.
 * Answers how many overdue quarters it found.
 */
export async function checkOverdue(db: Db, now = new Date()): Promise<number> {
  const [regions, deadlines] = await Promise.all([listReportingRegions(db), listDeadlines(db)]);
  if (regions.length === 0) return 0;
  const configured = new Map([...deadlines].map(([level, d]) => [level, d.graceDays]));
  const due = regions.map((r) => {
    const grace = graceDaysFor(r.level, configured);
    return { regionId: r.id, grace, quarter: latestDueQuarter(now, grace) };
  });
  const submissions = await listSubmissions(
    db,
    due.map((d) => d.regionId),
    [...new Set(due.map((d) => d.quarter))],
  );
  const overdue = due.filter((d) =>
    isOverdue(
      d.quarter,
      submissions.get(`${d.regionId}:${d.quarter}`)?.state ?? 'not_started',
      now,
      d.grace,
    ),
  );
  for (const d of overdue)
    await db.transaction().execute((trx) =>
      queueRegionAlert(trx, null, {
        kind: 'overdue',
        regionId: d.regionId,
        quarter: d.quarter,
        dueAt: quarterDueAt(d.quarter, d.grace).toISOString(),
        key: `overdue:${d.regionId}:${d.quarter}`,
      }),
    );
  return overdue.length;
}
