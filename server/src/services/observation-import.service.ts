import { listIndicators } from '@targetboard/db/repositories/applicable-targets.repository';
import {
  bulkWriteObservations,
  type CellWrite,
  cellKey,
  figureOf,
  lockObservations,
  sameFigure,
} from '@targetboard/db/repositories/observations.repository';
import {
  filterRegionsWithin,
  findRegionsByCodes,
} from '@targetboard/db/repositories/region-tree.repository';
import { listSubmissions } from '@targetboard/db/repositories/submissions.repository';
import type { Db } from '@targetboard/db/database';
import {
  type Figure,
  IMPORT_COLUMNS,
  type ImportChange,
  type ImportColumn,
  type ImportReply,
} from '@targetboard/shared/api/observations.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { parseQuarter, type Quarter } from '@targetboard/shared/quarters/quarter';
import { formatNumber } from '@targetboard/shared/reporting/validate-figure';
import { type ImportTable } from './import-file';
import { checkFigure, loadHistory } from './reporting.service';

/** Thrown inside the import transaction when any row is rejected: nothing is written. */
export class ImportRejected extends Error {
  constructor(readonly reply: ImportReply) {
    super(`${reply.rejected} row(s) rejected`);
  }
}

interface Parsed extends CellWrite {
  line: number;
  regionCode: string;
  indicatorName: string;
  /** From the optional version column: the version the file was made from. */
  fileVersion: number | null;
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
 * approved (locked) quarter are rejected as `locked`.
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
    rows: table.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
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

