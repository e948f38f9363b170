import type { Observation } from '@targetboard/shared/api/observations.schema';

/** A stored figure of 2026Q2 saved by someone else, for the entry tests. */
export const storedObservation = (
  regionId: number,
  indicatorId: number,
  value: number,
  version: number,
): Observation => ({
  indicatorId,
  regionId,
  quarter: '2026Q2',
  value,
  numerator: null,
  denominator: null,
  note: null,
  version,
  updatedBy: 'other',
  updatedAt: '2026-07-01T08:00:00.000Z',
});
