import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import { forwardRef } from 'react';
import { Link } from '../../../app/router';
import { comparatorWords, formatTarget } from '@targetboard/shared/targets/format-target';
import { useI18n, useMessages } from '../../../lib/i18n';
import type { TargetChanges } from '../api/review-targets';
import { documentMessages } from '../messages';
import { nameSourceTag } from '../lib/name-check';
import { highlightState } from './highlighted-text';
import { TargetEditor, toEditable } from './target-editor';

export interface CardFeedback {
  error?: string;
  /** Confirming was refused: the catalogue holds indicators close to this name. */
  choice?: { id: number; name: string }[];
  stale?: boolean;
  conflicts?: StoredTarget[];
}

interface Props {
  target: StoredTarget;
  catalogueName: string | undefined;
  selected: boolean;
  editing: boolean;
  busy: boolean;
  mayReview: boolean;
  feedback: CardFeedback | undefined;
  onSelect(): void;
  onChange(changes: TargetChanges): void;
  onEdit(editing: boolean): void;
}

/** Why confirming is refused, said on the card rather than only in a tooltip. */
export function confirmBlocker(t: StoredTarget): 'disabled.value' | 'disabled.region' | null {
  if (t.value === null) return 'disabled.value';
  if (t.regionId === null) return 'disabled.region';
  return null;
}

/** Only what the editor changed, so the change log shows the edit and nothing else. */
function diff(target: StoredTarget, changes: TargetChanges): TargetChanges {
  return Object.fromEntries(
    Object.entries(changes).filter(([k, v]) => target[k as keyof StoredTarget] !== v),
  ) as TargetChanges;
}

