import type { ComponentType } from 'react';
import type { User } from '@targetboard/shared/api/users.schema';
import { EmptyState } from '../components/ui/empty-state';
import { DashboardPage } from '../features/dashboard/components/dashboard-page';
import { DocumentsPage } from '../features/documents/components/documents-page';
import { DuePage } from '../features/due/components/due-page';
import { EntryPage } from '../features/entry/components/entry-page';
import { TargetsPage } from '../features/targets/components/targets-page';
import { TrendsPage } from '../features/trends/components/trends-page';
import { UsersPage } from '../features/users/components/users-page';
import { NotificationsPage } from '../features/alerts/components/notifications-page';
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

/** One line per page: the feature's page component. */
const PAGES: Record<PageName, ComponentType<PageProps>> = {
  due: DuePage,
  documents: DocumentsPage,
  targets: TargetsPage,
  entry: EntryPage,
  dashboard: DashboardPage,
  trends: TrendsPage,
  users: UsersPage,
  notifications: NotificationsPage,
};

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
  return <Page user={user} subpath={path.slice(entry.path.length)} />;
}
