import { describe, expect, it } from 'vitest';
import { addQuarters, parseQuarter, quarterParts } from './quarter';

describe('parseQuarter', () => {
  it.each(['2017Q1', '2017Q4', '2200Q2'])('accepts %s', (q) => {
    expect(parseQuarter(q)).toBe(q);
  });
  it.each(['2017Q5', '2017Q0', '2017q1', '17Q1', '2017-Q1', '1899Q4', ''])('rejects %s', (q) => {
    expect(parseQuarter(q)).toBeNull();
  });
});

describe('quarter arithmetic', () => {
  it('splits and steps across years', () => {
    const q = parseQuarter('2017Q4')!;
    expect(quarterParts(q)).toEqual({ year: 2017, quarter: 4 });
    expect(addQuarters(q, 1)).toBe('2018Q1');
    expect(addQuarters(q, -4)).toBe('2016Q4');
    expect(addQuarters(parseQuarter('2018Q1')!, -1)).toBe('2017Q4');
  });
});
