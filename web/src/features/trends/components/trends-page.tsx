import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { TREND_MAX_REGIONS } from '@targetboard/shared/api/trends.schema';
import type { PageProps } from '../../../app/pages';
import { navigate, useLocation } from '../../../app/router';
import { EmptyState } from '../../../components/ui/empty-state';
import { useMessages } from '../../../lib/i18n';
import { getTargetYearsQueryOptions } from '../api/get-target-years';
import { useTrend } from '../api/get-trend';
import { trendMessages } from '../messages';
import {
  MAX_REGIONS,
  parseView,
  rangeForTargetYears,
  type TrendView,
  viewHref,
} from '../view-state';
import { ExportBar } from './export-bar';
import { TrendChart } from './trend-chart';
import { TrendControls } from './trend-controls';
import { TrendTable } from './trend-table';
import '../trends.css';
import { useErrorText } from '../../../components/ui/error-message';

/** `/trends?indicator=&regions=1,2,3&from=&to=`: the whole view lives in the URL. */
export function TrendsPage(_props: PageProps) {
  const m = useMessages(trendMessages);
  const errText = useErrorText();
  const { search } = useLocation();
  const view = parseView(search);
  const href = viewHref(view);
  const current = `/trends?${search.toString().replace(/%2C/g, ',')}`;
  // Fill in defaults so the address bar always holds a reproducible link.
  useEffect(() => {
    if (current !== href) navigate(href, { replace: true });
  }, [current, href]);
  const queryClient = useQueryClient();
  const change = async (next: Partial<TrendView>) => {
    // A newly picked indicator opens on the years its targets are for.
    if (next.indicatorId && next.indicatorId !== view.indicatorId) {
      const years = await queryClient
        .fetchQuery(getTargetYearsQueryOptions(next.indicatorId))
        .catch(() => []);
      next = { ...rangeForTargetYears(years), ...next };
    }
    navigate(viewHref({ ...view, ...next }));
  };
  const trend = useTrend(view);
  const reply = trend.data;
  const ready = view.indicatorId !== null && view.regionIds.length > 0;
  const empty = reply?.regions.every((r) => r.points.every((p) => p.value === null)) ?? false;

  return (
    <section className="page trends">
      <h1>{m('title')}</h1>
      <TrendControls view={view} onChange={change} />
      {!ready ? (
        <EmptyState title={m('emptyTitle')}>
          {m('empty', { n: Math.min(MAX_REGIONS, TREND_MAX_REGIONS) })}
        </EmptyState>
      ) : trend.isError ? (
        <p className="form-error" role="alert">
          {m('failed', { message: errText(trend.error) })}
        </p>
      ) : !reply ? (
        <p className="muted">{m('loading')}</p>
      ) : (
        <>
          <div className="trend-head">
            <div>
              <h2>{reply.indicator.name}</h2>
              <p className="muted">
                {reply.indicator.unit ? m('unit', { unit: reply.indicator.unit }) : null} ·{' '}
                {reply.from}–{reply.to} · {m('missSide')}
              </p>
            </div>
            <ExportBar reply={reply} view={view} />
          </div>
          {empty && <p className="muted">{m('noData')}</p>}
          <TrendChart reply={reply} />
          <TrendTable reply={reply} />
        </>
      )}
    </section>
  );
}
