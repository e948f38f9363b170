import {
  type FocusEvent,
  type KeyboardEvent,
  memo,
  type MouseEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { DashboardIndicator } from '@targetboard/shared/api/dashboard.schema';
import type {
  DashboardCell,
  DashboardCellTarget,
  DashboardRow,
} from '@targetboard/shared/api/dashboard-resolve';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { type GridPosition, moveInGrid } from '../../../components/ui/grid-keys';
import { formatTarget, type Language } from '@targetboard/shared/targets/format-target';
import { useAfterFirstPaint } from '../../../lib/after-first-paint';
import { useI18n, useMessages } from '../../../lib/i18n';
import { shownStatus, shownText } from '../display';
import { firstScreen } from '../first-screen';
import { dashboardMessages } from '../messages';
import type { DashboardView } from '../view-state';
import { CellDetails } from './cell-details';

interface Open {
  row: number;
  indicatorId: number;
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
const useDashboardMessages = () => useMessages(dashboardMessages);
type Translate = ReturnType<typeof useDashboardMessages>;
/**
 * A grid with more cells than this (a national one has 2,600) is drawn in two steps: first what
 * fits the window (`firstScreen`), the rest just after, so the leader sees colour before the
 * browser has built and laid out every cell (seconds on a slow office PC). Smaller grids are
 * drawn whole.
 */
const LARGE_GRID_CELLS = 1000;
/** How long the pointer may be off a cell and its details before unpinned details close. */
const HOVER_GRACE_MS = 150;

/** `r:c` of the grid stop an event came from, or null outside the grid's stops. */
function positionOf(el: EventTarget | null): GridPosition | null {
  if (!(el instanceof HTMLElement)) return null;
  const pos = el.getAttribute('data-grid-pos');
  if (!pos) return null;
  const [row, col] = pos.split(':').map(Number);
  return { row: row!, col: col! };
}

/** The cell button an event came from (not the details beside it). */
const cellButton = (el: EventTarget | null) =>
  el instanceof Element ? el.closest<HTMLButtonElement>('button[data-grid-pos]') : null;

// Many cells share a target object (resolveDashboard): its rule is written once per language.
const ruleTexts = new WeakMap<DashboardCellTarget, Partial<Record<Language, string>>>();
function ruleText(target: DashboardCellTarget, lang: Language): string {
  let texts = ruleTexts.get(target);
  if (!texts) ruleTexts.set(target, (texts = {}));
  return (texts[lang] ??= formatTarget(target, lang));
}

/**
 * Regions × indicators; each cell an icon and a short figure besides its colour. An ARIA grid:
 * one Tab stop, arrow keys (roving tabindex), Enter opens a cell, D drills into the row's region.
 * A national grid has 2,600 cells: rows are memoised (moving the focus or opening a cell redraws
 * one or two rows, not the grid) and the pointer and focus are handled once, on the table,
 * rather than by five handlers on every cell.
 */
export function DashboardGrid(props: DashboardGridProps) {
  const { indicators, view } = props;
  const t = useDashboardMessages();
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
  const closeSoon = useCallback(() => {
    hoverTimer.current = window.setTimeout(
      () => setOpen((o) => (o?.pinned ? o : null)),
      HOVER_GRACE_MS,
    );
  }, []);
  const keepOpen = useCallback(() => window.clearTimeout(hoverTimer.current), []);
  useEffect(() => {
    if (!open) return;
    const onScroll = () => close(false);
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    return () => window.removeEventListener('scroll', onScroll, { capture: true });
  }, [open, close]);

  const allRows = useMemo(() => [props.parent, ...props.rows], [props.parent, props.rows]);
  // A row's cells are built when its GridRow first reads them (resolveDashboard): the rows
  // past the first screen are built with the rest, after the first paint.
  const whole = useAfterFirstPaint(allRows.length * indicators.length > LARGE_GRID_CELLS);
  const partial = !whole;
  // Read once: a window resized before the rest is drawn changes nothing that matters.
  const [screen] = useState(() => firstScreen(window.innerWidth, window.innerHeight));
  const rowsDrawn = partial ? allRows.slice(0, screen.rows) : allRows;
  // Kept between renders: a new array would draw every memoised row again.
  const columns = useMemo(
    () => (partial ? indicators.slice(0, screen.cols) : indicators),
    [partial, indicators, screen.cols],
  );
  const size = { rows: allRows.length, cols: indicators.length + 1 };
  // Rows come and go with the filters: the current cell stays inside the grid.
  const at = {
    row: Math.min(active.row, size.rows - 1),
    col: Math.min(active.col, size.cols - 1),
  };
  const cellAt = (p: GridPosition) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-grid-pos="${p.row}:${p.col}"]`);

  const autoFocus = props.autoFocus;
  useEffect(() => {
    if (autoFocus) cellAt(at)?.focus();
    // Only on mount: a drill-down lands here once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    // Keys inside an open cell's details belong to the details.
    if (!(e.target instanceof HTMLElement) || !e.target.hasAttribute('data-grid-pos')) return;
    if (e.key === 'Escape' && cellButton(e.target)) {
      close(true);
      return;
    }
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
  const openAt = (button: HTMLButtonElement, pinned: boolean): Open | null => {
    const pos = positionOf(button);
    const indicator = pos && indicators[pos.col - 1];
    if (!pos || !indicator) return null;
    return {
      row: pos.row,
      indicatorId: indicator.id,
      anchor: button.getBoundingClientRect(),
      pinned,
      button,
    };
  };
  const onClick = (e: MouseEvent<HTMLTableElement>) => {
    const button = cellButton(e.target);
    if (!button) return;
    setOpen((o) => (o?.button === button && o.pinned ? null : openAt(button, true)));
  };
  const onMouseOver = (e: MouseEvent<HTMLTableElement>) => {
    const button = cellButton(e.target);
    if (!button || button.contains(e.relatedTarget as Node | null)) return;
    keepOpen();
    setOpen((o) => (o?.pinned ? o : openAt(button, false)));
  };
  const onMouseOut = (e: MouseEvent<HTMLTableElement>) => {
    const button = cellButton(e.target);
    if (button && !button.contains(e.relatedTarget as Node | null)) closeSoon();
  };
  const onFocus = (e: FocusEvent<HTMLTableElement>) => {
    const pos = positionOf(e.target);
    if (pos) setActive(pos);
  };

  // Category header: one spanning cell per run of indicators in the same category.
  const groups: { category: string; span: number }[] = [];
  for (const ind of columns) {
    const last = groups.at(-1);
    if (last && last.category === ind.category) last.span++;
    else groups.push({ category: ind.category, span: 1 });
  }

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
        onClick={onClick}
        onMouseOver={onMouseOver}
        onMouseOut={onMouseOut}
        onFocus={onFocus}
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
            {columns.map((ind) => (
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
          {rowsDrawn.map((row, r) => (
            <GridRow
              key={row.region.id}
              row={row}
              index={r}
              indicators={columns}
              shown={r === 0 ? 'own' : view.view}
              onlyRed={view.onlyRed}
              activeCol={r === at.row ? at.col : -1}
              open={open?.row === r ? open : null}
              drillHref={props.drillHref}
              onDrill={props.onDrill}
              onClose={close}
              onPointerEnter={keepOpen}
              onPointerLeave={closeSoon}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface GridRowProps {
  row: DashboardRow;
  index: number;
  indicators: DashboardIndicator[];
  /** The parent row always shows its own figure; roll-ups are for the children below. */
  shown: DashboardView['view'];
  onlyRed: boolean;
  /** The column holding the grid's one Tab stop when it is in this row, else -1. */
  activeCol: number;
  /** The open cell's details when they are in this row. */
  open: Open | null;
  drillHref(code: string): string;
  onDrill(code: string): void;
  onClose(refocus: boolean): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row, index: r, indicators, shown, activeCol, open } = props;
  const t = useDashboardMessages();
  const { lang } = useI18n();
  const isParent = r === 0;
  const byIndicator = useMemo(() => new Map(row.cells.map((c) => [c.indicatorId, c])), [row]);
  const name = row.region.name;
  const stop = (col: number) => ({
    'data-grid-pos': `${r}:${col}`,
    tabIndex: col === activeCol ? 0 : -1,
  });
  return (
    <tr className={isParent ? 'dash-row--parent' : undefined}>
      {isParent ? (
        <th scope="row" className="dash-rowhead" title={t('ownHint', { name })} {...stop(0)}>
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
            {...stop(0)}
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
              {...stop(i + 1)}
            >
              <span aria-hidden="true">·</span>
              <span className="visually-hidden">{t('notApplicable')}</span>
            </td>
          );
        }
        const isOpen = open?.indicatorId === ind.id;
        return (
          <td key={ind.id} className={cellClass(cell, shown, props.onlyRed)}>
            <button
              type="button"
              aria-label={cellLabel(t, lang, name, ind, cell, shown, isParent)}
              aria-expanded={isOpen}
              aria-haspopup="dialog"
              data-status={shownStatus(cell, shown) ?? 'none'}
              {...stop(i + 1)}
            >
              {cellFace(t, cell, shown, weakerShown(cell, isParent))}
            </button>
            {/* In the cell, so the details follow it in reading and Tab order. */}
            {open && isOpen && (
              <CellDetails
                cell={cell}
                regionName={name}
                indicatorName={ind.name}
                anchor={open.anchor}
                pinned={open.pinned}
                onClose={() => props.onClose(true)}
                onPointerEnter={props.onPointerEnter}
                onPointerLeave={props.onPointerLeave}
              />
            )}
          </td>
        );
      })}
    </tr>
  );
});

const weakerShown = (cell: DashboardCell, isParent: boolean) =>
  Boolean(cell.weakerThanParent) && !isParent;

function cellClass(cell: DashboardCell, shown: DashboardView['view'], onlyRed: boolean): string {
  const status = shownStatus(cell, shown);
  const colour = status === null ? 'empty' : STATUS_LEGEND[status].colour;
  const dim = onlyRed && status !== 'missed';
  return `dash-cell dash-cell--${colour}${dim ? ' dash-cell--dim' : ''}`;
}

/** The cell's name: what it shows (figure with unit, or share met), its status and target. */
function cellLabel(
  t: Translate,
  lang: Language,
  region: string,
  indicator: DashboardIndicator,
  cell: DashboardCell,
  shown: DashboardView['view'],
  isParent: boolean,
): string {
  const status = shownStatus(cell, shown);
  const legend = status === null ? null : STATUS_LEGEND[status];
  const text = shownText(cell, shown);
  return t('cellLabel', {
    region,
    indicator: indicator.name,
    shown: text
      ? t('cellShown', { text: shown === 'children' ? t('shareMet', { share: text }) : text })
      : '',
    status: legend ? (lang === 'zh' ? legend.zh : legend.en) : '—',
    target: ruleText(cell.target, lang),
    weaker: weakerShown(cell, isParent) ? t('cellWeaker') : '',
  });
}

/** What a cell shows: the status icon, the short figure, the weaker-target flag. Plain JSX, not a component: one fewer per cell. */
function cellFace(
  t: Translate,
  cell: DashboardCell,
  shown: DashboardView['view'],
  weaker: boolean,
) {
  const status = shownStatus(cell, shown);
  return (
    <>
      <span className="dash-cell__icon" aria-hidden="true">
        {status === null ? '' : STATUS_LEGEND[status].icon}
      </span>
      <span className="dash-cell__text">{shownText(cell, shown)}</span>
      {weaker && (
        <span className="dash-cell__flag" title={t('weaker')} aria-hidden="true">
          ⚑
        </span>
      )}
    </>
  );
}
