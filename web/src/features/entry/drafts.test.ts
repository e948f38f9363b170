import { describe, expect, it } from 'vitest';
import type { EntryReply, Observation } from '@targetboard/shared/api/observations.schema';
import { storedObservation } from './entry.fixture';
import { draftKey, readDrafts, restoreDrafts, writeDrafts } from './drafts';
import { figureOf, type RowDraft } from './row-state';

/** A Storage over a Map: the unit tests run without a DOM. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const observation = (indicatorId: number, value: number, version: number) =>
  storedObservation(7, indicatorId, value, version);

const entry = (observations: (Observation | null)[]): EntryReply =>
  ({
    region: { id: 7, code: '510104', name: '锦江区' },
    quarter: '2026Q2',
    locked: false,
    rows: observations.map((o, i) => ({
      indicator: {
        id: i + 1,
        name: `指标${i + 1}`,
        unit: '%',
        direction: 'up',
        kind: 'rate',
        allowNegative: false,
      },
      observation: o,
      lastQuarter: null,
      lastYear: null,
      changedSinceApproval: false,
    })),
  }) as unknown as EntryReply;

const typed = (base: Observation | null, value: string): RowDraft => ({
  base: figureOf(base),
  version: base?.version ?? 0,
  draft: { ...figureOf(base), value },
});

describe('kept drafts', () => {
  it('keeps only dirty rows per user, region and quarter, and forgets them once saved', () => {
    const storage = new MemoryStorage();
    const key = draftKey(3, 7, '2026Q2');
    expect(key).not.toBe(draftKey(4, 7, '2026Q2'));
    const clean = typed(observation(1, 30, 1), '30');
    const dirty = typed(null, '41');
    writeDrafts(storage, key, { 1: clean, 2: dirty });
    expect(readDrafts(storage, key)).toEqual({ 2: dirty });
    writeDrafts(storage, key, { 1: clean, 2: { ...dirty, base: dirty.draft } });
    expect(storage.getItem(key)).toBeNull();
  });

  it('reads anything broken as no drafts', () => {
    const storage = new MemoryStorage();
    storage.setItem('a', '{not json');
    storage.setItem('b', JSON.stringify({ rows: { 1: { base: 1 } } }));
    expect(readDrafts(storage, 'a')).toEqual({});
    expect(readDrafts(storage, 'b')).toEqual({});
    expect(readDrafts(null, 'a')).toEqual({});
  });

  it('lays a draft over the version it was typed against', () => {
    const stored = observation(1, 30, 1);
    const { drafts, conflicts, restored } = restoreDrafts(entry([stored, null]), {
      1: typed(stored, '31'),
      2: typed(null, '12'),
    });
    expect(drafts[1]).toEqual({
      base: figureOf(stored),
      version: 1,
      draft: { ...figureOf(stored), value: '31' },
    });
    expect(drafts[2]!.draft.value).toBe('12');
    expect(conflicts).toEqual({});
    expect(restored).toBe(2);
  });

  it('turns a draft that meets a newer stored figure into a conflict, not an overwrite', () => {
    const read = observation(1, 30, 1);
    const since = observation(1, 33, 2);
    const { drafts, conflicts } = restoreDrafts(entry([since]), { 1: typed(read, '31') });
    expect(drafts[1]).toEqual(typed(read, '31'));
    expect(conflicts[1]).toMatchObject({
      indicatorId: 1,
      regionId: 7,
      value: 33,
      version: 2,
      yourVersion: 1,
      updatedBy: 'other',
    });
    // A cell first saved by someone else since (version 0 → 1) is a conflict too.
    expect(
      restoreDrafts(entry([observation(1, 29, 1)]), { 1: typed(null, '31') }).conflicts[1],
    ).toMatchObject({ value: 29, yourVersion: 0 });
  });

  it('drops a draft that someone else already saved as it stands', () => {
    const read = observation(1, 30, 1);
    const same = observation(1, 31, 2);
    const { drafts, conflicts, restored } = restoreDrafts(entry([same]), { 1: typed(read, '31') });
    expect(drafts[1]).toEqual({ base: figureOf(same), version: 2, draft: figureOf(same) });
    expect(conflicts).toEqual({});
    expect(restored).toBe(0);
  });
});
