import type { TargetStatus } from './status';

export interface StatusColours {
  /** Text, glyphs and chart marks: at least 4.5:1 on white and on every status tint. */
  ink: string;
  /** Cell and badge background behind `--ink` text and the status glyph. */
  tint: string;
}

/**
 * The one status palette: the web app's CSS variables, chart marks and exported SVGs all read it.
 * A blue / ochre / orange family rather than green / amber / red, so met and missed stay apart
 * under protanopia, deuteranopia and tritanopia (status-palette.test.ts simulates each); the
 * glyphs ✓ ! ✗ – still carry the status without colour.
 */
export const STATUS_PALETTE: Readonly<Record<TargetStatus, StatusColours>> = {
  met: { ink: '#0b5394', tint: '#cfe2f7' },
  at_risk: { ink: '#7a4f00', tint: '#faeaab' },
  missed: { ink: '#963000', tint: '#f7c3a0' },
  no_data: { ink: '#4b5159', tint: '#f3f4f6' },
};

/** CSS custom properties for the palette (`--met`, `--met-bg`, …), set once on the document root. */
export function statusPaletteCss(): string {
  const name: Record<TargetStatus, string> = {
    met: 'met',
    at_risk: 'risk',
    missed: 'missed',
    no_data: 'nodata',
  };
  const decls = (Object.keys(STATUS_PALETTE) as TargetStatus[]).map(
    (s) => `--${name[s]}:${STATUS_PALETTE[s].ink};--${name[s]}-bg:${STATUS_PALETTE[s].tint};`,
  );
  return `:root{${decls.join('')}}`;
}

const channel = (hex: string, i: number) => {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2.x relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG 2.x contrast ratio of two `#rrggbb` colours, 1 to 21 (AA text needs 4.5). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}
