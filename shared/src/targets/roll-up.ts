import { TARGET_STATUSES, statusRank, type TargetStatus } from './status';

export interface RollUp {
  counts: Record<TargetStatus, number>;
  total: number;
  /** met ÷ (total − no_data); null when every status is no_data or there are none. */
  shareMet: number | null;
  /** The worst status present (missed > at_risk > no_data > met); null for an empty list. */
  worst: TargetStatus | null;
}

/** Counts sub-region statuses, the share met among those with data, and the worst status present. */
export function rollUp(statuses: readonly TargetStatus[]): RollUp {
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<
    TargetStatus,
    number
  >;
  let worst: TargetStatus | null = null;
  for (const s of statuses) {
    counts[s] += 1;
    if (worst === null || statusRank(s) < statusRank(worst)) worst = s;
  }
  const judged = statuses.length - counts.no_data;
  return {
    counts,
    total: statuses.length,
    shareMet: judged === 0 ? null : counts.met / judged,
    worst,
  };
}

/** Orders items worst status first (for "sort by worst"); stable within a status. */
export function sortByWorst<T>(items: readonly T[], statusOf: (item: T) => TargetStatus): T[] {
  return [...items].sort((a, b) => statusRank(statusOf(a)) - statusRank(statusOf(b)));
}
