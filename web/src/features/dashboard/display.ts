import {
  cellStatuses,
  type DashboardCell,
  type DashboardRow,
} from '@targetboard/shared/api/dashboard-resolve';
import { statusRank, TARGET_STATUSES, type TargetStatus } from '@targetboard/shared/targets/status';
import { compactValue } from '@targetboard/shared/targets/compact-value';
import type { DashboardView } from './view-state';

/** The status a cell shows: its own figure's, or the worst of its sub-regions'. */
export function shownStatus(cell: DashboardCell, view: DashboardView['view']): TargetStatus | null {
  return view === 'own' ? cell.status : (cell.rollUp?.worst ?? null);
}

/**
 * The statuses a row's cells show, in cell order, as `shownStatus` reads them: taken from the
 * reply's columns (`cellStatuses`), so counting, filtering and sorting the rows of a large grid
 * builds no cell the screen does not draw.
 */
export function shownStatuses(
  row: DashboardRow,
  view: DashboardView['view'],
): readonly (TargetStatus | null)[] {
  const statuses = cellStatuses(row);
  return view === 'own' ? statuses.status : statuses.worst;
}

/** The short text beside the icon: the figure with its unit, or the share of sub-regions met. */
export function shownText(cell: DashboardCell, view: DashboardView['view']): string {
  if (view === 'children') {
    const share = cell.rollUp?.shareMet;
    return share === null || share === undefined ? '' : `${Math.round(share * 100)}%`;
  }
  return cell.value === null ? '' : compactValue(cell.value, cell.target.unit);
}

// The map's tiles write figures the same way.
export { compactValue };

/** Rows worst first: by the worst status shown, then by how many cells are missed. */
export function sortRows(
  rows: readonly DashboardRow[],
  view: DashboardView['view'],
): DashboardRow[] {
  const key = (row: DashboardRow) => {
    let worst = 99;
    let missed = 0;
    for (const s of shownStatuses(row, view)) {
      if (s === null) continue;
      worst = Math.min(worst, statusRank(s));
      if (s === 'missed') missed++;
    }
    return { worst, missed };
  };
  const keys = new Map(rows.map((r) => [r, key(r)]));
  return [...rows].sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    return ka.worst - kb.worst || kb.missed - ka.missed;
  });
}

export const hasMissed = (row: DashboardRow, view: DashboardView['view']) =>
  shownStatuses(row, view).includes('missed');

/**
 * The header counts: every coloured cell the grid shows — the region's own row (本级), which
 * always shows its own figure, and the listed rows as the view shows them.
 */
export function countShown(
  parent: DashboardRow,
  rows: readonly DashboardRow[],
  view: DashboardView['view'],
): Record<TargetStatus, number> {
  const out = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<
    TargetStatus,
    number
  >;
  const add = (row: DashboardRow, v: DashboardView['view']) => {
    for (const s of shownStatuses(row, v)) if (s) out[s]++;
  };
  add(parent, 'own');
  for (const row of rows) add(row, view);
  return out;
}
