import { HealthBadge } from '../features/system/components/health-badge';
import { useI18n } from '../lib/i18n';
import { NAV, PageFor } from './pages';
import { Link, useLocation } from './router';

export function App() {
  const { t, lang, setLang } = useI18n();
  const { pathname } = useLocation();
  const current = pathname === '/' ? '/dashboard' : pathname;
  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <strong>{t('app.title')}</strong>
          <span className="brand__sub">{t('app.subtitle')}</span>
        </div>
        <nav className="nav" aria-label="main">
          {NAV.map((item) => (
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
        <button
          type="button"
          className="lang"
          data-testid="lang-switch"
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('lang.switch')}
        </button>
      </header>
      <main className="main">
        <PageFor pathname={pathname} />
      </main>
      <footer className="footer">
        <HealthBadge />
      </footer>
    </div>
  );
}
