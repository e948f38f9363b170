import type { NormalisedText } from './normalise';

/** Maps normalised offsets back to code-point offsets and quotes in the original text. */
export class OriginalText {
  constructor(
    private readonly text: string,
    private readonly norm: NormalisedText,
  ) {}

  /** Original UTF-16 offsets `[start, end)` of the normalised range `[from, to)`. */
  private units(from: number, to: number): [number, number] {
    const start = this.norm.toOriginalUnit(from);
    if (to <= from) return [start, start];
    // The last character's own offset plus its length, so a gloss deleted after it stays out.
    const last = this.norm.toOriginalUnit(to - 1);
    const c = this.text.charCodeAt(last);
    return [start, last + (c >= 0xd800 && c <= 0xdbff ? 2 : 1)];
  }

  /** Code-point offsets `[start, end)` of the normalised range `[from, to)`. */
  offsets(from: number, to: number): { start: number; end: number } {
    const [s, e] = this.units(from, to);
    return { start: this.norm.toCodePoint(s), end: this.norm.toCodePoint(e) };
  }

  /** Code-point offsets and the exact original slice for the normalised range `[from, to)`. */
  span(from: number, to: number): { start: number; end: number; quote: string } {
    const [s, e] = this.units(from, to);
    return {
      start: this.norm.toCodePoint(s),
      end: this.norm.toCodePoint(e),
      quote: this.text.slice(s, e),
    };
  }
}
