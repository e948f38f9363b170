import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '@targetboard/shared/targets/evaluate-target';
import { drawOutcome, seededRandom, syntheticFigures, type Outcome } from './synthetic-figures';

const floor = {
  comparator: '>=',
  value: 95,
  valueMax: null,
  unit: '%',
  kind: 'rate',
  direction: 'up',
  year: 2017,
  tolerance: null,
} as const;
const ceiling = {
  comparator: '<=',
  value: 20,
  valueMax: null,
  unit: '1/10万',
  kind: 'rate',
  direction: 'down',
  year: 2017,
  tolerance: null,
} as const;
const count = {
  comparator: '>=',
  value: 400,
  valueMax: null,
  unit: '人',
  kind: 'count',
  direction: 'up',
  year: 2017,
  tolerance: null,
} as const;

describe('synthetic demo figures', () => {
  it('is deterministic for a seed', () => {
    const a = syntheticFigures(floor, 'met', seededRandom(1));
    const b = syntheticFigures(floor, 'met', seededRandom(1));
    expect(a).toEqual(b);
    expect(a.map((f) => f.quarter)).toEqual([
      '2016Q1',
      '2016Q2',
      '2016Q3',
      '2016Q4',
      '2017Q1',
      '2017Q2',
      '2017Q3',
      '2017Q4',
    ]);
  });

  it.each<[string, Outcome, string, typeof floor | typeof ceiling | typeof count]>([
    ['floor', 'met', 'met', floor],
    ['floor', 'missed', 'missed', floor],
    ['ceiling', 'met', 'met', ceiling],
    ['ceiling', 'missed', 'missed', ceiling],
    ['count', 'met', 'met', count],
    ['count', 'missed', 'missed', count],
  ])(
    'a %s drawn as %s is judged %s at year end by the status rules',
    (_name, outcome, status, target) => {
      for (let seed = 1; seed <= 20; seed++) {
        const figures = syntheticFigures(target, outcome, seededRandom(seed));
        expect(evaluateTarget(target, figures, '2017Q4').status).toBe(status);
      }
    },
  );

  it('stops a year in progress at the quarter given', () => {
    const figures = syntheticFigures(floor, 'met', seededRandom(3), 3);
    expect(figures.at(-1)?.quarter).toBe('2017Q3');
    expect(figures).toHaveLength(7);
    expect(syntheticFigures(count, 'met', seededRandom(3), 3).map((f) => f.quarter)).toEqual([
      '2017Q1',
      '2017Q2',
      '2017Q3',
    ]);
  });

  it.each([
    ['floor', floor],
    ['ceiling', ceiling],
  ])('a %s drawn as slipping meets at Q3 but is projected to miss by Q4 (预警)', (_n, target) => {
    for (let seed = 1; seed <= 20; seed++) {
      const figures = syntheticFigures(target, 'slipping', seededRandom(seed), 3);
      const evaluation = evaluateTarget(target, figures, '2017Q3');
      expect(evaluation.status).toBe('at_risk');
      expect(evaluation.reason.code).toBe('projected_to_miss');
      expect(evaluation.projected).not.toBeNull();
    }
  });

  it('keeps percentages within 0–100 and leaves missing regions empty', () => {
    const high = { ...floor, value: 99.5 };
    for (let seed = 1; seed <= 50; seed++) {
      for (const f of syntheticFigures(high, 'met', seededRandom(seed)))
        expect(f.value).toBeLessThanOrEqual(100);
    }
    expect(syntheticFigures(floor, 'missing', seededRandom(1))).toEqual([]);
  });

  it('draws every outcome, mostly met', () => {
    const random = seededRandom(7);
    const drawn = Array.from({ length: 1000 }, () => drawOutcome(random));
    const met = drawn.filter((o) => o === 'met').length;
    expect(met).toBeGreaterThan(450);
    expect(new Set(drawn)).toEqual(new Set(['met', 'slipping', 'near', 'missed', 'missing']));
  });
});
