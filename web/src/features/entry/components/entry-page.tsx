import { useEffect } from 'react';
import type { PageProps } from '../../../app/pages';
import { Link, navigate, useLocation } from '../../../app/router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { RegionPicker } from '../../../components/ui/region-picker';
import { ApiError } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n';
import { useEntry } from '../api/get-entry';
import { entryMessages } from '../messages';
import {
  addQuarters,
  lastEndedQuarter,
  parseQuarter,
  type Quarter,
} from '@targetboard/shared/quarters/quarter';
import { quarterChoices } from '../quarters';
import { EntryForm } from './entry-form';
import { EntryGrid } from './entry-grid';
import { ImportPanel } from './import-panel';
import { SubmissionsOverview } from './submissions-overview';
import '../entry.css';

/** `/entry?regionId=&quarter=`: the view lives in the URL so a copied link reopens it. */
export function EntryPage({ user }: PageProps) {
  const m = useMessages(entryMessages);
  const { search } = useLocation();
  const fallbackQuarter = lastEndedQuarter();
  const regionParam = Number(search.get('regionId'));
  const regionId = Number.isInteger(regionParam) && regionParam > 0 ? regionParam : user.regionId;
  const quarter = parseQuarter(search.get('quarter') ?? '') ?? fallbackQuarter;
  const grid = search.get('mode') === 'grid';

  const go = (
    next: { regionId?: number | null; quarter?: Quarter; grid?: boolean },
    replace = false,
  ) => {
    const params = new URLSearchParams();
    const r = next.regionId === undefined ? regionId : next.regionId;
    if (r) params.set('regionId', String(r));
    params.set('quarter', next.quarter ?? quarter);
    if (next.grid ?? grid) params.set('mode', 'grid');
    navigate(`/entry?${params}`, { replace });
  };
  // Fill in the defaults so the address bar always holds a reproducible link.
  const complete = search.get('quarter') === quarter && (!regionId || search.has('regionId'));
  useEffect(() => {
    if (!complete) go({}, true);
  });

  return (
    <section className="page entry">
      <header className="entry__toolbar">
        <h1>{m('title')}</h1>
        <label className="entry__field">
          <span>{m('region')}</span>
          <RegionPicker
            label={m('region')}
            value={regionId}
            onChange={(r) => r && go({ regionId: r.id })}
          />
        </label>
        <div className="entry__field">
          <label htmlFor="entry-quarter">{m('quarter')}</label>
          <div className="entry__quarter">
            <button
              type="button"
              className="button"
              aria-label={m('prevQuarter')}
              title={m('prevQuarter')}
              onClick={() => go({ quarter: addQuarters(quarter, -1) })}
            >
              ‹
            </button>
            <select
              id="entry-quarter"
              value={quarter}
              onChange={(e) => go({ quarter: parseQuarter(e.target.value) ?? quarter })}
            >
              {quarterChoices(fallbackQuarter, quarter).map((q) => (
                <option key={q} value={q}>
                  {q}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              aria-label={m('nextQuarter')}
              title={m('nextQuarter')}
              onClick={() => go({ quarter: addQuarters(quarter, 1) })}
            >
              ›
            </button>
          </div>
        </div>
        <nav className="entry__modes" aria-label={m('modeGrid')}>
          {([false, true] as const).map((g) => (
            <a
              key={String(g)}
              href="#"
              aria-current={g === grid ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go({ grid: g });
              }}
            >
              {g ? m('modeGrid') : m('modeForm')}
            </a>
          ))}
        </nav>
      </header>
      {regionId && grid ? (
        <EntryGrid parentId={regionId} quarter={quarter} userId={user.id} />
      ) : regionId ? (
        <EntryBody user={user} regionId={regionId} quarter={quarter} />
      ) : (
        <div className="empty-state">{m('chooseRegion')}</div>
      )}
    </section>
  );
}

function EntryBody({
  user,
  regionId,
  quarter,
}: {
  user: PageProps['user'];
  regionId: number;
  quarter: Quarter;
}) {
  const m = useMessages(entryMessages);
  const entry = useEntry(regionId, quarter);
  if (entry.isPending) return <p className="muted">{m('loading')}</p>;
  if (entry.isError) {
    const e = entry.error;
    const known =
      e instanceof ApiError && e.status === 403
        ? m('forbidden')
        : e instanceof ApiError && e.status === 404
          ? m('notFound')
          : null;
    return (
      <div className="entry__error" role={known ? 'alert' : undefined}>
        {known ?? (
          <ErrorMessage
            error={e}
            prefix={m('loadFailed', { message: '' })}
            onRetry={() => void entry.refetch()}
          />
        )}
        {user.regionId && user.regionId !== regionId && (
          <Link href={`/entry?regionId=${user.regionId}&quarter=${quarter}`}>
            {m('backToOwn', { region: user.regionName ?? '' })}
          </Link>
        )}
      </div>
    );
  }
  const canEdit = user.role === 'reporter' || user.role === 'admin';
  return (
    <>
      <EntryForm key={`${regionId}:${quarter}`} entry={entry.data} user={user} canEdit={canEdit} />
      {canEdit && !entry.data.locked && <ImportPanel regionId={regionId} quarter={quarter} />}
      <SubmissionsOverview user={user} parentId={regionId} quarter={quarter} />
    </>
  );
}
