/** Regions one chart compares on screen (the API allows a few more). */
export const MAX_REGIONS = 10;

export interface TrendView {
  indicatorId: number | null;
  regionIds: number[];
  from: string;
  to: string;
}

const QUARTER = /^\d{4}Q[1-4]$/;

/** The last quarter that has ended by `now`: reports for it are due or in. */
export function lastEndedQuarter(now = new Date()): string {
  const q = Math.floor(now.getMonth() / 3); // 0-based quarter now running
  return q === 0 ? `${now.getFullYear() - 1}Q4` : `${now.getFullYear()}Q${q}`;
}

export function shiftQuarter(q: string, by: number): string {
  const index = Number(q.slice(0, 4)) * 4 + Number(q.slice(5)) - 1 + by;
  return `${Math.floor(index / 4)}Q${(index % 4) + 1}`;
}

/** `/trends?indicator=7&regions=1,2&from=2024Q1&to=2025Q4` → the view; defaults: the last 8 quarters. */
export function parseView(search: URLSearchParams, now = new Date()): TrendView {
  const id = Number(search.get('indicator'));
  const regionIds = [
    ...new Set(
      (search.get('regions') ?? '')
        .split(',')
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0),
    ),
  ].slice(0, MAX_REGIONS);
  const to = QUARTER.test(search.get('to') ?? '') ? search.get('to')! : lastEndedQuarter(now);
  let from = QUARTER.test(search.get('from') ?? '') ? search.get('from')! : shiftQuarter(to, -7);
  if (from > to) from = to;
  return { indicatorId: Number.isInteger(id) && id > 0 ? id : null, regionIds, from, to };
}

export function viewHref(view: TrendView): string {
  const params = new URLSearchParams();
  if (view.indicatorId) params.set('indicator', String(view.indicatorId));
  if (view.regionIds.length > 0) params.set('regions', view.regionIds.join(','));
  params.set('from', view.from);
  params.set('to', view.to);
  return `/trends?${params.toString().replace(/%2C/g, ',')}`;
}

/** Quarters to offer in the range pickers: ten years back to one year ahead, and always the range shown. */
export function quarterOptions(now = new Date(), shown?: { from: string; to: string }): string[] {
  const last = shiftQuarter(lastEndedQuarter(now), 4);
  let first = shiftQuarter(last, -44);
  if (shown && shown.from < first) first = shown.from;
  const out: string[] = [];
  for (let q = first; q <= last; q = shiftQuarter(q, 1)) out.push(q);
  return out;
}

/**
 * The range to show for an indicator whose targets are for `years` (newest first): its latest
 * target year and the year before, so a plan's figures appear at once instead of an empty
 * recent window. Null when it has no targets (keep the current range).
 */
export function rangeForTargetYears(
  years: readonly number[],
  now = new Date(),
): { from: string; to: string } | null {
  const latest = years[0];
  if (latest === undefined) return null;
  const lastEnded = lastEndedQuarter(now);
  const to = `${latest}Q4` < lastEnded ? `${latest}Q4` : lastEnded;
  return { from: `${Number(to.slice(0, 4)) - 1}Q1`, to };
}
