import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { resolveDashboard } from '@targetboard/shared/api/dashboard-resolve';
import { api, unwrap } from '../../../lib/api-client';

export interface DashboardParams {
  region?: string | undefined;
  year?: number | undefined;
  quarter?: number | undefined;
  category?: string | undefined;
}

/** The request's query; index.html's early request builds the same one (see its test). */
export const dashboardQuery = (params: DashboardParams) => ({
  region: params.region,
  year: params.year === undefined ? undefined : String(params.year),
  quarter: params.quarter === undefined ? undefined : String(params.quarter),
  category: params.category,
});

/** Reads a dashboard answer: the compact reply, or an ApiError. */
export const readDashboard = async (res: ReturnType<typeof api.api.dashboard.$get>) =>
  unwrap(await res);

export const getDashboardQueryOptions = (params: DashboardParams) =>
  queryOptions({
    queryKey: ['dashboard', params],
    queryFn: () => readDashboard(api.api.dashboard.$get({ query: dashboardQuery(params) })),
    // Sent compact (each target once); the cells are rebuilt once per reply, not per render.
    select: resolveDashboard,
    // Computed live on the server: refresh every few minutes while the screen stays open.
    refetchInterval: 5 * 60_000,
  });

/** The grid; the previous one stays on screen while a drill-down or filter loads. */
export const useDashboard = (params: DashboardParams) =>
  useQuery({ ...getDashboardQueryOptions(params), placeholderData: keepPreviousData });
