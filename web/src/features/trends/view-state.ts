import {
  addQuarters,
  lastEndedQuarter,
  parseQuarter,
  type Quarter,
  quarterOf,
  quarterParts,
  quarterRange,
} from '@targetboard/shared/quarters/quarter';

/** Regions one chart compares on screen (the API allows a few more). */
export const MAX_REGIONS = 10;

export interface TrendView {
  indicatorId: number | null;
  regionIds: number[];
  from: Quarter;
  to: Quarter;
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
  const to = parseQuarter(search.get('to') ?? '') ?? lastEndedQuarter(now);
  let from = parseQuarter(search.get('from') ?? '') ?? addQuarters(to, -7);
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
export function quarterOptions(
  now = new Date(),
  shown?: { from: Quarter; to: Quarter },
): Quarter[] {
  const last = addQuarters(lastEndedQuarter(now), 4);
  const first = addQuarters(last, -44);
  return quarterRange(shown && shown.from < first ? shown.from : first, last);
}

/**
 * The range to show for an indicator whose targets are for `years` (newest first): its latest
 * target year and the year before, so a plan's figures appear at once instead of an empty
 * recent window. Null when it has no targets (keep the current range).
 */
export function rangeForTargetYears(
  years: readonly number[],
  now = new Date(),
): { from: Quarter; to: Quarter } | null {
  const latest = years[0];
  if (latest === undefined) return null;
  const lastEnded = lastEndedQuarter(now);
  const yearEnd = quarterOf(latest, 4);
  const to = yearEnd < lastEnded ? yearEnd : lastEnded;
  return { from: quarterOf(quarterParts(to).year - 1, 1), to };
}
