import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes of hold-out set CC (counties' and cities' yearly lists of
// 民生实事 items), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;

describe('堂 as a counting word', () => {
  it('reads lessons and talks counted by 堂 as a count', () => {
    const found = targets('2025年,全区推进200堂急救知识讲座。');
    expect(found.map((t) => [t.value, t.unit])).toContainEqual([200, '堂']);
    const after = targets('2025年,全年开展急救技能培训200堂。');
    expect(after.map((t) => [t.value, t.unit])).toContainEqual([200, '堂']);
  });
});

describe('a count in Chinese numerals beside 设立', () => {
  it('reads units to set up as a count', () => {
    const found = targets('2025年,在全县设立五个母婴关爱室。');
    expect(found.map((t) => [t.value, t.unit])).toContainEqual([5, '个']);
  });
});

describe('the parts of a count after 其中 and a mark', () => {
  it('reads each part named before its number as a count', () => {
    const found = targets('2026年,新增康复床位300张,其中:城区180张,乡镇120张。');
    expect(found.map((t) => t.value)).toEqual([300, 180, 120]);
  });
});

describe('how many 实事 a yearly list holds', () => {
  it('is the list counting its own items, not an aim', () => {
    expect(targets('2026年,区政府确定12件惠民实事项目,具体如下:')).toEqual([]);
    const found = targets('2026年,区政府办好8件民生实事,新建社区卫生服务站5个。');
    expect(found.map((t) => t.value)).toEqual([5]);
  });
});
