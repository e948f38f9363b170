import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  DashboardCell,
  DashboardIndicator,
  DashboardRow,
} from '@targetboard/shared/api/dashboard.schema';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { useI18n, useMessages } from '../../../lib/i18n';
import { shownStatus, shownText } from '../display';
import { dashboardMessages } from '../messages';
import type { DashboardView } from '../view-state';
import { CellDetails } from './cell-details';

interface Open {
  row: DashboardRow;
  cell: DashboardCell;
  indicator: DashboardIndicator;
  anchor: DOMRect;
  pinned: boolean;
  button: HTMLButtonElement;
}

export interface DashboardGridProps {
  parent: DashboardRow;
  rows: DashboardRow[];
  indicators: DashboardIndicator[];
  view: DashboardView;
  drillHref(code: string): string;
  onDrill(code: string): void;
}

/** Regions × indicators; each cell an icon and a short figure besides its colour. */
export function DashboardGrid(props: DashboardGridProps) {
  const { indicators, view } = props;
  const t = useMessages(dashboardMessages);
  const { lang } = useI18n();
  const [open, setOpen] = useState<Open | null>(null);
  const hoverTimer = useRef<number | undefined>(undefined);
  const close = useCallback((refocus: boolean) => {
    setOpen((o) => {
      if (o && refocus) o.button.focus();
      return null;
    });
  }, []);
  useEffect(() => {
    if (!open) return;
    const onScroll = () => close(false);
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    return () => window.removeEventListener('scroll', onScroll, { capture: true });
  }, [open, close]);

  // Category header: one spanning cell per run of indicators in the same category.
  const groups: { category: string; span: number }[] = [];
  for (const ind of indicators) {
    const last = groups.at(-1);
    if (last && last.category === ind.category) last.span++;
    else groups.push({ category: ind.category, span: 1 });
  }

  const renderRow = (row: DashboardRow, isParent: boolean) => {
    const byIndicator = new Map(row.cells.map((c) => [c.indicatorId, c]));
    const name = row.region.name;
    return (
      <tr key={row.region.id} className={isParent ? 'dash-row--parent' : undefined}>
        <th scope="row" className="dash-rowhead">
          {isParent ? (
            <span title={t('ownHint', { name })}>
              {name} <small className="muted">{t('own')}</small>
            </span>
          ) : (
            <a
              href={props.drillHref(row.region.code)}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                props.onDrill(row.region.code);
              }}
              aria-label={t(row.region.childCount > 0 ? 'drill' : 'openRegion', { name })}
            >
              {name}
              {row.region.childCount > 0 && <span aria-hidden="true"> ›</span>}
            </a>
          )}
        </th>
        {indicators.map((ind) => {
          const cell = byIndicator.get(ind.id);
          if (!cell) {
            return (
              <td key={ind.id} className="dash-cell dash-cell--none" title={t('notApplicable')}>
                <span aria-label={t('notApplicable')}>·</span>
              </td>
            );
          }
          // The parent row always shows its own figure; roll-ups are for the children below.
          const status = shownStatus(cell, isParent ? 'own' : view.view);
          const legend = status === null ? null : STATUS_LEGEND[status];
          const dim = view.onlyRed && status !== 'missed';
          const label = t('cellLabel', {
            region: name,
            indicator: ind.name,
            status: legend ? (lang === 'zh' ? legend.zh : legend.en) : '—',
          });
          return (
            <td
              key={ind.id}
              className={`dash-cell dash-cell--${legend?.colour ?? 'empty'}${dim ? ' dash-cell--dim' : ''}`}
            >
              <button
                type="button"
                aria-label={label}
                aria-expanded={open?.cell === cell}
                data-status={status ?? 'none'}
                onClick={(e) => {
                  const button = e.currentTarget;
                  setOpen((o) =>
                    o?.cell === cell && o.pinned
                      ? null
                      : {
                          row,
                          cell,
                          indicator: ind,
                          anchor: button.getBoundingClientRect(),
                          pinned: true,
                          button,
                        },
                  );
                }}
                onMouseEnter={(e) => {
                  window.clearTimeout(hoverTimer.current);
                  const button = e.currentTarget;
                  setOpen((o) =>
                    o?.pinned
                      ? o
                      : {
                          row,
                          cell,
                          indicator: ind,
                          anchor: button.getBoundingClientRect(),
                          pinned: false,
                          button,
                        },
                  );
                }}
                onMouseLeave={() => {
                  hoverTimer.current = window.setTimeout(
                    () => setOpen((o) => (o?.pinned ? o : null)),
                    150,
                  );
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') close(true);
                }}
              >
                <span className="dash-cell__icon" aria-hidden="true">
                  {legend?.icon ?? ''}
                </span>
                <span className="dash-cell__text">
                  {shownText(cell, isParent ? 'own' : view.view)}
                </span>
                {cell.weakerThanParent && !isParent && (
                  <span className="dash-cell__flag" title={t('weaker')} aria-label={t('weaker')}>
                    ⚑
                  </span>
                )}
              </button>
            </td>
          );
        })}
      </tr>
    );
  };

  return (
    <div className="dash-grid-wrap">
      <table className="dash-grid" data-testid="dashboard-grid">
        <thead>
          <tr className="dash-cats">
            <th rowSpan={2} scope="col" className="dash-corner">
              {t('region')}
            </th>
            {groups.map((g, i) => (
              <th key={`${g.category}-${i}`} colSpan={g.span} scope="colgroup">
                {g.category || '—'}
              </th>
            ))}
          </tr>
          <tr>
            {indicators.map((ind) => (
              <th
                key={ind.id}
                scope="col"
                className="dash-colhead"
                title={`${ind.name}（${ind.unit}）`}
              >
                {ind.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {renderRow(props.parent, true)}
          {props.rows.map((row) => renderRow(row, false))}
        </tbody>
      </table>
      {open && (
        <CellDetails
          cell={open.cell}
          regionName={open.row.region.name}
          indicatorName={open.indicator.name}
          anchor={open.anchor}
          pinned={open.pinned}
          onClose={() => close(true)}
          onPointerEnter={() => window.clearTimeout(hoverTimer.current)}
          onPointerLeave={() => {
            hoverTimer.current = window.setTimeout(
              () => setOpen((o) => (o?.pinned ? o : null)),
              150,
            );
          }}
        />
      )}
    </div>
  );
}
