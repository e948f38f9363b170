import type { User } from '@targetboard/shared/api/users.schema';
import { EmptyState } from '../components/ui/empty-state';
import { useI18n } from '../lib/i18n';
import type { MessageKey } from '../lib/messages';
import { Link } from './router';

export const NAV = [
  { path: '/documents', label: 'nav.documents', page: 'documents' },
  { path: '/targets', label: 'nav.targets', page: 'targets' },
  { path: '/entry', label: 'nav.entry', page: 'entry' },
  { path: '/dashboard', label: 'nav.dashboard', page: 'dashboard' },
  { path: '/trends', label: 'nav.trends', page: 'trends' },
] as const;

type PageName = (typeof NAV)[number]['page'];

function Placeholder({ page }: { page: PageName }) {
  const { t } = useI18n();
  return (
    <EmptyState title={t(`page.${page}.title` as MessageKey)}>
      {t(`page.${page}.empty` as MessageKey)}
    </EmptyState>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <EmptyState title={t('notfound.title')}>
      <Link href="/dashboard">{t('notfound.back')}</Link>
    </EmptyState>
  );
}

/** Picks the page for a path; `/` opens the dashboard, the leaders' first screen. */
export function PageFor({ pathname }: { pathname: string; user: User }) {
  const path = pathname === '/' ? '/dashboard' : pathname;
  const entry = NAV.find((n) => path === n.path || path.startsWith(`${n.path}/`));
  return entry ? <Placeholder page={entry.page} /> : <NotFound />;
}
