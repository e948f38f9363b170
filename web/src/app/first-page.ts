import type { QueryClient } from '@tanstack/react-query';
import { getMeQueryOptions, readMe } from '../features/auth/api/session';
import {
  dashboardQuery,
  getDashboardQueryOptions,
  readDashboard,
} from '../features/dashboard/api/get-dashboard';
import { readView } from '../features/dashboard/view-state';
import { api } from '../lib/api-client';
import { earlyFirst, takeEarlyRequests } from './early-requests';

/**
 * Starts what the page opened needs while the session is still being checked, rather than
 * after it: on a slow link each of these is a round trip the grid would otherwise wait for in
 * turn (session, then the page's code, then its data). The session and the dashboard's data
 * were usually asked for already by index.html's inline script (early-requests.ts); their
 * answers go into the cache under the keys the pages use. Only the dashboard, the leaders'
 * page, is started beside the session. Signed out, the dashboard meets a 401 that no one sees
 * (the session handler acts only on a user).
 */
export function startFirstPage(client: QueryClient, location: Location): void {
  const early = takeEarlyRequests();
  const me = () => api.api.auth.me.$get();
  void client.prefetchQuery({
    ...getMeQueryOptions(),
    queryFn: earlyFirst(early[api.api.auth.me.$path()], me, readMe),
  });
  if (location.pathname !== '/dashboard' && location.pathname !== '/dashboard/map') return;
  // The same module the page's lazy loader asks for: one download.
  void import('../features/dashboard/components/dashboard-route');
  const view = readView(new URLSearchParams(location.search));
  const params = {
    region: view.region,
    year: view.year,
    quarter: view.quarter,
    category: view.category,
  };
  const query = dashboardQuery(params);
  const grid = () => api.api.dashboard.$get({ query });
  void client.prefetchQuery({
    ...getDashboardQueryOptions(params),
    queryFn: earlyFirst(early[api.api.dashboard.$path({ query })], grid, readDashboard),
  });
}
