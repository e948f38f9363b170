import type { DashboardReply } from '@targetboard/shared/api/dashboard.schema';
import { Link } from '../../../app/router';

interface Props {
  label: string;
  path: DashboardReply['path'];
  here: string;
  drillHref: (code: string) => string;
}

/** The region path above the grid and the map: readable ancestors link, the rest are named. */
export function RegionCrumbs({ label, path, here, drillHref }: Props) {
  return (
    <nav aria-label={label} className="dash-crumbs" data-testid="breadcrumbs">
      {path.map((p) =>
        p.readable ? (
          <Link key={p.id} href={drillHref(p.code)}>
            {p.name}
          </Link>
        ) : (
          <span key={p.id} className="muted">
            {p.name}
          </span>
        ),
      )}
      <span aria-current="page">{here}</span>
    </nav>
  );
}
