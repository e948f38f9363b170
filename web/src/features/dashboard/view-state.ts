/** Everything the dashboard shows is held in the URL query, so a copied link reopens the view. */
export interface DashboardView {
  region?: string | undefined;
  year?: number | undefined;
  quarter?: number | undefined;
  category?: string | undefined;
  /** Only rows and cells that are missed. */
  onlyRed: boolean;
  sort: 'code' | 'worst';
  /** own: each region's own figure; children: the roll-up over its sub-regions. */
  view: 'own' | 'children';
}

const int = (s: string | null, min: number, max: number) => {
  const n = s === null ? NaN : Number(s);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

export function readView(search: URLSearchParams): DashboardView {
  return {
    region: search.get('region') || undefined,
    year: int(search.get('year'), 1949, 2100),
    quarter: int(search.get('quarter'), 1, 4),
    category: search.get('category') || undefined,
    onlyRed: search.get('only') === 'red',
    sort: search.get('sort') === 'worst' ? 'worst' : 'code',
    view: search.get('view') === 'children' ? 'children' : 'own',
  };
}

/** The URL of a view; defaults are left out so links stay short. */
export function viewHref(view: DashboardView): string {
  const q = new URLSearchParams();
  if (view.region) q.set('region', view.region);
  if (view.year !== undefined) q.set('year', String(view.year));
  if (view.quarter !== undefined) q.set('quarter', String(view.quarter));
  if (view.category) q.set('category', view.category);
  if (view.onlyRed) q.set('only', 'red');
  if (view.sort === 'worst') q.set('sort', 'worst');
  if (view.view === 'children') q.set('view', 'children');
  const text = q.toString();
  return text ? `/dashboard?${text}` : '/dashboard';
}

/**
 * The XLSX of the grid on screen: the region shown (not its parent, the last breadcrumb), the
 * year, quarter and category; the server names the file after them.
 */
export function dashboardXlsxHref(data: {
  parent: { region: { code: string } };
  year: number;
  quarter: string;
  category: string | null;
}): string {
  return `/api/export/dashboard.xlsx?${new URLSearchParams({
    region: data.parent.region.code,
    year: String(data.year),
    quarter: data.quarter.slice(5),
    ...(data.category && { category: data.category }),
  })}`;
}
