import { describe, expect, it } from 'vitest';
import { SUBMISSION_STATES } from '../api/submissions.schema';
import { isLocked } from './cell-rules';
import { checkFigure, plausibilityApplies } from './check-figure';
import { noteOf, sameFigure } from './same-figure';

const rate = { unit: '%', kind: 'rate', allowNegative: false } as const;
const figure = (value: number | null, note: string | null = null) => ({
  value,
  numerator: null,
  denominator: null,
  note,
});
const history = { lastQuarter: 50, lastYear: null };

describe('sameFigure', () => {
  it.each([
    [figure(1), figure(1), true],
    [figure(1, ''), figure(1, null), true],
    [figure(1, 'a'), figure(1, null), false],
    [figure(1, 'a'), figure(1, 'a '), false],
    [figure(null), figure(null), true],
    [figure(0), figure(null), false],
    [figure(0), figure(-0), true],
    [{ ...figure(90), numerator: 9 }, { ...figure(90), numerator: 9, denominator: 10 }, false],
  ])('%j vs %j → %s', (a, b, same) => {
    expect(sameFigure(a, b)).toBe(same);
    expect(sameFigure(b, a)).toBe(same);
  });
  it('stores a note trimmed, an empty one as none', () => {
    expect([noteOf(' 口径 '), noteOf('  '), noteOf(null), noteOf(undefined)]).toEqual([
      '口径',
      null,
      null,
      null,
    ]);
  });
});

describe('checkFigure', () => {
  it.each([
    // stored, typed, warns?
    [null, figure(90), true],
    [figure(90), figure(90), false],
    [figure(80), figure(90), true],
    [figure(80), figure(90, '口径调整'), false],
    // Clearing the note that explained a jump asks for one again.
    [figure(90, '口径调整'), figure(90), true],
    [figure(55), figure(55), false],
  ])('stored %j, typed %j: warns %s', (stored, typed, warns) => {
    const checked = checkFigure(rate, typed, { stored, history });
    expect(checked.warnings.length > 0).toBe(warns);
    if (warns) expect(checked.warnings[0]).toMatchObject({ code: 'plausibility_note_required' });
  });
  it('compares the computed value with the stored one, not the typed blank', () => {
    const stored = { value: 90, numerator: 45, denominator: 50, note: null };
    const typed = { value: null, numerator: 45, denominator: 50, note: null };
    expect(checkFigure(rate, typed, { stored, history })).toEqual({
      value: 90,
      issues: [],
      warnings: [],
    });
  });
  it('reports unit issues without plausibility', () => {
    const checked = checkFigure(rate, figure(120), { stored: null, history });
    expect(checked.issues.map((i) => i.code)).toEqual(['percent_out_of_range']);
    expect(checked.warnings).toEqual([]);
  });
  it.each([
    [true, null, true],
    [true, '  ', true],
    [true, '说明', false],
    [false, null, false],
  ])('changed %s, note %j: plausibility applies %s', (changed, note, applies) =>
    expect(plausibilityApplies(changed, note)).toBe(applies),
  );
});

describe('isLocked', () => {
  it.each(SUBMISSION_STATES)('%s', (state) => expect(isLocked(state)).toBe(state === 'approved'));
});
