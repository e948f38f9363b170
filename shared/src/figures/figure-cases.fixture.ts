import type { FigureIssueCode } from '../reporting/validate-figure';

/**
 * What one typed or imported text comes to: no figure, the value stored, or the first
 * issue's code. The form (web row-state), the import (server) and the shared rules are each
 * tested against {@link FIGURE_CASES}, so all three read every text alike.
 */
export type FigureOutcome = { blank: true } | { value: number } | { code: FigureIssueCode };

/** The indicators of `seedReportingFixture` (db/testing) the cases are typed into. */
export const CASE_INDICATORS = {
  coverage: { unit: '%', kind: 'rate', allowNegative: false },
  growth: { unit: '%', kind: 'rate', allowNegative: true },
  doctors: { unit: '人', kind: 'count', allowNegative: false },
} as const;
export type CaseIndicator = keyof typeof CASE_INDICATORS;

export const FIGURE_CASES: readonly [CaseIndicator, string, FigureOutcome][] = [
  ['coverage', '', { blank: true }],
  ['coverage', '   ', { blank: true }],
  ['coverage', '\u3000', { blank: true }],
  ['coverage', '12', { value: 12 }],
  ['coverage', ' 95.5 ', { value: 95.5 }],
  ['coverage', '.5', { value: 0.5 }],
  ['coverage', '12.', { value: 12 }],
  ['coverage', '12%', { value: 12 }],
  ['coverage', '12 %', { value: 12 }],
  ['coverage', '１２．５', { value: 12.5 }],
  ['coverage', '１２％', { value: 12 }],
  ['coverage', '1,2', { code: 'not_a_number' }],
  ['coverage', '12,34', { code: 'not_a_number' }],
  ['coverage', '120', { code: 'percent_out_of_range' }],
  ['coverage', '%', { code: 'not_a_number' }],
  ['doctors', '1,234', { value: 1234 }],
  ['doctors', '12,345,678', { value: 12_345_678 }],
  ['doctors', '1,234.0', { value: 1234 }],
  ['doctors', '１，２３４', { value: 1234 }],
  ['doctors', '1.5E+3', { value: 1500 }],
  ['doctors', '1,2', { code: 'not_a_number' }],
  ['doctors', '1,23', { code: 'not_a_number' }],
  ['doctors', ',123', { code: 'not_a_number' }],
  ['doctors', '1234,567', { code: 'not_a_number' }],
  ['doctors', '1 234', { code: 'not_a_number' }],
  ['doctors', '12%', { code: 'not_a_number' }],
  ['doctors', 'abc', { code: 'not_a_number' }],
  ['doctors', '--1', { code: 'not_a_number' }],
  ['doctors', '-5', { code: 'negative_not_allowed' }],
  ['doctors', '2.5', { code: 'not_whole_number' }],
  ['growth', '-3.5', { value: -3.5 }],
  ['growth', '－３', { value: -3 }],
  ['growth', '\u22123', { value: -3 }],
];
