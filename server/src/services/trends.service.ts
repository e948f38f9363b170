import type { DbOrTrx } from '@targetboard/db/database';
import { findTrendContext, listTrendFigures } from '@targetboard/db/repositories/trends.repository';
import {
  TREND_MAX_QUARTERS,
  type CompactTrendReply,
  type TrendQuery,
} from '@targetboard/shared/api/trends.schema';
import {
  compactRegionTrend,
  quarterRange,
  trendFrame,
} from '@targetboard/shared/export/trend-series';
import type { User } from '@targetboard/shared/api/users.schema';
import { REASON_CODES } from '@targetboard/shared/targets/reason';
import { TARGET_STATUSES } from '@targetboard/shared/targets/status';
import { assertAllInScope, regionsInScopeOf } from '../auth/scope';
import { AppError } from '../http/errors';

/**
 * The trend of one indicator in some regions over a quarter range, computed live: 404 for an
 * unknown indicator or region, 403 when any region lies outside the user's scope, 422 for a
 * range over TREND_MAX_QUARTERS. The chart, the table and every export read this one reply,
 * compact as sent (targets once, points in columns); `resolveTrend` gives it one object per
 * point.
 */
export async function loadTrend(
  db: DbOrTrx,
  user: User,
  query: TrendQuery,
): Promise<CompactTrendReply> {
  const quarters = quarterRange(query.from, query.to);
  if (quarters.length > TREND_MAX_QUARTERS)
    throw new AppError(422, 'validation_failed', `at most ${TREND_MAX_QUARTERS} quarters`, {
      issues: [{ path: 'query.to', message: `at most ${TREND_MAX_QUARTERS} quarters` }],
    });
  // One round trip for everything, statements side by side on their own connections (the
  // scope test a third, for anyone but an admin): the checks below decide before anything is
  // returned. The figures run from Q1 of the first year, so year-to-date
  // sums and in-year trends are complete.
  const years = [...new Set(quarters.map((q) => Number(q.slice(0, 4))))];
  const firstQ1 = `${query.from.slice(0, 4)}Q1`;
  // Sub-region sums are read only for the regions that set an additive target themselves
  // (the repository picks them): summing every county under 100 regions for ten years is the
  // costliest query here, and rates (most indicators) never need it.
  const [{ indicator, regions, steps, subRegionSums }, figures, inScope] = await Promise.all([
    findTrendContext(db, {
      indicatorId: query.indicatorId,
      regionIds: query.regionIds,
      years,
      from: firstQ1,
      to: query.to,
    }),
    listTrendFigures(db, query.indicatorId, query.regionIds, firstQ1, query.to),
    regionsInScopeOf(db, user, query.regionIds),
  ]);
  if (!indicator) throw new AppError(404, 'not_found', `no indicator ${query.indicatorId}`);
  const missing = query.regionIds.filter((id) => !regions.has(id));
  if (missing.length > 0)
    throw new AppError(404, 'not_found', `no region ${missing.join(', ')}`, { regionIds: missing });
  assertAllInScope(inScope, query.regionIds);
  const frame = trendFrame(quarters);
  const trendRegions = query.regionIds.map((id) =>
    compactRegionTrend(
      {
        region: regions.get(id)!,
        steps: steps.get(id) ?? [],
        figures: figures.get(id) ?? [],
        subRegionSums: subRegionSums.get(id) ?? [],
      },
      frame,
    ),
  );
  return {
    indicator: {
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
      kind: indicator.kind,
    },
    from: query.from,
    to: query.to,
    quarters,
    targets: [...frame.targets.values()],
    statuses: [...TARGET_STATUSES],
    reasons: [...REASON_CODES],
    regions: trendRegions,
  };
}
