import { describe, expect, it } from 'vitest';
import { rollUp, sortByWorst } from './roll-up';
import { STATUS_ORDER, type TargetStatus } from './status';

describe('rollUp', () => {
  it.each<[string, TargetStatus[], number | null, TargetStatus | null]>([
    ['nothing', [], null, null],
    ['all met', ['met', 'met'], 1, 'met'],
    ['no_data is left out of the share', ['met', 'no_data', 'missed'], 0.5, 'missed'],
    ['only no_data', ['no_data', 'no_data'], null, 'no_data'],
    ['no_data is worse than met', ['met', 'no_data'], 1, 'no_data'],
    ['at_risk is worse than no_data', ['no_data', 'at_risk', 'met'], 0.5, 'at_risk'],
    ['missed is the worst', ['at_risk', 'missed', 'no_data'], 0, 'missed'],
    ['a third met', ['met', 'at_risk', 'missed'], 1 / 3, 'missed'],
  ])('%s', (_name, statuses, shareMet, worst) => {
    const r = rollUp(statuses);
    expect(r.shareMet).toBe(shareMet);
    expect(r.worst).toBe(worst);
    expect(r.total).toBe(statuses.length);
  });

  it('counts every status, zeros included', () => {
    expect(rollUp(['met', 'met', 'missed']).counts).toEqual({
      met: 2,
      at_risk: 0,
      missed: 1,
      no_data: 0,
    });
  });
});

describe('sortByWorst', () => {
  it('puts missed first and keeps order within a status', () => {
    const cells = [
      { id: 'a', s: 'met' },
      { id: 'b', s: 'no_data' },
      { id: 'c', s: 'missed' },
      { id: 'd', s: 'at_risk' },
      { id: 'e', s: 'missed' },
    ] as const;
    expect(sortByWorst(cells, (c) => c.s).map((c) => c.id)).toEqual(['c', 'e', 'd', 'b', 'a']);
  });
  it('follows STATUS_ORDER', () => {
    expect(STATUS_ORDER).toEqual(['missed', 'at_risk', 'no_data', 'met']);
  });
});
