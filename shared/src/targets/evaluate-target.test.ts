import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTarget, targetStatus } from './evaluate-target';
import type { Figure, TargetRule } from './target-rule';

const floor: TargetRule = {
  comparator: '>=',
  value: 95,
  unit: '%',
  kind: 'rate',
  direction: 'up',
  year: 2024,
};
const rule = (over: Partial<TargetRule>): TargetRule => ({ ...floor, ...over });

/** Figures for Q1.. of `year`; undefined leaves a quarter out, null reports it empty. */
const figs = (values: (number | null | undefined)[], year = 2024): Figure[] =>
  values.flatMap((value, i) =>
    value === undefined ? [] : [{ quarter: `${year}Q${i + 1}`, value }],
  );

describe('point-in-time targets (rates): the latest quarter, margin and trend', () => {
  // ≥95 %: margin 2 % of 95 = 1.9, so 93.1 is the last at_risk value on the wrong side.
  it.each<[string, TargetRule, (number | null | undefined)[], string, string, string]>([
    ['meets above', floor, [96], '2024Q1', 'met', 'meets'],
    ['meets at the bound (以上 includes)', floor, [95], '2024Q1', 'met', 'meets'],
    ['float noise at the bound', floor, [94.99999999], '2024Q1', 'met', 'meets'],
    ['just below, within margin', floor, [94.99], '2024Q1', 'at_risk', 'near_bound'],
    ['at the margin edge', floor, [93.1], '2024Q1', 'at_risk', 'near_bound'],
    ['beyond the margin, no trend', floor, [93], '2024Q1', 'missed', 'misses'],
    ['behind but rising to the bound', floor, [90, 92], '2024Q2', 'at_risk', 'projected_to_meet'],
    ['behind and falling', floor, [92, 90], '2024Q2', 'missed', 'misses'],
    ['meets but falling below by Q4', floor, [99, 97], '2024Q2', 'at_risk', 'projected_to_miss'],
    ['meets and stays', floor, [96, 97], '2024Q2', 'met', 'meets'],
    [
      '超过 at the bound is wrong side',
      rule({ comparator: '>' }),
      [95],
      '2024Q1',
      'at_risk',
      'near_bound',
    ],
    ['超过 just above', rule({ comparator: '>' }), [95.01], '2024Q1', 'met', 'meets'],
    [
      '低于 at the bound',
      rule({ comparator: '<', value: 8, unit: '1/10万', direction: 'down' }),
      [8],
      '2024Q1',
      'at_risk',
      'near_bound',
    ],
    [
      '低于 just below',
      rule({ comparator: '<', value: 8, unit: '1/10万', direction: 'down' }),
      [7.99],
      '2024Q1',
      'met',
      'meets',
    ],
    [
      '低于 beyond margin 0.16',
      rule({ comparator: '<', value: 8, unit: '1/10万', direction: 'down' }),
      [8.2],
      '2024Q1',
      'missed',
      'misses',
    ],
    [
      '以下 at the bound',
      rule({ comparator: '<=', value: 8, unit: '1/10万', direction: 'down' }),
      [8],
      '2024Q1',
      'met',
      'meets',
    ],
    [
      'band edge 97 included',
      rule({ comparator: '~', direction: 'band' }),
      [97],
      '2024Q1',
      'met',
      'meets',
    ],
    [
      'band just outside, within margin',
      rule({ comparator: '~', direction: 'band' }),
      [97.5],
      '2024Q1',
      'at_risk',
      'near_bound',
    ],
    [
      'band far outside',
      rule({ comparator: '~', direction: 'band' }),
      [100],
      '2024Q1',
      'missed',
      'misses',
    ],
    [
      'range ≥2-3 meets at the lower end',
      rule({ value: 2, valueMax: 3, unit: '倍', kind: 'amount' }),
      [2],
      '2024Q1',
      'met',
      'meets',
    ],
    [
      '= range inside',
      rule({ comparator: '=', value: 2, valueMax: 3, unit: '倍', kind: 'amount' }),
      [2.5],
      '2024Q1',
      'met',
      'meets',
    ],
    [
      '= range above',
      rule({ comparator: '=', value: 2, valueMax: 3, unit: '倍', kind: 'amount' }),
      [3.5],
      '2024Q1',
      'missed',
      'misses',
    ],
    ['a null latest quarter falls back', floor, [96, null], '2024Q2', 'met', 'meets'],
    ['figures after asOf are ignored', floor, [96, 80], '2024Q1', 'met', 'meets'],
  ])('%s', (_name, target, values, asOf, status, code) => {
    const result = evaluateTarget(target, figs(values), asOf);
    expect(result.status).toBe(status);
    expect(result.reason.code).toBe(code);
  });

  it('reports the trend projection at Q4 and the margin applied', () => {
    const rising = evaluateTarget(floor, figs([90, 92]), '2024Q2');
    expect(rising.projected).toBeCloseTo(96, 9);
    const near = evaluateTarget(floor, figs([94]), '2024Q1');
    expect(near.reason.params.margin).toBeCloseTo(1.9, 9);
    expect(near.projected).toBeUndefined();
  });

  it('fits least squares over all the year’s points, not the last two', () => {
    // 84, 96, 93: least squares slope 4.5 → Q4 100; the last two alone would fall to 90.
    const r = evaluateTarget(floor, figs([84, 96, 93]), '2024Q3');
    expect(r.projected).toBeCloseTo(100, 9);
    expect(r.reason.code).toBe('projected_to_meet');
  });

  it('judges the latest figure and says which quarter', () => {
    const r = evaluateTarget(floor, figs([90, 96, undefined]), '2024Q3');
    expect(r.reason.params).toMatchObject({ quarter: '2024Q2', actual: 96, basis: 'latest' });
    expect(r.text).toBe('2024Q2为96%，目标≥95%，达标');
  });

  it('keeps the last listed figure of a repeated quarter', () => {
    const r = evaluateTarget(floor, [...figs([90]), ...figs([96])], '2024Q1');
    expect(r.reason.params.actual).toBe(96);
  });
});

