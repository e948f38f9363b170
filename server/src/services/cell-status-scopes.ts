import type { DirtyNote } from '@targetboard/db/repositories/cell-statuses.repository';

// What a refresh judges again, from the notes its transaction's writes left: per year, groups
// of indicators each noted in the same regions. Figures are noted per year and indicator
// (migration 2026-12-06-0330), so an import of one province's figures for some indicators
// and another province's for others judges each indicator in its own province, not the
// cross product of both lists.

/** Regions to judge again: all, or these and the descendants of `subtrees`. */
export interface RegionScope {
  allRegions: boolean;
  regions: Set<number>;
  subtrees: Set<number>;
}

/** One judging pass: these regions × these indicators (null: every indicator). */
export interface JudgeScope extends RegionScope {
  indicators: number[] | null;
}

export interface RefreshPlan {
  /** Years written but not held: built whole. */
  whole: Set<number>;
  perYear: Map<number, JudgeScope[]>;
}

/**
 * Past this many groups in a year, one pass over the union costs less than a judging query
 * per group (each reads the targets of its region chains again).
 */
const MAX_GROUPS = 8;

const EVERY = -1; // the key of notes that name no indicator (every indicator)

/** Sorts the notes into judging passes over the years `kept` (held under the current rules). */
export function planRefresh(notes: readonly DirtyNote[], kept: readonly number[]): RefreshPlan {
  const whole = new Set<number>();
  const byYear = new Map<number, Map<number, RegionScope>>();
  for (const note of notes) {
    const { yearFrom, yearTo } = note;
    if (yearFrom !== null && yearFrom === yearTo && !kept.includes(yearFrom)) {
      whole.add(yearFrom);
      continue;
    }
    for (const year of kept) {
      if ((yearFrom !== null && year < yearFrom) || (yearTo !== null && year > yearTo)) continue;
      const byIndicator = byYear.get(year) ?? new Map<number, RegionScope>();
      byYear.set(year, byIndicator);
      for (const indicator of note.indicatorIds ?? [EVERY]) {
        const scope = byIndicator.get(indicator) ?? emptyScope();
        byIndicator.set(indicator, scope);
        if (note.regionIds === null) scope.allRegions = true;
        else
          for (const id of note.regionIds) (note.subtree ? scope.subtrees : scope.regions).add(id);
      }
    }
  }
  const perYear = new Map<number, JudgeScope[]>();
  for (const [year, byIndicator] of byYear)
    if (!whole.has(year)) perYear.set(year, groupIndicators(byIndicator));
  return { whole, perYear };
}

/** Indicators noted in the same regions judged together; past MAX_GROUPS, all at once. */
function groupIndicators(byIndicator: Map<number, RegionScope>): JudgeScope[] {
  const groups = new Map<string, JudgeScope>();
  for (const [indicator, scope] of byIndicator) {
    const key = indicator === EVERY ? 'every' : signature(scope);
    const group = groups.get(key);
    if (indicator === EVERY) groups.set(key, { ...scope, indicators: null });
    else if (group) group.indicators!.push(indicator);
    else groups.set(key, { ...scope, indicators: [indicator] });
  }
  if (groups.size <= MAX_GROUPS) return [...groups.values()];
  const all: JudgeScope = { ...emptyScope(), indicators: [] };
  for (const g of groups.values()) {
    all.allRegions ||= g.allRegions;
    for (const id of g.regions) all.regions.add(id);
    for (const id of g.subtrees) all.subtrees.add(id);
    if (g.indicators === null) all.indicators = null;
    else all.indicators?.push(...g.indicators);
  }
  return [all];
}

function signature(scope: RegionScope): string {
  if (scope.allRegions) return '*';
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b).join(',');
  return `${sorted(scope.regions)}/${sorted(scope.subtrees)}`;
}

const emptyScope = (): RegionScope => ({
  allRegions: false,
  regions: new Set(),
  subtrees: new Set(),
});
