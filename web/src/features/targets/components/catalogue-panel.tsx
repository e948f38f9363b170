import { DIRECTIONS, TARGET_KINDS } from '@targetboard/shared/targets/vocabulary';
import type { Indicator } from '@targetboard/shared/api/indicators.schema';
import { type FormEvent, useMemo, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n';
import { useCatalogue } from '../../../lib/indicator-queries';
import { type NewIndicator, useCreateIndicator } from '../api/catalogue';
import { targetMessages } from '../messages';
import { IndicatorRow } from './indicator-row';

/**
 * The shared catalogue: approvers may add to it (confirming a target does too); renaming and
 * merging change every region's targets and figures, so only admins see those controls.
 */
export function CataloguePanel({ mayAdd, mayEdit }: { mayAdd: boolean; mayEdit: boolean }) {
  const t = useMessages(targetMessages);
  const catalogue = useCatalogue();
  const [find, setFind] = useState('');
  const groups = useMemo(() => {
    const q = find.trim();
    const byCategory = new Map<string, Indicator[]>();
    for (const i of catalogue.data ?? []) {
      if (q && !i.name.includes(q) && !i.synonyms.some((s) => s.includes(q))) continue;
      byCategory.set(i.category, [...(byCategory.get(i.category) ?? []), i]);
    }
    return [...byCategory].sort(([a], [b]) => a.localeCompare(b, 'zh'));
  }, [catalogue.data, find]);

  if (catalogue.isPending) return <p className="muted">{t('loading')}</p>;
  if (catalogue.isError)
    return (
      <div className="alert alert--error" role="alert">
        {t('error.load', { message: catalogue.error.message })}
      </div>
    );
  return (
    <div className="catalogue">
      <p className="muted">{t('cat.intro')}</p>
      {mayAdd && !mayEdit && (
        <p className="muted small" data-testid="catalogue-admin-only">
          {t('cat.adminOnly')}
        </p>
      )}
      <div className="catalogue__bar">
        <input
          value={find}
          placeholder={t('cat.filter')}
          onChange={(e) => setFind(e.target.value)}
        />
      </div>
      {mayAdd && (
        <NewIndicatorForm categories={[...new Set(catalogue.data.map((i) => i.category))]} />
      )}
      {groups.map(([category, indicators]) => (
        <div key={category} className="panel catalogue__group">
          <h2>
            {category} <span className="muted small">{indicators.length}</span>
          </h2>
          <ul className="indicator-list">
            {indicators.map((i) => (
              <IndicatorRow key={i.id} indicator={i} all={catalogue.data} mayEdit={mayEdit} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function NewIndicatorForm({ categories }: { categories: string[] }) {
  const t = useMessages(targetMessages);
  const create = useCreateIndicator();
  const empty: NewIndicator = { name: '', unit: '%', direction: 'up', kind: 'rate', category: '' };
  const [draft, setDraft] = useState(empty);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) return;
    create.mutate(
      { ...draft, name: draft.name.trim(), category: draft.category.trim() || '其他' },
      { onSuccess: () => setDraft(empty) },
    );
  };
  return (
    <form className="panel new-indicator" onSubmit={submit}>
      <h2>{t('cat.new')}</h2>
      <div className="new-indicator__fields">
        <label>
          <span>{t('cat.name')}</span>
          <input
            value={draft.name}
            required
            maxLength={100}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </label>
        <label>
          <span>{t('cat.unit')}</span>
          <input
            value={draft.unit}
            maxLength={20}
            size={6}
            onChange={(e) => setDraft({ ...draft, unit: e.target.value })}
          />
        </label>
        <label>
          <span>{t('cat.direction')}</span>
          <select
            value={draft.direction}
            onChange={(e) =>
              setDraft({ ...draft, direction: e.target.value as NewIndicator['direction'] })
            }
          >
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`direction.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('cat.kind')}</span>
          <select
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value as NewIndicator['kind'] })}
          >
            {TARGET_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('cat.category')}</span>
          <input
            value={draft.category}
            list="indicator-categories"
            maxLength={40}
            placeholder="其他"
            onChange={(e) => setDraft({ ...draft, category: e.target.value })}
          />
          <datalist id="indicator-categories">
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <button
          type="submit"
          className="button button--primary"
          disabled={create.isPending || !draft.name.trim()}
        >
          {t('cat.create')}
        </button>
      </div>
      {create.error && (
        <p className="form-error small" role="alert">
          {create.error instanceof ApiError && create.error.status === 409
            ? t('cat.exists')
            : t('cat.failed', { message: create.error.message })}
        </p>
      )}
    </form>
  );
}
