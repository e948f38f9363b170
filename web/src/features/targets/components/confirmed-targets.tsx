import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import { useMemo, useState } from 'react';
import { Link } from '../../../app/router';
import { formatTarget } from '@targetboard/shared/targets/format-target';
import { ApiError } from '../../../lib/api-client';
import { useI18n, useMessages } from '../../../lib/i18n';
import { useCatalogue } from '../../../lib/indicator-queries';
import { useRejectTarget } from '../api/change-target';
import { useConfirmedTargets, useDocumentTitles } from '../api/get-targets';
import { targetMessages } from '../messages';
import { TargetFilters, useTargetFilter } from './target-filters';
import { useErrorText } from '../../../components/ui/error-message';

const sourceHref = (t: StoredTarget) => `/documents/${t.documentId}?target=${t.id}`;

export function ConfirmedTargets({ mayEdit }: { mayEdit: boolean }) {
  const t = useMessages(targetMessages);
  const { lang } = useI18n();
  const errText = useErrorText();
  const filter = useTargetFilter();
  const targets = useConfirmedTargets(filter);
  const titles = useDocumentTitles();
  const catalogue = useCatalogue();
  const names = useMemo(
    () => new Map((catalogue.data ?? []).map((i) => [i.id, i.name])),
    [catalogue.data],
  );
  const name = (x: StoredTarget) =>
    (x.indicatorId !== null && names.get(x.indicatorId)) || x.indicator;
  const byId = useMemo(
    () => new Map((targets.data?.targets ?? []).map((x) => [x.id, x])),
    [targets.data],
  );
  const inConflict = useMemo(() => new Set(targets.data?.conflicts.flat()), [targets.data]);

  const source = (x: StoredTarget) =>
    x.documentId === null ? (
      <span className="muted">{t('source.none')}</span>
    ) : (
      <Link href={sourceHref(x)} className="source-link" title={x.quote ?? undefined}>
        <span>
          {titles.data?.get(x.documentId) ?? t('source.open')}{' '}
          <span className="muted small">{t('source.doc', { id: x.documentId })}</span>
        </span>
        {x.quote && <span className="source-link__quote">“{x.quote}”</span>}
      </Link>
    );

  return (
    <>
      <TargetFilters />
      {targets.isPending ? (
        <p className="muted">{t('loading')}</p>
      ) : targets.isError ? (
        <div className="alert alert--error" role="alert">
          {t('error.load', { message: errText(targets.error) })}
        </div>
      ) : (
        <>
          {targets.data.conflicts.length > 0 && (
            <div className="conflicts" data-testid="conflicts">
              <h2>{t('conflict.title', { n: targets.data.conflicts.length })}</h2>
              <p className="small">{t('conflict.intro')}</p>
              {targets.data.conflicts.map((ids) => {
                const group = ids.map((id) => byId.get(id)).filter((x): x is StoredTarget => !!x);
                const first = group[0];
                if (!first) return null;
                return (
                  <div key={ids.join('-')} className="conflict">
                    <strong>
                      {name(first)} · {first.region} · {first.year ?? '—'}
                      {first.scope && ` · ${first.scope}`}
                    </strong>
                    <ul>
                      {group.map((x) => (
                        <li key={x.id}>
                          <span className="conflict__value">{formatTarget(x, lang)}</span>
                          {source(x)}
                          {mayEdit && <RejectButton target={x} />}
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </div>
          )}
          {targets.data.targets.length === 0 ? (
            <div className="empty-state">
              {(filter.regionId ?? filter.year ?? filter.indicatorId)
                ? t('empty.filtered')
                : t('empty')}
              <div>
                <Link href="/documents">{t('empty.link')}</Link>
              </div>
            </div>
          ) : (
            <div className="panel">
              <div className="muted small table-count">
                {t('count', { n: targets.data.targets.length })}
              </div>
              <table className="table" data-testid="targets-table">
                <thead>
                  <tr>
                    <th>{t('col.indicator')}</th>
                    <th>{t('col.region')}</th>
                    <th>{t('col.year')}</th>
                    <th>{t('col.target')}</th>
                    <th>{t('col.scope')}</th>
                    <th>{t('col.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {targets.data.targets.map((x) => (
                    <tr key={x.id} className={inConflict.has(x.id) ? 'row--conflict' : undefined}>
                      <td>
                        <strong>{name(x)}</strong>
                        {inConflict.has(x.id) && (
                          <span className="badge badge--conflict">{t('conflict.badge')}</span>
                        )}
                      </td>
                      <td>{x.region ?? '—'}</td>
                      <td>{x.year ?? '—'}</td>
                      <td className="value-cell">{formatTarget(x, lang)}</td>
                      <td>{x.scope ?? ''}</td>
                      <td>{source(x)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}

/** Two steps, so a mis-click does not drop a confirmed target. */
function RejectButton({ target }: { target: StoredTarget }) {
  const t = useMessages(targetMessages);
  const errText = useErrorText();
  const reject = useRejectTarget();
  const [asking, setAsking] = useState(false);
  if (reject.error)
    return (
      <span className="form-error small" role="alert">
        {reject.error instanceof ApiError && reject.error.status === 409
          ? t('conflict.stale')
          : t('conflict.failed', { message: errText(reject.error) })}
      </span>
    );
  return asking ? (
    <span className="conflict__ask">
      <button
        type="button"
        className="button button--danger"
        disabled={reject.isPending}
        onClick={() => reject.mutate(target)}
      >
        {t('conflict.sure')}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {t('conflict.cancel')}
      </button>
    </span>
  ) : (
    <button type="button" className="button" onClick={() => setAsking(true)}>
      {t('conflict.reject')}
    </button>
  );
}
