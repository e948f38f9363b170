import { STATUS_LEGEND } from '../targets/status-legend';
import { STATUS_PALETTE } from '../targets/status-palette';
import {
  SHARE_BANDS,
  type MapTile,
  type RegionStanding,
  type TileStatus,
} from '../targets/region-standing';
import { CHART_FONT, textWidth } from './chart-scale';

export interface TileSvgOptions {
  /** Heading, e.g. 住院分娩率 · 2026Q2 or 全部指标达标占比 · 2026Q2. */
  title: string;
  subtitle: string;
  /** The date the data was read, `YYYY-MM-DD`, for the source line. */
  asOf: string;
  /** True when tiles show the share met rather than an indicator's figure: the legend says how. */
  byShare: boolean;
}

interface Placed {
  code: string;
  row: number;
  col: number;
  label: string;
  text: string;
  status: TileStatus;
}

/** 不适用 in the tile and the legend: a unit outside the statistics. */
export const NOT_APPLICABLE = { zh: '不适用', en: 'Not applicable' } as const;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MARGIN = 32;
const GAP = 6;
const TILE = 84;
const NAME_SIZE = 15;
const TEXT_SIZE = 13;

/** The 34-unit tile map as a standalone SVG of fixed size; every tile a `<g data-code data-status>`. */
export function buildTileMapSvg(tiles: readonly MapTile[], options: TileSvgOptions): string {
  return drawTiles(
    tiles.map((t) => ({
      code: t.tile.code,
      row: t.tile.row,
      col: t.tile.col,
      label: t.tile.short,
      text: t.standing?.text ?? '',
      status: t.status,
    })),
    options,
  );
}

/** A ranked strip (worst first) as a standalone SVG, wrapped `perRow` tiles to a row, numbered. */
export function buildStripSvg(
  ranked: readonly RegionStanding[],
  options: TileSvgOptions,
  perRow = 6,
): string {
  return drawTiles(
    ranked.map((s, i) => ({
      code: s.code,
      row: Math.floor(i / perRow),
      col: i % perRow,
      label: `${i + 1} ${s.name}`,
      text: s.text,
      status: s.status,
    })),
    options,
  );
}

function drawTiles(tiles: readonly Placed[], options: TileSvgOptions): string {
  // Tiles widen to their longest name (凉山彝族自治州), so no label is ever cut off.
  const tileW = Math.max(
    TILE,
    ...tiles.map((t) => Math.max(textWidth(t.label, NAME_SIZE), textWidth(t.text, TEXT_SIZE)) + 16),
  );
  const rows = Math.max(0, ...tiles.map((t) => t.row + 1));
  const cols = Math.max(0, ...tiles.map((t) => t.col + 1));
  const gridW = cols * tileW + Math.max(0, cols - 1) * GAP;
  const legendItems = legendLabels(options.byShare, tiles);
  const legendW = Math.max(...legendItems.map((l) => 30 + textWidth(l.label, 13)));
  const width = Math.ceil(
    Math.max(
      560,
      gridW + 2 * MARGIN,
      textWidth(options.title, 22) + 2 * MARGIN,
      textWidth(options.subtitle, 13) + 2 * MARGIN,
      legendW + 2 * MARGIN,
    ),
  );
  const top = 84;
  const gridH = rows * TILE + Math.max(0, rows - 1) * GAP;
  const left = Math.round((width - gridW) / 2);
  const body = tiles.map((t) =>
    tileSvg(t, left + t.col * (tileW + GAP), top + t.row * (TILE + GAP), tileW),
  );

  // The legend: one line per entry, under the grid.
  const legendTop = top + gridH + 32;
  const legend = legendItems.map((item, i) => {
    const y = legendTop + i * 22;
    return (
      `<rect x="${MARGIN}" y="${y - 8}" width="20" height="16" fill="${item.fill}" stroke="${item.stroke}"${item.dashed ? ' stroke-dasharray="3 2"' : ''}/>` +
      `<text x="${MARGIN + 30}" y="${y + 5}">${esc(item.label)}</text>`
    );
  });
  const height = legendTop + legendItems.length * 22 + 36;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(CHART_FONT)}" font-size="13" fill="#1f2328">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="38" font-size="22" font-weight="700">${esc(options.title)}</text>`,
    `<text x="${MARGIN}" y="62" fill="#5c6370">${esc(options.subtitle)}</text>`,
    ...body,
    ...legend,
    `<text x="${MARGIN}" y="${height - 14}" fill="#5c6370" font-size="12">数据来源：指标看板 · 截至 ${esc(options.asOf)}</text>`,
    `</svg>`,
  ].join('\n');
}

function tileSvg(t: Placed, x: number, y: number, w: number): string {
  const status = t.status === 'not_applicable' ? null : t.status;
  const na = status === null;
  const colours = status
    ? STATUS_PALETTE[status]
    : { ink: STATUS_PALETTE.no_data.ink, tint: '#ffffff' };
  const glyph = status ? STATUS_LEGEND[status].icon : '';
  const cx = x + w / 2;
  const text = na ? NOT_APPLICABLE.zh : t.text;
  return [
    `<g data-code="${esc(t.code)}" data-status="${t.status}">`,
    `<rect x="${x}" y="${y}" width="${w}" height="${TILE}" rx="4" fill="${colours.tint}" stroke="${colours.ink}" stroke-width="1.5"${na ? ' stroke-dasharray="4 3"' : ''}/>`,
    glyph
      ? `<text x="${x + 8}" y="${y + 20}" font-size="14" font-weight="700" fill="${colours.ink}">${esc(glyph)}</text>`
      : '',
    `<text x="${cx}" y="${y + 46}" text-anchor="middle" font-size="${NAME_SIZE}" font-weight="700" fill="${colours.ink}">${esc(t.label)}</text>`,
    text
      ? `<text x="${cx}" y="${y + 68}" text-anchor="middle" font-size="${TEXT_SIZE}" fill="${colours.ink}">${esc(text)}</text>`
      : '',
    `</g>`,
  ].join('');
}

interface LegendLabel {
  label: string;
  fill: string;
  stroke: string;
  dashed: boolean;
}

function legendLabels(byShare: boolean, tiles: readonly Placed[]): LegendLabel[] {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const bands: Record<string, string> = byShare
    ? {
        met: `下级达标占比 ≥${pct(SHARE_BANDS.met)}`,
        at_risk: `${pct(SHARE_BANDS.atRisk)}–${pct(SHARE_BANDS.met)}`,
        missed: `<${pct(SHARE_BANDS.atRisk)}`,
        no_data: '无已判定的数据',
      }
    : {};
  const items: LegendLabel[] = (['met', 'at_risk', 'missed', 'no_data'] as const).map((s) => ({
    label: `${STATUS_LEGEND[s].icon} ${STATUS_LEGEND[s].zh}${bands[s] ? `（${bands[s]}）` : ''}`,
    fill: STATUS_PALETTE[s].tint,
    stroke: STATUS_PALETTE[s].ink,
    dashed: false,
  }));
  if (tiles.some((t) => t.status === 'not_applicable'))
    items.push({
      label: `${NOT_APPLICABLE.zh}（国家统计数据不含港澳台）`,
      fill: '#ffffff',
      stroke: STATUS_PALETTE.no_data.ink,
      dashed: true,
    });
  return items;
}
