import ExcelJS from 'exceljs';
import type { TrendReply } from '@targetboard/shared/api/trends.schema';
import { spreadsheetRow } from '@targetboard/shared/export/formula';
import { observationTable } from '@targetboard/shared/export/observations-table';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { addLegendSheet, STATUS_FILLS, STATUS_INKS } from './xlsx-legend';

const WIDTHS = [10, 14, 16, 9, 14, 14, 16, 20, 9, 60];

/** The trend's table as an XLSX workbook: the same rows as the CSV, coloured, plus a legend sheet. */
export async function observationsXlsx(
  reply: TrendReply,
  source: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const table = observationTable(reply);
  const book = new ExcelJS.Workbook();
  book.creator = '指标看板';
  const sheet = book.addWorksheet('数据', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(spreadsheetRow(table.header)).font = { bold: true };
  sheet.columns.forEach((col, i) => (col.width = WIDTHS[i] ?? 12));
  const statusColumn = table.header.indexOf('状态') + 1;
  for (const row of table.rows) {
    const added = sheet.addRow(spreadsheetRow(row.cells));
    const cell = added.getCell(statusColumn);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILLS[row.status] } };
    cell.font = { bold: true, color: { argb: STATUS_INKS[row.status] } };
    cell.value = `${STATUS_LEGEND[row.status].icon} ${STATUS_LEGEND[row.status].zh}`;
  }
  sheet.addRow([]);
  sheet.addRow(spreadsheetRow([source])).font = { italic: true, color: { argb: 'FF5C6370' } };
  addLegendSheet(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
