import { readView, viewHref, type DashboardView } from './view-state';

/** The map view: the dashboard's region and quarter, and the indicator the tiles colour by. */
export interface MapView extends DashboardView {
  /** Null: colour by the share of cells met over every indicator. */
  indicator: number | null;
}

export function readMapView(search: URLSearchParams): MapView {
  const n = Number(search.get('indicator'));
  return { ...readView(search), indicator: Number.isInteger(n) && n > 0 ? n : null };
}

/** `/dashboard/map?…`: the dashboard's own query (so 看板 and 地图 switch without losing it). */
export function mapHref(view: DashboardView, indicator: number | null = null): string {
  const url = new URL(viewHref(view), 'http://x');
  if (indicator !== null) url.searchParams.set('indicator', String(indicator));
  const query = url.searchParams.toString();
  return `/dashboard/map${query ? `?${query}` : ''}`;
}

/** Back from the map to the grid of the same region and quarter. */
export const gridHref = (view: MapView): string => viewHref(view);
