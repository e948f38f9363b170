import type { EntryReply, ObservationConflict } from '@targetboard/shared/api/observations.schema';
import { sameFigure } from '@targetboard/shared/figures/same-figure';
import { type DraftFigure, isDirty, type RowDraft, rowDraftOf, typedFigure } from './row-state';

/** A form's rows by indicator id. */
export type Drafts = Record<number, RowDraft>;

/**
 * Unsaved rows are kept in the browser (localStorage) per user, region and quarter, so a
 * closed tab, a reload or a lost connection loses nothing typed. Only dirty rows are kept,
 * each with the version it was typed against: that is what lets a restored draft meet a
 * figure saved since as a conflict rather than overwrite it.
 */
export const draftKey = (userId: number, regionId: number, quarter: string) =>
  `targetboard.draft.${userId}.${regionId}.${quarter}`;

/** The browser's localStorage, or null where it is disabled. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const FIELDS: (keyof DraftFigure)[] = ['value', 'numerator', 'denominator', 'note'];
const isFigure = (x: unknown): x is DraftFigure =>
  typeof x === 'object' &&
  x !== null &&
  FIELDS.every((f) => typeof (x as Record<string, unknown>)[f] === 'string');
const isRowDraft = (x: unknown): x is RowDraft =>
  typeof x === 'object' &&
  x !== null &&
  isFigure((x as RowDraft).base) &&
  isFigure((x as RowDraft).draft) &&
  Number.isInteger((x as RowDraft).version);

/** The kept drafts under a key; anything unreadable counts as none. */
export function readDrafts(storage: Storage | null, key: string): Drafts {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    const rows = (parsed as { rows?: unknown } | null)?.rows;
    if (typeof rows !== 'object' || rows === null) return {};
    return Object.fromEntries(
      Object.entries(rows).filter(([id, r]) => Number.isInteger(Number(id)) && isRowDraft(r)),
    ) as Drafts;
  } catch {
    return {};
  }
}

/** Keeps the dirty rows under the key, or removes the key when none is dirty. */
export function writeDrafts(storage: Storage | null, key: string, drafts: Drafts): void {
  const dirty = Object.entries(drafts).filter(([, r]) => isDirty(r));
  try {
    if (dirty.length === 0) storage?.removeItem(key);
    else
      storage?.setItem(
        key,
        JSON.stringify({ keptAt: new Date().toISOString(), rows: Object.fromEntries(dirty) }),
      );
  } catch {
    // Storage full or disabled: the form still works, only without the safety copy.
  }
}

/**
 * The form's rows from a server reply with the drafts laid over them (kept ones when the form
 * opens, the ones being edited on a refresh). A draft typed
 * against the version still stored comes back as typed. One typed against an older version
 * meets the figure saved since: unless that figure equals the draft, the row keeps the draft
 * at its old version and the stored figure is returned as a conflict — the same
 * theirs-vs-mine choice a 409 gives, never last-write-wins.
 */
export function restoreDrafts(
  entry: EntryReply,
  kept: Drafts,
): { drafts: Drafts; conflicts: Record<number, ObservationConflict>; restored: number } {
  const drafts: Drafts = {};
  const conflicts: Record<number, ObservationConflict> = {};
  let restored = 0;
  for (const row of entry.rows) {
    const id = row.indicator.id;
    const fresh = rowDraftOf(row);
    const mine = kept[id];
    drafts[id] = fresh;
    if (!mine || !isDirty(mine)) continue;
    if (mine.version === fresh.version) {
      drafts[id] = { ...fresh, draft: mine.draft };
      restored++;
    } else if (
      !sameFigure(
        typedFigure(mine.draft, row.indicator.unit),
        typedFigure(fresh.base, row.indicator.unit),
      )
    ) {
      drafts[id] = mine;
      restored++;
      const o = row.observation;
      conflicts[id] = {
        regionId: entry.region.id,
        indicatorId: id,
        value: o?.value ?? null,
        numerator: o?.numerator ?? null,
        denominator: o?.denominator ?? null,
        note: o?.note ?? null,
        version: o?.version ?? 0,
        updatedBy: o?.updatedBy ?? null,
        updatedAt: o?.updatedAt ?? new Date(0).toISOString(),
        yourVersion: mine.version,
      };
    }
  }
  return { drafts, conflicts, restored };
}