describe('after Q4 only met or missed remain', () => {
  it.each<[string, (number | null | undefined)[], string, string]>([
    ['Q4 within the margin is missed', [90, 92, 94, 94], '2024Q4', 'missed'],
    ['Q4 rising trend is still missed', [80, 85, 90, 94.5], '2024Q4', 'missed'],
    ['Q4 at the bound is met', [99, 97, 96, 95], '2024Q4', 'met'],
    ['float noise at Q4 is met', [95, 95, 95, 94.99999999], '2024Q4', 'met'],
    ['a later year judges the last reported quarter', [90, 94.5, 94.9], '2025Q2', 'missed'],
  ])('%s', (_name, values, asOf, status) => {
    const r = evaluateTarget(floor, figs(values), asOf);
    expect(r.status).toBe(status);
    expect(r.projected).toBeUndefined();
  });

  it('never says at_risk for any figures once the year is over', () => {
    const seen = new Set<string>();
    const targets = [
      floor,
      rule({ comparator: '>' }),
      rule({ comparator: '<', direction: 'down' }),
      rule({ comparator: '~', direction: 'band' }),
      rule({ kind: 'count', unit: '个', value: 100 }),
      rule({ kind: 'count', unit: '个', value: 100, comparator: '<=' }),
    ];
    for (const target of targets) {
      for (let a = 85; a <= 105; a += 2.5) {
        for (const asOf of ['2024Q4', '2025Q1']) {
          const r = evaluateTarget(target, figs([a - 5, a + 3, a - 1, a]), asOf);
          seen.add(r.status);
          expect(['met', 'missed']).toContain(r.status);
        }
      }
    }
    expect(seen).toEqual(new Set(['met', 'missed']));
  });
});

describe('no data', () => {
  it.each<[string, TargetRule, Figure[], string, string]>([
    ['no figures at all', floor, [], '2024Q2', 'no_figures'],
    ['only null values', floor, figs([null, null]), '2024Q2', 'no_figures'],
    ['only other years', floor, figs([99, 99], 2023), '2024Q2', 'no_figures'],
    ['only quarters after asOf', floor, figs([undefined, undefined, 99]), '2024Q2', 'no_figures'],
    ['a target without a number', rule({ value: null }), figs([99]), '2024Q1', 'no_target_value'],
    ['asOf before the target year', rule({ year: 2025 }), figs([99]), '2024Q4', 'not_started'],
  ])('%s', (_name, target, figures, asOf, code) => {
    const r = evaluateTarget(target, figures, asOf);
    expect(r.status).toBe('no_data');
    expect(r.reason.code).toBe(code);
  });

  it('words the reference-only target', () => {
    expect(evaluateTarget(rule({ value: null }), [], '2024Q1').text).toBe(
      '目标未给出数值，仅供参考',
    );
  });
});

describe('years', () => {
  it('ignores figures of other years', () => {
    const figures = [...figs([80, 80, 80, 80], 2023), ...figs([96]), ...figs([80], 2025)];
    expect(evaluateTarget(floor, figures, '2025Q1').status).toBe('met');
  });
  it('judges a year-less target on asOf’s year', () => {
    const figures = [...figs([96], 2023), ...figs([80], 2024)];
    const r = evaluateTarget(rule({ year: null }), figures, '2024Q1');
    expect(r.status).toBe('missed');
    expect(r.reason.params.year).toBe(2024);
  });
  it.each(['2024Q5', '2024-Q1', ''])('rejects the malformed quarter %j', (q) => {
    expect(() => evaluateTarget(floor, [], q)).toThrow(RangeError);
    expect(() => evaluateTarget(floor, [{ quarter: q, value: 1 }], '2024Q1')).toThrow(RangeError);
  });
});

describe('targetStatus', () => {
  it('gives the status evaluateTarget gives, for any rule, figures and quarter', () => {
    const value = fc.option(fc.double({ min: -1000, max: 1000, noNaN: true }), { nil: null });
    const arbRule = fc.record({
      comparator: fc.constantFrom('>=', '>', '<=', '<', '=', '~') as fc.Arbitrary<
        TargetRule['comparator']
      >,
      value,
      valueMax: fc.option(fc.double({ min: 0, max: 2000, noNaN: true }), { nil: null }),
      tolerance: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
      unit: fc.constantFrom('%', '个', '1/10万'),
      kind: fc.constantFrom('rate', 'count', 'amount') as fc.Arbitrary<TargetRule['kind']>,
      direction: fc.constantFrom('up', 'down', 'band') as fc.Arbitrary<TargetRule['direction']>,
      year: fc.option(fc.integer({ min: 2023, max: 2025 }), { nil: null }),
      cumulative: fc.option(fc.boolean(), { nil: undefined }),
    });
    const arbFigures = fc.array(
      fc.record({
        quarter: fc
          .tuple(fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 4 }))
          .map(([y, q]) => `${y}Q${q}`),
        value,
      }),
      { maxLength: 6 },
    );
    const arbAsOf = fc
      .tuple(fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 4 }))
      .map(([y, q]) => `${y}Q${q}`);
    fc.assert(
      fc.property(arbRule, arbFigures, arbAsOf, (r, f, asOf) => {
        expect(targetStatus(r, f, asOf)).toBe(evaluateTarget(r, f, asOf).status);
      }),
      { numRuns: 2000 },
    );
  });
});
