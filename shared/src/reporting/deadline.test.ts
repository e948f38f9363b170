import { describe, expect, it } from 'vitest';
import { parseQuarter } from '../quarters/quarter';
import { daysOverdue, graceDaysFor, isOverdue, quarterDueAt, quarterEnd } from './deadline';

const q = (s: string) => parseQuarter(s)!;

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

  it('moves the due instant with the grace days a level is given', () => {
    expect(quarterDueAt(q('2026Q1'), 15).toISOString()).toBe('2026-04-16T00:00:00.000Z');
    const due = quarterDueAt(q('2026Q1'), 15);
    expect(isOverdue(q('2026Q1'), 'draft', due, 15)).toBe(true);
    expect(isOverdue(q('2026Q1'), 'draft', due)).toBe(false);
  });

  it('counts whole days overdue from 1, and 0 when not overdue', () => {
    const due = quarterDueAt(q('2026Q1'));
    expect(daysOverdue(q('2026Q1'), 'draft', new Date(due.getTime() - 1))).toBe(0);
    expect(daysOverdue(q('2026Q1'), 'draft', due)).toBe(1);
    expect(daysOverdue(q('2026Q1'), 'returned', new Date(due.getTime() + 3.5 * 86_400_000))).toBe(
      4,
    );
    expect(daysOverdue(q('2026Q1'), 'submitted', new Date(due.getTime() + 9e9))).toBe(0);
  });

  it("takes the grace days set for a level, the town's below a town, else the default", () => {
    const set = new Map([
      [3, 20],
      [4, 10],
    ]);
    expect(graceDaysFor(3, set)).toBe(20);
    expect(graceDaysFor(5, set)).toBe(10);
    expect(graceDaysFor(2, set)).toBe(30);
    expect(graceDaysFor(0, new Map())).toBe(30);
  });
});
