import { listIndicators } from '@targetboard/db/repositories/applicable-targets.repository';
import {
  cellColumns,
  stageCells,
  writeStagedCells,
} from '@targetboard/db/repositories/observations-staged.repository';
import {
  type CellKey,
  cellKey,
  findStoredValues,
  lockObservations,
} from '@targetboard/db/repositories/observations.repository';
import {
  filterRegionsWithin,
  findRegionsByCodes,
} from '@targetboard/db/repositories/region-tree.repository';
import { listSubmissions } from '@targetboard/db/repositories/submissions.repository';
import type { Db } from '@targetboard/db/database';
import {
  IMPORT_COLUMNS,
  type ImportColumn,
  type ImportReply,
} from '@targetboard/shared/api/observations.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { parseQuarter, type Quarter } from '@targetboard/shared/quarters/quarter';
import {
  DUPLICATE_ROW,
  duplicateRowMessage,
  isLocked,
  lockedMessage,
} from '@targetboard/shared/figures/cell-rules';
import {
  historyQuarters,
  plausibilityApplies,
  plausibilityIssues,
} from '@targetboard/shared/figures/check-figure';
import { parseFigureNumber } from '@targetboard/shared/figures/parse-figure';
import { figureOf, noteOf } from '@targetboard/shared/figures/same-figure';
import { formatNumber, validateFigure } from '@targetboard/shared/reporting/validate-figure';
import { type ImportTable } from './import-file';
import { watchStatuses, writtenCells } from './status-alerts';
import { refreshCellStatuses } from './cell-statuses.service';

/** Thrown inside the import transaction when any row is rejected: nothing is written. */
export class ImportRejected extends Error {
  constructor(readonly reply: ImportReply) {
    super(`${reply.rejected} row(s) rejected`);
  }
}

const FIELD_COLUMN: Record<string, ImportColumn> = {
  value: 'value',
  numerator: 'numerator',
  denominator: 'denominator',
  note: 'note',
};

/**
 * Imports a table of figures, all or nothing.
 *
 * Concurrency rule: the rows an import touches are read and row-locked (FOR UPDATE) in the
 * import's transaction and written with the version check, so nothing saved meanwhile is
 * lost silently. A file row may carry a `version` (版本) column — the template fills it in;
 * when it is present and the cell has moved past it, the row is rejected as `stale_version`
 * naming who changed it, rather than overwriting a newer edit. Without a version, the import
 * applies to the cell as it stands and logs old → new with channel `import`. Cells of an
 * approved (locked) quarter are rejected as `locked`. Rows with no figure are skipped.
 *
 * Set-based for large files: rows are read and validated column by column, the valid cells
 * are staged in one statement and compared with the stored ones in the database
 * (`stageCells`), and everything that differs is written with its change-log rows in one
 * more (`writeStagedCells`); only history for the plausibility check and the details of
 * rejected rows are read back.
 */