export const TargetCard = forwardRef<HTMLLIElement, Props>(function TargetCard(
  {
    target,
    catalogueName,
    selected,
    editing,
    busy,
    mayReview,
    feedback,
    onSelect,
    onChange,
    onEdit,
  },
  ref,
) {
  const t = useMessages(documentMessages);
  const { lang } = useI18n();
  const state = highlightState(target);
  const value = target.value === null ? null : formatTarget(target, lang);
  const blocker = confirmBlocker(target);
  const source = nameSourceTag(target);
  // Catalogue indicators the reviewer may link with one click (suggested, or offered by a refusal).
  const linkChips = (choices: readonly { id: number; name: string }[]) =>
    choices.slice(0, 3).map((s) => (
      <button
        key={s.id}
        type="button"
        className="chip chip--button"
        disabled={!mayReview || busy}
        title={t('card.link', { name: s.name })}
        onClick={() => onChange({ indicatorId: s.id, indicator: s.name })}
      >
        {s.name}
      </button>
    ));
  return (
    <li
      ref={ref}
      className={`card card--${state}${selected ? ' card--selected' : ''}`}
      data-testid="target-card"
      data-target-id={target.id}
      data-state={state}
      aria-current={selected || undefined}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('button, input, select, a, form')) onSelect();
      }}
    >
      <div className="card__head">
        <span className="card__indicator">
          {target.indicator}
          {source && (
            <span
              className={`name-source name-source--${target.nameSource}`}
              role="note"
              aria-label={t(source.description)}
              title={t(source.description)}
              data-testid="name-source"
            >
              {t(source.label)}
            </span>
          )}
        </span>
        <span className={`badge badge--${state}`}>
          {t(state === 'needs' ? 'state.needsValue' : `state.${state}`)}
        </span>
      </div>
      <div className="card__value" title={comparatorWords(target.comparator, lang)}>
        {value ?? <span className="card__missing">{t('state.needsValue')}</span>}
        {value && target.valueMax === null && (
          <span className="muted small"> {comparatorWords(target.comparator, lang)}</span>
        )}
      </div>
      <div className="card__facts">
        <span>{target.year ? t('card.year', { year: target.year }) : t('card.noYear')}</span>
        <span className={target.regionId === null ? 'warn' : undefined}>
          {target.region ?? t('card.noRegion')}
        </span>
        <button
          type="button"
          className={`chip chip--button measure measure--${target.measure}`}
          data-testid="target-measure"
          disabled={!mayReview || busy}
          title={t(`card.measure.${target.measure}Title`)}
          onClick={() =>
            onChange({ measure: target.measure === 'additive' ? 'intensive' : 'additive' })
          }
        >
          {t(`card.measure.${target.measure}`)}
        </button>
        {target.scope && <span>{t('card.scope', { scope: target.scope })}</span>}
        {target.tolerance !== null && <span>{t('card.tolerance', { n: target.tolerance })}</span>}
        {target.confidence !== null && (
          <span
            className="confidence"
            title={t('card.confidence', { n: Math.round(target.confidence * 100) })}
          >
            <span className="confidence__bar">
              <span style={{ width: `${Math.round(target.confidence * 100)}%` }} />
            </span>
            {t('card.confidence', { n: Math.round(target.confidence * 100) })}
          </span>
        )}
      </div>
      {target.indicatorId !== null ? (
        <Link href="/targets?tab=catalogue" className="small linked">
          ✓ {t('card.catalogue', { name: catalogueName ?? target.indicator })}
        </Link>
      ) : (
        <div className="small">
          {target.suggestions && target.suggestions.length > 0 ? (
            <div className="suggestions">
              <span className="muted">{t('card.suggestions')}</span>
              {linkChips(target.suggestions)}
            </div>
          ) : (
            <span className="muted">{t('card.notLinked')}</span>
          )}
        </div>
      )}
      {state === 'needs' && <div className="note note--needs">{t('card.needsValue')}</div>}
      {feedback?.stale && (
        <div className="note note--error" role="alert">
          {t('error.stale')}
        </div>
      )}
      {feedback?.choice && target.indicatorId === null && (
        <div className="note note--needs" role="alert">
          {t('choice.note')}
          {!target.suggestions?.length && feedback.choice.length > 0 && (
            <div className="suggestions">{linkChips(feedback.choice)}</div>
          )}
          {mayReview && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => onChange({ state: 'confirmed', newIndicator: true })}
            >
              {t('choice.create')}
            </button>
          )}
        </div>
      )}
      {feedback?.error && (
        <div className="note note--error" role="alert">
          {feedback.error}
        </div>
      )}
      {feedback?.conflicts && feedback.conflicts.length > 0 && (
        <div className="note note--conflict" role="status">
          {t('card.conflicts')}
          <ul>
            {feedback.conflicts.map((c) => (
              <li key={c.id}>
                {t('card.conflictItem', {
                  value: formatTarget(c, lang),
                  id: c.id,
                  doc: c.documentId ?? '—',
                })}
              </li>
            ))}
          </ul>
          <Link
            href={`/targets?${new URLSearchParams({ ...(target.regionId && { regionId: String(target.regionId) }), ...(target.year && { year: String(target.year) }) })}`}
          >
            {t('card.resolveConflicts')}
          </Link>
        </div>
      )}
      {editing ? (
        <TargetEditor
          mode="edit"
          initial={toEditable(target)}
          busy={busy}
          onCancel={() => onEdit(false)}
          onSubmit={(changes, confirm) =>
            onChange({ ...diff(target, changes), ...(confirm && { state: 'confirmed' }) })
          }
        />
      ) : (
        mayReview && (
          <div className="card__actions">
            {target.state !== 'confirmed' && (
              <button
                type="button"
                className="button button--confirm"
                disabled={busy || blocker !== null}
                title={blocker ? t(blocker) : undefined}
                onClick={() => onChange({ state: 'confirmed' })}
              >
                {t('action.confirm')}
              </button>
            )}
            {target.state !== 'rejected' && (
              <button
                type="button"
                className="button button--reject"
                disabled={busy}
                onClick={() => onChange({ state: 'rejected' })}
              >
                {t('action.reject')}
              </button>
            )}
            {target.state !== 'draft' && (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => onChange({ state: 'draft' })}
              >
                {t('action.undo')}
              </button>
            )}
            <button type="button" className="button" disabled={busy} onClick={() => onEdit(true)}>
              {t('action.edit')}
            </button>
            {blocker && target.state === 'draft' && (
              <div className="card__why small">{t(blocker)}</div>
            )}
          </div>
        )
      )}
    </li>
  );
});
