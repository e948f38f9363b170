/** Excel needs the BOM to read UTF-8 CSV as UTF-8 rather than the system code page. */
export const UTF8_BOM = '\uFEFF';

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; leading =+-@ defused. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value : String(value);
  // A cell starting with = + - @ is a formula to Excel (CSV injection); numbers stay as they are.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text with CRLF line ends and a BOM, the form Excel and WPS open correctly. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return UTF8_BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