export async function importObservations(
  db: Db,
  table: ImportTable,
  user: User,
  dryRun: boolean,
): Promise<ImportReply> {
  const reply: ImportReply = {
    dryRun,
    format: table.format,
    encoding: table.encoding,
    rows: table.size,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    rejected: 0,
    rejectedRows: [],
    changes: [],
  };
  const rejectedLines = new Set<number>();
  const reject = (line: number, column: ImportColumn | '', code: string, message: string) => {
    rejectedLines.add(line);
    reply.rejectedRows.push({
      row: line,
      column: column ? IMPORT_COLUMNS[column] : '',
      code,
      message,
    });
  };

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
  type Indicator = (typeof indicators)[number];
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
  const orNull = (n: number) => (Number.isNaN(n) ? null : n);
  const regionCode = new Map([...regions.values()].map((r) => [r.id, r.code]));
  const keyOf = (i: number): CellKey => ({
    regionId: cells.regionId[i]!,
    indicatorId: cells.indicatorId[i]!,
    quarter: cells.quarter[i]!,
  });

  const run = async (trx: Db) => {
    const { version, same } = await stageCells(trx, cells);
    const n = cells.length;
    const submissions = await listSubmissions(
      trx,
      [...new Set(cells.regionId.subarray(0, n))],
      [...new Set(cells.quarter.slice(0, n))],
    );
    const approved = new Set(
      [...submissions.values()]
        .filter((s) => isLocked(s.state))
        .map((s) => `${s.regionId}:${s.quarter}`),
    );

    // Changed cells: locked quarter, then stale version, then (no note) plausibility.
    const OK = 1;
    const REJECTED = 2;
    const status = new Uint8Array(n); // 0: unchanged
    const stale: number[] = [];
    const toCheck: number[] = [];
    for (let i = 0; i < n; i++) {
      if (same[i]) {
        reply.unchanged++;
        continue;
      }
      status[i] = REJECTED;
      if (approved.size > 0 && approved.has(`${cells.regionId[i]}:${cells.quarter[i]}`)) {
        reject(
          lines[i]!,
          '',
          'locked',
          lockedMessage(cells.quarter[i]!, regionCode.get(cells.regionId[i]!)),
        );
        continue;
      }
      const fileVersion = fileVersions[i]!;
      if (!Number.isNaN(fileVersion) && version[i]! > 0 && version[i] !== fileVersion) {
        stale.push(i);
        continue;
      }
      status[i] = OK;
      if (plausibilityApplies(true, cells.note[i]!)) toCheck.push(i); // changed: not `same`
    }

    // History for the plausibility check, by `loadHistory`'s rule: a figure of this file
    // counts before a stored one, so stored figures are read (in one query) only for the
    // references the file does not hold. Each reference is the index of a cell of this file
    // (≥ 0), or -1 and the key of a stored cell.
    const historyOf = new Map<string, readonly [Quarter, Quarter]>();
    const refAt = new Int32Array(2 * toCheck.length);
    const refKey = new Float64Array(2 * toCheck.length);
    const missing = new Map<number, CellKey>();
    toCheck.forEach((i, t) => {
      const q = cells.quarter[i]!;
      let history = historyOf.get(q);
      // Cells hold quarters parsed above; parsing again, once per quarter, restores the brand.
      if (!history) historyOf.set(q, (history = historyQuarters(parseQuarter(q)!)));
      for (let r = 0; r < 2; r++) {
        const key = keys.of(cells.regionId[i]!, cells.indicatorId[i]!, history[r]!);
        const at = seen.get(key) ?? -1;
        refAt[2 * t + r] = at;
        refKey[2 * t + r] = key;
        if (at < 0 && !missing.has(key))
          missing.set(key, {
            regionId: cells.regionId[i]!,
            indicatorId: cells.indicatorId[i]!,
            quarter: history[r]!,
          });
      }
    });
    const stored = new Map<number, number | null>();
    for (const o of await findStoredValues(trx, [...missing.values()]))
      stored.set(keys.of(o.regionId, o.indicatorId, o.quarter), o.value);
    const valueAt = (ref: number) => {
      const at = refAt[ref]!;
      return at >= 0 ? orNull(cells.value[at]!) : (stored.get(refKey[ref]!) ?? null);
    };
    toCheck.forEach((i, t) => {
      const history = { lastQuarter: valueAt(2 * t), lastYear: valueAt(2 * t + 1) };
      if (history.lastQuarter === null && history.lastYear === null) return; // nothing to compare
      const warnings = plausibilityIssues(cellIndicators[i]!, orNull(cells.value[i]!), history);
      for (const w of warnings) reject(lines[i]!, 'note', w.code, w.message);
      if (warnings.length > 0) status[i] = REJECTED;
    });

    if (stale.length > 0) {
      const now = await lockObservations(trx, stale.map(keyOf));
      for (const i of stale) {
        const o = now.get(cellKey(keyOf(i)))!;
        reject(
          lines[i]!,
          'version',
          'stale_version',
          `该数据已被 ${o.updatedBy ?? '他人'} 于 ${chinaTime(o.updatedAt)}修改为 ${formatNumber(o.value ?? NaN)}（版本 ${o.version}，文件为版本 ${fileVersions[i]}），请重新下载模板`,
        );
      }
    }

    for (let i = 0; i < n; i++)
      if (status[i] === OK) {
        if (version[i]! > 0) reply.updated++;
        else reply.created++;
      }
    reply.rejected = rejectedLines.size;
    reply.rejectedRows.sort((a, b) => a.row - b.row);
    if (reply.rejected > 0) {
      reply.created = reply.updated = reply.unchanged = 0;
      throw new ImportRejected(reply);
    }
    if (dryRun) {
      const updated: number[] = [];
      for (let i = 0; i < n; i++) if (status[i] === OK && version[i]! > 0) updated.push(i);
      const old = await lockObservations(trx, updated.map(keyOf));
      for (let i = 0; i < n; i++) {
        if (status[i] !== OK) continue;
        const now = old.get(cellKey(keyOf(i)));
        reply.changes.push({
          row: lines[i]!,
          regionCode: regionCode.get(cells.regionId[i]!)!,
          indicatorId: cells.indicatorId[i]!,
          indicatorName: cellIndicators[i]!.name,
          quarter: cells.quarter[i]!,
          old: now ? figureOf(now) : null,
          new: {
            value: orNull(cells.value[i]!),
            numerator: orNull(cells.numerator[i]!),
            denominator: orNull(cells.denominator[i]!),
            note: cells.note[i]!,
          },
        });
      }
      return reply;
    }
    const alerts = await watchStatuses(trx, user, writtenCells(status, OK, n, keyOf));
    await writeStagedCells(
      trx,
      {
        created: reply.created,
        updated: reply.updated,
        createdKeys: () => {
          const created: CellKey[] = [];
          for (let i = 0; i < n; i++)
            if (status[i] === OK && version[i] === 0) created.push(keyOf(i));
          return created;
        },
      },
      { user: user.username, channel: 'import' },
    );
    await alerts.queueChanges();
    await refreshCellStatuses(trx);
    return reply;
  };
  return db.transaction().execute((trx) => run(trx as unknown as Db));
}

/** An ISO instant as a clerk reads it: Beijing time to the minute, `2026-07-01 16:05（北京时间）`. */
function chinaTime(iso: string): string {
  const beijing = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${beijing.slice(0, 10)} ${beijing.slice(11, 16)}（北京时间）`;
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
class CellNumbers {
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
