import { describe, expect, it } from 'vitest';
import { insideQuote } from './clauses';

describe('insideQuote', () => {
  it('answers the same asked figure by figure along a sentence as asked alone', () => {
    const s =
      '今年要落实《健康行动15项》,开展“三个100%”活动,完成《规划(2)》中的40项,培训《手册》外的60人';
    const figures = [...s.matchAll(/\d+/g)].map((m) => m.index);
    const alone = figures.map((at) => {
      insideQuote('另一段', 0, 2); // forget the last answer
      return insideQuote(s, 0, at);
    });
    const inTurn = figures.map((at) => insideQuote(s, 0, at));
    expect(alone).toEqual([true, true, true, false, false]);
    expect(inTurn).toEqual(alone);
    // Asked again from an earlier figure, the count starts over.
    expect(insideQuote(s, 0, figures[1]!)).toBe(true);
    expect(insideQuote(s, 0, figures[3]!)).toBe(false);
  });
});
