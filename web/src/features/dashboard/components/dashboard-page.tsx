import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PageProps } from '../../../app/pages';
import { Link, navigate, useLocation } from '../../../app/router';
import { announce } from '../../../lib/announce';
import { useI18n, useMessages } from '../../../lib/i18n';
import { useOnceIdle } from '../../../lib/after-first-paint';
import { formatBureauTime, useBureauTimeZone } from '../../../lib/bureau-time';
import { getDashboardQueryOptions, useDashboard } from '../api/get-dashboard';
import { countShown, hasMissed, sortRows } from '../display';
import { dashboardMessages } from '../messages';
import { mapMessages } from '../map-messages';
import { mapHref } from '../map-view';
import { readView, viewHref, type DashboardView } from '../view-state';
import { DashboardFilters } from './dashboard-filters';
import { DashboardGrid } from './dashboard-grid';
import { StatusCounts, StatusLegend } from './status-summary';
import { RegionCrumbs } from './region-crumbs';
import '../dashboard.css';
import { ErrorMessage } from '../../../components/ui/error-message';

/** 看板: every child region against every applicable target, with the whole view in the URL. */
export function DashboardPage(_props: PageProps) {
  const t = useMessages(dashboardMessages);
  const tm = useMessages(mapMessages);
  const { search } = useLocation();
  const view = readView(search);
  const query = useDashboard({
    region: view.region,
    year: view.year,
    quarter: view.quarter,
    category: view.category,
  });
  const data = query.data;
  const go = (next: Partial<DashboardView>, replace = true) =>
    navigate(viewHref({ ...view, ...next }), { replace });
  // After a drill-down the keyboard carries on in the new region's grid, not on <body>.
  const [drilledTo, setDrilledTo] = useState<string | null>(null);
  // Drill links name the reply's quarter, as the URL does once it is written back below: the
  // same before and after, so that write-back (just after the first grid is drawn) does not
  // draw the grid's memoised rows again. Kept by the view's text, not the view object.
  const linkView: DashboardView = data
    ? { ...view, year: data.year, quarter: Number(data.quarter.slice(5)) }
    : view;
  const linkQuery = viewHref({ ...linkView, region: undefined }).split('?')[1] ?? '';
  const drillHref = useCallback(
    (code: string) => viewHref({ ...readView(new URLSearchParams(linkQuery)), region: code }),
    [linkQuery],
  );
  const drill = useCallback(
    (code: string) => {
      setDrilledTo(code);
      navigate(drillHref(code));
    },
    [drillHref, setDrilledTo],
  );

  // A view opened without a quarter gets the server's choice written back, so a copied link
  // names it and reopens the same quarter later.
  const queryClient = useQueryClient();
  useEffect(() => {
    if (data && (view.year === undefined || view.quarter === undefined)) {
      // The reply is the named quarter's: keep it under that key too, so writing the quarter
      // into the URL does not ask the server for the same grid a second time.
      // The cache holds the reply as sent; `data` is its resolved form.
      const named = { year: data.year, quarter: Number(data.quarter.slice(5)) };
      const asked = { region: view.region, category: view.category };
      const reply = queryClient.getQueryData(
        getDashboardQueryOptions({ ...asked, year: view.year, quarter: view.quarter }).queryKey,
      );
      if (reply)
        queryClient.setQueryData(getDashboardQueryOptions({ ...asked, ...named }).queryKey, reply);
      navigate(viewHref({ ...view, year: data.year, quarter: Number(data.quarter.slice(5)) }), {
        replace: true,
      });
    }
  }, [data, view, queryClient]);

  const rows = useMemo(() => {
    if (!data) return [];
    const filtered = view.onlyRed ? data.rows.filter((r) => hasMissed(r, view.view)) : data.rows;
    return view.sort === 'worst' ? sortRows(filtered, view.view) : filtered;
  }, [data, view.onlyRed, view.sort, view.view]);
  const counts = useMemo(
    () => (data ? countShown(data.parent, rows, view.view) : null),
    [data, rows, view.view],
  );

  // A drill-down's result is read out; the focus is already in the new grid.
  const landed = data?.parent.region.code === drilledTo ? data?.parent.region.name : undefined;
  useEffect(() => {
    if (landed && counts)
      announce(
        t('loaded', {
          name: landed,
          met: counts.met,
          risk: counts.at_risk,
          missed: counts.missed,
          none: counts.no_data,
        }),
      );
    // Once per region reached, not on every count change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [landed]);

  if (query.isPending) return <p className="muted page">{t('loading')}</p>;
  if (!data)
    return (
      <section className="page">
        <h1>{t('title')}</h1>
        <ErrorMessage
          error={query.error}
          prefix={t('failed', { message: '' })}
          onRetry={() => void query.refetch()}
        />
      </section>
    );

  const here = data.parent.region;
  return (
    <section className="page dash" aria-busy={query.isFetching}>
      <header className="dash-head">
        <div>
          <RegionCrumbs
            label={t('breadcrumbs')}
            path={data.path}
            here={here.name}
            drillHref={drillHref}
          />
          <h1>
            {here.name} · {t('title')}
          </h1>
          <p className="dash-asof muted" data-testid="as-of">
            <AsOf quarter={data.quarter} asOf={data.asOf} />
            {data.category && ` · ${data.category}`}
            {view.onlyRed && ` · ${t('onlyRed')}`}
          </p>
          {data.demo && (
            <p className="dash-demo" role="note" data-testid="demo-note">
              {t('demoNote')}
            </p>
          )}
        </div>
        {counts && (
          <StatusCounts
            counts={counts}
            scope={t(view.view === 'own' ? 'countsScope' : 'countsScopeChildren', {
              name: here.name,
              n: rows.length,
            })}
          />
        )}
      </header>
      <Link className="button dash-map-link" href={mapHref(view)} data-testid="open-map">
        {tm('map')}
      </Link>
      <DashboardFilters view={view} data={data} onChange={go} />
      {data.indicators.length === 0 ? (
        <div className="empty-state">{t('noCells')}</div>
      ) : data.rows.length === 0 ? (
        <>
          <div className="empty-state">{t('noChildren', { name: here.name })}</div>
          <DashboardGrid
            key={here.code}
            autoFocus={drilledTo === here.code}
            parent={data.parent}
            rows={[]}
            indicators={data.indicators}
            view={view}
            drillHref={drillHref}
            onDrill={drill}
          />
        </>
      ) : (
        <>
          <DashboardGrid
            key={here.code}
            autoFocus={drilledTo === here.code}
            parent={data.parent}
            rows={rows}
            indicators={data.indicators}
            view={view}
            drillHref={drillHref}
            onDrill={drill}
          />
          {rows.length === 0 && <div className="empty-state">{t('noRed')}</div>}
        </>
      )}
      <StatusLegend />
    </section>
  );
}

/**
 * 截至… · 实时计算于…: the time is written when the browser is first idle after the page is
 * drawn, since a page's first date formatter loads its locale's and zone's data (150–300 ms at
 * 4x CPU if index.html's idle warm-up has not run). Written one frame and a timer after the
 * first render (useAfterFirstPaint), it still ran before the bench's painted mark in a profile.
 */
function AsOf(props: { quarter: string; asOf: string }) {
  const t = useMessages(dashboardMessages);
  const { lang } = useI18n();
  const timeZone = useBureauTimeZone();
  const idle = useOnceIdle();
  if (!idle) return t('asOfQuarter', { quarter: props.quarter });
  return t('asOf', { quarter: props.quarter, time: formatBureauTime(props.asOf, lang, timeZone) });
}
