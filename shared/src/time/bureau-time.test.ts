import { describe, expect, it } from 'vitest';
import { bureauDate, bureauDateTime, DEFAULT_TIME_ZONE, isTimeZone } from './bureau-time';

describe('the bureau’s clock', () => {
  // 2026-01-15 17:30 UTC is already 01:30 on the 16th in Beijing, still the 15th in London.
  const evening = new Date('2026-01-15T17:30:00Z');

  it('tells the date and time in the bureau’s zone, not the machine’s', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Asia/Shanghai');
    expect(bureauDate(evening)).toBe('2026-01-16');
    expect(bureauDateTime(evening)).toBe('2026-01-16 01:30');
    expect(bureauDate(evening, 'UTC')).toBe('2026-01-15');
    expect(bureauDateTime(evening, 'Asia/Urumqi')).toBe('2026-01-15 23:30');
    // Midnight is 00, not 24.
    expect(bureauDateTime(new Date('2026-01-15T16:00:00Z'))).toBe('2026-01-16 00:00');
  });

  it('knows a time zone from a typo', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Asia/Beijing')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
