import { listIndicators } from '@targetboard/db/repositories/applicable-targets.repository';
import {
  type CellColumns,
  cellColumns,
} from '@targetboard/db/repositories/observations-staged.repository';
import {
  filterRegionsWithin,
  findRegionsByCodes,
} from '@targetboard/db/repositories/region-tree.repository';
import type { Db } from '@targetboard/db/database';
import {
  IMPORT_COLUMNS,
  type ImportColumn,
  type ImportReply,
} from '@targetboard/shared/api/observations.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { parseQuarter, type Quarter } from '@targetboard/shared/quarters/quarter';
import { DUPLICATE_ROW, duplicateRowMessage } from '@targetboard/shared/figures/cell-rules';
import { parseFigureNumber } from '@targetboard/shared/figures/parse-figure';
import { noteOf } from '@targetboard/shared/figures/same-figure';
import { validateFigure } from '@targetboard/shared/reporting/validate-figure';
import type { ImportTable } from './import-file';

// The import's first half, before any transaction: a file's rows read, resolved (regions,
// indicators, scope) and validated into columns of cells. observation-import.service.ts
// stages and writes them.

/** Records a rejected row: its file line, the column at fault ('' for the row), why. */
export type RejectRow = (
  line: number,
  column: ImportColumn | '',
  code: string,
  message: string,
) => void;

type Indicator = Awaited<ReturnType<typeof listIndicators>>[number];

/** The valid cells of a file, with what the checks after staging need of each. */
export interface ImportCells {
  cells: CellColumns;
  /** Per cell: its file line, indicator and the version the file names (NaN: none). */
  lines: Int32Array;
  cellIndicators: Indicator[];
  fileVersions: Float64Array;
  /** Each cell's number (`keys`) → its index in `cells`, or -line when that row was rejected. */
  seen: Map<number, number>;
  keys: CellNumbers;
  regionCode: Map<number, string>;
}

const FIELD_COLUMN: Record<string, ImportColumn> = {
  value: 'value',
  numerator: 'numerator',
  denominator: 'denominator',
  note: 'note',
};

/**
 * Reads every row of `table`: skips rows without a figure (counted in `reply.skipped`),
 * rejects through `reject` what cannot be imported (unknown or out-of-scope region, unknown
 * indicator, bad quarter, number or version, duplicate cell, a figure the shared rules
 * refuse), and answers the rest column by column.
 */
