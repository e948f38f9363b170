import type { QueryClient } from '@tanstack/react-query';
import { getMeQueryOptions, readMe } from '../features/auth/api/session';
import {
  dashboardQuery,
  getDashboardQueryOptions,
  readDashboard,
} from '../features/dashboard/api/get-dashboard';
import { readView } from '../features/dashboard/view-state';
import { api } from '../lib/api-client';
import { earlyFirst, takeEarlyBodies, takeEarlyRequests } from './early-requests';
import { loadPage } from './page-code';

/**
 * Starts what the page opened needs while the session is still being checked, rather than
 * after it: on a slow link each of these is a round trip the grid would otherwise wait for in
 * turn (session, then the page's code, then its data). The session and the dashboard's data
 * were usually asked for already by index.html's inline script (early-requests.ts); their
 * answers go into the cache under the keys the pages use — at once when the script has parsed
 * them already, so the first render draws the page, not "loading". Only the dashboard, the leaders'
 * page, is started beside the session. Signed out, the dashboard meets a 401 that no one sees
 * (the session handler acts only on a user). Returns when the first page's code is in (at once
 * for a page not started here), so the first render can draw that page rather than "loading".
 */
export function startFirstPage(client: QueryClient, location: Location): Promise<unknown> {
  const early = takeEarlyRequests();
  const bodies = takeEarlyBodies();
  const me = () => api.api.auth.me.$get();
  const mePath = api.api.auth.me.$path();
  // A parsed body is a good answer's (2xx): the shape the readers return.
  const meOf = (body: unknown) => (body as { user: Awaited<ReturnType<typeof readMe>> }).user;
  if (mePath in bodies.ready)
    client.setQueryData(getMeQueryOptions().queryKey, meOf(bodies.ready[mePath]));
  else
    void client.prefetchQuery({
      ...getMeQueryOptions(),
      queryFn: earlyFirst(early[mePath], me, readMe, {
        parsing: bodies.parsing[mePath],
        fromBody: meOf,
      }),
    });
  if (location.pathname !== '/dashboard' && location.pathname !== '/dashboard/map')
    return Promise.resolve();
  // Asked for once (page-code.ts): the page draws it at once if it is in by its first render.
  const code = loadPage('dashboard');
  const view = readView(new URLSearchParams(location.search));
  const params = {
    region: view.region,
    year: view.year,
    quarter: view.quarter,
    category: view.category,
  };
  const query = dashboardQuery(params);
  const grid = () => api.api.dashboard.$get({ query });
  const gridPath = api.api.dashboard.$path({ query });
  const gridOf = (body: unknown) => body as Awaited<ReturnType<typeof readDashboard>>;
  if (gridPath in bodies.ready)
    client.setQueryData(getDashboardQueryOptions(params).queryKey, gridOf(bodies.ready[gridPath]));
  else
    void client.prefetchQuery({
      ...getDashboardQueryOptions(params),
      queryFn: earlyFirst(early[gridPath], grid, readDashboard, {
        parsing: bodies.parsing[gridPath],
        fromBody: gridOf,
      }),
    });
  // Settles either way: a failed download is the page's lazy loader's to meet and show.
  return code.catch(() => undefined);
}
