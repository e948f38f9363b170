import { describe, expect, it } from 'vitest';
import type {
  EntryReply,
  EntryRow,
  Observation,
  ObservationConflict,
} from '@targetboard/shared/api/observations.schema';
import {
  applySaved,
  cellKey,
  keepMine,
  keepTheirs,
  type Layout,
  moveInColumn,
  pasteBlock,
  planSave,
  readRefusal,
  regionDrafts,
  restoreTable,
  setField,
  type TableDrafts,
} from './draft-table';
import { storedObservation } from './entry.fixture';
import type { DraftField } from './row-state';

const observation = storedObservation;

const row = (indicatorId: number, o: Observation | null, lastQuarter: number | null = null) =>
  ({
    indicator: {
      id: indicatorId,
      name: `指标${indicatorId}`,
      unit: '%',
      direction: 'up',
      kind: 'rate',
      allowNegative: false,
    },
    target: { comparator: '>=', value: 90, unit: '%' },
    observation: o,
    lastQuarter,
    lastYear: null,
    changedSinceApproval: false,
  }) as unknown as EntryRow;

/** A region's quarter with indicators 1 and 2; `stored` gives their observations. */
const entry = (
  regionId: number,
  stored: [Observation | null, Observation | null] = [null, null],
  locked = false,
): EntryReply =>
  ({
    region: { id: regionId, code: String(regionId), name: `地区${regionId}` },
    quarter: '2026Q2',
    locked,
    submission: { state: 'draft' },
    rows: [row(1, stored[0]), row(2, stored[1])],
  }) as unknown as EntryReply;

const FORM_FIELDS: DraftField[] = ['value', 'numerator', 'denominator', 'note'];
/** The form: one region, a row per indicator, a column per field. */
const formLayout = (e: EntryReply): Layout =>
  e.rows.map((r) =>
    FORM_FIELDS.map((field) => ({ key: cellKey(e.region.id, r.indicator.id), field })),
  );
/** The grid: a row per region, a column per indicator, values only; `gaps` shows no input. */
const gridLayout = (entries: EntryReply[], gaps: string[] = []): Layout =>
  entries.map((e) =>
    [1, 2].map((id) =>
      gaps.includes(cellKey(e.region.id, id))
        ? null
        : { key: cellKey(e.region.id, id), field: 'value' as const },
    ),
  );

const fresh = (entries: EntryReply[]) => restoreTable(entries, () => ({})).drafts;
const typed = (drafts: TableDrafts, values: Record<string, string>) =>
  Object.entries(values).reduce(
    (d, [key, v]) => setField(d, key as `${number}:${number}`, 'value', v),
    drafts,
  );
const everyWritable = () => true;

describe('restoring a table', () => {
  it('keys every region’s cells by region and indicator, with its own kept drafts', () => {
    const a = entry(7, [observation(7, 1, 30, 1), null]);
    const b = entry(8, [observation(8, 1, 40, 2), null]);
    const kept = typed(fresh([a, b]), { '7:1': '31', '8:1': '41' });
    // Someone saved 8:1 since the draft was typed: it comes back as a conflict of that cell.
    const b2 = entry(8, [observation(8, 1, 44, 3), null]);
    const { drafts, conflicts, restored } = restoreTable([a, b2], (e) => regionDrafts(kept, e));
    expect(drafts['7:1']!.draft.value).toBe('31');
    expect(drafts['8:1']).toEqual(kept['8:1']);
    expect(drafts['7:2']!.draft.value).toBe('');
    expect(Object.keys(conflicts)).toEqual(['8:1']);
    expect(conflicts['8:1']).toMatchObject({ regionId: 8, value: 44, version: 3, yourVersion: 2 });
    expect(restored).toBe(2);
    expect(Object.keys(regionDrafts(drafts, a)).sort()).toEqual(['1', '2']);
  });
});

