import { describe, expect, it } from 'vitest';
import { AT_RISK_MARGIN_SHARE, STATUS_ORDER, TARGET_STATUSES } from './status';
import { STATUS_LEGEND } from './status-legend';

describe('STATUS_LEGEND', () => {
  it('covers every status with its own label, icon and colour', () => {
    const entries = TARGET_STATUSES.map((s) => STATUS_LEGEND[s]);
    expect(entries.map((e) => e.status)).toEqual([...TARGET_STATUSES]);
    for (const key of ['zh', 'en', 'icon', 'colour'] as const) {
      expect(new Set(entries.map((e) => e[key])).size).toBe(TARGET_STATUSES.length);
    }
  });

  it('uses the dashboard words and colour-blind-safe icons', () => {
    expect(TARGET_STATUSES.map((s) => [STATUS_LEGEND[s].zh, STATUS_LEGEND[s].icon])).toEqual([
      ['达标', '✓'],
      ['预警', '!'],
      ['未达标', '✗'],
      ['无数据', '–'],
    ]);
  });

  it('ranks as the roll-up does', () => {
    expect(STATUS_ORDER.map((s) => STATUS_LEGEND[s].rank)).toEqual([0, 1, 2, 3]);
  });

  it('states the margin the rules apply', () => {
    const pct = `${AT_RISK_MARGIN_SHARE * 100}%`;
    expect(STATUS_LEGEND.at_risk.descriptionZh).toContain(pct);
    expect(STATUS_LEGEND.at_risk.descriptionEn).toContain(pct);
  });
});
