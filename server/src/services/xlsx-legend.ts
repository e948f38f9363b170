import type ExcelJS from 'exceljs';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import { TARGET_STATUSES, type TargetStatus } from '@targetboard/shared/targets/status';

/** Light fills with dark text per status: readable when printed, and the status word stays. */
export const STATUS_FILLS: Record<TargetStatus, string> = {
  met: 'FFD8F0DE',
  at_risk: 'FFFBEBC8',
  missed: 'FFF9D6D5',
  no_data: 'FFECEDEF',
};
export const STATUS_INKS: Record<TargetStatus, string> = {
  met: 'FF1A7F37',
  at_risk: 'FF8A5A0B',
  missed: 'FFC62828',
  no_data: 'FF5C6370',
};

/** The 图例 sheet every XLSX export ends with: each status, in its fill, and what it means. */
export function addLegendSheet(book: ExcelJS.Workbook): void {
  const legend = book.addWorksheet('图例');
  legend.addRow(['状态', '含义']).font = { bold: true };
  legend.getColumn(1).width = 12;
  legend.getColumn(2).width = 100;
  for (const s of TARGET_STATUSES) {
    const entry = STATUS_LEGEND[s];
    const row = legend.addRow([`${entry.icon} ${entry.zh}`, entry.descriptionZh]);
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILLS[s] } };
  }
}
