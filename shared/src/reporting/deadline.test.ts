import { describe, expect, it } from 'vitest';
import { parseQuarter, type Quarter } from '../quarters/quarter';
import { isOverdue, quarterDueAt, quarterEnd } from './deadline';

const q = (s: string) => parseQuarter(s) as Quarter;

describe('reporting deadline', () => {
  it('ends a quarter at the next quarter’s first day and is due 30 days later', () => {
    expect(quarterEnd(q('2026Q4')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(quarterDueAt(q('2026Q1')).toISOString()).toBe('2026-05-01T00:00:00.000Z');
  });

  it('is overdue from the due instant on, unless submitted or approved', () => {
    const due = quarterDueAt(q('2026Q1'));
    const before = new Date(due.getTime() - 1);
    expect(isOverdue(q('2026Q1'), 'draft', before)).toBe(false);
    expect(isOverdue(q('2026Q1'), 'draft', due)).toBe(true);
    expect(isOverdue(q('2026Q1'), 'not_started', due)).toBe(true);
    expect(isOverdue(q('2026Q1'), 'returned', due)).toBe(true);
    expect(isOverdue(q('2026Q1'), 'submitted', due)).toBe(false);
    expect(isOverdue(q('2026Q1'), 'approved', due)).toBe(false);
  });
});
