import { type ComponentType, lazy, Suspense } from 'react';
import type { User } from '@targetboard/shared/api/users.schema';
import { EmptyState } from '../components/ui/empty-state';
import { PageErrorBoundary } from '../components/ui/page-error-boundary';
import { useI18n } from '../lib/i18n';
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

type PageName = (typeof NAV)[number]['page'];

/** What every page receives: the signed-in user and the path below the page's own (`/documents/7` → `/7`). */
export interface PageProps {
  user: User;
  subpath: string;
}

/**
 * One line per page: the feature's page component, loaded with its own chunk on first visit,
 * so the login page and the dashboard do not wait for the chart library the trends use.
 */
const PAGES: Record<PageName, ComponentType<PageProps>> = {
  due: lazy(() =>
    import('../features/due/components/due-page').then((m) => ({ default: m.DuePage })),
  ),
  documents: lazy(() =>
    import('../features/documents/components/documents-page').then((m) => ({
      default: m.DocumentsPage,
    })),
  ),
  targets: lazy(() =>
    import('../features/targets/components/targets-page').then((m) => ({ default: m.TargetsPage })),
  ),
  entry: lazy(() =>
    import('../features/entry/components/entry-page').then((m) => ({ default: m.EntryPage })),
  ),
  dashboard: lazy(() =>
    import('../features/dashboard/components/dashboard-route').then((m) => ({
      default: m.DashboardRoute,
    })),
  ),
  trends: lazy(() =>
    import('../features/trends/components/trends-page').then((m) => ({ default: m.TrendsPage })),
  ),
  users: lazy(() =>
    import('../features/users/components/users-page').then((m) => ({ default: m.UsersPage })),
  ),
  notifications: lazy(() =>
    import('../features/alerts/components/notifications-page').then((m) => ({
      default: m.NotificationsPage,
    })),
  ),
};

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
  const Page = PAGES[entry.page];
  return (
    <PageErrorBoundary key={entry.path}>
      <Suspense fallback={<PageLoading />}>
        <Page user={user} subpath={path.slice(entry.path.length)} />
      </Suspense>
    </PageErrorBoundary>
  );
}
