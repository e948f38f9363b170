import type { ReactNode } from 'react';
import { useMe } from '../features/auth/api/session';
import { ChangePasswordPage } from '../features/auth/components/change-password-page';
import { LoginPage } from '../features/auth/components/login-page';
import { UserMenu } from '../features/auth/components/user-menu';
import { NotificationBell } from '../features/alerts/components/notification-bell';
import { OfflineBanner } from '../components/ui/offline-banner';
import { HealthBadge } from '../features/system/components/health-badge';
import { LiveRegion } from '../lib/announce';
import { useI18n } from '../lib/i18n';
import { NAV, PageFor } from './pages';
import { Link, navigate, useLocation } from './router';

export function App() {
  const { t } = useI18n();
  const me = useMe();
  const { pathname } = useLocation();
  if (me.isPending) return <Frame nav={null}>{<p className="muted">{t('loading')}</p>}</Frame>;
  if (!me.data) return <Frame nav={null}>{<LoginPage />}</Frame>;
  const user = me.data;
  // The API refuses everything else until a generated or shared password is replaced.
  if (user.mustChangePassword)
    return <Frame nav={<UserMenu user={user} />}>{<ChangePasswordPage user={user} />}</Frame>;
  const current = pathname === '/' ? '/dashboard' : pathname;
  const items = NAV.filter(
    (item) => !('hidden' in item) && (!('adminOnly' in item) || user.role === 'admin'),
  );
  return (
    <Frame
      nav={
        <>
          <nav className="nav" aria-label="main">
            {items.map((item) => (
              <Link
                key={item.path}
                href={item.path}
                className={
                  current.startsWith(item.path) ? 'nav__link nav__link--active' : 'nav__link'
                }
                aria-current={current.startsWith(item.path) ? 'page' : undefined}
              >
                {t(item.label)}
              </Link>
            ))}
          </nav>
          <NotificationBell />
          <UserMenu user={user} />
        </>
      }
    >
      {pathname === '/password' ? (
        <ChangePasswordPage user={user} onClose={() => navigate('/dashboard')} />
      ) : (
        <PageFor pathname={pathname} user={user} />
      )}
    </Frame>
  );
}

/** The page frame: brand, navigation (when signed in), language switch, health footer. */
function Frame({ nav, children }: { nav: ReactNode; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="shell">
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToMain')}
      </a>
      <header className="topbar">
        <div className="brand">
          <strong>{t('app.title')}</strong>
          <span className="brand__sub">{t('app.subtitle')}</span>
        </div>
        {nav ?? <span className="topbar__spacer" />}
        <button
          type="button"
          className="lang"
          data-testid="lang-switch"
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('lang.switch')}
        </button>
      </header>
      <OfflineBanner />
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <LiveRegion />
      <footer className="footer">
        <HealthBadge />
      </footer>
    </div>
  );
}
