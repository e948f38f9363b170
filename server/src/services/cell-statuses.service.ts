import {
  analyzeCellStatuses,
  dropOtherRulesVersions,
  expandRegions,
  findKeptYears,
  findStatusYears,
  listAllRegionIds,
  lockCellStatuses,
  markYearKept,
  mergeCellStatuses,
  type CellStatusScope,
  type JudgedCellStatus,
  type StoredCellStatus,
  takeDirtyNotes,
} from '@targetboard/db/repositories/cell-statuses.repository';
import {
  type DashboardCellData,
  findCellsToJudge,
} from '@targetboard/db/repositories/dashboard.repository';
import type { Db, DbOrTrx } from '@targetboard/db/database';
import { quarterOf } from '@targetboard/shared/quarters/quarter';
import { judgeTarget } from '@targetboard/shared/targets/evaluate-target';
import { STATUS_RULES_VERSION } from '@targetboard/shared/targets/status';
import type { TargetRule } from '@targetboard/shared/targets/target-rule';
import { planRefresh } from './cell-status-scopes';
import { ruleOf } from './dashboard.service';

/**
 * Keeps `cell_statuses` current: call at the end of any transaction that writes figures,
 * targets or regions. Triggers have noted what the transaction may have changed; this judges
 * those cells again by the shared rules — exactly as the dashboard judges them live — and
 * stores what changed before the commit. A figure of a year not held yet builds that year whole.
 * Answers what it judged, so a write's alerts read their "after" statuses without judging.
 */
export async function refreshCellStatuses(trx: DbOrTrx): Promise<RefreshedStatuses> {
  const judged = new RefreshedStatuses();
  const notes = await takeDirtyNotes(trx);
  if (notes.length === 0) return judged;
  const kept = await findKeptYears(trx, STATUS_RULES_VERSION);
  const { whole, perYear } = planRefresh(notes, kept);
  if (whole.size === 0 && perYear.size === 0) return judged;

  const scopes = [...perYear.values()].flat();
  const everyIndicator = whole.size > 0 || scopes.some((s) => !s.indicators);
  const indicatorIds = new Set(scopes.flatMap((s) => s.indicators ?? []));
  await lockCellStatuses(trx, everyIndicator ? null : [...indicatorIds]);
  const passes: CellStatusScope[] = [...whole].map((year) => ({
    year,
    regionIds: null,
    indicatorIds: null,
  }));
  for (const [year, yearScopes] of perYear)
    for (const scope of yearScopes) {
      const ids = scope.allRegions
        ? null
        : await everyRegionOrThese(
            trx,
            await expandRegions(trx, [...scope.regions], [...scope.subtrees]),
          );
      passes.push({ year, regionIds: ids, indicatorIds: scope.indicators });
    }
  // Every pass's cells are asked for before the first is judged: the transaction's one
  // connection runs the reads back to back, so the server reads the next pass's cells while
  // this process judges and digests the last (a first import builds three years: −14 % on
  // 200 k rows). The reads see no stored status, so a merge queued behind them changes none.
  const reads = passes.map((cells) => readCellsToJudge(trx, cells));
  for (const read of reads) read.catch(() => {}); // awaited below, in order
  // Likewise each pass's rows are written while the next pass is judged: the writes still
  // run one after the other, in pass order, after every read; only this process's judging
  // no longer waits for the server to take the last pass's rows. The judging lets the event
  // loop turn every few thousand cells, so a statement that ends meanwhile is followed at
  // once by the next one queued (the last pass's targets, a merge's upsert) instead of
  // waiting for the whole pass to be judged.
  let writes: Promise<void> = Promise.resolve();
  for (const [i, cells] of passes.entries()) {
    const rows = await judgeReadCellsYielding(cells.year, await reads[i]!);
    writes = writes.then(async () => {
      await mergeCellStatuses(trx, cells, rows);
      if (i < whole.size) await markYearKept(trx, cells.year, STATUS_RULES_VERSION);
    });
    writes.catch(() => {}); // awaited below: its first failure is the refresh's
    judged.add(cells, rows);
  }
  await writes;
  return judged;
}

