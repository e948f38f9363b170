import type { PageProps } from '../../../app/pages';
import { DashboardPage } from './dashboard-page';
import { MapPage } from './map-page';

/** `/dashboard` is the grid, `/dashboard/map` the map of the same view. */
export function DashboardRoute(props: PageProps) {
  return props.subpath === '/map' ? <MapPage {...props} /> : <DashboardPage {...props} />;
}
