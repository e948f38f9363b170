import { describe, expect, it } from 'vitest';
import { offsetMap, segmentText } from './offsets';

describe('offsetMap', () => {
  it('converts code points to UTF-16 and back across astral characters', () => {
    const text = 'a𠀀b率';
    const map = offsetMap(text);
    expect([0, 1, 2, 3, 4].map(map.toUtf16)).toEqual([0, 1, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map(map.toCodePoint)).toEqual([0, 1, 1, 2, 3, 4]);
  });
});

describe('segmentText', () => {
  it('cuts at every boundary and marks each piece with the targets covering it', () => {
    const text = '𠀀参合率95%以上，报销比例75%';
    const segments = segmentText(text, [
      { id: 1, start: 1, end: 8 },
      { id: 2, start: 5, end: 15 },
      { id: 3, start: null, end: null },
    ]);
    expect(segments.map((s) => [text.slice(s.from, s.to), s.targetIds])).toEqual([
      ['𠀀', []],
      ['参合率9', [1]],
      ['5%以', [1, 2]],
      ['上，报销比例7', [2]],
      ['5%', []],
    ]);
  });

  it('returns the whole text as one plain piece when there are no targets', () => {
    expect(segmentText('全文', [])).toEqual([{ from: 0, to: 2, targetIds: [] }]);
  });
});
