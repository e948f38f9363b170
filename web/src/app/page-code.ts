import type { ComponentType } from 'react';
import type { PageName, PageProps } from './pages';

type Page = ComponentType<PageProps>;

/**
 * Each page's code, in a chunk of its own so the login page and the dashboard do not wait for
 * the chart library the trends use. Asked for once (the first page's by `startFirstPage`,
 * beside the session check), and kept once it has arrived: a page whose code is in when it is
 * first drawn is drawn at once, not behind a "loading" frame (its own layout, ~300 ms at 4x
 * CPU on the national grid's first screen).
 */
const LOADERS: Record<PageName, () => Promise<Page>> = {
  due: () => import('../features/due/components/due-page').then((m) => m.DuePage),
  documents: () =>
    import('../features/documents/components/documents-page').then((m) => m.DocumentsPage),
  targets: () => import('../features/targets/components/targets-page').then((m) => m.TargetsPage),
  entry: () => import('../features/entry/components/entry-page').then((m) => m.EntryPage),
  dashboard: () =>
    import('../features/dashboard/components/dashboard-route').then((m) => m.DashboardRoute),
  trends: () => import('../features/trends/components/trends-page').then((m) => m.TrendsPage),
  users: () => import('../features/users/components/users-page').then((m) => m.UsersPage),
  notifications: () =>
    import('../features/alerts/components/notifications-page').then((m) => m.NotificationsPage),
};

const asked = new Map<PageName, Promise<Page>>();
const arrived = new Map<PageName, Page>();

/** The page's code, asked for on the first call only. */
export function loadPage(name: PageName): Promise<Page> {
  let load = asked.get(name);
  if (!load) {
    load = LOADERS[name]().then((page) => {
      // A test's stand-in module may lack the component: nothing to keep then.
      if (page) arrived.set(name, page);
      return page;
    });
    asked.set(name, load);
  }
  return load;
}

/** The page's component if its code has arrived, else undefined. */
export const arrivedPage = (name: PageName): Page | undefined => arrived.get(name);
