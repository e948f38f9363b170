import ExcelJS from 'exceljs';
import type { Dashboard, DashboardRow } from '@targetboard/shared/api/dashboard-resolve';
import { neutraliseFormula, spreadsheetRow } from '@targetboard/shared/export/formula';
import { withUnit } from '@targetboard/shared/targets/format-target';
import { reasonText } from '@targetboard/shared/targets/reason';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { addLegendSheet, STATUS_FILLS, STATUS_INKS } from './xlsx-legend';

/** The file a view exports to, named after it: 看板_四川省_2017Q4[_妇幼健康].xlsx. */
export function dashboardFileName(reply: Pick<Dashboard, 'parent' | 'category' | 'quarter'>): {
  name: string;
  ascii: string;
} {
  const { name, code } = reply.parent.region;
  const category = reply.category ? `_${reply.category}` : '';
  return {
    name: `看板_${name}_${reply.quarter}${category}.xlsx`,
    ascii: `dashboard_${code}_${reply.quarter}.xlsx`,
  };
}

/**
 * The dashboard grid as a workbook: one row per region (the parent's own figures first), one
 * column per indicator with its unit, each cell the figure with its status icon on the
 * status colour, and the rule and reason as a cell note; a legend sheet and a source line.
 */
export async function dashboardXlsx(
  reply: Dashboard,
  source: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = '指标看板';
  // The region on screen: `path` holds its ancestors only.
  const sheet = book.addWorksheet(`${reply.parent.region.name} ${reply.quarter}`, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
  });
  const header = [
    '地区代码',
    '地区',
    ...reply.indicators.map((i) => (i.unit ? `${i.name}（${i.unit}）` : i.name)),
  ];
  const head = sheet.addRow(spreadsheetRow(header));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'bottom' };
  sheet.getColumn(1).width = 10;
  sheet.getColumn(2).width = 16;
  reply.indicators.forEach((_, i) => (sheet.getColumn(i + 3).width = 16));
  const addRegion = (row: DashboardRow, own: boolean) => {
    const added = sheet.addRow(
      spreadsheetRow([row.region.code, own ? `${row.region.name}（本级）` : row.region.name]),
    );
    for (const [i, indicator] of reply.indicators.entries()) {
      const cell = row.cells.find((c) => c.indicatorId === indicator.id);
      if (!cell) continue;
      const target = added.getCell(i + 3);
      const legend = STATUS_LEGEND[cell.status];
      target.value = neutraliseFormula(
        cell.value === null
          ? `${legend.icon} ${legend.zh}`
          : `${legend.icon} ${withUnit(cell.value, indicator.unit)}`,
      );
      target.fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: STATUS_FILLS[cell.status] },
      };
      target.font = { color: { argb: STATUS_INKS[cell.status] } };
      target.note = `目标 ${cell.target.rule}${cell.target.inheritedFrom ? `（继承自${cell.target.inheritedFrom.name}）` : ''}\n${legend.zh}：${reasonText(cell.reason, cell.target.unit)}`;
    }
  };
  addRegion(reply.parent, true);
  for (const row of reply.rows) addRegion(row, false);
  sheet.addRow([]);
  sheet.addRow(spreadsheetRow([`截至 ${reply.quarter} · ${source}`])).font = {
    italic: true,
    color: { argb: 'FF5C6370' },
  };
  addLegendSheet(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
