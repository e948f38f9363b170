/** Maps normalised offsets back to code-point offsets and quotes in the original text. */
export class OriginalText {
  /** UTF-16 index of each code point, built only when the text holds astral characters. */
  private readonly unitOf: Int32Array | null;

  constructor(
    private readonly text: string,
    private readonly map: Int32Array,
  ) {
    const codePoints = map[map.length - 1]!;
    if (codePoints === text.length) {
      this.unitOf = null;
    } else {
      const unitOf = new Int32Array(codePoints + 1);
      let cp = 0;
      for (let i = 0; i < text.length; i++) {
        unitOf[cp++] = i;
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
      }
      unitOf[cp] = text.length;
      this.unitOf = unitOf;
    }
  }

  /** Code-point offsets `[start, end)` of the normalised range `[from, to)`. */
  offsets(from: number, to: number): { start: number; end: number } {
    const start = this.map[from]!;
    const end = to > from ? this.map[to - 1]! + 1 : start;
    return { start, end };
  }

  /** Code-point offsets and the exact original slice for the normalised range `[from, to)`. */
  span(from: number, to: number): { start: number; end: number; quote: string } {
    const { start, end } = this.offsets(from, to);
    const quote = this.unitOf
      ? this.text.slice(this.unitOf[start], this.unitOf[end])
      : this.text.slice(start, end);
    return { start, end, quote };
  }
}
