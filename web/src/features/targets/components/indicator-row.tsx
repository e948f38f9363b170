import type { Indicator } from '@targetboard/shared/api/indicators.schema';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n';
import { useMergeIndicator, useRenameIndicator } from '../api/catalogue';
import { targetMessages } from '../messages';

type Mode = 'view' | 'rename' | 'merge';

/** One catalogue entry: rename in place, or merge into another after saying what moves. */
export function IndicatorRow({
  indicator,
  all,
  mayEdit,
}: {
  indicator: Indicator;
  all: Indicator[];
  mayEdit: boolean;
}) {
  const t = useMessages(targetMessages);
  const rename = useRenameIndicator();
  const merge = useMergeIndicator();
  const [mode, setMode] = useState<Mode>('view');
  const [name, setName] = useState(indicator.name);
  const [intoId, setIntoId] = useState<number | null>(null);
  const into = all.find((i) => i.id === intoId);
  const error = rename.error ?? merge.error;

  const saveName = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || name.trim() === indicator.name) return setMode('view');
    rename.mutate({ id: indicator.id, name: name.trim() }, { onSuccess: () => setMode('view') });
  };
  return (
    <li className="indicator">
      <div className="indicator__main">
        {mode === 'rename' ? (
          <form
            className="inline-form"
            onSubmit={saveName}
            onKeyDown={(e) => e.key === 'Escape' && setMode('view')}
          >
            <input
              value={name}
              autoFocus
              maxLength={100}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="button button--primary" disabled={rename.isPending}>
              {t('cat.save')}
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              {t('cat.cancel')}
            </button>
          </form>
        ) : (
          <strong>{indicator.name}</strong>
        )}
        <span className="muted small">
          {indicator.unit || '—'} · {t(`direction.${indicator.direction}`)} ·{' '}
          {t('cat.usage', {
            targets: indicator.targetCount ?? 0,
            observations: indicator.observationCount ?? 0,
          })}
        </span>
        {mayEdit && mode === 'view' && (
          <span className="indicator__actions">
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setName(indicator.name);
                setMode('rename');
              }}
            >
              {t('cat.rename')}
            </button>
            <button type="button" className="link-button" onClick={() => setMode('merge')}>
              {t('cat.merge')}
            </button>
          </span>
        )}
      </div>
      {indicator.synonyms.length > 0 && (
        <div className="indicator__synonyms small">
          <span className="muted">{t('cat.synonyms')}：</span>
          {indicator.synonyms.join('、')}
        </div>
      )}
      {mode === 'merge' && (
        <div className="merge">
          <label>
            {t('cat.mergeInto', { name: indicator.name })}{' '}
            <select
              value={intoId ?? ''}
              onChange={(e) => setIntoId(Number(e.target.value) || null)}
            >
              <option value="">{t('cat.mergePick')}</option>
              {all
                .filter((i) => i.id !== indicator.id)
                .map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.category} · {i.name}
                  </option>
                ))}
            </select>
          </label>
          {into && (
            <p className="merge__warning" role="status">
              {t('cat.mergeConfirm', {
                from: indicator.name,
                into: into.name,
                targets: indicator.targetCount ?? 0,
                observations: indicator.observationCount ?? 0,
              })}
            </p>
          )}
          <div className="inline-form">
            <button
              type="button"
              className="button button--danger"
              disabled={!into || merge.isPending}
              onClick={() => into && merge.mutate({ id: indicator.id, intoId: into.id })}
            >
              {t('cat.mergeDo')}
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              {t('cat.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="form-error small" role="alert">
          {error instanceof ApiError && error.status === 409 && rename.error
            ? t('cat.exists')
            : t('cat.failed', { message: error.message })}
        </p>
      )}
    </li>
  );
}
