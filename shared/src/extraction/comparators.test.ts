import { describe, expect, it } from 'vitest';
import { readBound, resolveComparator } from './comparators';
import type { Direction } from '../targets/vocabulary';

/** Comparator for a clause written `before` + number + `after`, on an indicator with `direction`. */
function cmp(before: string, after: string, direction: Direction = 'up', range = false) {
  return resolveComparator(readBound(before, after, range), direction);
}

describe('comparators', () => {
  it.each([
    ['参合率保持在', '以上', '>='],
    ['覆盖率不低于', '', '>='],
    ['至少', '', '>='],
    ['人数不少于', '', '>='],
    ['覆盖率达到', '以上', '>='],
    ['费用增长率超过', '', '>'],
    ['人均费用高于', '', '>'],
    ['优良率逾', '', '>'],
    ['发病率', '以下', '<='],
    ['增长率控制在', '以内', '<='],
    ['自付比例不超过', '', '<='],
    ['死亡率不高于', '', '<='],
    ['死亡率低于', '', '<'],
    ['等待时间少于', '', '<'],
    ['不满', '', '<'],
    ['药占比降到', '以下', '<='],
    ['药占比降至', '左右', '~'],
    ['报销比例达到', '左右', '~'],
    ['约', '', '~'],
    ['合格率大于等于', '', '>='],
    ['检出率大于或等于', '', '>='],
    ['超标率小于等于', '', '<='],
    ['差错率小于或等于', '', '<='],
  ])('%s N %s → %s', (before, after, expected) => expect(cmp(before, after)).toBe(expected));

  it('a bare aim is a floor for an up indicator and a ceiling for a down one', () => {
    expect(cmp('接种率达到', '')).toBe('>=');
    expect(cmp('接种率提高到', '')).toBe('>=');
    expect(cmp('死亡率达到', '', 'down')).toBe('<=');
    expect(cmp('次均费用', '', 'down')).toBe('<=');
    expect(cmp('力争完成', '')).toBe('>=');
  });

  it('a ceiling verb points down whatever the indicator', () => {
    const b = readBound('材料消耗降到', '', false);
    expect(b.ceiling).toBe(true);
    expect(resolveComparator(b, 'down')).toBe('<=');
  });

  it('ranges are floors when the aim is up and exact on neutral indicators', () => {
    expect(cmp('新建', '', 'up', true)).toBe('>=');
    expect(cmp('检查', '', 'band', true)).toBe('=');
  });

  it('为N after a subject is exact; 为 as a preposition is not', () => {
    expect(cmp('床位数为', '')).toBe('=');
    expect(cmp('为', '')).toBe('>=');
  });

  it('a delta verb touching the number marks a change', () => {
    expect(readBound('报销比例提高', '', false).delta).toBe(true);
  });
});
