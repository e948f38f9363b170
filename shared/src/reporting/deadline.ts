import { addQuarters, type Quarter, quarterParts } from '../quarters/quarter';

/** Days after a quarter ends within which its figures must be submitted; later is overdue. */
export const REPORTING_GRACE_DAYS = 30;

/** The first instant after the quarter (UTC midnight of the next quarter's first day). */
export function quarterEnd(q: Quarter): Date {
  const { year, quarter } = quarterParts(addQuarters(q, 1));
  return new Date(Date.UTC(year, (quarter - 1) * 3, 1));
}

/** The quarter's figures are due before this instant: quarter end + {@link REPORTING_GRACE_DAYS}. */
export function quarterDueAt(q: Quarter): Date {
  return new Date(quarterEnd(q).getTime() + REPORTING_GRACE_DAYS * 86_400_000);
}

/** Overdue: past the due instant and not yet submitted or approved. */
export function isOverdue(q: Quarter, state: string, now: Date): boolean {
  return now >= quarterDueAt(q) && state !== 'submitted' && state !== 'approved';
}
