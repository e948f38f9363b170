import type {
  EntryReply,
  Observation,
  ObservationConflict,
  RowIssue,
  SaveRow,
} from '@targetboard/shared/api/observations.schema';
import { type Drafts, restoreDrafts } from './drafts';
import {
  checkRow,
  type DraftField,
  figureOf,
  isDirty,
  type RowDraft,
  saveRowOf,
} from './row-state';

/**
 * The entry form (one region: indicators × fields) and the grid (sub-regions × indicators)
 * are one table of cells keyed by region and indicator. Everything they do to drafts —
 * restore, type, paste, move, save, meet a conflict — is written here once, without React.
 */
export type CellKey = `${number}:${number}`;
export const cellKey = (regionId: number, indicatorId: number): CellKey =>
  `${regionId}:${indicatorId}`;

export type TableDrafts = Record<CellKey, RowDraft>;
export type TableConflicts = Record<CellKey, ObservationConflict>;
export type TableIssues = Record<CellKey, RowIssue[]>;

/** One input of the table: a cell's field. */
export interface Slot {
  key: CellKey;
  field: DraftField;
}
/** The inputs as laid out on screen, by row then column; null where a cell shows none. */
export type Layout = (Slot | null)[][];
export type Position = readonly [row: number, col: number];

/** The drafts and conflicts of a table; what keep-mine and keep-theirs change together. */
export interface TableState {
  drafts: TableDrafts;
  conflicts: TableConflicts;
}

/**
 * Every region's rows from the server with drafts laid over them (`restoreDrafts`, region by
 * region): `keptOf` gives a region's kept drafts by indicator id.
 */
export function restoreTable(entries: EntryReply[], keptOf: (entry: EntryReply) => Drafts) {
  const drafts: TableDrafts = {};
  const conflicts: TableConflicts = {};
  let restored = 0;
  for (const e of entries) {
    const r = restoreDrafts(e, keptOf(e));
    for (const [id, d] of Object.entries(r.drafts)) drafts[cellKey(e.region.id, Number(id))] = d;
    for (const [id, c] of Object.entries(r.conflicts))
      conflicts[cellKey(e.region.id, Number(id))] = c;
    restored += r.restored;
  }
  return { drafts, conflicts, restored };
}

/** One region's drafts by indicator id: the shape kept in the browser per region. */
export function regionDrafts(drafts: TableDrafts, entry: EntryReply): Drafts {
  const mine: Drafts = {};
  for (const r of entry.rows) {
    const d = drafts[cellKey(entry.region.id, r.indicator.id)];
    if (d) mine[r.indicator.id] = d;
  }
  return mine;
}

export function setField(
  drafts: TableDrafts,
  key: CellKey,
  field: DraftField,
  value: string,
): TableDrafts {
  const d = drafts[key];
  if (!d) return drafts;
  return { ...drafts, [key]: { ...d, draft: { ...d.draft, [field]: value } } };
}

/** The next input up or down the column (Enter, Shift+Enter), passing rows with none there. */
export function moveInColumn(layout: Layout, [row, col]: Position, step: 1 | -1): Position | null {
  for (let r = row + step; r >= 0 && r < layout.length; r += step)
    if (layout[r]?.[col]) return [r, col];
  return null;
}

/**
 * A block pasted from a spreadsheet (rows of cells) written from `at` down and to the right;
 * cells falling outside the table, on no input or on a read-only one are dropped. Returns
 * the last row written in `at`'s column, where the focus goes.
 */
export function pasteBlock(
  drafts: TableDrafts,
  layout: Layout,
  at: Position,
  block: string[][],
  writable: (key: CellKey) => boolean,
): { drafts: TableDrafts; last: Position } {
  let next = drafts;
  let last = at;
  block.forEach((cells, r) =>
    cells.forEach((text, c) => {
      const slot = layout[at[0] + r]?.[at[1] + c];
      if (!slot || !writable(slot.key)) return;
      next = setField(next, slot.key, slot.field, text.trim());
      if (c === 0) last = [at[0] + r, at[1]];
    }),
  );
  return { drafts: next, last };
}

/** The save body of one region: its changed rows, and the cells they stand for. */
export interface RegionSave {
  regionId: number;
  rows: SaveRow[];
  keys: CellKey[];
}

/** What pressing save does: nothing, ask for fixes or notes first, or send the changed cells. */
export type SavePlan =
  | { kind: 'nothing' }
  | { kind: 'fix'; n: number }
  | { kind: 'note'; n: number; first: CellKey }
  | { kind: 'send'; regions: RegionSave[]; n: number };