describe('moving with Enter', () => {
  it('goes down and up the column, past cells with no input, and stops at the edges', () => {
    const layout = gridLayout([entry(1), entry(2), entry(3)], ['2:1']);
    expect(moveInColumn(layout, [0, 0], 1)).toEqual([2, 0]);
    expect(moveInColumn(layout, [2, 0], -1)).toEqual([0, 0]);
    expect(moveInColumn(layout, [0, 1], 1)).toEqual([1, 1]);
    expect(moveInColumn(layout, [2, 1], 1)).toBeNull();
    expect(moveInColumn(layout, [0, 1], -1)).toBeNull();
  });
});

describe('pasting a block', () => {
  it('in the form fills the rows below and the fields to the right', () => {
    const e = entry(7);
    const { drafts, last } = pasteBlock(
      fresh([e]),
      formLayout(e),
      [0, 1],
      [['45', ' 50 '], ['3', '4', 'note', 'beyond'], ['below the last row']],
      everyWritable,
    );
    expect(drafts['7:1']!.draft).toMatchObject({ value: '', numerator: '45', denominator: '50' });
    expect(drafts['7:2']!.draft).toMatchObject({ numerator: '3', denominator: '4', note: 'note' });
    expect(last).toEqual([1, 1]);
  });

  it('in the grid fills regions down and indicators across, never a read-only region', () => {
    const entries = [entry(1), entry(2, undefined, true), entry(3)];
    const { drafts, last } = pasteBlock(
      fresh(entries),
      gridLayout(entries),
      [0, 0],
      [
        ['1', '2'],
        ['3', '4'],
        ['5', '6'],
      ],
      (key) => !key.startsWith('2:'),
    );
    const values = Object.fromEntries(Object.entries(drafts).map(([k, d]) => [k, d.draft.value]));
    expect(values).toEqual({
      '1:1': '1',
      '1:2': '2',
      '2:1': '',
      '2:2': '',
      '3:1': '5',
      '3:2': '6',
    });
    expect(last).toEqual([2, 0]);
  });
});

describe('planning a save', () => {
  it('sends only changed cells of writable regions, by region, at the versions read', () => {
    const a = entry(7, [observation(7, 1, 30, 4), null]);
    const b = entry(8);
    const locked = entry(9, undefined, true);
    const entries = [a, b, locked];
    expect(planSave(entries, fresh(entries), everyWritable)).toEqual({ kind: 'nothing' });
    const drafts = typed(fresh(entries), { '7:1': '31', '8:2': '12', '9:1': '5' });
    const plan = planSave(entries, drafts, (e) => !e.locked);
    expect(plan).toEqual({
      kind: 'send',
      n: 2,
      regions: [
        {
          regionId: 7,
          keys: ['7:1'],
          rows: [
            {
              indicatorId: 1,
              value: 31,
              numerator: null,
              denominator: null,
              note: null,
              version: 4,
            },
          ],
        },
        {
          regionId: 8,
          keys: ['8:2'],
          rows: [
            {
              indicatorId: 2,
              value: 12,
              numerator: null,
              denominator: null,
              note: null,
              version: 0,
            },
          ],
        },
      ],
    });
  });

  it('asks to fix a refused figure, then for a note on a jump, before sending anything', () => {
    const e = {
      ...entry(7),
      rows: [row(1, null, 30), row(2, null)],
    } as EntryReply;
    const jumped = typed(fresh([e]), { '7:1': '90' });
    expect(planSave([e], typed(jumped, { '7:2': '120' }), everyWritable)).toEqual({
      kind: 'fix',
      n: 1,
    });
    expect(planSave([e], jumped, everyWritable)).toEqual({ kind: 'note', n: 1, first: '7:1' });
    const noted = setField(jumped, '7:1', 'note', '口径调整');
    expect(planSave([e], noted, everyWritable).kind).toBe('send');
  });
});

