import { neutraliseFormula } from './formula';

/** Excel needs the BOM to read UTF-8 CSV as UTF-8 rather than the system code page. */
export const UTF8_BOM = '\uFEFF';

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; formula-like text defused. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text with CRLF line ends and a BOM, the form Excel and WPS open correctly. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return UTF8_BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