/**
 * The changed cells of every writable region, checked by the save's own rules (`checkRow`):
 * an issue must be fixed and a plausibility warning noted before anything is sent.
 */
export function planSave(
  entries: EntryReply[],
  drafts: TableDrafts,
  writable: (entry: EntryReply) => boolean,
): SavePlan {
  const regions: RegionSave[] = [];
  let bad = 0;
  let warned = 0;
  let first: CellKey | null = null;
  for (const e of entries) {
    if (!writable(e)) continue;
    const region: RegionSave = { regionId: e.region.id, rows: [], keys: [] };
    for (const row of e.rows) {
      const key = cellKey(e.region.id, row.indicator.id);
      const d = drafts[key];
      if (!d || !isDirty(d)) continue;
      const check = checkRow(row, d);
      if (check.issues.length > 0) bad++;
      else if (check.warnings.length > 0) {
        warned++;
        first ??= key;
      }
      region.rows.push(saveRowOf(row.indicator, d));
      region.keys.push(key);
    }
    if (region.rows.length > 0) regions.push(region);
  }
  if (bad > 0) return { kind: 'fix', n: bad };
  if (first) return { kind: 'note', n: warned, first };
  const n = regions.reduce((sum, r) => sum + r.rows.length, 0);
  return n === 0 ? { kind: 'nothing' } : { kind: 'send', regions, n };
}

/**
 * The sent cells after a save: each takes the stored figure and its new version as both base
 * and draft (a cell answered "unchanged" keeps what was typed, now clean).
 */
export function applySaved(
  drafts: TableDrafts,
  sent: RegionSave[],
  stored: { regionId: number; observations: Observation[] }[],
): TableDrafts {
  const byKey = new Map(
    stored.flatMap((r) => r.observations.map((o) => [cellKey(r.regionId, o.indicatorId), o])),
  );
  const next = { ...drafts };
  for (const key of sent.flatMap((r) => r.keys)) {
    const d = next[key];
    if (!d) continue;
    const o = byKey.get(key);
    const figure = o ? figureOf(o) : d.draft;
    next[key] = { base: figure, draft: figure, version: o?.version ?? d.version };
  }
  return next;
}

/**
 * A refused save's details by cell: the conflicts of a 409 and the row issues of a 422. An
 * issue names its region and indicator, or else its row in the region's sent rows.
 */
export function readRefusal(
  details: { conflicts?: ObservationConflict[]; rows?: RowIssue[] } | undefined,
  sent: RegionSave[],
): { conflicts: TableConflicts; issues: TableIssues } {
  const conflicts: TableConflicts = {};
  const issues: TableIssues = {};
  for (const c of details?.conflicts ?? []) conflicts[cellKey(c.regionId, c.indicatorId)] = c;
  for (const issue of details?.rows ?? []) {
    const region =
      sent.find((r) => r.regionId === issue.regionId) ?? (sent.length === 1 ? sent[0] : undefined);
    const regionId = issue.regionId ?? region?.regionId;
    const indicatorId = issue.indicatorId ?? region?.rows[issue.row]?.indicatorId;
    if (regionId !== undefined && indicatorId !== undefined)
      (issues[cellKey(regionId, indicatorId)] ??= []).push(issue);
  }
  return { conflicts, issues };
}

const without = (conflicts: TableConflicts, key: CellKey): TableConflicts => {
  const next = { ...conflicts };
  delete next[key];
  return next;
};

/** Take the stored figure: the cell becomes it, clean, at its version. */
export function keepTheirs(state: TableState, key: CellKey): TableState {
  const c = state.conflicts[key];
  if (!c) return state;
  const figure = figureOf(c);
  return {
    drafts: { ...state.drafts, [key]: { base: figure, draft: figure, version: c.version } },
    conflicts: without(state.conflicts, key),
  };
}

/**
 * Keep what was typed, now against the stored version, so sending it overwrites. Once no
 * conflict is left undecided the table is sent again (`resend`), in the form and the grid alike.
 */
export function keepMine(state: TableState, key: CellKey): TableState & { resend: boolean } {
  const c = state.conflicts[key];
  const d = state.drafts[key];
  if (!c || !d) return { ...state, resend: false };
  const conflicts = without(state.conflicts, key);
  return {
    drafts: { ...state.drafts, [key]: { ...d, version: c.version } },
    conflicts,
    resend: Object.keys(conflicts).length === 0,
  };
}
