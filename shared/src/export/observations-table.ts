import type { TrendReply, TrendTarget } from '../api/trends.schema';
import { STATUS_LEGEND } from '../targets/status-legend';
import type { TargetStatus } from '../targets/status';
import { toCsv } from './csv';
import { trendReasonText } from './trend-series';

/** One exported row: the cells, plus the status so XLSX can colour it. */
export interface ObservationTableRow {
  cells: (string | number | null)[];
  status: TargetStatus;
}

export interface ObservationTable {
  header: string[];
  rows: ObservationTableRow[];
}

/** Where a year's target came from, as a reader says it: 本级 / 继承自四川省 / 沿用2020年. */
export function targetSourceText(t: TrendTarget): string {
  const who = t.inheritedFrom ? `继承自${t.inheritedFrom.name}` : '本级';
  const carried = t.sourceYear !== null && t.sourceYear !== t.year ? `，沿用${t.sourceYear}年` : '';
  return who + carried;
}

/**
 * The trend as a flat table, one row per region × quarter in the reply's order; the unit is
 * in the header. The screen table, CSV and XLSX all come from here, so they agree.
 */
export function observationTable(reply: TrendReply): ObservationTable {
  const unit = reply.indicator.unit;
  const u = unit ? `（${unit}）` : '';
  const header = [
    '地区代码',
    '地区',
    '指标',
    '季度',
    `数值${u}`,
    `累计值${u}`,
    `目标${u}`,
    '目标来源',
    '状态',
    '说明',
  ];
  const rows: ObservationTableRow[] = [];
  for (const region of reply.regions) {
    const byYear = new Map(region.targets.map((t) => [t.year, t]));
    for (const p of region.points) {
      const target = byYear.get(Number(p.quarter.slice(0, 4)));
      rows.push({
        status: p.status,
        cells: [
          region.code,
          region.name,
          reply.indicator.name,
          p.quarter,
          p.value,
          target?.cumulative ? p.judged : null,
          target?.rule ?? null,
          target ? targetSourceText(target) : null,
          STATUS_LEGEND[p.status].zh,
          trendReasonText(p, target),
        ],
      });
    }
  }
  return { header, rows };
}

/** The trend's data as CSV (UTF-8 with BOM, CRLF): the one function browser and server both call. */
export function observationsCsv(reply: TrendReply): string {
  const table = observationTable(reply);
  return toCsv([table.header, ...table.rows.map((r) => r.cells)]);
}

/** A file name without characters Windows refuses: 孕产妇死亡率_2024Q1-2025Q4. */
export function exportFileName(reply: TrendReply, extension: string): string {
  const name = reply.indicator.name.replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${name}_${reply.from}-${reply.to}.${extension}`;
}
