import { describe, expect, it } from 'vitest';
import { evaluateTarget } from './evaluate-target';
import { pickTargetForYear } from './pick-target';
import type { TargetRule } from './target-rule';

// 2017年达到50%，2020年达到90%: a trajectory of two steps.
const step = (year: number | null, value: number): TargetRule => ({
  comparator: '>=',
  value,
  unit: '%',
  kind: 'rate',
  direction: 'up',
  year,
});
const trajectory = [step(2020, 90), step(2017, 50)];

describe('pickTargetForYear', () => {
  it.each<[number, number | null, boolean, number | null]>([
    [2017, 2017, false, 50],
    [2018, 2017, true, 50],
    [2019, 2017, true, 50],
    [2020, 2020, false, 90],
    [2023, 2020, true, 90],
  ])('year %d takes the %s step (carried %s, value %s)', (year, source, carried, value) => {
    const picked = pickTargetForYear(trajectory, year);
    expect(picked?.sourceYear).toBe(source);
    expect(picked?.carried).toBe(carried);
    expect(picked?.target.value).toBe(value);
    expect(picked?.target.year).toBe(year);
  });

  it('has nothing before the first step', () => {
    expect(pickTargetForYear(trajectory, 2016)).toBeNull();
    expect(pickTargetForYear([], 2020)).toBeNull();
  });

  it('falls back to a year-less target only when no dated step applies', () => {
    const withPlain = [step(null, 70), ...trajectory];
    expect(pickTargetForYear(withPlain, 2016)).toMatchObject({ sourceYear: null, carried: true });
    expect(pickTargetForYear(withPlain, 2016)?.target.value).toBe(70);
    expect(pickTargetForYear(withPlain, 2018)?.target.value).toBe(50);
    expect(pickTargetForYear([step(2017, 50), step(null, 70)], 2018)?.target.value).toBe(50);
  });

  it('keeps the first of two targets for the same year and leaves the input alone', () => {
    const twice = [step(2018, 60), step(2018, 65)];
    expect(pickTargetForYear(twice, 2018)?.target.value).toBe(60);
    expect(pickTargetForYear(twice, 2019)?.target.value).toBe(60);
    expect(twice[0]?.year).toBe(2018);
  });

  it('keeps extra fields of the caller’s target type', () => {
    const picked = pickTargetForYear([{ ...step(2017, 50), id: 'T1' }], 2019);
    expect(picked?.target.id).toBe('T1');
  });

  it('judges each year against its own step', () => {
    const figures = [
      { quarter: '2018Q4', value: 60 },
      { quarter: '2020Q4', value: 60 },
    ];
    const judge = (year: number) =>
      evaluateTarget(pickTargetForYear(trajectory, year)!.target, figures, `${year}Q4`).status;
    expect(judge(2018)).toBe('met');
    expect(judge(2020)).toBe('missed');
  });
});