/**
 * The statuses a refresh judged, by year, region and indicator: a write's "after". `undefined`
 * where it did not judge the cell, null where it judged it and found no applicable target.
 */
export class RefreshedStatuses {
  private readonly scopes: {
    year: number;
    regions: Set<number> | null;
    indicators: Set<number> | null;
  }[] = [];
  private readonly judged: { year: number; rows: readonly StoredCellStatus[] }[] = [];
  /** year → region → indicator → row; built at the first question (many writes ask none). */
  private index: Map<number, Map<number, Map<number, StoredCellStatus>>> | null = null;

  add(scope: CellStatusScope, rows: readonly StoredCellStatus[]): void {
    this.scopes.push({
      year: scope.year,
      regions: scope.regionIds && new Set(scope.regionIds),
      indicators: scope.indicatorIds && new Set(scope.indicatorIds),
    });
    this.judged.push({ year: scope.year, rows });
    this.index = null;
  }

  statusesOf(
    year: number,
    regionId: number,
    indicatorId: number,
  ): StoredCellStatus | null | undefined {
    const row = this.indexed().get(year)?.get(regionId)?.get(indicatorId);
    if (row) return row;
    const covered = this.scopes.some(
      (s) =>
        s.year === year &&
        (!s.regions || s.regions.has(regionId)) &&
        (!s.indicators || s.indicators.has(indicatorId)),
    );
    return covered ? null : undefined;
  }

  /** Later rows of a cell replace earlier ones, as each pass judged it again. */
  private indexed() {
    if (this.index) return this.index;
    const index = new Map<number, Map<number, Map<number, StoredCellStatus>>>();
    for (const { year, rows } of this.judged) {
      const byRegion = index.get(year) ?? new Map<number, Map<number, StoredCellStatus>>();
      index.set(year, byRegion);
      for (const r of rows) {
        let byIndicator = byRegion.get(r.regionId);
        if (!byIndicator) byRegion.set(r.regionId, (byIndicator = new Map()));
        byIndicator.set(r.indicatorId, r);
      }
    }
    return (this.index = index);
  }
}

/**
 * Null when `ids` name every region (an import of the whole country): the statements then
 * scan the year instead of testing each row against a list of thousands.
 */
async function everyRegionOrThese(trx: DbOrTrx, ids: number[]): Promise<number[] | null> {
  if (ids.length < 100) return ids;
  const all = await listAllRegionIds(trx);
  return ids.length >= all.length ? null : ids;
}

/**
 * At start: statuses judged by other rules are dropped, notes left by writes that did not
 * refresh (loaders, scripts) are judged, and every year with figures or confirmed targets
 * (and the current one) is built if not held; returns the years built. Instances starting
 * together do it once, in turn.
 */
export async function ensureCellStatuses(db: Db, now = new Date()): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    await lockCellStatuses(trx, null);
    await dropOtherRulesVersions(trx, STATUS_RULES_VERSION);
    const held = await findKeptYears(trx, STATUS_RULES_VERSION);
    // Notes first: they touch only years already held, so a year built below (from the data
    // as it stands) is not judged twice — at a first start, the regions' own seeding notes
    // would otherwise re-judge everything.
    await refreshCellStatuses(trx);
    const kept = await findKeptYears(trx, STATUS_RULES_VERSION);
    for (const year of await findStatusYears(trx, now.getUTCFullYear()))
      if (!kept.includes(year)) await buildYear(trx, year);
    // The years built here or by the notes (a noted figure's year is built whole).
    const built = (await findKeptYears(trx, STATUS_RULES_VERSION)).filter((y) => !held.includes(y));
    if (built.length > 0) await analyzeCellStatuses(trx);
    return built;
  });
}

/** Judges every cell of a year and records the year as held; answers the rows judged. */
async function buildYear(trx: DbOrTrx, year: number): Promise<JudgedCellStatus[]> {
  const rows = await judgeCells(trx, year, null, null);
  await mergeCellStatuses(trx, { year, regionIds: null, indicatorIds: null }, rows);
  await markYearKept(trx, year, STATUS_RULES_VERSION);
  return rows;
}

