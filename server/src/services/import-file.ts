import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, type ImportColumn } from '@targetboard/shared/api/observations.schema';
import { decodeText } from '../documents/decode-text';
import { DocumentError } from '../documents/document-error';
import { checkZipLimits, ZIP_LIMITS, type ZipLimits } from '../documents/zip-limits';

/**
 * The .docx reader's zip-bomb limits, with less unpacked room: ExcelJS holds a workbook in
 * memory at about twice its unpacked size, and a real 32 MB import unpacks to well under this.
 */
export const XLSX_ZIP_LIMITS: ZipLimits = { ...ZIP_LIMITS, maxUnzippedBytes: 100 * 1024 * 1024 };

/**
 * A file as rows of cell text, each with the line (CSV) or sheet row (XLSX) it came from.
 * Rows are read on demand (`cells(i)` returns a fresh array): a million-row CSV stays one
 * string and three offsets a row rather than millions of small strings kept alive.
 */
export interface ImportTable {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  columns: Map<ImportColumn, number>;
  /** Data rows, blank ones left out. */
  size: number;
  line(i: number): number;
  cells(i: number): string[];
}

/** Records of a file, the header first. */
interface Grid {
  size: number;
  line(i: number): number;
  cells(i: number): string[];
  /** Every cell empty or blank. */
  blank(i: number): boolean;
}

const gridOf = (rows: { line: number; cells: string[] }[]): Grid => ({
  size: rows.length,
  line: (i) => rows[i]!.line,
  cells: (i) => rows[i]!.cells,
  blank: (i) => rows[i]!.cells.every((c) => c.trim() === ''),
});

/** A problem with the file as a whole (row 1 is the header). */
export class ImportFileError extends Error {
  constructor(
    readonly code: 'bad_encoding' | 'missing_columns' | 'empty_file' | 'unreadable' | 'too_large',
    message: string,
    readonly column = '',
  ) {
    super(message);
  }
}

export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  'region_code',
  'indicator',
  'quarter',
  'value',
];

const HEADER_ALIASES = new Map<string, ImportColumn>(
  Object.entries(IMPORT_COLUMNS).flatMap(([en, zh]) => [
    [en, en as ImportColumn],
    [zh, en as ImportColumn],
  ]),
);

const isXlsx = (bytes: Uint8Array, filename: string) =>
  /\.xlsx$/i.test(filename) ||
  (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);

/** Reads CSV (UTF-8 with or without BOM, GB18030) or XLSX (first sheet) into rows of text. */
export async function readImportFile(bytes: Uint8Array, filename: string): Promise<ImportTable> {
  if (bytes.length === 0) throw new ImportFileError('empty_file', '文件为空');
  const xlsx = isXlsx(bytes, filename);
  const { grid, encoding } = xlsx ? await readXlsx(bytes) : readCsv(bytes);
  if (grid.size === 0) throw new ImportFileError('empty_file', '文件为空');
  const columns = new Map<ImportColumn, number>();
  grid.cells(0).forEach((name, i) => {
    const column = HEADER_ALIASES.get(name.trim().toLowerCase()) ?? HEADER_ALIASES.get(name.trim());
    if (column && !columns.has(column)) columns.set(column, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    const names = missing.map((c) => `${IMPORT_COLUMNS[c]}（${c}）`).join('、');
    throw new ImportFileError('missing_columns', `缺少必需的列：${names}`, missing.join(','));
  }
  const kept = new Int32Array(grid.size - 1);
  let size = 0;
  for (let i = 1; i < grid.size; i++) if (!grid.blank(i)) kept[size++] = i;
  return {
    format: xlsx ? 'xlsx' : 'csv',
    encoding,
    columns,
    size,
    line: (i) => grid.line(kept[i]!),
    cells: (i) => grid.cells(kept[i]!),
  };
}

function readCsv(bytes: Uint8Array) {
  const { text, encoding } = decodeText(bytes);
  // A replacement character or a NUL means the bytes were not text in any encoding we read.
  if (text.includes('\uFFFD') || text.includes('\u0000'))
    throw new ImportFileError(
      'bad_encoding',
      `无法识别文件编码（按 ${encoding} 读取出现乱码），请另存为 UTF-8 或 GB18030 编码的 CSV`,
    );
  const simple = simpleCsvGrid(text);
  if (simple) return { encoding, grid: simple };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new ImportFileError('unreadable', `CSV 格式错误：${(error as Error).message}`);
  }
  return {
    encoding,
    grid: gridOf(records.map((r) => ({ line: r.info.lines, cells: r.record }))),
  };
}

/**
 * The common case without csv-parse, which costs ~9 µs a row: no quote anywhere and one kind
 * of line end (LF throughout, or CRLF throughout). Then a record is a non-empty line and its
 * fields are what lies between commas, as csv-parse reads them too (line numbers from 1, a
 * leading BOM dropped). Anything else — quotes, mixed or bare-CR line ends — returns null
 * and goes through csv-parse. Records are kept as offsets into the text.
 */
export function simpleCsvGrid(text: string): Grid | null {
  if (text.includes('"')) return null;
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstCr = text.indexOf('\r', from);
  const crlf = firstCr >= 0;
  if (crlf && text.charCodeAt(firstCr + 1) !== 10) return null;
  const starts: number[] = [];
  const ends: number[] = [];
  const lines: number[] = [];
  let pos = from;
  for (let line = 1; pos <= text.length; line++) {
    const lf = text.indexOf('\n', pos);
    if (crlf) {
      const cr = text.indexOf('\r', pos);
      // Every CR must end a line, and every line must end with CR LF.
      if (cr >= 0 ? cr + 1 !== lf : lf >= 0) return null;
    }
    const end = lf < 0 ? text.length : crlf ? lf - 1 : lf;
    if (end > pos) {
      starts.push(pos);
      ends.push(end);
      lines.push(line);
    }
    if (lf < 0) break;
    pos = lf + 1;
  }
  return {
    size: starts.length,
    line: (i) => lines[i]!,
    cells: (i) => text.slice(starts[i], ends[i]).split(','),
    blank: (i) => /^[\s,]*$/.test(text.slice(starts[i], ends[i])),
  };
}

async function readXlsx(bytes: Uint8Array) {
  try {
    await checkZipLimits(bytes, XLSX_ZIP_LIMITS);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    if (error.reason === 'too-large')
      throw new ImportFileError('too_large', `XLSX 文件解压后过大，已拒绝（${error.message}）`);
    throw new ImportFileError('unreadable', '无法读取 XLSX 文件，请确认文件未损坏');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never,
    );
  } catch {
    throw new ImportFileError('unreadable', '无法读取 XLSX 文件，请确认文件未损坏');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('empty_file', '工作簿中没有工作表');
  const rows: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push({ line, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { encoding: null, grid: gridOf(rows) };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return String(value.text);
  return '';
}
