import {
  insertFreshCells,
  noCellStored,
  nothingStored,
  stageCells,
  writeStagedCells,
} from '@targetboard/db/repositories/observations-staged.repository';
import {
  type CellKey,
  cellKey,
  lockObservations,
} from '@targetboard/db/repositories/observations.repository';
import { listSubmissions } from '@targetboard/db/repositories/submissions.repository';
import type { Db } from '@targetboard/db/database';
import {
  IMPORT_COLUMNS,
  type ImportColumn,
  type ImportReply,
} from '@targetboard/shared/api/observations.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { isLocked, lockedMessage } from '@targetboard/shared/figures/cell-rules';
import { plausibilityApplies } from '@targetboard/shared/figures/check-figure';
import { figureOf } from '@targetboard/shared/figures/same-figure';
import { formatNumber } from '@targetboard/shared/reporting/validate-figure';
import { type ImportTable } from './import-file';
import { readPlausibilityHistory } from './import-plausibility';
import { readCells } from './import-rows';
import { watchStatuses, writtenCells } from './status-alerts';
import { refreshCellStatuses } from './cell-statuses.service';

/**
 * Told the end of each step of an import, in order (the bench's breakdown); the time since
 * the previous call is that step's.
 */
export type ImportPhase = (step: string) => void;

/** Thrown inside the import transaction when any row is rejected: nothing is written. */
export class ImportRejected extends Error {
  constructor(readonly reply: ImportReply) {
    super(`${reply.rejected} row(s) rejected`);
  }
}

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
 * Set-based for large files: rows are read and validated column by column (`readCells`,
 * import-rows.ts), the valid cells are COPYed into a staging table and compared with the
 * stored ones in the database (`stageCells`), and everything that differs is written with
 * the import's compact change log in a few plain statements (`writeStagedCells`); a file
 * none of whose cells is stored skips the staging and is COPYed straight into observations
 * (`insertFreshCells`). Only history for the plausibility check (import-plausibility.ts) and
 * the details of rejected rows are read back.
 */
export async function importObservations(
  db: Db,
  table: ImportTable,
  user: User,
  dryRun: boolean,
  phase: ImportPhase = () => {},
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

  const parsed = await readCells(db, table, user, reply, reject);
  phase('resolve and validate rows');
  const { cells, lines, cellIndicators, fileVersions, regionCode } = parsed;
  const orNull = (n: number) => (Number.isNaN(n) ? null : n);
  const keyOf = (i: number): CellKey => ({
    regionId: cells.regionId[i]!,
    indicatorId: cells.indicatorId[i]!,
    quarter: cells.quarter[i]!,
  });

  const run = async (trx: Db) => {
    // A file of new cells only (a first import, a new quarter) needs no staging to compare
    // with stored cells: it is COPYed straight into observations at the end.
    const fresh = await noCellStored(trx, cells);
    phase('check for stored cells');
    const { version, same } = fresh ? nothingStored(cells.length) : await stageCells(trx, cells);
    phase('stage (COPY), compare and lock stored cells');
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

    phase('submissions, sort changed cells');
    const warn = (i: number, code: string, message: string) => {
      reject(lines[i]!, 'note', code, message);
      status[i] = REJECTED;
    };
    // A file already rejected, or a dry run, writes nothing: judge it whole and answer.
    const writing = !dryRun && rejectedLines.size === 0 && stale.length === 0;
    const judgePlausibility = await readPlausibilityHistory(trx, parsed, toCheck);
    phase('plausibility history');
    if (!writing) await judgePlausibility(warn);

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

    // Counted before the plausibility judging of a write: a warning there rejects the file.
    for (let i = 0; i < n; i++)
      if (status[i] === OK) {
        if (version[i]! > 0) reply.updated++;
        else reply.created++;
      }
    const rejectNow = () => {
      reply.rejected = rejectedLines.size;
      reply.rejectedRows.sort((a, b) => a.row - b.row);
      reply.created = reply.updated = reply.unchanged = 0;
      return new ImportRejected(reply);
    };
    if (rejectedLines.size > 0) throw rejectNow();
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
    phase('stale versions, counts');
    const alerts = await watchStatuses(trx, user, writtenCells(status, OK, n, keyOf));
    phase('alerts: statuses before');
    // The figures are written while this process judges their plausibility: everything the
    // judging reads was read above, and the server writes meanwhile. A warning rejects the
    // file once the write is done; the transaction then rolls back, writing nothing.
    const write = fresh
      ? insertFreshCells(trx, cells, { user: user.username, channel: 'import' })
      : writeStagedCells(
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
    write.catch(() => {}); // awaited below, after the judging
    await judgePlausibility(warn);
    phase('plausibility judged (the write under way)');
    if (rejectedLines.size > 0) {
      await write.catch(() => {}); // the rejection is the answer, whatever the write met
      throw rejectNow();
    }
    await write;
    phase('write figures, change log (and their triggers)');
    const refreshed = await refreshCellStatuses(trx);
    phase('status refresh');
    await alerts.queueChanges(refreshed);
    phase('alerts: queue');
    return reply;
  };
  const result = await db.transaction().execute((trx) => run(trx as unknown as Db));
  phase('commit');
  return result;
}

/** An ISO instant as a clerk reads it: Beijing time to the minute, `2026-07-01 16:05（北京时间）`. */
function chinaTime(iso: string): string {
  const beijing = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${beijing.slice(0, 10)} ${beijing.slice(11, 16)}（北京时间）`;
}