/**
 * The statuses as of Q1…Q4 of `year` of every cell with an applicable target among these
 * regions and indicators (null: all), judged as the dashboard judges a cell live, with what
 * each judgement rests on (reason, figure and its quarter, projection, margin): what a grid
 * reads from the store instead of judging.
 */
export async function judgeCells(
  db: DbOrTrx,
  year: number,
  regionIds: readonly number[] | null,
  indicatorIds: readonly number[] | null,
): Promise<JudgedCellStatus[]> {
  return judgeReadCells(year, await readCellsToJudge(db, { year, regionIds, indicatorIds }));
}

/** The cells `judgeCells` judges, read (regions null: all). */
async function readCellsToJudge(db: DbOrTrx, cells: CellStatusScope) {
  const regionIds = cells.regionIds ?? (await listAllRegionIds(db));
  const quarters = quarterList(cells.year);
  return findCellsToJudge(db, {
    regionIds,
    year: cells.year,
    quarters,
    indicatorIds: cells.indicatorIds,
  });
}

const quarterList = (year: number) => [1, 2, 3, 4].map((q) => quarterOf(year, q));

/** Cells judged between two turns of the event loop (a few milliseconds' work). */
const JUDGE_SLICE = 2_000;

/** `judgeReadCells` in slices, the event loop turning between them; a save's few at once. */
async function judgeReadCellsYielding(
  year: number,
  cells: readonly DashboardCellData[],
): Promise<JudgedCellStatus[]> {
  if (cells.length <= JUDGE_SLICE) return judgeReadCells(year, cells);
  const out: JudgedCellStatus[] = [];
  for (let at = 0; at < cells.length; at += JUDGE_SLICE) {
    if (at > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const row of judgeReadCells(year, cells.slice(at, at + JUDGE_SLICE))) out.push(row);
  }
  return out;
}

/** `judgeCells` once the cells are read. */
function judgeReadCells(year: number, cells: readonly DashboardCellData[]): JudgedCellStatus[] {
  const quarters = quarterList(year);
  const rules = new Map<number, TargetRule>();
  const out = new Array<JudgedCellStatus>(cells.length);
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    let rule = rules.get(cell.target.id);
    if (!rule) rules.set(cell.target.id, (rule = ruleOf(cell.target, year)));
    // The rule's words are only for the sentence, which the store does not keep. Four
    // judgements, then each detail's tuple at once, not six lists per cell copied into tuples.
    const j1 = judgeTarget(rule, cell.figures, quarters[0]!, '');
    const j2 = judgeTarget(rule, cell.figures, quarters[1]!, '');
    const j3 = judgeTarget(rule, cell.figures, quarters[2]!, '');
    const j4 = judgeTarget(rule, cell.figures, quarters[3]!, '');
    out[c] = {
      regionId: cell.regionId,
      indicatorId: cell.indicatorId,
      targetId: cell.target.id,
      statuses: [j1.status, j2.status, j3.status, j4.status],
      reasons: [j1.reason.code, j2.reason.code, j3.reason.code, j4.reason.code],
      actuals: [actualOf(j1), actualOf(j2), actualOf(j3), actualOf(j4)],
      actualQuarters: [
        quarterNumberOf(j1),
        quarterNumberOf(j2),
        quarterNumberOf(j3),
        quarterNumberOf(j4),
      ],
      projections: [
        j1.projected ?? null,
        j2.projected ?? null,
        j3.projected ?? null,
        j4.projected ?? null,
      ],
      margins: [marginOf(j1), marginOf(j2), marginOf(j3), marginOf(j4)],
    };
  }
  return out;
}

type Judged = ReturnType<typeof judgeTarget>;
const actualOf = (j: Judged) => j.reason.params.actual ?? null;
const marginOf = (j: Judged) => j.reason.params.margin ?? null;
/** The judged figure's quarter of the year (1–4). */
const quarterNumberOf = (j: Judged) =>
  j.reason.params.quarter === undefined ? null : Number(j.reason.params.quarter.slice(5));
