import { describe, expect, it } from 'vitest';
import { alertText, DIGEST_LIST_LIMIT, isAlarming, type StatusChangeItem } from './alert-text';

const item = (n: number, to: StatusChangeItem['to'] = 'missed'): StatusChangeItem => ({
  regionName: `县${n}`,
  indicatorName: '参合率',
  quarter: '2026Q1',
  from: 'met',
  to,
});

describe('alertText', () => {
  it('words one cell as one sentence, Chinese and English', () => {
    const t = alertText({ kind: 'status', items: [item(1)] });
    expect(t.titleZh).toBe('【未达标】县1 参合率 2026Q1');
    expect(t.titleEn).toBe('[Missed] 县1 参合率 2026Q1');
    expect(t.linesZh).toEqual(['县1 参合率 2026Q1：达标 → 未达标']);
  });

  it('makes a digest of many, worst first, listing a bounded number', () => {
    const items = [item(0, 'at_risk'), ...Array.from({ length: 30 }, (_, i) => item(i + 1))];
    const t = alertText({ kind: 'status', items });
    expect(t.titleZh).toContain('31 项');
    expect(t.titleZh).toContain('未达标 30，预警 1');
    expect(t.linesZh).toHaveLength(DIGEST_LIST_LIMIT + 1);
    expect(t.linesZh.at(-1)).toBe('……另有 11 项');
    expect(t.linesZh[0]).toContain('→ 未达标');
  });

  it('words an overdue quarter and a returned submission', () => {
    expect(
      alertText({
        kind: 'overdue',
        regionName: 'A县',
        quarter: '2026Q1',
        dueAt: '2026-05-01T00:00:00Z',
      }).linesZh[0],
    ).toContain('2026-05-01');
    expect(
      alertText({
        kind: 'returned',
        regionName: 'A县',
        quarter: '2026Q1',
        reason: '数据有误',
        by: '王审核',
      }).linesZh[0],
    ).toBe('退回人：王审核；原因：数据有误');
  });
});

describe('isAlarming', () => {
  it('tells a cell newly red or amber, and nothing else', () => {
    expect(isAlarming('met', 'missed')).toBe(true);
    expect(isAlarming('no_data', 'at_risk')).toBe(true);
    expect(isAlarming('missed', 'at_risk')).toBe(true);
    expect(isAlarming('missed', 'missed')).toBe(false);
    expect(isAlarming('at_risk', 'met')).toBe(false);
    expect(isAlarming('met', 'no_data')).toBe(false);
  });
});
