import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { DashboardCell } from '@targetboard/shared/api/dashboard-resolve';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { formatTarget, withUnit } from '@targetboard/shared/targets/format-target';
import { reasonText } from '@targetboard/shared/targets/reason';
import { Link } from '../../../app/router';
import { useI18n, useMessages } from '../../../lib/i18n';
import { dashboardMessages } from '../messages';

export interface CellDetailsProps {
  cell: DashboardCell;
  regionName: string;
  indicatorName: string;
  /** Fixed-position anchor: the cell's rectangle on screen. */
  anchor: DOMRect;
  pinned: boolean;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

const WIDTH = 360;
const PAGE_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
]);

/** Tab and Shift+Tab cycle through the details' links and buttons while they are open. */
function trapTab(e: KeyboardEvent, box: HTMLElement) {
  const stops = [...box.querySelectorAll<HTMLElement>('a[href], button:not(:disabled)')];
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) {
    e.preventDefault();
    return;
  }
  const here = document.activeElement;
  if (e.shiftKey && (here === first || here === box)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && here === last) {
    e.preventDefault();
    first.focus();
  }
}

/** Value against target, the rule and reason, trend, roll-up and the target's source sentence. */
export function CellDetails(props: CellDetailsProps) {
  const { cell, anchor, pinned, onClose } = props;
  const t = useMessages(dashboardMessages);
  const { lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // No scroll: the details close when the page scrolls.
    if (pinned) ref.current?.focus({ preventScroll: true });
  }, [pinned]);
  const legend = STATUS_LEGEND[cell.status];
  const unit = cell.target.unit;
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - WIDTH - 8));
  const below = anchor.bottom + 320 < window.innerHeight;
  const style = below
    ? { left, top: anchor.bottom + 4, width: WIDTH }
    : { left, bottom: window.innerHeight - anchor.top + 4, width: WIDTH };
  const source = cell.target.source;
  const rollUp = cell.rollUp;
  return (
    <div
      ref={ref}
      className={`dash-pop dash-pop--${legend.colour}`}
      role="dialog"
      aria-label={`${props.regionName} · ${props.indicatorName}`}
      tabIndex={-1}
      style={style}
      data-testid="cell-details"
      onMouseEnter={props.onPointerEnter}
      onMouseLeave={props.onPointerLeave}
      onKeyDown={(e) => {
        // The grid around must not act on keys meant for the details.
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
        else if (e.key === 'Tab' && ref.current) trapTab(e, ref.current);
        else if (PAGE_KEYS.has(e.key)) e.preventDefault(); // scrolling would close the details
      }}
    >
      <header className="dash-pop__head">
        <strong>
          {props.regionName} · {props.indicatorName}
        </strong>
        {pinned && (
          <button
            type="button"
            className="dash-pop__close"
            onClick={onClose}
            aria-label={t('close')}
          >
            ×
          </button>
        )}
      </header>
      <p className="dash-pop__status">
        <span className={`dash-badge dash-badge--${legend.colour}`}>
          {legend.icon} {lang === 'zh' ? legend.zh : legend.en}
        </span>{' '}
        {reasonText(cell.reason, unit, lang)}
      </p>
      <dl className="dash-pop__facts">
        <dt>{t('value')}</dt>
        <dd>
          {cell.value === null ? '—' : withUnit(cell.value, unit)}
          {cell.quarter && (
            <span className="muted">
              {' '}
              （
              {t(cell.basis === 'year_to_date' ? 'basisYtd' : 'basisLatest', {
                quarter: cell.quarter,
              })}
              ）
            </span>
          )}
        </dd>
        <dt>{t('target')}</dt>
        <dd>
          {formatTarget(cell.target, lang)}
          <span className="muted">
            {' '}
            （
            {cell.target.inheritedFrom
              ? t('inherited', { name: cell.target.inheritedFrom.name })
              : t('ownTarget')}
            {cell.target.sourceYear !== null && ` · ${cell.target.sourceYear}`}）
          </span>
        </dd>
        <dt>{t('trend')}</dt>
        <dd className="dash-pop__trend">
          {cell.trend.map((p) => (
            <span key={p.quarter}>
              <small>{p.quarter.slice(2)}</small>{' '}
              {p.value === null ? t('notReported') : withUnit(p.value, unit)}
            </span>
          ))}
          {cell.projected !== null && (
            <span className="muted" data-testid="projected">
              {t('projected', {
                value: withUnit(cell.projected, unit),
                quarter: cell.quarter ?? '—',
              })}
            </span>
          )}
        </dd>
        {rollUp && (
          <>
            <dt>{t('viewChildren')}</dt>
            <dd>
              {t('rollUp', {
                total: rollUp.total,
                met: rollUp.counts.met ?? 0,
                risk: rollUp.counts.at_risk ?? 0,
                missed: rollUp.counts.missed ?? 0,
                none: rollUp.counts.no_data ?? 0,
              })}
            </dd>
          </>
        )}
      </dl>
      {cell.weakerThanParent && (
        <p className="dash-pop__warn">
          ⚑ {t('weaker')}：{cell.weakerThanParent.text}
        </p>
      )}
      <div className="dash-pop__source">
        <div className="muted">{t('source')}</div>
        {source ? (
          <>
            {source.quote && <blockquote>{source.quote}</blockquote>}
            <Link href={`/documents/${source.documentId}?target=${cell.target.id}`}>
              {t('openSource')} →
            </Link>
          </>
        ) : (
          <p className="muted">{t('noSource')}</p>
        )}
      </div>
    </div>
  );
}
