import { formatNumber, withUnit } from './format-target';

/** 12345.6 人 → 1.23万人: a figure short enough for a grid cell or a map tile (from 100,000 up). */
export function compactValue(n: number, unit: string): string {
  if (Math.abs(n) >= 100_000)
    return `${formatNumber(n / 10_000)}万${unit.startsWith('1/') ? '' : unit}`;
  return withUnit(n, unit);
}
