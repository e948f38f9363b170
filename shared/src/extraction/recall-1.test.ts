import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Recall round 1: misses gathered across every hold-out set, each class tested in wording of its own.

const values = (text: string) => extractTargets(text).targets.map((t) => [t.value, t.unit]);

describe('a count to add after a sentence opens with what exists now', () => {
  it('is read when its clause looks ahead (目标, 未来), whatever verb adds it', () => {
    expect(values('本市目前有约8000张养老床位,政府的目标是在未来三年多添1200张养老床位。')).toEqual(
      [[1200, '张']],
    );
    expect(values('全区现有护理员300名,今后两年再添150名护理员。')).toEqual([[150, '名']]);
  });

  it("keeps a tally's later items, bare nouns and counts (guard)", () => {
    expect(values('全省现有乡镇卫生院120家,村卫生室900个,社区中心40个。')).toEqual([]);
  });
});

describe('a scheme rolled out to so many units (推广至, 推动到, 扩大至)', () => {
  it('is a reach to make', () => {
    expect(values('这项服务将分批推广至全区80所小学。')).toEqual([[80, '所']]);
    expect(values('下一步将试点逐步扩大到全市45家社区卫生服务中心。')).toEqual([[45, '家']]);
  });

  it('leaves a reach already made (已推广至) out', () => {
    expect(values('这项服务已推广至全区80所小学。')).toEqual([]);
  });
});
