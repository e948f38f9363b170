/** Pages whose first screen is the dashboard's grid (`/dashboard/map` draws the same reply). */
const DASHBOARD_PAGES = ['/dashboard', '/dashboard/map'];

const int = (text: string | null, min: number, max: number) => {
  const n = text === null ? NaN : Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? String(n) : null;
};

/**
 * The API paths a page at `pathname?search` asks for before anything else, written as the web's
 * typed client writes them: the session, and on the dashboard its grid for the view the URL
 * names (region, year 1949–2100, quarter 1–4, category; what the web's `readView` keeps). The
 * server names them in a `Link: rel=preload` header on the page (issue 18), so the browser asks
 * for them before any script runs. The web's test holds them to the client's own paths.
 */
export function firstRequests(pathname: string, search: URLSearchParams): string[] {
  const me = '/api/auth/me';
  if (!DASHBOARD_PAGES.includes(pathname)) return [me];
  const query = new URLSearchParams();
  const region = search.get('region');
  const year = int(search.get('year'), 1949, 2100);
  const quarter = int(search.get('quarter'), 1, 4);
  const category = search.get('category');
  if (region) query.set('region', region);
  if (year !== null) query.set('year', year);
  if (quarter !== null) query.set('quarter', quarter);
  if (category) query.set('category', category);
  const text = query.toString();
  return [me, text ? `/api/dashboard?${text}` : '/api/dashboard'];
}
