import type { QueryClient } from '@tanstack/react-query';
import { getDashboardQueryOptions } from '../features/dashboard/api/get-dashboard';
import { readView } from '../features/dashboard/view-state';

/**
 * Starts what the page opened needs while the session is still being checked, rather than
 * after it: on a slow link each of these is a round trip the grid would otherwise wait for in
 * turn (session, then the page's code, then its data). Only the dashboard, the leaders' page:
 * its request is the same one the page makes, so the page finds it under the same key. Signed
 * out, the prefetch meets a 401 that no one sees (the session handler acts only on a user).
 */
export function startFirstPage(client: QueryClient, location: Location): void {
  if (location.pathname !== '/dashboard' && location.pathname !== '/dashboard/map') return;
  // The same module the page's lazy loader asks for: one download.
  void import('../features/dashboard/components/dashboard-route');
  const view = readView(new URLSearchParams(location.search));
  void client.prefetchQuery(
    getDashboardQueryOptions({
      region: view.region,
      year: view.year,
      quarter: view.quarter,
      category: view.category,
    }),
  );
}
