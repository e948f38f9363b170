import { type ComponentType, lazy, Suspense } from 'react';
import type { User } from '@targetboard/shared/api/users.schema';
import { EmptyState } from '../components/ui/empty-state';
import { PageErrorBoundary } from '../components/ui/page-error-boundary';
import { useI18n } from '../lib/i18n';
import { arrivedPage, loadPage } from './page-code';
import { Link } from './router';

export const NAV = [
  { path: '/due', label: 'nav.due', page: 'due' },
  { path: '/documents', label: 'nav.documents', page: 'documents' },
  { path: '/targets', label: 'nav.targets', page: 'targets' },
  { path: '/entry', label: 'nav.entry', page: 'entry' },
  { path: '/dashboard', label: 'nav.dashboard', page: 'dashboard' },
  { path: '/trends', label: 'nav.trends', page: 'trends' },
  { path: '/users', label: 'nav.users', page: 'users', adminOnly: true },
  // Reached from the header's notification button, not the navigation bar.
  { path: '/notifications', label: 'nav.notifications', page: 'notifications', hidden: true },
] as const;

export type PageName = (typeof NAV)[number]['page'];

/** What every page receives: the signed-in user and the path below the page's own (`/documents/7` → `/7`). */
export interface PageProps {
  user: User;
  subpath: string;
}

/**
 * The component drawn for each page, chosen on its first draw and kept (a page switching from
 * the lazy wrapper to the loaded component would be mounted again, losing its state): the
 * loaded component if its code is in by then (the first page's usually is: `startFirstPage`
 * asks for it and main.tsx waits for it), else a lazy one behind "loading".
 */
const chosen = new Map<PageName, ComponentType<PageProps>>();
function pageComponent(name: PageName): ComponentType<PageProps> {
  let page = chosen.get(name);
  if (!page) {
    page = arrivedPage(name) ?? lazy(() => loadPage(name).then((c) => ({ default: c })));
    chosen.set(name, page);
  }
  return page;
}

function PageLoading() {
  const { t } = useI18n();
  return <p className="muted">{t('loading')}</p>;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <EmptyState title={t('notfound.title')}>
      <Link href="/dashboard">{t('notfound.back')}</Link>
    </EmptyState>
  );
}

/** The first screen: what is due for those who report or approve, the dashboard for leaders. */
export function startPath(user: User): string {
  return user.role === 'approver' || user.role === 'reporter' ? '/due' : '/dashboard';
}

/** Picks the page for a path; `/` opens the user's start page ({@link startPath}). */
export function PageFor({ pathname, user }: { pathname: string; user: User }) {
  const path = pathname === '/' ? startPath(user) : pathname;
  const entry = NAV.find((n) => path === n.path || path.startsWith(`${n.path}/`));
  if (!entry || ('adminOnly' in entry && user.role !== 'admin')) return <NotFound />;
  const Page = pageComponent(entry.page);
  return (
    <PageErrorBoundary key={entry.path}>
      <Suspense fallback={<PageLoading />}>
        {/* One component per page for the app's life (pageComponent keeps its choice). */}
        {/* eslint-disable-next-line react-hooks/static-components */}
        <Page user={user} subpath={path.slice(entry.path.length)} />
      </Suspense>
    </PageErrorBoundary>
  );
}
