import type { TrendPoint, TrendReply } from '../api/trends.schema';
import { formatNumber } from '../targets/format-target';
import type { TargetStatus } from '../targets/status';
import { STATUS_LEGEND } from '../targets/status-legend';
import {
  CHART_FONT,
  SERIES_COLOURS,
  SERIES_DASHES,
  STATUS_COLOURS,
  spreadLabels,
  targetGroups,
  textWidth,
  valueDomain,
} from './chart-scale';
import {
  PROJECTION_DASH,
  PROJECTION_LEGEND,
  projectionLabel,
  projectionSegments,
} from './projection';
import { compactRules, shadeLegend, targetShade } from './target-shade';

export interface ChartSvgOptions {
  /** The date the data was read, `YYYY-MM-DD`, for the source line. */
  asOf: string;
  width?: number;
  plotHeight?: number;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number) => (Math.round(x * 10) / 10).toString();

/** A status marker: circle met, triangle at risk, square missed, hollow circle no data. */
export function statusMarker(status: TargetStatus, x: number, y: number, r = 4.5): string {
  const c = STATUS_COLOURS[status];
  const stroke = `stroke="#fff" stroke-width="1"`;
  switch (status) {
    case 'met':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${r}" fill="${c}" ${stroke}/>`;
    case 'at_risk':
      return `<path d="M${n(x)} ${n(y - r - 1)}L${n(x + r + 1)} ${n(y + r)}L${n(x - r - 1)} ${n(y + r)}Z" fill="${c}" ${stroke}/>`;
    case 'missed':
      return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${2 * r}" height="${2 * r}" fill="${c}" ${stroke}/>`;
    default:
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${r - 1}" fill="#fff" stroke="${c}" stroke-width="1.5"/>`;
  }
}

interface LegendItem {
  swatch: (x: number, y: number) => string;
  label: string;
}

/** Lays legend items out in rows within `width`; returns the markup and the height used. */
function legend(items: LegendItem[], x0: number, y0: number, width: number) {
  const parts: string[] = [];
  let x = x0;
  let y = y0;
  for (const item of items) {
    const w = 30 + textWidth(item.label, 13) + 18;
    if (x + w > x0 + width && x > x0) {
      x = x0;
      y += 22;
    }
    parts.push(
      item.swatch(x, y),
      `<text x="${n(x + 30)}" y="${n(y + 4.5)}">${esc(item.label)}</text>`,
    );
    x += w;
  }
  return { svg: parts.join(''), height: y - y0 + 22 };
}

/**
 * The whole trend chart as a standalone SVG of fixed size: title, unit, the target drawn from
 * data per quarter (line for floors and ceilings with the missing side shaded, band for `=`/`~`,
 * steps where it changes), one line per region with gaps, status markers, region labels, a
 * legend and the source line. Pure and deterministic, so a golden file can pin it.
 */
