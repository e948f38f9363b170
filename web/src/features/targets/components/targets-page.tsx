import type { PageProps } from '../../../app/pages';
import { navigate, useLocation } from '../../../app/router';
import { useMessages } from '../../../lib/i18n';
import { targetMessages } from '../messages';
import '../targets.css';
import { CataloguePanel } from './catalogue-panel';
import { ConfirmedTargets } from './confirmed-targets';

/** `/targets` lists confirmed targets (filters in the query); `?tab=catalogue` keeps the catalogue. */
export function TargetsPage({ user }: PageProps) {
  const t = useMessages(targetMessages);
  const { search } = useLocation();
  const tab = search.get('tab') === 'catalogue' ? 'catalogue' : 'targets';
  const mayEdit = user.role === 'admin' || user.role === 'approver';
  return (
    <section className="page targets">
      <h1>{t('title')}</h1>
      <div className="tabs" role="tablist">
        {(['targets', 'catalogue'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'tab tab--active' : 'tab'}
            onClick={() => navigate(name === 'catalogue' ? '/targets?tab=catalogue' : '/targets')}
          >
            {t(`tab.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'catalogue' ? (
        <CataloguePanel mayAdd={mayEdit} mayEdit={user.role === 'admin'} />
      ) : (
        <ConfirmedTargets mayEdit={mayEdit} />
      )}
    </section>
  );
}