describe('after the server answers', () => {
  it('a saved cell takes the stored figure and version and is clean again', () => {
    const e = entry(7);
    const drafts = typed(fresh([e]), { '7:1': '31.0', '7:2': '5' });
    const plan = planSave([e], drafts, everyWritable);
    if (plan.kind !== 'send') throw new Error(plan.kind);
    const next = applySaved(drafts, plan.regions, [
      // 7:2 was "unchanged" on the server: no observation comes back for it.
      { regionId: 7, observations: [observation(7, 1, 31, 1)] },
    ]);
    expect(next['7:1']).toEqual({
      base: next['7:1']!.draft,
      draft: { value: '31', numerator: '', denominator: '', note: '' },
      version: 1,
    });
    expect(next['7:2']!.base).toEqual(next['7:2']!.draft);
    expect(planSave([e], next, everyWritable)).toEqual({ kind: 'nothing' });
  });

  it('reads a refusal by cell: issues by region and indicator, or by row in the sent rows', () => {
    const entries = [entry(7), entry(8)];
    const drafts = typed(fresh(entries), { '7:2': '1', '8:1': '2', '8:2': '3' });
    const plan = planSave(entries, drafts, everyWritable);
    if (plan.kind !== 'send') throw new Error(plan.kind);
    const issue = { column: 'value', code: 'x', message: '不行' };
    const grid = readRefusal(
      {
        rows: [{ ...issue, row: 1, regionId: 8 }],
        conflicts: [{ ...observation(7, 2, 9, 2), yourVersion: 0 }],
      },
      plan.regions,
    );
    expect(Object.keys(grid.issues)).toEqual(['8:2']);
    expect(Object.keys(grid.conflicts)).toEqual(['7:2']);
    // The form's endpoint names neither: the row is the index in the one region's rows.
    const form = readRefusal({ rows: [{ ...issue, row: 0 }] }, plan.regions.slice(1));
    expect(Object.keys(form.issues)).toEqual(['8:1']);
  });
});

describe('deciding conflicts', () => {
  const conflictOf = (
    regionId: number,
    indicatorId: number,
    value: number,
  ): ObservationConflict => ({
    ...observation(regionId, indicatorId, value, 2),
    yourVersion: 0,
  });

  // The same decisions in both shapes: keep mine queues a re-save once none is left undecided,
  // and that re-save carries the version now read, so it overwrites instead of meeting a 409.
  it.each([
    ['the form (one region, two indicators)', [entry(7)], ['7:1', '7:2'] as const],
    ['the grid (two regions, one indicator)', [entry(7), entry(8)], ['7:1', '8:1'] as const],
  ])('in %s keep mine re-saves at the stored version', (_, entries, [k1, k2]) => {
    const drafts = typed(fresh(entries), { [k1]: '11', [k2]: '12' });
    const [r1, i1] = k1.split(':').map(Number) as [number, number];
    const [r2, i2] = k2.split(':').map(Number) as [number, number];
    const state = {
      drafts,
      conflicts: { [k1]: conflictOf(r1, i1, 21), [k2]: conflictOf(r2, i2, 22) },
    };
    const first = keepMine(state, k1);
    expect(first.resend).toBe(false);
    expect(first.drafts[k1]).toMatchObject({ version: 2, draft: { value: '11' } });
    expect(Object.keys(first.conflicts)).toEqual([k2]);

    const second = keepMine(first, k2);
    expect(second.resend).toBe(true);
    expect(second.conflicts).toEqual({});
    const plan = planSave(entries, second.drafts, everyWritable);
    if (plan.kind !== 'send') throw new Error(plan.kind);
    expect(plan.regions.flatMap((r) => r.rows.map((x) => [x.value, x.version]))).toEqual([
      [11, 2],
      [12, 2],
    ]);
  });

  it('keep theirs takes the stored figure, clean, and sends nothing for it', () => {
    const entries = [entry(7), entry(8)];
    const drafts = typed(fresh(entries), { '7:1': '11' });
    const next = keepTheirs({ drafts, conflicts: { '7:1': conflictOf(7, 1, 21) } }, '7:1');
    expect(next.conflicts).toEqual({});
    expect(next.drafts['7:1']).toMatchObject({ version: 2, draft: { value: '21' } });
    expect(planSave(entries, next.drafts, everyWritable)).toEqual({ kind: 'nothing' });
    // A conflict that is not there changes nothing and sends nothing.
    expect(keepMine({ drafts, conflicts: {} }, '7:1')).toMatchObject({ resend: false, drafts });
  });
});
