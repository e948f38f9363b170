import { describe, expect, it } from 'vitest';
import { formatBureauTime } from './bureau-time';

describe('timestamps on screen', () => {
  it('are told in the bureau’s time zone, whatever the browser’s', () => {
    // 17:30 UTC on the 15th is 01:30 on the 16th in Beijing.
    const at = '2026-01-15T17:30:00.000Z';
    expect(formatBureauTime(at, 'zh', 'Asia/Shanghai')).toMatch(/2026年1月16日.*01:30/);
    expect(formatBureauTime(at, 'en', 'Asia/Shanghai')).toMatch(/16 Jan 2026.*01:30/);
    expect(formatBureauTime(at, 'zh', 'Asia/Urumqi')).toMatch(/2026年1月15日.*23:30/);
  });
});
