import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { resolveTrend } from '@targetboard/shared/export/trend-series';
import { api, unwrap } from '../../../lib/api-client';
import type { TrendView } from '../view-state';

/** The query string the trend API and the XLSX export share. */
export function trendQuery(view: TrendView) {
  return {
    indicatorId: String(view.indicatorId ?? ''),
    regionIds: view.regionIds.join(','),
    from: view.from,
    to: view.to,
  };
}

export const getTrendQueryOptions = (view: TrendView) =>
  queryOptions({
    queryKey: ['trends', view.indicatorId, view.regionIds.join(','), view.from, view.to],
    // Sent compact (targets once, points in columns); the pages read one object per point.
    queryFn: async () =>
      resolveTrend(await unwrap(await api.api.trends.$get({ query: trendQuery(view) }))),
    enabled: view.indicatorId !== null && view.regionIds.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
  });

export const useTrend = (view: TrendView) => useQuery(getTrendQueryOptions(view));