export function buildChartSvg(reply: TrendReply, options: ChartSvgOptions): string {
  const width = options.width ?? 1200;
  const plotH = options.plotHeight ?? 420;
  const left = 72;
  const right = 150; // room for the region names at the ends of the lines
  const top = 86;
  const plotW = width - left - right;
  const qs = reply.quarters;
  const stepW = plotW / Math.max(1, qs.length);
  const xAt = (i: number) => left + (i + 0.5) * stepW;
  const dom = valueDomain(reply);
  const yAt = (v: number) => top + plotH - ((v - dom.min) / (dom.max - dom.min)) * plotH;
  const unit = reply.indicator.unit;
  const body: string[] = [];

  // Grid and y axis.
  for (const t of dom.ticks) {
    body.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${n(yAt(t))}" y2="${n(yAt(t))}" stroke="#e3e6ea"/>`,
      `<text x="${left - 8}" y="${n(yAt(t) + 4)}" text-anchor="end" fill="#5c6370">${formatNumber(t)}</text>`,
    );
  }
  const every = qs.length <= 16 ? 1 : qs.length <= 32 ? 2 : 4;
  qs.forEach((q, i) => {
    if (i % every === 0)
      body.push(
        `<text x="${n(xAt(i))}" y="${top + plotH + 20}" text-anchor="middle" fill="#5c6370">${q}</text>`,
      );
  });

  // Targets: shading first, so lines and markers sit on top.
  const groups = targetGroups(reply.regions);
  const targetItems: LegendItem[] = [];
  groups.forEach((g, gi) => {
    const region = reply.regions[g.regions[0]!]!;
    const colour = groups.length === 1 ? '#1f2328' : SERIES_COLOURS[g.regions[0]! % 12]!;
    const rules = [...new Set(region.targets.map((t) => `${t.year}年${t.rule}`))];
    body.push(targetShapes(region.points, colour, xAt, yAt, stepW, dom));
    const who =
      groups.length === 1 ? '' : `（${g.regions.map((i) => reply.regions[i]!.name).join('、')}）`;
    targetItems.push({
      swatch: (x, y) =>
        `<rect x="${x}" y="${y - 6}" width="24" height="12" fill="${STATUS_COLOURS.missed}" fill-opacity="0.1"/>` +
        `<line x1="${x}" x2="${x + 24}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="2" stroke-dasharray="5 3"/>`,
      label:
        `目标${who}：${compactRules(rules)}` +
        (gi > 0 ? '' : shadeLegend(region.points.map((p) => targetShade(p, dom)))),
    });
  });

  // Region lines with gaps, markers and end labels.
  const regionItems: LegendItem[] = [];
  const labels: EndLabel[] = [];
  reply.regions.forEach((r, ri) => {
    const colour = SERIES_COLOURS[ri % SERIES_COLOURS.length]!;
    const dash = SERIES_DASHES[ri % SERIES_DASHES.length]!;
    const dashAttr = dash ? ` stroke-dasharray="${dash}"` : '';
    let d = '';
    let pen = false;
    r.points.forEach((p, i) => {
      if (p.judged === null) return void (pen = false);
      d += `${pen ? 'L' : 'M'}${n(xAt(i))} ${n(yAt(p.judged))}`;
      pen = true;
    });
    if (d)
      body.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2.5"${dashAttr}/>`);
    r.points.forEach((p, i) => {
      if (p.judged !== null) body.push(statusMarker(p.status, xAt(i), yAt(p.judged)));
    });
    const lastIndex = r.points.findLastIndex((p) => p.judged !== null);
    if (lastIndex >= 0)
      labels.push({
        x: xAt(lastIndex) + 9,
        y: yAt(r.points[lastIndex]!.judged!) + 4,
        name: r.name,
      });
    regionItems.push({
      swatch: (x, y) =>
        `<line x1="${x}" x2="${x + 24}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="2.5"${dashAttr}/>`,
      label: r.name,
    });
  });
  // Year-end projections: a thin dashed line on from the last figure, a hollow end point and
  // the value with the quarter it was computed from (the same segments as the screen's).
  const projections = projectionSegments(reply);
  for (const seg of projections) {
    const colour = SERIES_COLOURS[seg.region % SERIES_COLOURS.length]!;
    const x1 = xAt(seg.to.index);
    const y1 = yAt(seg.to.value);
    body.push(
      `<path d="M${n(xAt(seg.from.index))} ${n(yAt(seg.from.value))}L${n(x1)} ${n(y1)}" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="${PROJECTION_DASH}" data-projection="${esc(reply.regions[seg.region]!.name)}"/>`,
      `<circle cx="${n(x1)}" cy="${n(y1)}" r="4" fill="#fff" stroke="${colour}" stroke-width="1.5"/>`,
      `<text x="${n(x1)}" y="${n(y1 - 9)}" text-anchor="middle" fill="#5c6370" font-size="12">${esc(projectionLabel(seg, unit))}</text>`,
    );
  }
  body.push(endLabels(labels));
  if (reply.regions.every((r) => r.points.every((p) => p.judged === null)))
    body.push(
      `<text x="${n(left + plotW / 2)}" y="${n(top + plotH / 2)}" text-anchor="middle" fill="${STATUS_COLOURS.no_data}" font-size="16">所选季度没有上报数据</text>`,
    );

  const statusItems: LegendItem[] = (['met', 'at_risk', 'missed', 'no_data'] as const).map((s) => ({
    swatch: (x, y) => statusMarker(s, x + 12, y),
    label: `${STATUS_LEGEND[s].icon} ${STATUS_LEGEND[s].zh}`,
  }));
  const legendTop = top + plotH + 48;
  const projectionItems: LegendItem[] = projections.length
    ? [
        {
          swatch: (x, y) =>
            `<line x1="${x}" x2="${x + 24}" y1="${y}" y2="${y}" stroke="#1f2328" stroke-width="2" stroke-dasharray="${PROJECTION_DASH}"/>`,
          label: PROJECTION_LEGEND,
        },
      ]
    : [];
  const lg = legend(
    [...regionItems, ...targetItems, ...projectionItems, ...statusItems],
    left,
    legendTop,
    width - left - 24,
  );
  const height = legendTop + lg.height + 36;
  const cumulative = reply.regions.some((r) => r.targets.some((t) => t.cumulative));
  const subtitle = [
    unit ? `单位：${unit}` : null,
    `${reply.from}–${reply.to}`,
    cumulative ? '累计指标按年初至今累计值绘制，目标按季度分摊' : '季度值',
  ]
    .filter(Boolean)
    .join(' · ');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(CHART_FONT)}" font-size="13" fill="#1f2328">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="36" font-size="22" font-weight="700">${esc(reply.indicator.name)}趋势</text>`,
    `<text x="${left}" y="62" fill="#5c6370">${esc(subtitle)}</text>`,
    `<text x="${left - 8}" y="${top - 12}" text-anchor="end" fill="#5c6370" font-size="12">${esc(unit)}</text>`,
    ...body,
    `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" stroke="#8a8f98"/>`,
    lg.svg,
    `<text x="${left}" y="${height - 14}" fill="#5c6370" font-size="12">数据来源：指标看板 · 截至 ${esc(options.asOf)}</text>`,
    `</svg>`,
  ].join('\n');
}

