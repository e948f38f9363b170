import { describe, expect, it } from 'vitest';
import type { TargetStatus } from './status';
import { contrastRatio, STATUS_PALETTE, statusPaletteCss } from './status-palette';

const STATUSES = Object.keys(STATUS_PALETTE) as TargetStatus[];
const INK = '#1f2328'; // --ink: the figure text inside a cell
const WHITE = '#ffffff';

// Machado, Oliveira & Fernandes (2009) matrices at full severity, on linear RGB.
const SIMULATIONS = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;

const linear = (hex: string) =>
  [0, 1, 2].map((i) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });

/** CIELAB (D65) of a colour as a person with the given vision sees it. */
function seenLab(hex: string, m: readonly (readonly number[])[]): [number, number, number] {
  const c = linear(hex);
  const [r, g, b] = m.map((row) =>
    Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!)),
  ) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const deltaE = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));

describe('status palette', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it.each(STATUSES)('%s: glyph ink reaches 4.5:1 on white and on every status tint', (s) => {
    const ink = STATUS_PALETTE[s].ink;
    expect(contrastRatio(ink, WHITE)).toBeGreaterThanOrEqual(4.5);
    // Flags and marks of one status can sit on another status's tint (⚑ on a met cell).
    for (const other of STATUSES)
      expect(
        contrastRatio(ink, STATUS_PALETTE[other].tint),
        `${s} on ${other}`,
      ).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(INK, STATUS_PALETTE[s].tint)).toBeGreaterThanOrEqual(4.5);
  });

  describe.each(Object.entries(SIMULATIONS))('seen with %s', (_, m) => {
    it.each(STATUSES.flatMap((a, i) => STATUSES.slice(i + 1).map((b) => [a, b] as const)))(
      'tints of %s and %s differ clearly (ΔE ≥ 10)',
      (a, b) => {
        const d = deltaE(seenLab(STATUS_PALETTE[a].tint, m), seenLab(STATUS_PALETTE[b].tint, m));
        expect(d).toBeGreaterThanOrEqual(10);
      },
    );
    it('met and missed glyphs differ in colour, not only in shape (ΔE ≥ 30)', () => {
      const d = deltaE(seenLab(STATUS_PALETTE.met.ink, m), seenLab(STATUS_PALETTE.missed.ink, m));
      expect(d).toBeGreaterThanOrEqual(30);
    });
  });

  it('writes every colour as a CSS variable', () => {
    const css = statusPaletteCss();
    expect(css).toContain(`--met:${STATUS_PALETTE.met.ink};`);
    expect(css).toContain(`--missed-bg:${STATUS_PALETTE.missed.tint};`);
    expect(css).toContain(`--risk:${STATUS_PALETTE.at_risk.ink};`);
    expect(css).toContain(`--nodata-bg:${STATUS_PALETTE.no_data.tint};`);
  });
});
