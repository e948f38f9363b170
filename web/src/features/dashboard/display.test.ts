import { describe, expect, it } from 'vitest';
import type { DashboardCell, DashboardRow } from '@targetboard/shared/api/dashboard-resolve';
import { compactValue, countShown, hasMissed, sortRows } from './display';

const cell = (status: DashboardCell['status'], worst: DashboardCell['status'] | null = null) =>
  ({
    status,
    rollUp: worst === null ? null : { counts: {}, total: 1, shareMet: 0, worst },
  }) as unknown as DashboardCell;
const row = (name: string, cells: DashboardCell[]) =>
  ({ region: { id: 1, code: name, name, level: 2, childCount: 0 }, cells }) as DashboardRow;

describe('dashboard display', () => {
  it('sorts rows worst first, then by the number of missed cells', () => {
    const rows = [
      row('a', [cell('met'), cell('no_data')]),
      row('b', [cell('missed'), cell('met')]),
      row('c', [cell('missed'), cell('missed')]),
      row('d', [cell('at_risk')]),
    ];
    expect(sortRows(rows, 'own').map((r) => r.region.name)).toEqual(['c', 'b', 'd', 'a']);
    expect(hasMissed(rows[0]!, 'own')).toBe(false);
  });

  it('sorts by the sub-regions’ worst status in the children view', () => {
    const rows = [row('a', [cell('missed', 'met')]), row('b', [cell('met', 'missed')])];
    expect(sortRows(rows, 'children').map((r) => r.region.name)).toEqual(['b', 'a']);
  });

  it('shortens large counts to 万', () => {
    expect(compactValue(95.5, '%')).toBe('95.5%');
    expect(compactValue(123456, '人')).toBe('12.35万人');
  });

  it('counts what the grid shows: the region’s own row (本级) and its listed rows', () => {
    const parent = row('成都市', [cell('missed', 'met'), cell('met', 'missed')]);
    const rows = [row('锦江区', [cell('met', 'missed'), cell('no_data')])];
    expect(countShown(parent, rows, 'own')).toEqual({
      met: 2,
      at_risk: 0,
      missed: 1,
      no_data: 1,
    });
    // The children view rolls the listed rows up; the 本级 row still shows its own figures.
    expect(countShown(parent, rows, 'children')).toEqual({
      met: 1,
      at_risk: 0,
      missed: 2,
      no_data: 0,
    });
    // A region with no sub-regions still counts its own red cells.
    expect(countShown(parent, [], 'own').missed).toBe(1);
  });
});
