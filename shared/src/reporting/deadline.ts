import { addQuarters, type Quarter, quarterParts } from '../quarters/quarter';

/** Days after a quarter ends within which its figures must be submitted; later is overdue. */
export const REPORTING_GRACE_DAYS = 30;

/** The levels an admin sets a deadline for: 1 province, 2 city, 3 county, 4 town. */
export const DEADLINE_LEVELS = [1, 2, 3, 4] as const;
export type DeadlineLevel = (typeof DEADLINE_LEVELS)[number];

/** The most grace days a deadline may give: a quarter may be due up to a year after it ends. */
export const MAX_GRACE_DAYS = 366;

const DAY_MS = 86_400_000;

/** The first instant after the quarter (UTC midnight of the next quarter's first day). */
export function quarterEnd(q: Quarter): Date {
  const { year, quarter } = quarterParts(addQuarters(q, 1));
  return new Date(Date.UTC(year, (quarter - 1) * 3, 1));
}

/**
 * The quarter's figures are due before this instant: quarter end + `graceDays`
 * ({@link REPORTING_GRACE_DAYS} unless an admin set another for the region's level).
 */
export function quarterDueAt(q: Quarter, graceDays: number = REPORTING_GRACE_DAYS): Date {
  return new Date(quarterEnd(q).getTime() + graceDays * DAY_MS);
}

/**
 * The grace days for a region of `level`: the admin's setting for that level, else the
 * default. Levels below a town (custom units) follow the town's setting.
 */
export function graceDaysFor(level: number, configured: ReadonlyMap<number, number>): number {
  const clamped = Math.min(Math.max(level, 1), DEADLINE_LEVELS.length);
  return configured.get(clamped) ?? REPORTING_GRACE_DAYS;
}

/** Overdue: past the due instant and not yet submitted or approved. */
export function isOverdue(
  q: Quarter,
  state: string,
  now: Date,
  graceDays: number = REPORTING_GRACE_DAYS,
): boolean {
  return now >= quarterDueAt(q, graceDays) && state !== 'submitted' && state !== 'approved';
}

/** Whole days past the due instant (1 from the first moment overdue), or 0 when not overdue. */
export function daysOverdue(
  q: Quarter,
  state: string,
  now: Date,
  graceDays: number = REPORTING_GRACE_DAYS,
): number {
  if (!isOverdue(q, state, now, graceDays)) return 0;
  return Math.floor((now.getTime() - quarterDueAt(q, graceDays).getTime()) / DAY_MS) + 1;
}
