import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TrendReply } from '@targetboard/shared/api/trends.schema';
import {
  SERIES_COLOURS,
  SERIES_DASHES,
  STATUS_COLOURS,
  spreadLabels,
  targetGroups,
  valueDomain,
} from '@targetboard/shared/export/chart-scale';
import {
  PROJECTION_DASH,
  projectionLabel,
  projectionSegments,
} from '@targetboard/shared/export/projection';
import { compactRules, targetShade } from '@targetboard/shared/export/target-shade';
import { formatNumber, formatTarget } from '@targetboard/shared/targets/format-target';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import type { TargetStatus } from '@targetboard/shared/targets/status';
import { useI18n, useMessages } from '../../../lib/i18n';
import { chartRows } from '../chart-rows';
import { trendMessages } from '../messages';

/** The same marker shapes as the exported SVG: circle met, triangle at risk, square missed. */
function Marker({ cx, cy, status }: { cx: number; cy: number; status: TargetStatus }) {
  const c = STATUS_COLOURS[status];
  if (status === 'met') return <circle cx={cx} cy={cy} r={5} fill={c} stroke="#fff" />;
  if (status === 'at_risk')
    return (
      <path
        d={`M${cx} ${cy - 6}L${cx + 6} ${cy + 5}L${cx - 6} ${cy + 5}Z`}
        fill={c}
        stroke="#fff"
      />
    );
  if (status === 'missed')
    return <rect x={cx - 5} y={cy - 5} width={10} height={10} fill={c} stroke="#fff" />;
  return <circle cx={cx} cy={cy} r={4} fill="#fff" stroke={c} strokeWidth={1.5} />;
}

/**
 * One line per region (gaps stay gaps), the target drawn from data per quarter: a dashed step
 * line at each edge, the missing side shaded light orange, a `=`/`~` band shaded light blue (the status palette).
 */
const HEIGHT = 420;
const MARGIN = { top: 24, right: 96, bottom: 8, left: 8 };
const X_AXIS_HEIGHT = 30; // Recharts' default
const LABEL_GAP = 20; // a 13-px CJK line is 19 px tall

/**
 * How far each region's end label moves down so that none overlap: the same spreading as the
 * exported SVG, on the points' heights in the plot (labels at different quarters never meet).
 */
function endLabelNudges(reply: TrendReply, dom: { min: number; max: number }): number[] {
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT;
  const span = dom.max - dom.min || 1;
  const ends = reply.regions.map((r) => {
    const last = r.points.findLastIndex((p) => p.judged !== null);
    const v = last < 0 ? null : r.points[last]!.judged;
    return { x: last * 1000, y: v === null ? 0 : ((dom.max - v) / span) * plotH };
  });
  const ys = spreadLabels(ends, LABEL_GAP);
  return ends.map((e, i) => ys[i]! - e.y);
}