/** The target of one group: edges as step lines, the missing side (or the band) shaded. */
function targetShapes(
  points: readonly TrendPoint[],
  colour: string,
  xAt: (i: number) => number,
  yAt: (v: number) => number,
  stepW: number,
  dom: { min: number; max: number },
): string {
  const out: string[] = [];
  const edgeLine = (key: 'lower' | 'upper') => {
    let d = '';
    let prev: number | null = null;
    points.forEach((p, i) => {
      const v = p[key];
      const x0 = xAt(i) - stepW / 2;
      const x1 = xAt(i) + stepW / 2;
      if (v === null) return void (prev = null);
      d += prev === null ? `M${n(x0)} ${n(yAt(v))}` : prev !== v ? `V${n(yAt(v))}` : '';
      d += `H${n(x1)}`;
      prev = v;
    });
    if (d)
      out.push(
        `<path d="${d}" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="6 4"/>`,
      );
  };
  points.forEach((p, i) => {
    const shade = targetShade(p, dom);
    if (!shade) return;
    const y = yAt(shade.to);
    const met = shade.side === 'met';
    out.push(
      `<rect x="${n(xAt(i) - stepW / 2)}" y="${n(y)}" width="${n(stepW)}" height="${n(Math.max(0, yAt(shade.from) - y))}" fill="${STATUS_COLOURS[shade.side]}" fill-opacity="${met ? 0.12 : 0.08}"/>`,
    );
  });
  edgeLine('lower');
  edgeLine('upper');
  return out.join('\n');
}

interface EndLabel {
  x: number;
  y: number;
  name: string;
}

/**
 * Region names at the ends of their lines, nudged apart vertically so none overlap. In ink, not
 * the line's colour: several series colours are below 4.5:1 as text on white.
 */
function endLabels(labels: EndLabel[]): string {
  const ys = spreadLabels(labels);
  return labels
    .map((l, i) => `<text x="${n(l.x)}" y="${n(ys[i]!)}" font-weight="600">${esc(l.name)}</text>`)
    .join('');
}