  const cell = (cells: string[], column: ImportColumn) => {
    const i = table.columns.get(column);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const codes = [...new Set(table.rows.map((r) => cell(r.cells, 'region_code')))];
  const [regions, indicators] = await Promise.all([
    findRegionsByCodes(db, codes),
    listIndicators(db),
  ]);
  const indicatorByKey = new Map<string, (typeof indicators)[number]>();
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

  const parsed: Parsed[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const before = reply.rejectedRows.length;
    const code = cell(cells, 'region_code');
    const region = regions.get(code);
    if (!code) reject(line, 'region_code', 'missing_value', '地区代码为空');
    else if (!region) reject(line, 'region_code', 'unknown_region', `未知的地区代码“${code}”`);
    else if (inScope && !inScope.has(region.id))
      reject(line, 'region_code', 'out_of_scope', `${region.name}（${code}）不在您的填报范围内`);
    const indicatorText = cell(cells, 'indicator');
    const indicator = indicatorByKey.get(indicatorText);
    if (!indicatorText) reject(line, 'indicator', 'missing_value', '指标为空');
    else if (!indicator)
      reject(line, 'indicator', 'unknown_indicator', `未知的指标“${indicatorText}”`);
    const quarterText = cell(cells, 'quarter');
    const quarter = parseQuarter(quarterText.toUpperCase());
    if (!quarter)
      reject(
        line,
        'quarter',
        'invalid_quarter',
        `季度“${quarterText}”无效，应写作 YYYYQn（n 为 1–4），如 2026Q1`,
      );
    const numbers: Partial<Record<'value' | 'numerator' | 'denominator', number | null>> = {};
    for (const column of ['value', 'numerator', 'denominator'] as const) {
      const text = cell(cells, column);
      const n = parseNumber(text, indicator?.unit === '%');
      if (n === undefined)
        reject(line, column, 'not_a_number', `${IMPORT_COLUMNS[column]}“${text}”不是数字`);
      else numbers[column] = n;
    }
    const versionText = cell(cells, 'version');
    const fileVersion = versionText === '' ? null : Number(versionText);
    if (fileVersion !== null && !(Number.isInteger(fileVersion) && fileVersion >= 0))
      reject(line, 'version', 'not_a_number', `版本“${versionText}”应为非负整数`);
    if (reply.rejectedRows.length > before || !region || !indicator || !quarter) continue;

    const key = cellKey({ regionId: region.id, indicatorId: indicator.id, quarter });
    const first = seen.get(key);
    if (first !== undefined) {
      reject(line, '', 'duplicate_row', `与第 ${first} 行重复（同一地区、指标、季度只能出现一次）`);
      continue;
    }
    seen.set(key, line);
    const note = cell(cells, 'note') || null;
    parsed.push({
      line,
      regionCode: code,
      indicatorName: indicator.name,
      regionId: region.id,
      indicatorId: indicator.id,
      quarter,
      value: numbers.value ?? null,
      numerator: numbers.numerator ?? null,
      denominator: numbers.denominator ?? null,
      note,
      expectedVersion: 0,
      fileVersion,
    });
  }

  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const run = async (trx: Db) => {
    const current = await lockObservations(trx, parsed);
    const regionIds = [...new Set(parsed.map((p) => p.regionId))];
    const quarters = [...new Set(parsed.map((p) => p.quarter))] as Quarter[];
    const submissions = await listSubmissions(trx, regionIds, quarters);
    const pending = new Map<string, number | null>();
    const writes: Parsed[] = [];
    const checked: { p: Parsed; changed: boolean; now: ReturnType<typeof current.get> }[] = [];
    for (const p of parsed) {
      const ind = indicatorById.get(p.indicatorId)!;
      const { value, issues } = checkFigure(ind, p, { lastQuarter: null, lastYear: null }, false);
      for (const issue of issues)
        reject(p.line, FIELD_COLUMN[issue.field]!, issue.code, issue.message);
      if (issues.length > 0) continue;
      p.value = value;
      const now = current.get(cellKey(p));
      pending.set(cellKey(p), value);
      checked.push({ p, changed: !now || !sameFigure(now, p), now });
    }
    const history = await loadHistory(trx, regionIds, quarters, pending);
    for (const { p, changed, now } of checked) {
      if (!changed) {
        reply.unchanged++;
        continue;
      }
      const submission = submissions.get(`${p.regionId}:${p.quarter}`);
      if (submission?.state === 'approved') {
        reject(
          p.line,
          '',
          'locked',
          `${p.regionCode} ${p.quarter} 已审核通过并锁定，需先退回或重新打开`,
        );
        continue;
      }
      if (p.fileVersion !== null && now && now.version !== p.fileVersion) {
        reject(
          p.line,
          'version',
          'stale_version',
          `该数据已被 ${now.updatedBy ?? '他人'} 于 ${now.updatedAt} 修改为 ${formatNumber(now.value ?? NaN)}（版本 ${now.version}，文件为版本 ${p.fileVersion}），请重新下载模板`,
        );
        continue;
      }
      const ind = indicatorById.get(p.indicatorId)!;
      const { warnings } = checkFigure(
        ind,
        p,
        history(p.regionId, p.indicatorId, p.quarter as Quarter),
        true,
      );
      for (const w of warnings) reject(p.line, 'note', w.code, w.message);
      if (warnings.length > 0) continue;
      p.expectedVersion = now?.version ?? 0;
      writes.push(p);
      if (now) reply.updated++;
      else reply.created++;
      if (dryRun) reply.changes.push(changeOf(p, now ? figureOf(now) : null));
    }
    reply.rejected = rejectedLines.size;
    reply.rejectedRows.sort((a, b) => a.row - b.row);
    if (reply.rejected > 0) {
      reply.created = reply.updated = reply.unchanged = 0;
      reply.changes = [];
      throw new ImportRejected(reply);
    }
    if (!dryRun)
      await bulkWriteObservations(trx, writes, current, { user: user.username, channel: 'import' });
    return reply;
  };
  return db.transaction().execute((trx) => run(trx as unknown as Db));
}

function changeOf(p: Parsed, old: Figure | null): ImportChange {
  return {
    row: p.line,
    regionCode: p.regionCode,
    indicatorId: p.indicatorId,
    indicatorName: p.indicatorName,
    quarter: p.quarter,
    old,
    new: figureOf(p),
  };
}

/** '' → null; '1,234.5' and (for %) '95%' read as numbers; anything else → undefined. */
function parseNumber(text: string, percent: boolean): number | null | undefined {
  if (text === '') return null;
  let t = text.replace(/[,，\s]/g, '');
  if (percent && t.endsWith('%')) t = t.slice(0, -1);
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}