export function TrendChart({ reply }: { reply: TrendReply }) {
  const { lang } = useI18n();
  const dom = valueDomain(reply);
  const groups = targetGroups(reply.regions);
  const rows = chartRows(reply);
  const m = useMessages(trendMessages);
  const nudge = endLabelNudges(reply, dom);
  const label = (s: TargetStatus) => `${STATUS_LEGEND[s].icon} ${STATUS_LEGEND[s][lang]}`;
  const projections = projectionSegments(reply);

  return (
    <div className="trend-chart" role="img" aria-label={`${reply.indicator.name}`}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <ComposedChart data={rows} margin={MARGIN}>
          <CartesianGrid stroke="#e3e6ea" vertical={false} />
          <XAxis dataKey="quarter" tick={{ fontSize: 12 }} padding={{ left: 24, right: 24 }} />
          <YAxis
            domain={[dom.min, dom.max]}
            ticks={dom.ticks}
            tick={{ fontSize: 12 }}
            tickFormatter={(v: number) => formatNumber(v)}
            label={{
              value: reply.indicator.unit,
              position: 'insideTopLeft',
              dy: -14,
              fontSize: 12,
            }}
          />
          {groups.map((g, k) => {
            const colour = groups.length === 1 ? '#1f2328' : SERIES_COLOURS[g.regions[0]! % 12];
            // Each quarter shades by its own year's rule: a band green, a floor's or ceiling's
            // miss side red (targetShade in shared, as in the exported SVG and PNG).
            return [
              ...(['met', 'miss'] as const).map((side) => (
                <Area
                  key={`${side}${k}`}
                  dataKey={`${side}${k}`}
                  type="step"
                  stroke="none"
                  fill={side === 'met' ? STATUS_COLOURS.met : STATUS_COLOURS.missed}
                  fillOpacity={side === 'met' ? 0.12 : 0.08}
                  isAnimationActive={false}
                  activeDot={false}
                  connectNulls={false}
                  legendType="none"
                />
              )),
              ...(['lo', 'hi'] as const).map((edge) => (
                <Line
                  key={`${edge}${k}`}
                  dataKey={`${edge}${k}`}
                  type="step"
                  stroke={colour}
                  strokeWidth={2}
                  strokeDasharray="6 4"
                  dot={false}
                  activeDot={false}
                  isAnimationActive={false}
                  connectNulls={false}
                />
              )),
            ];
          })}
          {reply.regions.map((r, j) => (
            <Line
              key={r.id}
              dataKey={`r${j}`}
              name={r.name}
              stroke={SERIES_COLOURS[j % SERIES_COLOURS.length]}
              strokeDasharray={SERIES_DASHES[j % SERIES_DASHES.length] || undefined}
              strokeWidth={2.5}
              connectNulls={false}
              isAnimationActive={false}
              label={(props: { x?: number | string; y?: number | string; index?: number }) => {
                const last = r.points.findLastIndex((p) => p.judged !== null);
                const x = Number(props.x);
                const y = Number(props.y);
                if (props.index !== last || !Number.isFinite(x) || !Number.isFinite(y))
                  return <g key={`l${j}-${props.index}`} />;
                return (
                  <text
                    key={`l${j}`}
                    x={x + 9}
                    y={y + 4 + (nudge[j] ?? 0)}
                    // Ink, not the line's colour: several series colours fail 4.5:1 as text.
                    fill="#1f2328"
                    fontSize={13}
                    fontWeight={600}
                  >
                    {r.name}
                  </text>
                );
              }}
              dot={(props: { cx?: number; cy?: number; index?: number }) => {
                const p = r.points[props.index ?? -1];
                if (!p || p.judged === null || props.cx == null || props.cy == null)
                  return <g key={`d${j}-${props.index}`} />;
                return (
                  <Marker
                    key={`d${j}-${props.index}`}
                    cx={props.cx}
                    cy={props.cy}
                    status={p.status}
                  />
                );
              }}
            />
          ))}
          {projections.map((seg) => {
            const colour = SERIES_COLOURS[seg.region % SERIES_COLOURS.length];
            return (
              <Line
                key={`p${seg.region}`}
                dataKey={`p${seg.region}`}
                stroke={colour}
                strokeWidth={2}
                strokeDasharray={PROJECTION_DASH}
                connectNulls
                isAnimationActive={false}
                activeDot={false}
                legendType="none"
                dot={(props: { cx?: number; cy?: number; index?: number }) =>
                  props.index !== seg.to.index || props.cx == null || props.cy == null ? (
                    <g key={`pd${seg.region}-${props.index}`} />
                  ) : (
                    <g key={`pd${seg.region}`} data-testid="projection">
                      <circle
                        cx={props.cx}
                        cy={props.cy}
                        r={4}
                        fill="#fff"
                        stroke={colour}
                        strokeWidth={1.5}
                      />
                      <text
                        x={props.cx}
                        y={props.cy - 9}
                        textAnchor="middle"
                        fill="#5c6370"
                        fontSize={12}
                      >
                        {projectionLabel(seg, reply.indicator.unit)}
                      </text>
                    </g>
                  )
                }
              />
            );
          })}
          <Tooltip
            content={({ active, label: quarter }) => {
              if (!active) return null;
              const i = reply.quarters.indexOf(String(quarter));
              if (i < 0) return null;
              return (
                <div className="trend-tooltip">
                  <strong>{String(quarter)}</strong>
                  {reply.regions.map((r, j) => {
                    const p = r.points[i]!;
                    const t = r.targets.find((x) => x.year === Number(String(quarter).slice(0, 4)));
                    return (
                      <div key={r.id} className="trend-tooltip__row">
                        <span style={{ color: SERIES_COLOURS[j % SERIES_COLOURS.length] }}>
                          {r.name}
                        </span>{' '}
                        {p.judged === null ? '—' : formatNumber(p.judged)}
                        {t ? ` · ${formatTarget(t, lang)}` : ''}{' '}
                        <span style={{ color: STATUS_COLOURS[p.status] }}>{label(p.status)}</span>
                      </div>
                    );
                  })}
                </div>
              );
            }}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <ul className="trend-legend">
        {reply.regions.map((r, j) => (
          <li key={r.id}>
            <svg width="26" height="10" aria-hidden="true">
              <line
                x1="0"
                x2="26"
                y1="5"
                y2="5"
                stroke={SERIES_COLOURS[j % SERIES_COLOURS.length]}
                strokeWidth="2.5"
                strokeDasharray={SERIES_DASHES[j % SERIES_DASHES.length] || undefined}
              />
            </svg>
            {r.name}
          </li>
        ))}
        {groups.map((g, k) => {
          const region = reply.regions[g.regions[0]!]!;
          const colour = groups.length === 1 ? '#1f2328' : SERIES_COLOURS[g.regions[0]! % 12];
          const rules = [
            ...new Set(region.targets.map((t) => `${t.year}年${formatTarget(t, lang)}`)),
          ];
          const sides = new Set(region.points.map((p) => targetShade(p, dom)?.side));
          const who =
            groups.length === 1
              ? ''
              : `（${g.regions.map((i) => reply.regions[i]!.name).join('、')}）`;
          return (
            <li key={`target${k}`} data-testid="legend-target">
              <svg width="26" height="12" aria-hidden="true">
                {sides.has('met') && (
                  <rect
                    x="0"
                    y="0"
                    width="26"
                    height="6"
                    fill={STATUS_COLOURS.met}
                    fillOpacity="0.2"
                  />
                )}
                {sides.has('missed') && (
                  <rect
                    x="0"
                    y="6"
                    width="26"
                    height="6"
                    fill={STATUS_COLOURS.missed}
                    fillOpacity="0.15"
                  />
                )}
                <line
                  x1="0"
                  x2="26"
                  y1="6"
                  y2="6"
                  stroke={colour}
                  strokeWidth="2"
                  strokeDasharray="5 3"
                />
              </svg>
              {m('target')}
              {who}：{compactRules(rules)}
              {k === 0 && sides.has('met') && ` · ${m('shadeMet')}`}
              {k === 0 && sides.has('missed') && ` · ${m('shadeMissed')}`}
            </li>
          );
        })}
        {projections.length > 0 && (
          <li data-testid="legend-projection">
            <svg width="26" height="10" aria-hidden="true">
              <line
                x1="0"
                x2="26"
                y1="5"
                y2="5"
                stroke="#1f2328"
                strokeWidth="2"
                strokeDasharray={PROJECTION_DASH}
              />
            </svg>
            {m('projection')}
          </li>
        )}
        {(['met', 'at_risk', 'missed', 'no_data'] as const).map((s) => (
          <li key={s}>
            <svg width="14" height="14" aria-hidden="true">
              <Marker cx={7} cy={7} status={s} />
            </svg>
            {label(s)}
          </li>
        ))}
      </ul>
    </div>
  );
}
