import type { StoredTarget } from '@targetboard/shared/api/documents.schema';

/**
 * Target offsets are Unicode code points (the server counts `[...text]`); the DOM counts
 * UTF-16 units. One table converts both ways for a whole document in linear time.
 */
export interface OffsetMap {
  /** UTF-16 index of each code point, plus the text length at the end. */
  toUtf16(codePoint: number): number;
  toCodePoint(utf16: number): number;
}

export function offsetMap(text: string): OffsetMap {
  const starts: number[] = [];
  let i = 0;
  for (const ch of text) {
    starts.push(i);
    i += ch.length;
  }
  starts.push(text.length);
  return {
    toUtf16: (cp) => starts[Math.max(0, Math.min(cp, starts.length - 1))]!,
    toCodePoint: (u) => {
      // Binary search: the code point whose start is the last one at or before u.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= u) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

export interface Segment {
  /** UTF-16 range in the text. */
  from: number;
  to: number;
  /** Ids of the targets covering this piece, in text order; empty for plain text. */
  targetIds: number[];
}

/**
 * Cuts the text at every target boundary so overlapping targets still highlight: each piece
 * knows every target that covers it. Targets without a span are skipped.
 */
export function segmentText(
  text: string,
  targets: Pick<StoredTarget, 'id' | 'start' | 'end'>[],
  map: OffsetMap = offsetMap(text),
): Segment[] {
  const spans = targets
    .filter((t) => t.start !== null && t.end !== null && t.end > t.start)
    .map((t) => ({ id: t.id, from: map.toUtf16(t.start!), to: map.toUtf16(t.end!) }));
  const cuts = new Set([0, text.length]);
  for (const s of spans) cuts.add(s.from).add(s.to);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k < points.length - 1; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    if (to <= from) continue;
    const targetIds = spans.filter((s) => s.from <= from && s.to >= to).map((s) => s.id);
    const last = segments.at(-1);
    // Plain runs merge so the DOM stays small.
    if (last && targetIds.length === 0 && last.targetIds.length === 0) last.to = to;
    else segments.push({ from, to, targetIds });
  }
  return segments;
}
