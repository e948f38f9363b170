import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { DashboardIndicator } from '@targetboard/shared/api/dashboard.schema';
import type { DashboardCell, DashboardRow } from '@targetboard/shared/api/dashboard-resolve';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { type GridPosition, moveInGrid } from '../../../components/ui/grid-keys';
import { formatTarget } from '@targetboard/shared/targets/format-target';
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
  /** Focus the grid's current cell when it mounts: the view was reached by drilling down. */
  autoFocus?: boolean;
  drillHref(code: string): string;
  onDrill(code: string): void;
}

const KEYS_HINT_ID = 'dash-grid-keys';

/**
 * Regions × indicators; each cell an icon and a short figure besides its colour. An ARIA grid:
 * one Tab stop, arrow keys (roving tabindex), Enter opens a cell, D drills into the row's region.
 */
export function DashboardGrid(props: DashboardGridProps) {
  const { indicators, view } = props;
  const t = useMessages(dashboardMessages);
  const { lang } = useI18n();
  const [open, setOpen] = useState<Open | null>(null);
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 1 });
  const tableRef = useRef<HTMLTableElement>(null);
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

  const allRows = [props.parent, ...props.rows];
  const size = { rows: allRows.length, cols: indicators.length + 1 };
  // Rows come and go with the filters: the current cell stays inside the grid.
  const at = {
    row: Math.min(active.row, size.rows - 1),
    col: Math.min(active.col, size.cols - 1),
  };
  const cellAt = (p: GridPosition) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-grid-pos="${p.row}:${p.col}"]`);
  const stop = (row: number, col: number) => ({
    'data-grid-pos': `${row}:${col}`,
    tabIndex: row === at.row && col === at.col ? 0 : -1,
    onFocus: () => setActive({ row, col }),
  });

  const autoFocus = props.autoFocus;
  useEffect(() => {
    if (autoFocus) cellAt(at)?.focus();
    // Only on mount: a drill-down lands here once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    // Keys inside an open cell's details belong to the details.
    if (!(e.target instanceof HTMLElement) || !e.target.hasAttribute('data-grid-pos')) return;
    const next = moveInGrid(e.key, e.ctrlKey || e.metaKey, at, size);
    if (next) {
      e.preventDefault();
      setActive(next);
      cellAt(next)?.focus();
      return;
    }
    const row = allRows[at.row];
    if ((e.key === 'd' || e.key === 'D') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      if (row && at.row > 0) {
        e.preventDefault();
        props.onDrill(row.region.code);
      }
    }
  };

  // Category header: one spanning cell per run of indicators in the same category.
  const groups: { category: string; span: number }[] = [];
  for (const ind of indicators) {
    const last = groups.at(-1);
    if (last && last.category === ind.category) last.span++;
    else groups.push({ category: ind.category, span: 1 });
  }

  const renderRow = (row: DashboardRow, r: number) => {
    const isParent = r === 0;
    const byIndicator = new Map(row.cells.map((c) => [c.indicatorId, c]));
    const name = row.region.name;
    return (
      <tr key={row.region.id} className={isParent ? 'dash-row--parent' : undefined}>
        {isParent ? (
          <th scope="row" className="dash-rowhead" title={t('ownHint', { name })} {...stop(r, 0)}>
            {name} <small className="muted">{t('own')}</small>
          </th>
        ) : (
          <th scope="row" className="dash-rowhead">
            <a
              href={props.drillHref(row.region.code)}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                props.onDrill(row.region.code);
              }}
              aria-label={t(row.region.childCount > 0 ? 'drill' : 'openRegion', { name })}
              {...stop(r, 0)}
            >
              {name}
              {row.region.childCount > 0 && <span aria-hidden="true"> ›</span>}
            </a>
          </th>
        )}
        {indicators.map((ind, i) => {
          const cell = byIndicator.get(ind.id);
          if (!cell) {
            return (
              <td
                key={ind.id}
                className="dash-cell dash-cell--none"
                title={t('notApplicable')}
                {...stop(r, i + 1)}
              >
                <span aria-hidden="true">·</span>
                <span className="visually-hidden">{t('notApplicable')}</span>
              </td>
            );
          }
          // The parent row always shows its own figure; roll-ups are for the children below.
          const shown = isParent ? 'own' : view.view;
          const status = shownStatus(cell, shown);
          const legend = status === null ? null : STATUS_LEGEND[status];
          const dim = view.onlyRed && status !== 'missed';
          const text = shownText(cell, shown);
          const weaker = Boolean(cell.weakerThanParent) && !isParent;
          // The name holds what the cell shows (figure with unit, or share met) and the target.
          const label = t('cellLabel', {
            region: name,
            indicator: ind.name,
            shown: text
              ? t('cellShown', {
                  text: shown === 'children' ? t('shareMet', { share: text }) : text,
                })
              : '',
            status: legend ? (lang === 'zh' ? legend.zh : legend.en) : '—',
            target: formatTarget(cell.target, lang),
            weaker: weaker ? t('cellWeaker') : '',
          });
          const isOpen = open?.cell === cell;
          return (
            <td
              key={ind.id}
              className={`dash-cell dash-cell--${legend?.colour ?? 'empty'}${dim ? ' dash-cell--dim' : ''}`}
            >
              <button
                type="button"
                aria-label={label}
                aria-expanded={isOpen}
                aria-haspopup="dialog"
                data-status={status ?? 'none'}
                {...stop(r, i + 1)}
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
                <span className="dash-cell__text">{text}</span>
                {weaker && (
                  <span className="dash-cell__flag" title={t('weaker')} aria-hidden="true">
                    ⚑
                  </span>
                )}
              </button>
              {/* In the cell, so the details follow it in reading and Tab order. */}
              {open && isOpen && (
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
            </td>
          );
        })}
      </tr>
    );
  };

  return (
    <div className="dash-grid-wrap">
      <p id={KEYS_HINT_ID} className="visually-hidden">
        {t('gridKeys')}
      </p>
      <table
        ref={tableRef}
        role="grid"
        aria-label={t('title')}
        aria-describedby={KEYS_HINT_ID}
        className="dash-grid"
        data-testid="dashboard-grid"
        onKeyDown={onKeyDown}
      >
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
        <tbody>{allRows.map((row, r) => renderRow(row, r))}</tbody>
      </table>
    </div>
  );
}
