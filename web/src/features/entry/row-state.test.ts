import { describe, expect, it } from 'vitest';
import type { EntryRow } from '@targetboard/shared/api/observations.schema';
import {
  CASE_INDICATORS,
  type CaseIndicator,
  FIGURE_CASES,
  type FigureOutcome,
} from '@targetboard/shared/figures/figure-cases.fixture';
import { checkRow, isDirty, parsePastedGrid, rowDraftOf, saveRowOf } from './row-state';

const row = (unit: string, kind: 'rate' | 'count', lastQuarter: number | null): EntryRow => ({
  indicator: { id: 1, name: 'x', unit, direction: 'up', kind, allowNegative: false },
  target: {
    id: 1,
    indicatorId: 1,
    comparator: '>=',
    value: 90,
    valueMax: null,
    tolerance: null,
    unit,
    year: 2026,
    measure: 'intensive',
    regionId: 1,
    inheritedFrom: null,
    source: null,
    conflict: null,
  },
  lastQuarter,
  lastYear: null,
  observation: null,
  changedSinceApproval: false,
});

describe('the form reads every agreement case as the shared rules and the import do', () => {
  const rowOf = (indicator: CaseIndicator): EntryRow => {
    const data = row(CASE_INDICATORS[indicator].unit, CASE_INDICATORS[indicator].kind, null);
    return { ...data, indicator: { ...data.indicator, ...CASE_INDICATORS[indicator] } };
  };
  it.each(FIGURE_CASES)('%s %j', (indicator, text, expected) => {
    const data = rowOf(indicator);
    const r = rowDraftOf(data);
    const typed = { ...r, draft: { ...r.draft, value: text } };
    const check = checkRow(data, typed);
    const body = saveRowOf(data.indicator, typed);
    const outcome: FigureOutcome =
      check.issues[0] !== undefined
        ? { code: check.issues[0].code }
        : body.value === null
          ? { blank: true }
          : { value: check.value! };
    expect(outcome).toEqual(expected);
    if ('value' in expected) expect(body.value).toBe(expected.value);
  });
});

describe('checkRow', () => {
  it('flags a % above 100 with the shared Chinese message', () => {
    const r = rowDraftOf(row('%', 'rate', null));
    const check = checkRow(row('%', 'rate', null), { ...r, draft: { ...r.draft, value: '120' } });
    expect(check.issues.map((i) => i.message)).toEqual(['百分比应在 0 到 100 之间']);
  });
  it('warns on a jump from last quarter until a note is written', () => {
    const data = row('%', 'rate', 50);
    const r = rowDraftOf(data);
    const jumped = { ...r, draft: { ...r.draft, value: '90' } };
    expect(checkRow(data, jumped).warnings[0]).toContain('上季度');
    expect(
      checkRow(data, { ...jumped, draft: { ...jumped.draft, note: '口径调整' } }).warnings,
    ).toEqual([]);
  });
  it('computes the value from numerator and denominator', () => {
    const data = row('%', 'rate', null);
    const r = rowDraftOf(data);
    const check = checkRow(data, {
      ...r,
      draft: { ...r.draft, numerator: '45', denominator: '50' },
    });
    expect(check.value).toBe(90);
  });
  it('a draft equal to what was read is not dirty, whitespace aside', () => {
    const r = rowDraftOf(row('%', 'rate', null));
    expect(isDirty({ ...r, draft: { ...r.draft, note: '  ' } })).toBe(false);
    expect(isDirty({ ...r, draft: { ...r.draft, value: '1' } })).toBe(true);
  });
});

describe('parsePastedGrid', () => {
  it('splits a spreadsheet column, dropping the trailing newline', () => {
    expect(parsePastedGrid('1\r\n2\r\n3\r\n')).toEqual([['1'], ['2'], ['3']]);
    expect(parsePastedGrid('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parsePastedGrid('7')).toEqual([['7']]);
  });
});
