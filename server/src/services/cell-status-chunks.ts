import {
  type CellStatusScope,
  deleteStatusesOfGoneRegions,
  listAllRegionIds,
  markYearKept,
} from '@targetboard/db/repositories/cell-statuses.repository';
import type { DbOrTrx } from '@targetboard/db/database';
import { STATUS_RULES_VERSION } from '@targetboard/shared/targets/status';

// A refresh's passes cut into chunks of regions, so that reading, judging and writing the
// statuses of different chunks can overlap (cell-statuses.service.ts). A save's pass is
// small and stays one chunk: it runs exactly the statements it ran before.

/**
 * About this many cells a chunk: a few hundred milliseconds of judging. Smaller chunks
 * overlap more but cost the server more (each chunk's read finds its targets again).
 */
const CHUNK_CELLS = 24_000;
/** Indicators assumed per region where a pass names none (every indicator). */
const INDICATORS_GUESS = 8;

/** A part of a pass; `last` (the pass's last chunk only) finishes the pass after its write. */
export interface RefreshChunk {
  pass: CellStatusScope;
  scope: CellStatusScope;
  last?: () => Promise<void>;
}

/**
 * The passes as chunks, in order. The first `whole` passes build a year whole: the year is
 * marked held after its last chunk is written. A pass over every region (null) is cut by the
 * regions that exist; rows of a region gone are deleted after its last chunk, as one merge
 * over all regions would have deleted them.
 */
export async function chunkPasses(
  trx: DbOrTrx,
  passes: readonly CellStatusScope[],
  whole: number,
  chunkCells = CHUNK_CELLS,
): Promise<RefreshChunk[]> {
  let allRegions: number[] | undefined;
  const out: RefreshChunk[] = [];
  for (const [p, pass] of passes.entries()) {
    const regionIds = pass.regionIds ?? (allRegions ??= await listAllRegionIds(trx));
    const size = Math.max(
      1,
      Math.floor(chunkCells / (pass.indicatorIds?.length || INDICATORS_GUESS)),
    );
    const split = regionIds.length > size;
    const parts = split ? slices(regionIds, size) : [pass.regionIds];
    for (const [k, ids] of parts.entries()) {
      const chunk: RefreshChunk = { pass, scope: { ...pass, regionIds: ids } };
      if (k === parts.length - 1) {
        const sweep = split && pass.regionIds === null;
        const held = p < whole;
        if (sweep || held)
          chunk.last = async () => {
            if (sweep) await deleteStatusesOfGoneRegions(trx, pass.year, pass.indicatorIds);
            if (held) await markYearKept(trx, pass.year, STATUS_RULES_VERSION);
          };
      }
      out.push(chunk);
    }
  }
  return out;
}

function slices<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < list.length; at += size) out.push(list.slice(at, at + size));
  return out;
}

/** Judging chunks this far ahead are read: one being judged, one waiting, one in the server. */
export const READ_AHEAD = 2;
