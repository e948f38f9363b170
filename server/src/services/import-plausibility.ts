import {
  anyStoredIn,
  findStoredValues,
} from '@targetboard/db/repositories/observations.repository';
import type { CellKey } from '@targetboard/db/repositories/observations.repository';
import type { Db } from '@targetboard/db/database';
import { parseQuarter, type Quarter } from '@targetboard/shared/quarters/quarter';
import { historyQuarters, plausibilityIssues } from '@targetboard/shared/figures/check-figure';
import type { ImportCells } from './import-rows';

const orNull = (n: number) => (Number.isNaN(n) ? null : n);

/** Told of each implausible jump: the cell's index, the warning's code and message. */
export type Warn = (i: number, code: string, message: string) => void;

/**
 * The plausibility check of an import's changed cells without a note (`toCheck`, indexes into
 * `parsed.cells`): each is compared with last quarter's and last year's figure, and `warn` is
 * told of each implausible jump.
 */
export async function checkPlausibility(
  trx: Db,
  parsed: ImportCells,
  toCheck: readonly number[],
  warn: Warn,
): Promise<void> {
  await (
    await readPlausibilityHistory(trx, parsed, toCheck)
  )(warn);
}

/**
 * `checkPlausibility` in two halves: this one reads the history the check needs and answers
 * the judging, which reads nothing. A write sent next may so run while the judging does (an
 * import's figures are written as their plausibility is judged; a warning then rolls the
 * transaction back). The judging lets the event loop turn every few thousand cells, so that
 * the write's statements follow one another meanwhile.
 */
export async function readPlausibilityHistory(
  trx: Db,
  parsed: ImportCells,
  toCheck: readonly number[],
): Promise<(warn: Warn) => Promise<void>> {
  const { cells, cellIndicators, keys, seen } = parsed;
  // History for the plausibility check, by `loadHistory`'s rule: a figure of this file
  // counts before a stored one, so stored figures are read (in one query) only for the
  // references the file does not hold. Each reference is the index of a cell of this file
  // (≥ 0), or -1 and the key of a stored cell.
  const historyOf = new Map<string, readonly [Quarter, Quarter]>();
  const historyFor = (q: string) => {
    let history = historyOf.get(q);
    // Cells hold quarters parsed above; parsing again, once per quarter, restores the brand.
    if (!history) historyOf.set(q, (history = historyQuarters(parseQuarter(q)!)));
    return history;
  };
  // One cheap question first: when nothing is stored for these regions and indicators in any
  // history quarter (a first import), every reference outside the file is empty, and no key
  // of a stored cell need be made per reference.
  const regionIds = new Set<number>();
  const indicatorIds = new Set<number>();
  for (const i of toCheck) {
    regionIds.add(cells.regionId[i]!);
    indicatorIds.add(cells.indicatorId[i]!);
    historyFor(cells.quarter[i]!);
  }
  const storedMayHold = await anyStoredIn(
    trx,
    [...regionIds],
    [...indicatorIds],
    [...new Set([...historyOf.values()].flat())],
  );
  const refAt = new Int32Array(2 * toCheck.length);
  const refKey = new Float64Array(2 * toCheck.length);
  // References outside the file, by position (2 × t + r), with their distinct parts: one
  // probe of those usually says none is stored (history before the file's first quarters),
  // and no key object is made per reference.
  const outside: number[] = [];
  const outRegions = new Set<number>();
  const outIndicators = new Set<number>();
  const outQuarters = new Set<string>();
  /** Finds the references of `toCheck[from…to)`. */
  const refer = (from: number, to: number) => {
    for (let t = from; t < to; t++) {
      const i = toCheck[t]!;
      const history = historyFor(cells.quarter[i]!);
      for (let r = 0; r < 2; r++) {
        const key = keys.of(cells.regionId[i]!, cells.indicatorId[i]!, history[r]!);
        const at = seen.get(key) ?? -1;
        refAt[2 * t + r] = at;
        refKey[2 * t + r] = key;
        if (at < 0 && storedMayHold) {
          outside.push(2 * t + r);
          outRegions.add(cells.regionId[i]!);
          outIndicators.add(cells.indicatorId[i]!);
          outQuarters.add(history[r]!);
        }
      }
    }
  };
  // With stored history possible, the references name what to read, before the judging;
  // with none (a first import) they are found as the judging goes.
  if (storedMayHold) refer(0, toCheck.length);
  const stored = new Map<number, number | null>();
  if (
    outside.length > 0 &&
    (await anyStoredIn(trx, [...outRegions], [...outIndicators], [...outQuarters]))
  ) {
    const missing = new Map<number, CellKey>();
    for (const ref of outside) {
      const i = toCheck[ref >> 1]!;
      const key = refKey[ref]!;
      if (!missing.has(key))
        missing.set(key, {
          regionId: cells.regionId[i]!,
          indicatorId: cells.indicatorId[i]!,
          quarter: historyFor(cells.quarter[i]!)[ref & 1]!,
        });
    }
    for (const o of await findStoredValues(trx, [...missing.values()]))
      stored.set(keys.of(o.regionId, o.indicatorId, o.quarter), o.value);
  }
  const valueAt = (ref: number) => {
    const at = refAt[ref]!;
    return at >= 0 ? orNull(cells.value[at]!) : (stored.get(refKey[ref]!) ?? null);
  };
  return async (warn) => {
    for (let from = 0; from < toCheck.length; from += SLICE) {
      if (from > 0) await new Promise((resolve) => setImmediate(resolve));
      const to = Math.min(toCheck.length, from + SLICE);
      if (!storedMayHold) refer(from, to);
      for (let t = from; t < to; t++) {
        const i = toCheck[t]!;
        const history = { lastQuarter: valueAt(2 * t), lastYear: valueAt(2 * t + 1) };
        if (history.lastQuarter === null && history.lastYear === null) continue; // nothing to compare
        const warnings = plausibilityIssues(cellIndicators[i]!, orNull(cells.value[i]!), history);
        for (const w of warnings) warn(i, w.code, w.message);
      }
    }
  };
}

/** Cells judged between two turns of the event loop. */
const SLICE = 5_000;
