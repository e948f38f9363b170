import { useEffect, useState } from 'react';
import { buildStripSvg, buildTileMapSvg } from '@targetboard/shared/export/tile-map-svg';
import {
  mapTiles,
  rankWorstFirst,
  regionStanding,
  SHARE_BANDS,
} from '@targetboard/shared/targets/region-standing';
import { bureauDate } from '@targetboard/shared/time/bureau-time';
import type { PageProps } from '../../../app/pages';
import { Link, navigate, useLocation } from '../../../app/router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { announce } from '../../../lib/announce';
import { formatBureauTime, useBureauTimeZone } from '../../../lib/bureau-time';
import { useI18n, useMessages } from '../../../lib/i18n';
import { useDashboard } from '../api/get-dashboard';
import { mapMessages } from '../map-messages';
import { gridHref, mapHref, readMapView } from '../map-view';
import { MapExport } from './map-export';
import { MapLegend } from './map-legend';
import { MapTable } from './map-table';
import { RegionStrip } from './region-strip';
import { TileMap } from './tile-map';
import { RegionCrumbs } from './region-crumbs';
import '../dashboard.css';
import '../map.css';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * 地图: at 全国 a tile map of the 34 province-level units; below it, a region's sub-regions as a
 * ranked strip. Same data as the grid (`GET /api/dashboard`), coloured by one indicator's
 * status or by the share of cells met.
 */
export function MapPage(_props: PageProps) {
  const m = useMessages(mapMessages);
  const { lang } = useI18n();
  const timeZone = useBureauTimeZone();
  const { search } = useLocation();
  const view = readMapView(search);
  const query = useDashboard({
    region: view.region,
    year: view.year,
    quarter: view.quarter,
    category: view.category,
  });
  const data = query.data;
  const drillHref = (code: string) => mapHref({ ...view, region: code }, view.indicator);
  const [drilledTo, setDrilledTo] = useState<string | null>(null);
  const drill = (code: string) => {
    setDrilledTo(code);
    navigate(drillHref(code));
  };

  const indicator = data?.indicators.find((i) => i.id === view.indicator) ?? null;
  const national = data?.parent.region.level === 0;
  const tiles = data && national ? mapTiles(data.rows, indicator) : null;
  const ranked = data ? rankWorstFirst(data.rows.map((r) => regionStanding(r, indicator))) : [];

  // A drill-down's result is read out once the new region has loaded.
  const landed = data?.parent.region.code === drilledTo ? data?.parent.region.name : undefined;
  useEffect(() => {
    if (!landed) return;
    const n = (s: string) => ranked.filter((r) => r.status === s).length;
    announce(
      m('loaded', {
        name: landed,
        met: n('met'),
        risk: n('at_risk'),
        missed: n('missed'),
        none: n('no_data'),
      }),
    );
    // Once per region reached.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [landed]);

  if (query.isPending) return <p className="muted page">{m('loading')}</p>;
  if (!data)
    return (
      <section className="page">
        <h1>{m('title')}</h1>
        <ErrorMessage
          error={query.error}
          prefix={m('failed', { message: '' })}
          onRetry={() => void query.refetch()}
        />
      </section>
    );

  const here = data.parent.region;
  const how = indicator
    ? m('byIndicator', { name: indicator.name })
    : m('byShare', { met: pct(SHARE_BANDS.met), risk: pct(SHARE_BANDS.atRisk) });
  // Exports are Chinese, like the trend chart's: the file goes into reports as it is.
  const exportOptions = {
    title: `${indicator?.name ?? mapMessages.zh.shareTitle} · ${data.quarter}`,
    subtitle: [
      national ? here.name : mapMessages.zh.stripHeading.replace('{name}', here.name),
      indicator?.unit ? `单位：${indicator.unit}` : null,
      data.category,
    ]
      .filter(Boolean)
      .join(' · '),
    asOf: bureauDate(new Date(), timeZone),
    byShare: !indicator,
  };
  const svg = () =>
    tiles ? buildTileMapSvg(tiles, exportOptions) : buildStripSvg(ranked, exportOptions);
  const fileName = `地图_${here.name}_${indicator?.name ?? '达标占比'}_${data.quarter}`.replace(
    /[\\/:*?"<>|\s]+/g,
    '_',
  );
  const tableRows = tiles
    ? [...tiles]
        .sort((a, b) => a.tile.code.localeCompare(b.tile.code))
        .map((t) => ({
          code: t.tile.code,
          name: t.standing?.name ?? t.tile.name,
          status: t.status,
          text: t.standing?.text ?? '',
        }))
    : ranked;

  return (
    <section className="page dash map-page" aria-busy={query.isFetching}>
      <header className="dash-head">
        <div>
          <RegionCrumbs
            label={m('breadcrumbs')}
            path={data.path}
            here={here.name}
            drillHref={drillHref}
          />
          <h1>
            {here.name} · {m('title')}
          </h1>
          <p className="dash-asof muted" data-testid="as-of">
            {data.quarter} · {formatBureauTime(data.asOf, lang, timeZone)}
            {data.category && ` · ${data.category}`}
          </p>
        </div>
      </header>
      <div className="map-controls">
        <label>
          {m('indicator')}
          <select
            value={indicator?.id ?? ''}
            data-testid="map-indicator"
            onChange={(e) =>
              navigate(mapHref(view, e.target.value ? Number(e.target.value) : null), {
                replace: true,
              })
            }
          >
            <option value="">{m('allIndicators')}</option>
            {data.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </label>
        <Link className="button" href={gridHref(view)} data-testid="map-to-grid">
          {m('grid')}
        </Link>
        <span className="dash-filters__spacer" />
        <MapExport svg={svg} fileName={fileName} />
      </div>
      <p className="map-how muted">{how}</p>
      {tiles ? (
        <>
          <TileMap
            tiles={tiles}
            label={m('mapLabel', { name: here.name, what: how })}
            drillHref={drillHref}
            onDrill={drill}
          />
          <p className="muted map-note">{m('notApplicableNote')}</p>
        </>
      ) : ranked.length > 0 ? (
        <>
          <h2 className="map-strip-heading">{m('stripHeading', { name: here.name })}</h2>
          <RegionStrip
            key={here.code}
            ranked={ranked}
            label={m('stripLabel', { name: here.name })}
            autoFocus={drilledTo === here.code}
            drillHref={drillHref}
            onDrill={drill}
          />
        </>
      ) : (
        <div className="empty-state">
          {m('noChildren', { name: here.name })} <Link href={gridHref(view)}>{m('grid')}</Link>
        </div>
      )}
      <MapLegend byShare={!indicator} />
      <MapTable
        rows={tableRows}
        caption={m('tableCaption', { name: here.name })}
        ranked={!tiles}
        byShare={!indicator}
      />
    </section>
  );
}
