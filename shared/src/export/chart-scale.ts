import { projectionSegments } from './projection';
import type { TrendRegion, TrendReply } from '../api/trends.schema';
import type { TargetStatus } from '../targets/status';
import { STATUS_PALETTE } from '../targets/status-palette';

/**
 * Colour-blind-safe line colours (Okabe–Ito, then Tableau's darker tones), in region order.
 * Region identity never rests on colour alone: lines also carry a dash pattern and a name label.
 */
export const SERIES_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#8c564b',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#9467bd',
] as const;

/** Dash patterns cycled with the colours (solid first). */
export const SERIES_DASHES = ['', '6 3', '2 3', '8 3 2 3', '12 4', '4 4'] as const;

/** Status marks in charts: the ink of the one status palette. */
export const STATUS_COLOURS: Readonly<Record<TargetStatus, string>> = {
  met: STATUS_PALETTE.met.ink,
  at_risk: STATUS_PALETTE.at_risk.ink,
  missed: STATUS_PALETTE.missed.ink,
  no_data: STATUS_PALETTE.no_data.ink,
};

/**
 * Label heights after nudging apart: a label within `near` px horizontally of one above it moves
 * down to `gap` px below it, so no two region names at line ends overlap. Returns the new y of
 * each label, in the order given (the chart on screen and the exported SVG both use this).
 */
export function spreadLabels(
  labels: readonly { x: number; y: number }[],
  gap = 15,
  near = 80,
): number[] {
  const order = labels.map((l, i) => ({ ...l, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) {
    const cur = order[k]!;
    // Any label already placed above and near enough pushes this one down.
    for (let m = 0; m < k; m++) {
      const prev = order[m]!;
      if (Math.abs(cur.x - prev.x) < near && cur.y - prev.y < gap) cur.y = prev.y + gap;
    }
  }
  const out = new Array<number>(labels.length);
  for (const l of order) out[l.i] = l.y;
  return out;
}

/** The Chinese-first font stack of the web app, for exported SVG text. */
export const CHART_FONT =
  "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei',sans-serif";

/** Round tick values covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks.at(-1)! < max) ticks.push(Number((ticks.at(-1)! + step).toPrecision(12)));
  return ticks;
}

/**
 * The y range a chart needs: every judged figure, every finite target edge and every year-end
 * projection drawn, with 0 kept near.
 */
export function valueDomain(reply: TrendReply): { min: number; max: number; ticks: number[] } {
  const values: number[] = projectionSegments(reply).map((s) => s.to.value);
  for (const r of reply.regions)
    for (const p of r.points) {
      if (p.judged !== null) values.push(p.judged);
      if (p.lower !== null) values.push(p.lower);
      if (p.upper !== null) values.push(p.upper);
    }
  if (values.length === 0) return { min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] };
  let min = Math.min(...values);
  const max = Math.max(...values);
  // Start at 0 when the figures sit well above it, so differences are not exaggerated.
  if (min > 0 && min < max * 0.6) min = 0;
  const ticks = niceTicks(min, max);
  return { min: ticks[0]!, max: ticks.at(-1)!, ticks };
}

/** Regions sharing the same target in every quarter draw it once; one group per distinct target. */
export function targetGroups(regions: readonly TrendRegion[]): { regions: number[] }[] {
  const groups = new Map<string, number[]>();
  regions.forEach((r, i) => {
    if (r.points.every((p) => p.lower === null && p.upper === null)) return;
    const key = JSON.stringify(r.points.map((p) => [p.lower, p.upper]));
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups.values()].map((regions) => ({ regions }));
}

/** Rough text width for layout: CJK characters are square, others about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}