export async function readCells(
  db: Db,
  table: ImportTable,
  user: User,
  reply: ImportReply,
  reject: RejectRow,
): Promise<ImportCells> {
  const at = (column: ImportColumn) => table.columns.get(column) ?? -1;
  const iCode = at('region_code');
  const iIndicator = at('indicator');
  const iQuarter = at('quarter');
  const iValue = at('value');
  const iNumerator = at('numerator');
  const iDenominator = at('denominator');
  const iNote = at('note');
  const iVersion = at('version');

  const codeSet = new Set<string>();
  for (let r = 0; r < table.size; r++) codeSet.add(cellText(table.cells(r), iCode));
  const [regions, indicators] = await Promise.all([
    findRegionsByCodes(db, [...codeSet]),
    listIndicators(db),
  ]);
  const indicatorByKey = new Map<string, Indicator>();
  for (const ind of indicators) {
    for (const s of ind.synonyms) indicatorByKey.set(s, ind);
    indicatorByKey.set(ind.name, ind);
    indicatorByKey.set(String(ind.id), ind);
  }
  const inScope =
    user.role === 'admin'
      ? null
      : user.regionId === null
        ? new Set<number>()
        : await filterRegionsWithin(
            db,
            [...regions.values()].map((r) => r.id),
            user.regionId,
          );

  // Cells are told apart by a number rather than a `region:indicator:quarter` string: a
  // million keys stay cheap to build, hash and keep.
  const keys = new CellNumbers(indicators, regions.values());

  // The valid cells, column by column, with per cell its file line, indicator and the
  // version the file names. `seen` maps each cell's key to its index here, or to -line when
  // that first row was rejected (a later duplicate still names it).
  const cells = cellColumns(table.size);
  const lines = new Int32Array(table.size);
  const cellIndicators = new Array<Indicator>(table.size);
  const fileVersions = new Float64Array(table.size); // NaN: no version given
  const seen = new Map<number, number>();
  const quarterCache = new Map<string, Quarter | null>();
  const numbers: Record<'value' | 'numerator' | 'denominator', number | null> = {
    value: null,
    numerator: null,
    denominator: null,
  };
  const readNumber = (
    line: number,
    row: string[],
    column: 'value' | 'numerator' | 'denominator',
    i: number,
    unit: string,
  ) => {
    const t = cellText(row, i);
    const n = parseFigureNumber(t, unit);
    if (Number.isNaN(n))
      reject(line, column, 'not_a_number', `${IMPORT_COLUMNS[column]}“${t}”不是数字`);
    else numbers[column] = n;
  };
  for (let r = 0; r < table.size; r++) {
    const line = table.line(r);
    const row = table.cells(r);
    // A row without a figure is no figure, whatever else it names: a template's untouched rows
    // are skipped, never created as empty observations (nor do they clear a stored one).
    if (
      cellText(row, iValue) === '' &&
      cellText(row, iNumerator) === '' &&
      cellText(row, iDenominator) === ''
    ) {
      reply.skipped++;
      continue;
    }
    const before = reply.rejectedRows.length;
    const code = cellText(row, iCode);
    const region = regions.get(code);
    if (!code) reject(line, 'region_code', 'missing_value', '地区代码为空');
    else if (!region) reject(line, 'region_code', 'unknown_region', `未知的地区代码“${code}”`);
    else if (inScope && !inScope.has(region.id))
      reject(line, 'region_code', 'out_of_scope', `${region.name}（${code}）不在您的填报范围内`);
    const indicatorText = cellText(row, iIndicator);
    const indicator = indicatorByKey.get(indicatorText);
    if (!indicatorText) reject(line, 'indicator', 'missing_value', '指标为空');
    else if (!indicator)
      reject(line, 'indicator', 'unknown_indicator', `未知的指标“${indicatorText}”`);
    const quarterText = cellText(row, iQuarter);
    let quarter = quarterCache.get(quarterText);
    if (quarter === undefined) {
      quarter = parseQuarter(quarterText.toUpperCase());
      quarterCache.set(quarterText, quarter);
    }
    if (!quarter)
      reject(
        line,
        'quarter',
        'invalid_quarter',
        `季度“${quarterText}”无效，应写作 YYYYQn（n 为 1–4），如 2026Q1`,
      );
    const unit = indicator?.unit ?? '';
    readNumber(line, row, 'value', iValue, unit);
    readNumber(line, row, 'numerator', iNumerator, unit);
    readNumber(line, row, 'denominator', iDenominator, unit);
    const versionText = cellText(row, iVersion);
    const fileVersion = versionText === '' ? null : Number(versionText);
    if (fileVersion !== null && !(Number.isInteger(fileVersion) && fileVersion >= 0))
      reject(line, 'version', 'not_a_number', `版本“${versionText}”应为非负整数`);
    if (reply.rejectedRows.length > before || !region || !indicator || !quarter) continue;

    const key = keys.of(region.id, indicator.id, quarter);
    const first = seen.get(key);
    if (first !== undefined) {
      const firstLine = first >= 0 ? lines[first]! : -first;
      reject(line, '', DUPLICATE_ROW, duplicateRowMessage(firstLine));
      continue;
    }
    const { value, issues } = validateFigure(indicator, numbers);
    for (const issue of issues) reject(line, FIELD_COLUMN[issue.field]!, issue.code, issue.message);
    if (issues.length > 0) {
      seen.set(key, -line);
      continue;
    }
    const i = cells.length++;
    seen.set(key, i);
    lines[i] = line;
    cellIndicators[i] = indicator;
    fileVersions[i] = fileVersion ?? NaN;
    cells.regionId[i] = region.id;
    cells.indicatorId[i] = indicator.id;
    cells.quarter[i] = quarter;
    cells.value[i] = value ?? NaN;
    cells.numerator[i] = numbers.numerator ?? NaN;
    cells.denominator[i] = numbers.denominator ?? NaN;
    cells.note[i] = noteOf(cellText(row, iNote));
  }
  const regionCode = new Map([...regions.values()].map((r) => [r.id, r.code]));
  return { cells, lines, cellIndicators, fileVersions, seen, keys, regionCode };
}

/** A cell's text, trimmed; '' for a column the file does not have (-1) or a short row. */
function cellText(cells: string[], i: number): string {
  return i < 0 ? '' : (cells[i] ?? '').trim();
}

/**
 * Numbers for cells: (quarter × indicator) × region, with indexes for the indicators and for
 * quarters as met. Safe integers while quarters × indicators × regions < 2^53 — far beyond any
 * import (there are about 1,200 valid quarters).
 */
export class CellNumbers {
  private readonly indicatorIndex = new Map<number, number>();
  private readonly quarterIndex = new Map<string, number>();
  private readonly regionSpan: number;

  constructor(indicators: readonly { id: number }[], regions: Iterable<{ id: number }>) {
    indicators.forEach((ind, i) => this.indicatorIndex.set(ind.id, i));
    let max = 0;
    for (const r of regions) max = Math.max(max, r.id);
    this.regionSpan = max + 1;
    if (2_000 * indicators.length * this.regionSpan > Number.MAX_SAFE_INTEGER)
      throw new Error('too many indicators × regions to number cells');
  }

  of(regionId: number, indicatorId: number, quarter: string): number {
    let q = this.quarterIndex.get(quarter);
    if (q === undefined) this.quarterIndex.set(quarter, (q = this.quarterIndex.size));
    const ind = this.indicatorIndex.get(indicatorId)!;
    return (q * this.indicatorIndex.size + ind) * this.regionSpan + regionId;
  }
}
