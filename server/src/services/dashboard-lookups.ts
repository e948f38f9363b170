import type { RegionPath } from '@targetboard/db/repositories/regions.repository';
import { GridCache } from './grid-cache';

/** A quarter of a year, as a dashboard is asked for one. */
export interface DashboardPeriod {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/**
 * What the dashboard route reads before its grid, kept per data revision as the grids are:
 * regions, figures and targets all bump it, so nothing here outlives what it was read from.
 * Who may see what is not kept: the user comes with the session on every request.
 */
export interface DashboardLookups {
  /** Regions asked for (`code|…`, `id|…`) with their ancestors; null: no such region. */
  paths: GridCache<RegionPath | null>;
  /** The period a grid opened without one shows, by region, reader scope and current quarter. */
  openings: GridCache<DashboardPeriod>;
}

export function createDashboardLookups(): DashboardLookups {
  return { paths: new GridCache(256), openings: new GridCache(256) };
}
